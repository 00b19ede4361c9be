/**
 * The converter (src/lib/ingest/parse.ts) on the edges its earlier tests left open, found by
 * mutation testing (README, "Mutation testing"): what each branch does with layouts real files
 * have — a list straight after the title, headings without words, a notice after the title with
 * or without a body, lines between the title and its notice, database and news lines above the
 * title, run-on lines in list items and paragraphs, a 解读 part that repeats an article twice or
 * without a label, annexes with a numbered first line, a tab inside a line, a ragged table. Each
 * input is parsed inside its test (mutation testing then sees which test covers which code).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/ingest/parse.ts';
import { assignIds } from '../../../src/lib/ingest/ids.ts';
import { splitLines, prepareLines } from '../../../src/lib/ingest/source-lines.ts';
import { walk, type ProvisionNode } from '../../../src/lib/tree.ts';

function parse(lines: string[], kind: 'regulation' | 'commentary' = 'regulation') {
  const all = splitLines(lines.join('\n'));
  const prepared = prepareLines(all, { from: 1, to: all.length, exclude: [], corrections: [] }, 't.txt');
  const r = parseDocument(prepared.lines, { file: 't.txt', kind });
  const idDiagnostics = assignIds(r.root, 't.txt');
  return { ...r, diagnostics: [...r.diagnostics, ...idDiagnostics] };
}
/** Every node as kind, anchor, line and text (number and heading for numbered nodes). */
const outline = (root: ProvisionNode) =>
  [...walk(root)].slice(1).map(([n]) => [n.kind, n.id ?? '', n.line, n.num ? `${n.num}${n.heading ? ' ' + n.heading : ''}` : n.text]);
const top = (root: ProvisionNode) => root.children.map((c) => [c.kind, c.line]);
const problems = (d: { severity: string; ruleId: string; line: number; message: string }[]) =>
  d.filter((x) => x.severity !== 'info').map((x) => `${x.line} ${x.severity} ${x.ruleId}: ${x.message}`);

describe('lists where no paragraph opened them', () => {
  it('a list straight after the title is the preamble’s list', () => {
    const r = parse(['某办法', '（一）检查；', '（二）通报。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某办法'],
      ['preamble', 'preamble', 2, ''],
      ['item', 'preamble-item-1', 2, '（一）'],
      ['item', 'preamble-item-2', 3, '（二）'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('a list with no title above it is the preamble’s list too (and the missing title is reported)', () => {
    const r = parse(['（一）检查；', '（二）通报。']);
    expect(outline(r.root)).toEqual([
      ['preamble', 'preamble', 1, ''],
      ['item', 'preamble-item-1', 1, '（一）'],
      ['item', 'preamble-item-2', 2, '（二）'],
    ]);
    expect(problems(r.diagnostics)).toEqual(['1 warning no-title: no title found; expected the title on the first line, or the title named by the notice (关于印发《…》的通知)']);
  });

  it('an article’s list never continues the list of the article before, even where its number would', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲。', '第二条 问责方式', '（二）乙。']);
    expect(outline(r.root).slice(4)).toEqual([
      ['article', 'art-2', 4, '第二条 问责方式'],
      ['para', 'art-2-para-1', 5, ''],
      ['item', 'art-2-para-1-item-2', 5, '（二）'],
    ]);
    expect(problems(r.diagnostics)).toEqual(['5 warning numbering: list starts at （二）; expected number 1']);
  });

  it('an article with a heading and no text: its list opens its first 款, not the last article’s', () => {
    const r = parse(['某办法', '第一条 有下列情形之一的，予以问责：', '（一）甲；', '（二）乙。', '第二条 问责方式', '（一）通报；', '（二）诫勉。']);
    expect(outline(r.root).slice(5)).toEqual([
      ['article', 'art-2', 5, '第二条 问责方式'],
      ['para', 'art-2-para-1', 6, ''],
      ['item', 'art-2-para-1-item-1', 6, '（一）'],
      ['item', 'art-2-para-1-item-2', 7, '（二）'],
    ]);
  });
});

describe('headings', () => {
  it('a chapter or section without words has no heading, and a repeated bare chapter number is kept as written', () => {
    const r = parse(['某办法', '第一章', '第一条 甲。', '第二章', '第二条 乙。', '第二章', '第三条 丙。']);
    const chapters = r.root.children.filter((c) => c.kind === 'chapter');
    expect(chapters.map((c) => [c.num, c.heading])).toEqual([['第一章', undefined], ['第二章', undefined]]);
    expect(outline(r.root).find(([, id]) => id === 'chp-2-para-1')).toEqual(['para', 'chp-2-para-1', 6, '第二章']);
    const s = parse(['某意见', '一、', '正文。']);
    expect(s.root.children[1]).toMatchObject({ kind: 'section', num: '一、', text: '' });
    expect(s.root.children[1]!.heading).toBeUndefined();
  });

  it('an article heading of ten characters is a heading; of eleven, the article’s text', () => {
    const ten = parse(['某办法', '第五条 问责的方式和有关程序']).root.children[1]!;
    expect([ten.heading, ten.children.length]).toEqual(['问责的方式和有关程序', 0]);
    const eleven = parse(['某办法', '第五条 问责的方式和有关的程序']).root.children[1]!;
    expect(eleven.heading).toBeUndefined();
    expect(eleven.children[0]!.text).toBe('问责的方式和有关的程序');
  });

  it('a 一、 section inside a chapter is an error, and the articles after it stay in the chapter', () => {
    const r = parse(['某办法', '第一章 总则', '一、总体要求', '第一条 甲。']);
    expect(problems(r.diagnostics)).toHaveLength(1);
    expect(outline(r.root).slice(1)).toEqual([
      ['chapter', 'chp-1', 2, '第一章 总则'],
      ['section', 'sec-1', 3, '一、 总体要求'],
      ['article', 'art-1', 4, '第一条'],
      ['para', 'art-1-para-1', 4, '甲。'],
    ]);
    expect(r.root.children.find((c) => c.kind === 'chapter')!.children.map((c) => c.kind)).toEqual(['section', 'article']);
  });

  it('a commentary heading under a bare 第一章 is reported naming both as written', () => {
    const r = parse(['评论', '第一章', '一、做法', '正文。'], 'commentary');
    expect(problems(r.diagnostics)[0]).toMatch(/^3 error bad-nesting: “一、 做法” \(a heading\) cannot stand inside “第一章” \(a 章\) of line 2; expected a 章 to hold only 节, 条, 款\./);
  });

  it('a 节 numbered like an article of its chapter is no repeat', () => {
    const r = parse(['某办法', '第一章 总则', '第一条 甲。', '第二条 乙。', '第一节 一般规定', '第三条 丙。']);
    expect(problems(r.diagnostics)).toEqual([]);
    expect(outline(r.root).map(([, id]) => id)).toContain('chp-1-div-1');
  });

  it('after a 编 heading printed twice, the next chapter still stands in that 编', () => {
    const r = parse(['某法', '第一编 总则', '第一章 一般规定', '第一条 甲。', '第一编 总则', '第二章 基本原则', '第二条 乙。']);
    expect(outline(r.root).slice(5)).toEqual([
      ['para', 'part-1-para-1', 5, '第一编 总则'],
      ['chapter', 'part-1-chp-2', 6, '第二章 基本原则'],
      ['article', 'art-2', 7, '第二条'],
      ['para', 'art-2-para-1', 7, '乙。'],
    ]);
  });

  it('after a chapter heading printed twice, the next 节 still stands in that chapter', () => {
    const r = parse(['某法', '第一章 总则', '第一节 一般规定', '第一条 甲。', '第一章 总则', '第二节 基本原则', '第二条 乙。']);
    expect(outline(r.root).slice(5)).toEqual([
      ['para', 'chp-1-para-1', 5, '第一章 总则'],
      ['division', 'chp-1-div-2', 6, '第二节 基本原则'],
      ['article', 'art-2', 7, '第二条'],
      ['para', 'art-2-para-1', 7, '乙。'],
    ]);
  });

  it('after a sign-off, chapters and sections number on from the ones before it', () => {
    const chapters = parse(['某办法', '第一章 总则', '第一条 甲。', '2019年1月1日', '第二章 附则', '第二条 乙。']);
    expect(problems(chapters.diagnostics)).toEqual([]);
    expect(top(chapters.root)).toEqual([['title', 1], ['chapter', 2], ['signoff', 4], ['chapter', 5]]);
    const sections = parse(['某办法', '第一章 总则', '第一条 甲。', '2019年1月1日', '一、说明', '正文。', '二、其他', '正文。']);
    expect(problems(sections.diagnostics)).toEqual([]);
    expect(top(sections.root)).toEqual([['title', 1], ['chapter', 2], ['signoff', 4], ['section', 5], ['section', 7]]);
  });

  it('the unnumbered 总 则 after a contents list is the first chapter the list named', () => {
    const r = parse(['某条例', '第一章 总 则', '第二章 管理', '第三章 附 则', '总 则', '第一条 甲。', '第二章 管理', '第二条 乙。', '第三章 附 则', '第三条 丙。']);
    expect(r.excluded.map((e) => e.from)).toEqual([2, 3, 4]);
    const chp1 = r.root.children.find((c) => c.id === 'chp-1')!;
    expect(chp1).toMatchObject({ kind: 'chapter', line: 5, num: '', heading: '总 则', ordinal: 1 });
    expect(chp1.children.map((c) => c.id)).toEqual(['art-1']);
    expect(problems(r.diagnostics)).toEqual([]);
  });
});

describe('paragraphs after the body', () => {
  it('text after the sign-off is a paragraph of the document, though a preamble came before', () => {
    const r = parse(['某办法', '为了规范。', '第一条 甲。', '2019年1月1日', '本办法由某某负责解释。']);
    expect(top(r.root)).toEqual([['title', 1], ['preamble', 2], ['article', 3], ['signoff', 4], ['para', 5]]);
  });

  it('a notice-like text with a date in the middle keeps one preamble', () => {
    const r = parse(['某通知', '现将有关事项通知如下。', '2019年1月1日', '请遵照执行。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某通知'],
      ['preamble', 'preamble', 2, ''],
      ['para', 'preamble-para-1', 2, '现将有关事项通知如下。'],
      ['signoff', '', 3, '2019年1月1日'],
      ['para', 'para-1', 4, '请遵照执行。'],
    ]);
  });
});

describe('list numbering', () => {
  it('a skip after an item that announces a list is still a skip, not a nested list', () => {
    const r = parse(['某办法', '第一条 有下列情形之一的：', '（一）甲修改为：', '（三）丙。']);
    expect(problems(r.diagnostics)).toEqual(['4 warning numbering: numbering skips to （三）; expected number 2 after （一）']);
    expect(outline(r.root).at(-1)).toEqual(['item', 'art-1-para-1-item-3', 4, '（三）']);
  });

  it('a restart at 1 after an item with a colon inside (not at its end) is a new 款, not a nested list', () => {
    const r = parse(['某办法', '第一条 有下列情形之一的：', '（一）甲：乙。', '（一）丙。']);
    expect(outline(r.root).slice(3)).toEqual([
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['para', 'art-1-para-2', 4, ''],
      ['item', 'art-1-para-2-item-1', 4, '（一）'],
    ]);
  });

  it('a list that starts at (3) in another bracket style is reported as such, not as mixed styles', () => {
    const r = parse(['某办法', '第一条 有下列情形之一的：', '（一）甲。', '(3)丙。']);
    expect(problems(r.diagnostics)).toEqual(['4 warning numbering: list starts at (3); expected number 1']);
  });

  it('a repeated number in a chapter’s own list is kept as a paragraph (no article to start a new 款 in)', () => {
    const r = parse(['某办法', '第一章 总则', '本章规定：', '（一）甲。', '（一）乙。']);
    expect(outline(r.root).slice(2)).toEqual([
      ['para', 'chp-1-para-1', 3, '本章规定：'],
      ['item', 'chp-1-para-1-item-1', 4, '（一）'],
      ['para', 'chp-1-para-2', 5, '（一）乙。'],
    ]);
    expect(problems(r.diagnostics)).toEqual(['5 warning numbering: （一） repeats a number this list already has (line 4); kept as a paragraph so that no anchor is given twice']);
  });

  it('a 目 list after an item’s explanatory paragraph belongs to the item, numbered from 1', () => {
    const r = parse(['某办法', '第一条 问责方式：', '（一）通报，包括下列情形：', '对此应当说明理由。', '1.甲。', '2.乙。']);
    expect(outline(r.root).slice(3)).toEqual([
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['para', 'art-1-para-1-item-1-para-2', 4, '对此应当说明理由。'],
      ['sub', 'art-1-para-1-item-1-sub-1', 5, '1.'],
      ['sub', 'art-1-para-1-item-1-sub-2', 6, '2.'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('a paragraph before a skipped item number is a new 款, not the item’s body', () => {
    const r = parse(['某办法', '第一条 问责方式：', '（一）通报。', '对此应当说明理由。', '（三）诫勉。']);
    expect(outline(r.root).slice(3, 5)).toEqual([
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['para', 'art-1-para-2', 4, '对此应当说明理由。'],
    ]);
  });

  it('a paragraph before a list that starts again at (一) is a new 款, though the item above announced a list', () => {
    const r = parse(['某办法', '第一条 问责方式：', '（一）通报，包括：', '对此应当说明理由。', '（一）诫勉。']);
    expect(outline(r.root).slice(3)).toEqual([
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['para', 'art-1-para-2', 4, '对此应当说明理由。'],
      ['item', 'art-1-para-2-item-1', 5, '（一）'],
    ]);
  });

  it('the paragraph between a preamble’s list and 第一章 is the preamble’s, not the last item’s', () => {
    const r = parse(['某办法', '为了以下目的：', '（一）甲；', '（二）乙。', '特制定本办法。', '第一章 总则', '第一条 甲。']);
    expect(outline(r.root).slice(2, 6)).toEqual([
      ['para', 'preamble-para-1', 2, '为了以下目的：'],
      ['item', 'preamble-item-1', 3, '（一）'],
      ['item', 'preamble-item-2', 4, '（二）'],
      ['para', 'preamble-para-2', 5, '特制定本办法。'],
    ]);
  });

  it('in an amendment, the quoted new text after a 目 that announces it is a new 款, and the next list starts again', () => {
    const r = parse(['某决定', '第一条 作如下修改：', '（一）将第五条修改为：', '1.第一款修改为：', '“对党组织的问责，可以采取以下方式”。', '（一）检查；']);
    expect(outline(r.root).slice(3)).toEqual([
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['sub', 'art-1-para-1-item-1-sub-1', 4, '1.'],
      ['para', 'art-1-para-2', 5, '“对党组织的问责，可以采取以下方式”。'],
      ['item', 'art-1-para-2-item-1', 6, '（一）'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('under headed items, a paragraph after an item of 20 characters is its body; after one of 21, a paragraph of the section', () => {
    const at20 = parse(['某办法', '一、原则', '（一）指导思想。', '全面贯彻。', '（二）一二三四五六七八九十一二三四五六七八九十', '坚持。']);
    expect(outline(at20.root).at(-1)).toEqual(['para', 'sec-1-item-2-para-2', 6, '坚持。']);
    const at21 = parse(['某办法', '一、原则', '（一）指导思想。', '全面贯彻。', '（二）一二三四五六七八九十一二三四五六七八九十一', '坚持。']);
    expect(outline(at21.root).at(-1)).toEqual(['para', 'sec-1-para-1', 6, '坚持。']);
  });

  it('a paragraph before an annex is no body of the last item, whatever the annex holds', () => {
    const r = parse(['某办法', '第一条 问责方式：', '（一）通报。', '对此应当说明理由。', '附件', '（二）某表']);
    expect(outline(r.root).slice(3, 5)).toEqual([
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['para', 'art-1-para-2', 4, '对此应当说明理由。'],
    ]);
  });
});

describe('provisions that share a line (两条同行)', () => {
  it('three items on one line are split into three', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲。（二）乙。（三）丙。']);
    expect(outline(r.root).slice(3).map(([, id]) => id)).toEqual(['art-1-para-1-item-1', 'art-1-para-1-item-2', 'art-1-para-1-item-3']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 3, ruleId: 'run-on', message: '3 provisions share this line; split before “（二）乙。”, “（三）丙。”' }));
  });

  it('an unnumbered line is split where the next article starts', () => {
    const r = parse(['某办法', '第一条 甲。', '第二条 乙：', '说明。第三条 丙。']);
    expect(outline(r.root).slice(4)).toEqual([
      ['para', 'art-2-para-1', 3, '乙：'],
      ['para', 'art-2-para-2', 4, '说明。'],
      ['article', 'art-3', 4, '第三条'],
      ['para', 'art-3-para-1', 4, '丙。'],
    ]);
  });

  it('an unnumbered line is split where the next item of the open list starts', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲；', '不得拖延。（二）乙。']);
    expect(outline(r.root).slice(3)).toEqual([
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['para', 'art-1-para-1-item-1-para-2', 4, '不得拖延。'],
      ['item', 'art-1-para-1-item-2', 4, '（二）'],
    ]);
  });

  it('no split where no list is open, or where the bracket holds no number', () => {
    expect(outline(parse(['某办法', '第一条 甲。', '予以处理。（二）乙。']).root).at(-1)).toEqual(['para', 'art-1-para-2', 3, '予以处理。（二）乙。']);
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲。（见附件）']);
    expect(r.root.children[1]!.children[0]!.children[0]!.text).toBe('甲。（见附件）');
  });

  it('the message quotes the first eight characters of each provision split off', () => {
    const r = parse(['某办法', '第一条 甲。', '第二条 乙。第三条 问责工作坚持以下原则。']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 3, ruleId: 'run-on', message: '2 provisions share this line; split before “第三条 问责工作”' }));
  });

  it('an annex line that names the next article is not split (the annex is no provision)', () => {
    const r = parse(['某办法', '第一条 甲。', '第二条 乙。', '附件1', '某表说明', '填写要求。第三条 相关规定。']);
    expect(outline(r.root).at(-1)).toEqual(['para', 'annex-1-para-1', 6, '填写要求。第三条 相关规定。']);
  });

  it('in the 解读 part, two repeated articles on one line are split and both accounted for', () => {
    const r = parse(['某条例', '第一条 为了规范。', '第二条 问责。', '《某条例》解读', '第一条 为了规范。第二条 问责。', '解读:', '本条规定了问责。']);
    expect(r.excluded.map((e) => [e.from, e.text ?? null])).toEqual([[4, null], [5, '第一条 为了规范。'], [5, '第二条 问责。']]);
    expect(problems(r.diagnostics)).toEqual([]);
  });
});

describe('the head of a document', () => {
  it('an empty document is reported at its first line, with nothing left out', () => {
    const blank = (line: number) => ({ line, raw: '', text: '' });
    const r = parseDocument([blank(5), blank(6)], { file: 't.txt' });
    expect(r.diagnostics).toEqual([{ file: 't.txt', line: 5, severity: 'error', ruleId: 'empty', message: 'the document has no text; expected a title and provisions' }]);
    expect(r.excluded).toEqual([]);
    expect(parseDocument([], { file: 't.txt' }).diagnostics[0]).toMatchObject({ line: 1, ruleId: 'empty' });
  });

  it('a page number leaked into a line with a tab inside is reported (only tab-led lines are table cells)', () => {
    const r = parse(['某办法', '第一条\t造成重4 大人员伤亡。']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 2, ruleId: 'leaked-digit' }));
  });

  it('a book title broken over two lines is read as one line and reported; not in commentary', () => {
    const r = parse(['某办法', '第一条 根据《中国共产党', '问责条例》，制定本办法。']);
    expect(r.root.children[1]!.children[0]!.text).toBe('根据《中国共产党问责条例》，制定本办法。');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 3, severity: 'info', ruleId: 'joined' }));
    const c = parse(['评论', '学习《中国共产党', '问责条例》的体会。', '一、做法'], 'commentary');
    expect(outline(c.root).slice(1, 3)).toEqual([
      ['para', 'para-1', 2, '学习《中国共产党'],
      ['para', 'para-2', 3, '问责条例》的体会。'],
    ]);
  });

  it('a database line above the title is a sign-off at the top, in the order of the file', () => {
    const first = parse(['【发布文号】某发〔2017〕1号', '近日，中共中央印发了《某某办法》。', '某某办法', '第一条 甲。']);
    expect(top(first.root)).toEqual([['signoff', 1], ['notice', 2], ['title', 3], ['article', 4]]);
    const second = parse(['新华社北京6月21日电', '【发布文号】某发〔2017〕1号', '某某办法', '第一条 甲。']);
    expect(top(second.root)).toEqual([['signoff', 1], ['signoff', 2], ['title', 3], ['article', 4]]);
  });

  it('a news lead is a notice when any of its lines reads as a sentence', () => {
    // (no book title in it, so nothing but the sentence says it is a notice)
    const r = parse(['新华社北京6月21日电', '近日，中共中央印发了关于问责工作的办法，全文如下。', '某某办法', '第一条 甲。']);
    expect(top(r.root)).toEqual([['notice', 1], ['title', 3], ['article', 4]]);
    expect(r.root.children[0]!.children.map((c) => c.kind)).toEqual(['para', 'para']);
  });

  it('an issuer and date heading a news lead are its sign-off lines', () => {
    const r = parse(['中共中央办公厅', '2017年6月21日', '近日，中共中央办公厅印发了《某某办法》。', '某某办法', '第一条 甲。']);
    expect(r.root.children[0]!.children.map((c) => [c.kind, c.line])).toEqual([['signoff', 1], ['signoff', 2], ['para', 3]]);
  });

  it('in a notice, a sentence before the date and an issuer without a date are paragraphs', () => {
    const r = parse(['某某学院文件', '关于印发《某某学院问责办法》的通知', '各单位：', '现印发给你们，请遵照执行。', '2017年6月21日', '某某学院问责办法', '第一条 为了规范。']);
    expect(r.root.children[0]!.children.map((c) => c.kind)).toEqual(['para', 'para', 'para', 'para', 'signoff']);
    const s = parse(['关于印发《某某学院问责办法》的通知', '各单位：', '现印发给你们。', '党委办公室', '某某学院问责办法', '第一条 为了规范。']);
    expect(s.root.children[0]!.children.map((c) => c.kind)).toEqual(['para', 'para', 'para', 'para']);
  });

  it('site furniture above a title that its notice follows: left out, and the notice is found', () => {
    const r = parse(['首页 > 正文', '某某学院问责办法', '关于印发《某某学院问责办法》的通知', '各单位：', '现印发给你们。', '中共某某学院委员会', '2017年6月21日', '第一条 为了规范。']);
    expect(r.excluded.map((e) => e.from)).toEqual([1]);
    expect(top(r.root)).toEqual([['title', 2], ['notice', 3], ['article', 8]]);
  });
});

describe('a notice after the title', () => {
  const HEAD = ['某某学院问责办法', '关于印发《某某学院问责办法》的通知', '各单位：', '现印发给你们。'];

  it('ends at its own date, not at the sign-off that closes the document', () => {
    const r = parse([...HEAD, '中共某某学院委员会', '2017年6月21日', '第一条 为了规范。', '第二条 本办法自印发之日起施行。', '中共某某学院委员会', '2017年6月21日']);
    expect(top(r.root)).toEqual([['title', 1], ['notice', 2], ['article', 7], ['article', 8], ['signoff', 9], ['signoff', 10]]);
  });

  it('without a date it is no notice block: its lines are the preamble', () => {
    const r = parse([...HEAD, '第一条 为了规范。']);
    expect(top(r.root)).toEqual([['title', 1], ['preamble', 2], ['article', 5]]);
  });

  it('with no article after it, it still ends at its date', () => {
    const r = parse([...HEAD, '中共某某学院委员会', '2017年6月21日', '请遵照执行。']);
    expect(top(r.root)).toEqual([['title', 1], ['notice', 2], ['preamble', 7]]);
    expect(r.root.children[1]!.children).toHaveLength(5);
  });

  it('a notice printed after a one-article text does not take the article for a sign-off line', () => {
    const r = parse(['某某学院问责办法', '第一条 本办法自印发之日起施行。', ...HEAD.slice(1), '2017年6月21日']);
    expect(outline(r.root).slice(0, 3)).toEqual([
      ['title', '', 1, '某某学院问责办法'],
      ['article', 'art-1', 2, '第一条'],
      ['para', 'art-1-para-1', 2, '本办法自印发之日起施行。'],
    ]);
  });

  it('a preamble between its date and the first article is no part of it', () => {
    const r = parse([...HEAD, '2017年6月21日', '为了规范问责工作，制定本办法。', '第一条 为了规范。']);
    expect(top(r.root)).toEqual([['title', 1], ['notice', 2], ['preamble', 6], ['article', 7]]);
  });

  it('a 文号 between the title and the notice is a sign-off line', () => {
    const r = parse(['某某学院问责办法', '某院字〔2017〕5号', ...HEAD.slice(1), '2017年6月21日', '第一条 为了规范。']);
    expect(outline(r.root).slice(0, 3)).toEqual([
      ['title', '', 1, '某某学院问责办法'],
      ['signoff', '', 2, '某院字〔2017〕5号'],
      ['notice', 'notice', 3, ''],
    ]);
  });
});

describe('lines straight after the title', () => {
  it('an adoption history line is a sign-off line', () => {
    const r = parse(['某某条例', '（2016年6月28日中共中央政治局会议审议通过）', '第一条 甲。']);
    expect(top(r.root)).toEqual([['title', 1], ['signoff', 2], ['article', 3]]);
  });

  it('a title and a date alone: the date is a sign-off line', () => {
    expect(top(parse(['某某办法', '2017年6月21日']).root)).toEqual([['title', 1], ['signoff', 2]]);
  });

  it('an issuer and a date before the first article are sign-off lines', () => {
    const r = parse(['某某办法', '中共某某委员会', '2017年6月21日', '第一条 甲。']);
    expect(top(r.root)).toEqual([['title', 1], ['signoff', 2], ['signoff', 3], ['article', 4]]);
  });

  it('a commentary without a title line is not reported (an essay may start with its first heading)', () => {
    const r = parse(['一、做法', '正文。'], 'commentary');
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root)).toEqual([['heading', 'h-1', 1, '一、 做法'], ['para', 'h-1-para-1', 2, '正文。']]);
  });
});

describe('the 解读 part', () => {
  it('an article repeated twice gets two 解读, numbered, and both repeats are accounted for', () => {
    const r = parse(['某条例', '第一条 为了规范。', '第二条 问责。', '《某条例》解读', '第一条 为了规范。', '解读:', '本条规定了目的。', '第一条 为了规范。', '解读:', '再说一遍。']);
    expect(problems(r.diagnostics)).toEqual([]);
    expect(outline(r.root).filter(([k]) => k === 'interpretation').map(([, id]) => id)).toEqual(['art-1-interp-1', 'art-1-interp-2']);
    expect(r.excluded.map((e) => e.from)).toEqual([4, 5, 8]);
  });

  it('an article repeated without a 解读 of its own is still checked and accounted for, in the middle or at the end', () => {
    const middle = parse(['某条例', '第一条 为了规范。', '第二条 问责。', '《某条例》解读', '第一条 为了规范。', '第二条 问责。', '解读:', '本条规定了问责。']);
    expect(middle.excluded.map((e) => e.from)).toEqual([4, 5, 6]);
    const end = parse(['某条例', '第一条 为了规范。', '第二条 问责。', '《某条例》解读', '第一条 为了规范。', '解读:', '本条规定了目的。', '第二条 问责。']);
    expect(end.excluded.map((e) => e.from)).toEqual([4, 5, 8]);
    const wrong = parse(['某条例', '第一条 为了规范。', '第二条 问责。', '《某条例》解读', '第一条 为了规范。', '第二条 问责别的。']);
    expect(problems(wrong.diagnostics)).toEqual(['6 error interpretation-mismatch: the 解读 part repeats 第二条 (line 3) with different text; expected the same words']);
  });

  it('the repeat before a 解读 label on the same line is listed without the space before the label', () => {
    const r = parse(['某条例', '第一条 问责方式包括:', '(一)检查。', '《某条例》解读', '第一条 问责方式包括:', '(一)检查。 解读:', '本条规定了方式。']);
    expect(r.excluded.at(-1)).toMatchObject({ from: 6, text: '(一)检查。' });
  });

  it('numbered lines other than items in a 解读 are its paragraphs; annex lines too', () => {
    const r = parse(['某条例', '第一条 为了规范。', '《某条例》解读', '第一条 为了规范。', '解读:', '本条有两层意思：', '一、其一；', '第一章 其二。', '附件1', '附件：1.某表']);
    expect(outline(r.root).slice(4)).toEqual([
      ['para', 'art-1-interp-1-para-1', 6, '本条有两层意思：'],
      ['para', 'art-1-interp-1-para-2', 7, '一、其一；'],
      ['para', 'art-1-interp-1-para-3', 8, '第一章 其二。'],
      ['para', 'art-1-interp-1-para-4', 9, '附件1'],
      ['para', 'art-1-interp-1-para-5', 10, '附件：1.某表'],
    ]);
  });
});

describe('annexes and the list of annexes', () => {
  it('in commentary, a 附件： line is a paragraph', () => {
    const r = parse(['评论', '一、做法', '附件：1.某表'], 'commentary');
    expect(outline(r.root).at(-1)).toEqual(['para', 'h-1-para-1', 3, '附件：1.某表']);
  });

  it('an annex whose first line is numbered has no heading; its lines are paragraphs', () => {
    const r = parse(['某办法', '第一条 甲。', '附件', '一、基本情况', '填写要求']);
    const annex = r.root.children.at(-1)!;
    expect(annex.heading).toBeUndefined();
    expect(annex.children.map((c) => c.text)).toEqual(['一、基本情况', '填写要求']);
  });

  it('a tab inside a line of an annex does not start a table', () => {
    const r = parse(['某办法', '第一条 甲。', '附件', '某表', '填表人：\t日期：', '说明。']);
    expect(outline(r.root).slice(3)).toEqual([
      ['annex', 'annex-1', 3, '附件 某表'],
      ['para', 'annex-1-para-1', 5, '填表人：\t日期：'],
      ['para', 'annex-1-para-2', 6, '说明。'],
    ]);
  });

  it('a table after a line with a tab inside is found; an annex heading with a trailing tab starts no table', () => {
    const r = parse(['某办法', '第一条 甲。', '附件', '某表', '填表人：\t日期：', '\t姓名', '\t性别', '', '\t张三', '\t男']);
    expect(outline(r.root).slice(4).map(([k, , line]) => [k, line])).toEqual([['para', 5], ['table', 6]]);
    const t = parse(['某办法', '第一条 甲。', '附件1', '某表说明', '附件2\t', '某表说明']);
    expect(outline(t.root).slice(3)).toEqual([
      ['annex', 'annex-1', 3, '附件1 某表说明'],
      ['annex', 'annex-2', 5, '附件2 某表说明'],
    ]);
  });

  it('a table row with fewer cells than its header is reported with its line', () => {
    const r = parse(['某办法', '第一条 甲。', '附件', '某表', '\t姓名', '\t性别', '\t年龄', '', '\t张三', '\t男']);
    expect(problems(r.diagnostics)).toEqual(['9 warning table: table row has 2 of 3 cells; “男” spans 2 columns']);
  });
});
