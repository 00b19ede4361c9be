/**
 * The converter (src/lib/ingest/parse.ts) on layouts real files have and the
 * seed documents alone used to show: site furniture and contents lists above
 * the text, headings printed twice, text after the sign-off, a news lead, a
 * heading's own note, and a 一、 section where the structure does not allow
 * one. Each input is parsed inside its test (mutation testing then sees which
 * test covers which code).
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
/** Every node as kind, anchor, line and text (heading for headed nodes). */
const outline = (root: ProvisionNode) =>
  [...walk(root)].slice(1).map(([n]) => [n.kind, n.id ?? '', n.line, n.num ? `${n.num}${n.heading ? ' ' + n.heading : ''}` : n.text]);
const ids = (root: ProvisionNode) => [...walk(root)].map(([n]) => n.id).filter(Boolean);
const problems = (d: { severity: string; ruleId: string; line: number; message: string }[]) =>
  d.filter((x) => x.severity !== 'info').map((x) => `${x.line} ${x.severity} ${x.ruleId}: ${x.message}`);

describe('above the title', () => {
  it('site furniture (breadcrumb, counters) is left out, listed with its reason', () => {
    const r = parse(['首页 > 法规库', '浏览次数：123', '某某办法', '第一条 甲。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 3, '某某办法'],
      ['article', 'art-1', 4, '第一条'],
      ['para', 'art-1-para-1', 4, '甲。'],
    ]);
    const reason = 'site furniture above the title (page title, breadcrumb, counters, links); not part of the text';
    expect(r.excluded).toEqual([
      { from: 1, to: 1, reason },
      { from: 2, to: 2, reason },
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('a news lead above the title is kept as the notice', () => {
    const r = parse(['新华社北京6月21日电，中共中央印发了《某办法》。', '某办法', '第一条 甲。']);
    expect(outline(r.root)).toEqual([
      ['notice', 'notice', 1, ''],
      ['para', 'notice-para-1', 1, '新华社北京6月21日电，中共中央印发了《某办法》。'],
      ['title', '', 2, '某办法'],
      ['article', 'art-1', 3, '第一条'],
      ['para', 'art-1-para-1', 3, '甲。'],
    ]);
    expect(r.excluded).toEqual([]);
  });
});

describe('a table of contents', () => {
  it('is left out (listed); each heading is anchored once, where its provisions are', () => {
    const r = parse(['某某条例', '目  录', '第一章 总则', '第二章 附则', '第一章 总则', '第一条 甲。', '第二章 附则', '第二条 乙。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某某条例'],
      ['chapter', 'chp-1', 5, '第一章 总则'],
      ['article', 'art-1', 6, '第一条'],
      ['para', 'art-1-para-1', 6, '甲。'],
      ['chapter', 'chp-2', 7, '第二章 附则'],
      ['article', 'art-2', 8, '第二条'],
      ['para', 'art-2-para-1', 8, '乙。'],
    ]);
    expect(r.excluded.map((e) => [e.from, e.to])).toEqual([[2, 2], [3, 3], [4, 4]]);
    expect(r.excluded.every((e) => e.reason.startsWith('table of contents (目录)'))).toBe(true);
    expect(problems(r.diagnostics)).toEqual([]);
  });
});

describe('headings printed twice', () => {
  it('a 编 heading again: reported, kept as a paragraph of that 编, the articles stay in it', () => {
    const r = parse(['某条例', '第一编 总则', '第一条 甲。', '第一编 总则', '第二条 乙。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某条例'],
      ['part', 'part-1', 2, '第一编 总则'],
      ['article', 'art-1', 3, '第一条'],
      ['para', 'art-1-para-1', 3, '甲。'],
      ['para', 'part-1-para-1', 4, '第一编 总则'],
      ['article', 'art-2', 5, '第二条'],
      ['para', 'art-2-para-1', 5, '乙。'],
    ]);
    expect(problems(r.diagnostics)).toEqual([
      '4 warning numbering: 第一编 repeats the heading of line 2 (a table of contents not recognised? a second document?); kept as a paragraph so that no anchor is given twice',
    ]);
  });

  it('a 节 heading again: the same, inside its chapter', () => {
    const r = parse(['某条例', '第一章 总则', '第一节 原则', '第一条 甲。', '第一节 原则', '第二条 乙。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某条例'],
      ['chapter', 'chp-1', 2, '第一章 总则'],
      ['division', 'chp-1-div-1', 3, '第一节 原则'],
      ['article', 'art-1', 4, '第一条'],
      ['para', 'art-1-para-1', 4, '甲。'],
      ['para', 'chp-1-div-1-para-1', 5, '第一节 原则'],
      ['article', 'art-2', 6, '第二条'],
      ['para', 'art-2-para-1', 6, '乙。'],
    ]);
    expect(problems(r.diagnostics)).toEqual([
      '5 warning numbering: 第一节 repeats the heading of line 3 (a table of contents not recognised? a second document?); kept as a paragraph so that no anchor is given twice',
    ]);
  });
});

describe('paragraphs outside articles', () => {
  it('a chapter’s own note is a paragraph of the chapter', () => {
    const r = parse(['某办法', '第一章 总则', '本章规定一般原则。', '第一条 甲。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某办法'],
      ['chapter', 'chp-1', 2, '第一章 总则'],
      ['para', 'chp-1-para-1', 3, '本章规定一般原则。'],
      ['article', 'art-1', 4, '第一条'],
      ['para', 'art-1-para-1', 4, '甲。'],
    ]);
  });

  it('text after the sign-off is a paragraph of the document, not a second preamble', () => {
    const r = parse(['某办法', '第一条 甲。', '中共某某委员会', '2017年6月21日', '抄送：各单位。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某办法'],
      ['article', 'art-1', 2, '第一条'],
      ['para', 'art-1-para-1', 2, '甲。'],
      ['signoff', '', 3, '中共某某委员会'],
      ['signoff', '', 4, '2017年6月21日'],
      ['para', 'para-1', 5, '抄送：各单位。'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('text before the first provision is the preamble, one block however many paragraphs', () => {
    const r = parse(['某意见', '为了加强管理，提出如下意见。', '各单位要认真执行。', '一、总体要求', '坚持。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某意见'],
      ['preamble', 'preamble', 2, ''],
      ['para', 'preamble-para-1', 2, '为了加强管理，提出如下意见。'],
      ['para', 'preamble-para-2', 3, '各单位要认真执行。'],
      ['section', 'sec-1', 4, '一、 总体要求'],
      ['para', 'sec-1-para-1', 5, '坚持。'],
    ]);
  });
});

describe('a provision where the structure allows none', () => {
  it('a 一、 section inside a chapter is an error that names both provisions and the correction to declare', () => {
    const r = parse(['某办法', '第一章 总则', '一、总体要求', '正文。']);
    expect(problems(r.diagnostics)).toEqual([
      "3 error bad-nesting: “一、 总体要求” (a 部分) cannot stand inside “第一章 总则” (a 章) of line 2; expected a 章 to hold only 节, 条, 款. If line 3 continues the text above, declare `- { line: 3, join: true, reason: '…' }` under this document's corrections in content/sources/manifest.yaml",
    ]);
    // nothing is lost: the section and its text are still in the tree
    expect(outline(r.root).slice(-2)).toEqual([
      ['section', 'sec-1', 3, '一、 总体要求'],
      ['para', 'sec-1-para-1', 4, '正文。'],
    ]);
  });
});

describe('lists', () => {
  it('an item that announces a list (…修改为：) holds the list that restarts at 1', () => {
    const r = parse(['某办法', '第一条 作如下修改：', '（一）第二条修改为：', '（一）甲；', '（二）乙。', '（二）第三条删去。']);
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某办法'],
      ['article', 'art-1', 2, '第一条'],
      ['para', 'art-1-para-1', 2, '作如下修改：'],
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['sub', 'art-1-para-1-item-1-sub-1', 4, '（一）'],
      ['sub', 'art-1-para-1-item-1-sub-2', 5, '（二）'],
      ['item', 'art-1-para-1-item-2', 6, '（二）'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('a second list in one article after its own lead-in is a new 款, numbered from 1 again', () => {
    const r = parse(['某办法', '第一条 有下列情形之一的：', '（一）甲；', '（二）乙。', '有下列情形之一的，从重：', '（一）丙；', '（二）丁。']);
    expect(outline(r.root).slice(2)).toEqual([
      ['para', 'art-1-para-1', 2, '有下列情形之一的：'],
      ['item', 'art-1-para-1-item-1', 3, '（一）'],
      ['item', 'art-1-para-1-item-2', 4, '（二）'],
      ['para', 'art-1-para-2', 5, '有下列情形之一的，从重：'],
      ['item', 'art-1-para-2-item-1', 6, '（一）'],
      ['item', 'art-1-para-2-item-2', 7, '（二）'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('short paragraphs under headed items stay with their item', () => {
    const r = parse(['某意见', '一、原则', '（一）指导思想', '全面贯彻。', '深入落实。', '（二）基本原则', '坚持。']);
    expect(outline(r.root).slice(1)).toEqual([
      ['section', 'sec-1', 2, '一、 原则'],
      ['item', 'sec-1-item-1', 3, '（一）'],
      ['para', 'sec-1-item-1-para-2', 4, '全面贯彻。'],
      ['para', 'sec-1-item-1-para-3', 5, '深入落实。'],
      ['item', 'sec-1-item-2', 6, '（二）'],
      ['para', 'sec-1-item-2-para-2', 7, '坚持。'],
    ]);
  });
});

describe('commentary (an essay about a regulation)', () => {
  it('a line that starts with 第N条 is a paragraph, and a list under a heading gets an implicit paragraph', () => {
    const r = parse(['某评论', '引言。', '第一条 规定了目的。', '一、做法', '（一）甲', '正文。'], 'commentary');
    expect(outline(r.root)).toEqual([
      ['title', '', 1, '某评论'],
      ['para', 'para-1', 2, '引言。'],
      ['para', 'para-2', 3, '第一条 规定了目的。'],
      ['heading', 'h-1', 4, '一、 做法'],
      ['para', 'h-1-para-1', 5, ''],
      ['item', 'h-1-para-1-item-1', 5, '（一）'],
      ['para', 'h-1-para-2', 6, '正文。'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });
});

describe('annexes', () => {
  it('a numbered annex keeps its number; its first line is its heading, the rest its paragraphs', () => {
    const r = parse(['某办法', '第一条 甲。', '附件2', '评分表', '说明一。', '说明二。', '附件3', '考核表']);
    expect(outline(r.root).slice(3)).toEqual([
      ['annex', 'annex-2', 3, '附件2 评分表'],
      ['para', 'annex-2-para-1', 5, '说明一。'],
      ['para', 'annex-2-para-2', 6, '说明二。'],
      ['annex', 'annex-3', 7, '附件3 考核表'],
    ]);
  });

  it('lines before an annex’s table: the first is its heading, the others paragraphs; the table runs to the next annex', () => {
    // a table as the converter's text form writes it: one cell a line, tab-led, a blank line between rows
    const r = parse(['某办法', '第一条 甲。', '附件1', '考核表', '填表说明', '\t指标', '\t分值', '', '\t学习', '\t10', '附件2', '其他']);
    expect(outline(r.root).slice(3)).toEqual([
      ['annex', 'annex-1', 3, '附件1 考核表'],
      ['para', 'annex-1-para-1', 5, '填表说明'],
      ['table', 'annex-1-table-1', 6, ''],
      ['annex', 'annex-2', 11, '附件2 其他'],
    ]);
    const table = [...walk(r.root)].map(([n]) => n).find((n) => n.kind === 'table')!;
    expect(table.rows!.map((row) => row.map((c) => c.text))).toEqual([['指标', '分值'], ['学习', '10']]);
  });
});

describe('what a new provision closes', () => {
  it('each article’s list is its own: a second article’s list starts at （一） under that article', () => {
    const r = parse(['某办法', '第一条 有下列情形的，予以问责：', '（一）甲；', '（二）乙。', '第二条 有下列情形的，从重：', '（一）丙；', '（二）丁。']);
    expect(outline(r.root).slice(5)).toEqual([
      ['article', 'art-2', 5, '第二条'],
      ['para', 'art-2-para-1', 5, '有下列情形的，从重：'],
      ['item', 'art-2-para-1-item-1', 6, '（一）'],
      ['item', 'art-2-para-1-item-2', 7, '（二）'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('each 一、 section’s list is its own', () => {
    const r = parse(['某意见', '一、总体要求', '（一）甲。', '（二）乙。', '二、主要任务', '（一）丙。']);
    expect(outline(r.root).slice(4)).toEqual([
      ['section', 'sec-2', 5, '二、 主要任务'],
      ['item', 'sec-2-item-1', 6, '（一）'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('a new 编 closes the chapter of the last one: an article right after it stands in the new 编', () => {
    const r = parse(['某条例', '第一编 总则', '第一章 一般规定', '第一条 甲。', '第二编 附则', '第二条 乙。']);
    expect(outline(r.root).slice(1).map(([kind, id]) => `${kind} ${id}`)).toEqual([
      'part part-1', 'chapter part-1-chp-1', 'article art-1', 'para art-1-para-1', 'part part-2', 'article art-2', 'para art-2-para-1',
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('a new 节 closes the article above it: the 节’s own note is a paragraph of the 节', () => {
    const r = parse(['某条例', '第一章 总则', '第一节 原则', '第一条 甲。', '第二节 范围', '本节规定范围。', '第二条 乙。']);
    expect(outline(r.root).slice(5, 7)).toEqual([
      ['division', 'chp-1-div-2', 5, '第二节 范围'],
      ['para', 'chp-1-div-2-para-1', 6, '本节规定范围。'],
    ]);
  });

  it('after a sign-off, what follows no longer belongs to the last chapter', () => {
    const r = parse(['某办法', '第一章 总则', '第一条 甲。', '中共某某委员会', '2017年6月21日', '第二条 乙。']);
    expect(outline(r.root).slice(1).map(([kind, id]) => `${kind} ${id}`)).toEqual([
      'chapter chp-1', 'article art-1', 'para art-1-para-1', 'signoff ', 'signoff ', 'article art-2', 'para art-2-para-1',
    ]);
    expect(r.root.children.at(-1)!.kind).toBe('article');
  });
});

describe('numbers that go wrong', () => {
  it('an article number that goes back, and one that repeats, are told apart', () => {
    const back = parse(['某办法', '第一条 甲。', '第二条 乙。', '第一条 丙。']);
    expect(problems(back.diagnostics).filter((p) => p.includes('numbering'))).toEqual(['4 warning numbering: numbering goes back to 第一条; expected number 3 after 第二条']);
    const again = parse(['某办法', '第一条 甲。', '第二条 乙。', '第二条 丙。']);
    expect(problems(again.diagnostics).filter((p) => p.includes('numbering'))).toEqual(['4 warning numbering: numbering repeats 第二条; expected number 3 after 第二条']);
  });

  it('a list number repeated inside a 一、 section is kept as a paragraph, naming the line that has it', () => {
    const r = parse(['某意见', '一、总体要求', '（一）甲；', '（二）乙；', '（二）丙。']);
    expect(problems(r.diagnostics)).toEqual([
      '5 warning numbering: （二） repeats a number this list already has (line 4); kept as a paragraph so that no anchor is given twice',
    ]);
    expect(outline(r.root).at(-1)).toEqual(['para', 'sec-1-para-1', 5, '（二）丙。']);
  });

  it('a 目 number repeated under one 项 is kept as a paragraph, naming the 项', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲类情形', '1.子甲；', '1.子乙。']);
    expect(problems(r.diagnostics)).toEqual([
      '5 warning numbering: 1. repeats a number of the list under （一）; kept as a paragraph so that no anchor is given twice',
    ]);
    expect(ids(r.root)).not.toContain('art-1-para-1-item-1-sub-2');
  });
});

describe('articles and their headings', () => {
  it('a 【…】 inside the text is no heading', () => {
    const r = parse(['某办法', '第三条 对党组织可以采取【通报】等方式。']);
    const art = r.root.children.find((c) => c.kind === 'article')!;
    expect(art.heading).toBeUndefined();
    expect(art.children[0]!.text).toBe('对党组织可以采取【通报】等方式。');
  });

  it('一、二、 inside an article is a list of the article (older laws number their 项 so)', () => {
    const r = parse(['某条例', '第一条 有下列情形之一的，予以处分：', '一、甲；', '二、乙。']);
    expect(outline(r.root).slice(2)).toEqual([
      ['para', 'art-1-para-1', 2, '有下列情形之一的，予以处分：'],
      ['item', 'art-1-para-1-item-1', 3, '一、'],
      ['item', 'art-1-para-1-item-2', 4, '二、'],
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });

  it('in a 解读, a numbered 目 list belongs to the 解读', () => {
    const r = parse(['某条例', '第一条 甲。', '《某条例》解读', '第一条 甲。', '解读:', '本条有两层意思：', '1.其一；', '2.其二。']);
    expect(ids(r.root).filter((id) => id!.includes('interp'))).toEqual([
      'art-1-interp-1', 'art-1-interp-1-para-1', 'art-1-interp-1-item-1', 'art-1-interp-1-item-2',
    ]);
  });
});

describe('more numbering messages', () => {
  const numbering = (lines: string[]) => problems(parse(lines).diagnostics).filter((p) => p.includes(' numbering: '));

  it('a list number that goes back, repeats, or skips is named as such', () => {
    expect(numbering(['某办法', '第一条 有下列情形：', '（一）甲；', '（三）丙；', '（二）乙。'])).toEqual([
      '4 warning numbering: numbering skips to （三）; expected number 2 after （一）',
      '5 warning numbering: numbering goes back to （二）; expected number 4 after （三）',
    ]);
    expect(numbering(['某办法', '第一条 有下列情形：', '（一）甲；', '（三）丙。'])).toEqual(['4 warning numbering: numbering skips to （三）; expected number 2 after （一）']);
  });

  it('styles of different kinds are two lists, not one list in mixed styles', () => {
    // （一） and 2. : a paren list and a dot list
    expect(numbering(['某办法', '第一条 有下列情形：', '（一）甲；', '2.乙。'])).toEqual(['4 warning numbering: list starts at 2.; expected number 1']);
    // 一、 and （二） : a comma list and a paren list
    expect(numbering(['某办法', '第一条 有下列情形：', '一、甲；', '（二）乙。'])).toEqual(['4 warning numbering: list starts at （二）; expected number 1']);
    // （1） and （二） : both in brackets, one list in mixed styles
    expect(numbering(['某办法', '第一条 有下列情形：', '（1）甲；', '（二）乙。'])).toEqual(['4 warning numbering: mixed numbering styles: （二） follows （1）; expected the same style']);
  });
});

describe('text after the sign-off, whatever the body', () => {
  const tail = (body: string[]) => {
    const r = parse(['某办法', ...body, '中共某某委员会', '2017年6月21日', '抄送：各单位。']);
    return { last: r.root.children.at(-1)!, preambles: r.root.children.filter((c) => c.kind === 'preamble').length };
  };
  it.each([
    ['chapters', ['第一章 总则', '第一条 甲。']],
    ['编', ['第一编 总则', '第一条 甲。']],
    ['一、 sections', ['一、总体要求', '坚持。']],
  ])('after %s it is a paragraph of the document, never a preamble', (_, body) => {
    const { last, preambles } = tail(body as string[]);
    expect([last.kind, last.id, last.text]).toEqual(['para', 'para-1', '抄送：各单位。']);
    expect(preambles).toBe(0);
  });
});
