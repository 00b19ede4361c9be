/**
 * The converter on small hand-written inputs: each shape the README describes
 * (notice, title, sign-off, annexes, 解读, commentary, lists and their
 * continuation paragraphs) and each problem it promises to report, with the
 * full expected outline or the exact message.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/ingest/parse.ts';
import { assignIds } from '../../../src/lib/ingest/ids.ts';
import { splitLines, prepareLines } from '../../../src/lib/ingest/source-lines.ts';
import { walk, type ProvisionNode } from '../../../src/lib/tree.ts';

function parse(text: string, opts: { kind?: 'regulation' | 'commentary'; titleLine?: number } = {}) {
  const all = splitLines(text);
  const prepared = prepareLines(all, { from: 1, to: all.length, exclude: [], corrections: [] }, 't.txt');
  const r = parseDocument(prepared.lines, { file: 't.txt', ...opts });
  const idDiagnostics = assignIds(r.root, 't.txt');
  return { ...r, diagnostics: [...r.diagnostics, ...idDiagnostics] };
}
/** kind#id@line|num|heading|text, indented by depth. */
function outline(root: ProvisionNode): string[] {
  return [...walk(root)]
    .filter(([n]) => n.kind !== 'document')
    .map(([n, anc]) => `${'  '.repeat(anc.length - 1)}${n.kind}${n.id ? `#${n.id}` : ''}@${n.line}${n.num ? `|${n.num}` : ''}${n.heading ? `|【${n.heading}】` : ''}${n.text ? `|${n.text}` : ''}${n.rows ? `|rows=${n.rows.length}` : ''}`);
}
const problems = (d: { severity: string; ruleId: string; line: number; message: string }[]) => d.filter((x) => x.severity !== 'info').map((x) => `${x.line} ${x.severity} ${x.ruleId}: ${x.message}`);

describe('title, metadata lines and sign-off', () => {
  it('a title on two lines, 文号 and date after it, sign-off at the end', () => {
    const r = parse(['某某学院党建工作', '问责办法', '（某院字〔2017〕5号）', '2017年6月21日', '第一条 甲。', '中共某某学院委员会', '2017年6月21日'].join('\n'));
    expect(outline(r.root)).toEqual([
      'title@1|某某学院党建工作问责办法',
      'signoff@3|（某院字〔2017〕5号）',
      'signoff@4|2017年6月21日',
      'article#art-1@5|第一条',
      '  para#art-1-para-1@5|甲。',
      'signoff@6|中共某某学院委员会',
      'signoff@7|2017年6月21日',
    ]);
    expect(problems(r.diagnostics)).toEqual([]);
  });
  it('an organisation line is a sign-off only when a date follows it', () => {
    const r = parse(['某办法', '第一条 甲。', '中共某某学院委员会', '第二条 乙。'].join('\n'));
    expect(outline(r.root)).toContain('  para#art-1-para-2@3|中共某某学院委员会');
  });
  it('a date inside a sentence is text', () => {
    const r = parse(['某办法', '第一条 本办法自2017年6月21日起施行。'].join('\n'));
    expect(outline(r.root)).toEqual(['title@1|某办法', 'article#art-1@2|第一条', '  para#art-1-para-1@2|本办法自2017年6月21日起施行。']);
  });
  it('the title line given by the manifest; what precedes it is sign-off', () => {
    const r = parse(['某某市委办公室', '某某市问责办法', '第一条 甲。'].join('\n'), { titleLine: 2 });
    expect(outline(r.root)).toEqual(['signoff@1|某某市委办公室', 'title@2|某某市问责办法', 'article#art-1@3|第一条', '  para#art-1-para-1@3|甲。']);
  });
  it('no title: reported, and the text still parsed', () => {
    const r = parse(['第一条 甲。', '第二条 乙。'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['1 warning no-title: no title found; expected the title on the first line, or the title named by the notice (关于印发《…》的通知)']);
    expect(outline(r.root)[0]).toBe('article#art-1@1|第一条');
  });
  it('a notice that names a title the text never gives: no title, reported', () => {
    const r = parse(['关于印发《某办法》的通知', '各单位：', '第一条 甲。'].join('\n'));
    expect(problems(r.diagnostics)[0]).toMatch(/^1 warning no-title/);
  });
});

describe('articles', () => {
  it('a heading of up to 10 characters without punctuation stands apart; a longer one is text', () => {
    const r = parse(['某办法', '第一条 问责的基本原则和主要方式', '第二条 总体要求如下', '第三条 甲，乙'].join('\n'));
    expect(outline(r.root)).toEqual([
      'title@1|某办法',
      'article#art-1@2|第一条',
      '  para#art-1-para-1@2|问责的基本原则和主要方式',
      'article#art-2@3|第二条|【总体要求如下】',
      'article#art-3@4|第三条',
      '  para#art-3-para-1@4|甲，乙',
    ]);
  });
  it('a 节 outside any chapter is reported', () => {
    const r = parse(['某办法', '第一节 总则', '第一条 甲。'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['2 warning division-outside-chapter: 第一节 (节) stands outside any chapter (章)']);
    expect(outline(r.root)).toEqual(['title@1|某办法', 'division#div-1@2|第一节|【总则】', '  article#art-1@3|第一条', '    para#art-1-para-1@3|甲。']);
  });
  it('编, 章 and 节 nest; articles are numbered through the document', () => {
    const r = parse(['某条例', '第一编 总则', '第一章 一般规定', '第一节 原则', '第一条 甲。', '第二节 范围', '第二条 乙。', '第二章 责任', '第三条 丙。', '第二编 附则', '第一章 附则', '第四条 丁。'].join('\n'));
    expect(outline(r.root).filter((l) => !l.includes('para#'))).toEqual([
      'title@1|某条例',
      'part#part-1@2|第一编|【总则】',
      '  chapter#part-1-chp-1@3|第一章|【一般规定】',
      '    division#part-1-chp-1-div-1@4|第一节|【原则】',
      '      article#art-1@5|第一条',
      '    division#part-1-chp-1-div-2@6|第二节|【范围】',
      '      article#art-2@7|第二条',
      '  chapter#part-1-chp-2@8|第二章|【责任】',
      '    article#art-3@9|第三条',
      'part#part-2@10|第二编|【附则】',
      '  chapter#part-2-chp-1@11|第一章|【附则】',
      '    article#art-4@12|第四条',
    ]);
    // chapters are numbered within each 编 (README): no anchor twice
    expect(problems(r.diagnostics)).toEqual([]);
  });
  it('chapter numbering gaps are reported', () => {
    const r = parse(['某办法', '第一章 总则', '第一条 甲。', '第三章 附则', '第二条 乙。'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['4 warning numbering: numbering skips to 第三章; expected number 2 after 第一章']);
  });
  it('section numbering starts at 一', () => {
    const r = parse(['某意见', '二、甲', '正文。'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['2 warning numbering: numbering skips to 二、; expected number 1 after the start']);
  });
});

describe('lists', () => {
  it('a list that does not start at 1 is reported', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（二）乙；', '（三）丙。'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['3 warning numbering: list starts at （二）; expected number 1']);
  });
  it('a third level of list is kept as a paragraph, and reported', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲', '1.乙', '(1)丙'].join('\n'));
    expect(outline(r.root).slice(2)).toEqual([
      '  para#art-1-para-1@2|有下列情形：',
      '    item#art-1-para-1-item-1@3|（一）|甲',
      '      sub#art-1-para-1-item-1-sub-1@4|1.|乙',
      '        para#art-1-para-1-item-1-sub-1-para-1@5|(1)丙',
    ]);
    expect(problems(r.diagnostics)).toEqual(['5 warning list-too-deep: (1) is a list nested deeper than 目; kept as a paragraph of 1.']);
  });
  it('a list directly under an article opens an implicit 款', () => {
    const r = parse(['某办法', '第一条', '（一）甲；', '（二）乙。'].join('\n'));
    expect(outline(r.root).slice(1)).toEqual([
      'article#art-1@2|第一条',
      '  para#art-1-para-1@3',
      '    item#art-1-para-1-item-1@3|（一）|甲；',
      '    item#art-1-para-1-item-2@4|（二）|乙。',
    ]);
  });
  it('an unnumbered line after a list is a new 款, unless the list goes on after it', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲；', '（二）乙。', '有前款情形的，予以问责。', '第二条 丙。'].join('\n'));
    expect(outline(r.root).slice(2, 6)).toEqual([
      '  para#art-1-para-1@2|有下列情形：',
      '    item#art-1-para-1-item-1@3|（一）|甲；',
      '    item#art-1-para-1-item-2@4|（二）|乙。',
      '  para#art-1-para-2@5|有前款情形的，予以问责。',
    ]);
    const c = parse(['某办法', '第一条 有下列情形：', '（一）甲类情形', '具体是指甲。', '（二）乙类情形', '具体是指乙。'].join('\n'));
    expect(outline(c.root).slice(3)).toEqual([
      '    item#art-1-para-1-item-1@3|（一）|甲类情形',
      '      para#art-1-para-1-item-1-para-2@4|具体是指甲。',
      '    item#art-1-para-1-item-2@5|（二）|乙类情形',
      '      para#art-1-para-1-item-2-para-2@6|具体是指乙。',
    ]);
  });
  it('in a 解读, lists and paragraphs belong to the 解读', () => {
    const r = parse(['某条例', '第一条 甲。', '《某条例》解读', '第一条 甲。', '解读:', '本条规定了“原则”。', '（一）依规依纪。', '（二）实事求是。'].join('\n'));
    expect(outline(r.root).slice(3)).toEqual([
      '  interpretation#art-1-interp-1@5|解读:',
      '    para#art-1-interp-1-para-1@6|本条规定了“原则”。',
      '    item#art-1-interp-1-item-1@7|（一）|依规依纪。',
      '    item#art-1-interp-1-item-2@8|（二）|实事求是。',
    ]);
  });
});

describe('the 解读 part: problems', () => {
  it('names an article the text does not have', () => {
    const r = parse(['某条例', '第一条 甲。', '《某条例》解读', '第五条 戊。', '解读:', '说明。'].join('\n'));
    expect(problems(r.diagnostics)).toContain('4 error interpretation-orphan: the 解读 part names 第五条, which the text does not have');
  });
  it('text before any article', () => {
    const r = parse(['某条例', '第一条 甲。', '《某条例》解读', '总的说明。'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['4 error interpretation-stray: text in the 解读 part before any article; expected 第N条']);
  });
  it('a repeat that differs names both lines', () => {
    const r = parse(['某条例', '第一条 甲。', '《某条例》解读', '第一条 乙。', '解读:', '说明。'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['4 error interpretation-mismatch: the 解读 part repeats 第一条 (line 2) with different text; expected the same words']);
    expect(r.excluded.map((e) => e.from)).toEqual([3]);
  });
  it('the repeat is excluded line by line, with the reason', () => {
    const r = parse(['某条例', '第一条 甲。', '乙。', '《某条例》解读', '第一条 甲。', '乙。', '解读:', '说明。'].join('\n'));
    expect(r.excluded).toEqual([
      { from: 4, to: 4, reason: 'heading of the 解读 part; each 解读 is shown with its article' },
      { from: 5, to: 5, reason: 'repeats 第一条 in the 解读 part; the article is published once' },
      { from: 6, to: 6, reason: 'repeats 第一条 in the 解读 part; the article is published once' },
    ]);
  });
});

describe('annexes', () => {
  it('an annex list closes the body; annexes hold a heading and paragraphs', () => {
    const r = parse(['某办法', '第一条 甲。', '附件：1.考核表', '2.评分表', '附件1', '考核表', '说明一。', '附件2', '评分表'].join('\n'));
    expect(outline(r.root)).toEqual([
      'title@1|某办法',
      'article#art-1@2|第一条',
      '  para#art-1-para-1@2|甲。',
      'para#para-1@3|附件：1.考核表\n2.评分表',
      'annex#annex-1@5|附件1|【考核表】',
      '  para#annex-1-para-1@7|说明一。',
      'annex#annex-2@8|附件2|【评分表】',
    ]);
  });
  it('a table in an annex: tab-led lines become rows; the heading before it is kept', () => {
    const r = parse(['某办法', '第一条 甲。', '附件', '考核表', '\t指标', '\t分值', '', '\t学习', '\t10', '', '\t作风', '\t20'].join('\n'));
    expect(outline(r.root).slice(3)).toEqual(['annex#annex-1@3|附件|【考核表】', '  table#annex-1-table-1@5|rows=3']);
    const table = [...walk(r.root)].map(([n]) => n).find((n) => n.kind === 'table')!;
    expect(table.rows!.map((row) => row.map((c) => `${c.text}@${c.line}`))).toEqual([['指标@5', '分值@6'], ['学习@8', '10@9'], ['作风@11', '20@12']]);
  });
});

describe('commentary', () => {
  it('第N条 in a commentary is text, and there is no sign-off', () => {
    const r = parse(['某评论', '第一条规定了原则。', '2017年6月21日'].join('\n'), { kind: 'commentary' });
    expect(outline(r.root)).toEqual(['title@1|某评论', 'para#para-1@2|第一条规定了原则。', 'para#para-2@3|2017年6月21日']);
  });
});

describe('leaked page numbers', () => {
  it('are reported with the words around them, but not in table rows', () => {
    const r = parse(['某办法', '第一条 造成重4 大人员伤亡。', '附件', '\t重4 大\t1'].join('\n'));
    expect(problems(r.diagnostics)).toEqual(['2 warning leaked-digit: digit “4” stuck inside a sentence (“造成重4 大人”): a leaked page number? Declare a correction in the manifest']);
  });
});

describe('notice shapes', () => {
  it.each(['转发', '颁发', '下发'])('关于%s《…》的通知 is a notice too; the title may span two lines', (verb) => {
    const r = parse([`关于${verb}《某某办法》的通知`, '各单位：', '现予印发。', '某某', '办法', '第一条 甲。'].join('\n'));
    expect(outline(r.root).slice(0, 5)).toEqual([
      'notice#notice@1',
      `  para#notice-para-1@1|关于${verb}《某某办法》的通知`,
      '  para#notice-para-2@2|各单位：',
      '  para#notice-para-3@3|现予印发。',
      'title@4|某某办法',
    ]);
  });
  it('a date with its issuer on one line, or in brackets with 印发, is a sign-off', () => {
    const r = parse(['某办法', '第一条 甲。', '中共某某委员会 2017年6月21日', '（2017年6月21日印发）'].join('\n'));
    expect(outline(r.root).slice(3)).toEqual(['signoff@3|中共某某委员会 2017年6月21日', 'signoff@4|（2017年6月21日印发）']);
  });
  it('a date after a sentence is not a sign-off', () => {
    const r = parse(['某办法', '第一条 甲。', '本办法印发之日，即2017年6月21日', '请遵照执行，2017年6月21日'].join('\n'));
    expect(outline(r.root).filter((l) => l.startsWith('signoff'))).toEqual([]);
  });
});

describe('several provisions on one line', () => {
  it('three articles: two splits, one message naming both', () => {
    const r = parse(['某办法', '第一条 甲。第二条 乙。第三条 丙。'].join('\n'));
    expect(outline(r.root).filter((l) => l.startsWith('article'))).toEqual(['article#art-1@2|第一条', 'article#art-2@2|第二条', 'article#art-3@2|第三条']);
    expect(r.diagnostics.filter((d) => d.ruleId === 'run-on').map((d) => d.message)).toEqual(['3 provisions share this line; split before “第二条 乙。”, “第三条 丙。”']);
  });
  it('items of the list on its own line are split after ；', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲；（二）乙；（三）丙。'].join('\n'));
    expect(outline(r.root).slice(3)).toEqual([
      '    item#art-1-para-1-item-1@3|（一）|甲；',
      '    item#art-1-para-1-item-2@3|（二）|乙；',
      '    item#art-1-para-1-item-3@3|（三）|丙。',
    ]);
  });
  it('an item of another style is not split off', () => {
    const r = parse(['某办法', '第一条 有下列情形：', '（一）甲。(2)乙。'].join('\n'));
    expect(outline(r.root).slice(3)).toEqual(['    item#art-1-para-1-item-1@3|（一）|甲。(2)乙。']);
  });
});

describe('annex numbering and 解读 counting', () => {
  it('an annex takes its own number, else its position', () => {
    const r = parse(['某办法', '第一条 甲。', '附件三', '标题甲', '附件', '标题乙'].join('\n'));
    expect(outline(r.root).filter((l) => l.startsWith('annex'))).toEqual(['annex#annex-3@3|附件三|【标题甲】', 'annex#annex-2@5|附件|【标题乙】']);
  });
  it('a numbered first line of an annex is a paragraph, not its heading', () => {
    const r = parse(['某办法', '第一条 甲。', '附件1', '1.第一项', '2.第二项'].join('\n'));
    expect(outline(r.root).slice(3)).toEqual(['annex#annex-1@3|附件1', '  para#annex-1-para-1@4|1.第一项', '  para#annex-1-para-2@5|2.第二项']);
  });
});
