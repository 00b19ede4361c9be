/** Each level of the tree, on small inputs. */
import { describe, expect, it } from 'vitest';
import { classify, parseDocument } from '../../../src/lib/ingest/parse.ts';
import { assignIds } from '../../../src/lib/ingest/ids.ts';
import { splitLines, prepareLines } from '../../../src/lib/ingest/source-lines.ts';
import { walk, type ProvisionNode } from '../../../src/lib/tree.ts';

function parse(text: string, kind: 'regulation' | 'commentary' = 'regulation') {
  const all = splitLines(text);
  const prepared = prepareLines(all, { from: 1, to: all.length, exclude: [], corrections: [] }, 't.txt');
  const r = parseDocument(prepared.lines, { file: 't.txt', kind });
  const idDiagnostics = assignIds(r.root, 't.txt');
  return { ...r, diagnostics: [...r.diagnostics, ...idDiagnostics] };
}
const ids = (root: ProvisionNode) => [...walk(root)].map(([n]) => n.id).filter(Boolean);
const byId = (root: ProvisionNode, id: string) => [...walk(root)].map(([n]) => n).find((n) => n.id === id);

describe('classify (the numbering table)', () => {
  it.each([
    ['第六条  问责方式', 'article', 6, '问责方式'],
    ['第二条本办法所称问责', 'article', 2, '本办法所称问责'],
    ['第一百零五条 附则', 'article', 105, '附则'],
    ['第一章 总则', 'chapter', 1, '总则'],
    ['第二节 问责程序', 'division', 2, '问责程序'],
    ['第三编 附则', 'part', 3, '附则'],
    ['一、总体要求', 'section', 1, '总体要求'],
    ['（一）检查。', 'item', 1, '检查。'],
    ['(十六)因安全', 'item', 16, '因安全'],
    ['（1） 政治理论', 'item', 1, '政治理论'],
    ['1.政治学习', 'sub', 1, '政治学习'],
    ['2．不组织', 'sub', 2, '不组织'],
    ['3、学习', 'sub', 3, '学习'],
  ])('%s', (text, level, ordinal, rest) => {
    expect(classify(text)).toMatchObject({ level, ordinal, rest });
  });
  it('reads 第N条之一', () => expect(classify('第六条之一 补充')).toMatchObject({ level: 'article', ordinal: 6, suffix: 1 }));
  it.each(['第一部分:被问责当事人', '1.1.1结合实际', '本条规定了', '(式样)', '2017年6月21日'])('%s is no marker', (t) => expect(classify(t)).toBeNull());
});

describe('articles, 款, 项, 目', () => {
  // parsed in each test (not while collecting), so that mutation testing sees which test covers what
  const input = () => parse(
    ['某某办法', '第一条 为了规范。', '第二条 问责方式', '对党组织的问责方式包括：', '（一）检查。', '（二）通报。', '对干部的问责方式包括：', '（一）提醒。', '1.谈话。', '2.书面。', '（二）诫勉。', '上述方式可以合并使用。', '第二条之一 补充规定。'].join('\n'),
  );
  it('counts 款 and numbers 项/目 by their numbering', () => {
    const { root } = input();
    expect(ids(root)).toEqual([
      'art-1', 'art-1-para-1', 'art-2', 'art-2-para-1', 'art-2-para-1-item-1', 'art-2-para-1-item-2', 'art-2-para-2',
      'art-2-para-2-item-1', 'art-2-para-2-item-1-sub-1', 'art-2-para-2-item-1-sub-2', 'art-2-para-2-item-2', 'art-2-para-3',
      'art-2-1', 'art-2-1-para-1',
    ]);
  });
  it('keeps a short article heading apart from the text', () => {
    const { root } = input();
    expect(byId(root, 'art-2')?.heading).toBe('问责方式');
  });
  it('reports nothing odd', () => {
    const { diagnostics } = input();
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('chapters and sections', () => {
  it('nests articles in chapters', () => {
    const { root } = parse('某办法\n第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。');
    expect(ids(root)).toEqual(['chp-1', 'art-1', 'art-1-para-1', 'chp-2', 'art-2', 'art-2-para-1']);
    expect(byId(root, 'chp-2')?.children[0].id).toBe('art-2');
  });
  it('numbers sections and their items', () => {
    const { root } = parse('某意见\n序言。\n一、总体要求\n坚持。\n二、主要责任\n1.甲。\n2.乙。');
    expect(ids(root)).toEqual(['preamble', 'preamble-para-1', 'sec-1', 'sec-1-para-1', 'sec-2', 'sec-2-item-1', 'sec-2-item-2']);
  });
  it('keeps body paragraphs of headed items with the item', () => {
    const { root } = parse('某意见\n一、原则\n（一）指导思想。\n全面贯彻。\n（二）基本原则。\n坚持。\n（三）主要目标。\n到年底。');
    expect(ids(root)).toEqual(['sec-1', 'sec-1-item-1', 'sec-1-item-1-para-2', 'sec-1-item-2', 'sec-1-item-2-para-2', 'sec-1-item-3', 'sec-1-item-3-para-2']);
  });
  it('anchors commentary headings', () => {
    const { root } = parse('评论\n引言。\n一、做法\n正文。\n二、问题\n正文。', 'commentary');
    expect(ids(root)).toEqual(['para-1', 'h-1', 'h-1-para-1', 'h-2', 'h-2-para-1']);
  });
});

describe('odd input is reported with its line', () => {
  it('a numbering gap', () => {
    const { diagnostics } = parse('某办法\n第一条 甲。\n第三条 丙。');
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: 3, ruleId: 'numbering', severity: 'warning' }));
  });
  it('a duplicate article is an error naming both lines', () => {
    const { diagnostics } = parse('某办法\n第一条 甲。\n第二条 乙。\n第二条 丙。');
    const d = diagnostics.find((x) => x.ruleId === 'duplicate-article');
    expect(d).toMatchObject({ line: 4, severity: 'error' });
    expect(d!.message).toContain('line 3');
  });
  it('mixed numbering styles （1） then （二）', () => {
    const { diagnostics, root } = parse('某办法\n第一条 有下列情形：\n（1） 甲\n（二）乙');
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: 4, ruleId: 'numbering' }));
    expect(ids(root)).toContain('art-1-para-1-item-2');
  });
  it('a digit stuck inside a sentence', () => {
    const { diagnostics } = parse('某办法\n第一条 造成重4 大人员伤亡。');
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: 2, ruleId: 'leaked-digit' }));
  });
  it('two articles on one line are split and reported', () => {
    const { root, diagnostics } = parse('某办法\n第一条 甲。\n第二条 乙。第三条 丙。');
    expect(ids(root)).toEqual(['art-1', 'art-1-para-1', 'art-2', 'art-2-para-1', 'art-3', 'art-3-para-1']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: 3, ruleId: 'run-on', severity: 'info' }));
  });
  it('an empty document is an error', () => {
    expect(parse('\n\n').diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', ruleId: 'empty' }));
  });
});

describe('notice, title and sign-off', () => {
  // parsed in each test (not while collecting), so that mutation testing sees which test covers what
  const input = () => parse(
    ['某某学院文件', '某院字〔2017〕5号', '关于印发《某某学院', '问责办法》的通知', '各单位：', '现印发给你们。', '党委办公室', '2017年6月21日', '某某学院问责办法', '第一条 为了规范。', '某某学院办公室 2017年6月21日印发'].join('\n'),
  );
  it('wraps the notice and finds the title it names', () => {
    const { root } = input();
    expect(root.children.map((c) => c.kind)).toEqual(['notice', 'title', 'article', 'signoff']);
    expect(root.children[1].text).toBe('某某学院问责办法');
    const notice = root.children[0];
    expect(notice.children.map((c) => c.kind)).toEqual(['para', 'para', 'para', 'para', 'para', 'signoff', 'signoff']);
    expect(notice.children[2].text).toBe('关于印发《某某学院问责办法》的通知');
  });
});

describe('title first, then its issuing notice, as databases print it', () => {
  // parsed in each test (not while collecting), so that mutation testing sees which test covers what
  const input = () => parse(
    ['某某学院问责办法', '关于印发《某某学院问责办法》的通知', '各单位：', '现将《某某学院问责办法》印发给你们，请认真贯彻执行。', '中共某某学院委员会', '2017年6月21日', '第一条 为了规范。', '第二条 本办法自印发之日起施行。'].join('\n'),
  );
  it('the notice runs from its title to its date, and the articles follow at the top level', () => {
    const { root, diagnostics } = input();
    expect(diagnostics).toEqual([]);
    expect(root.children.map((c) => [c.kind, c.line])).toEqual([['title', 1], ['notice', 2], ['article', 7], ['article', 8]]);
    const notice = root.children[1]!;
    expect(notice.children.map((c) => [c.kind, c.text])).toEqual([
      ['para', '关于印发《某某学院问责办法》的通知'],
      ['para', '各单位：'],
      ['para', '现将《某某学院问责办法》印发给你们，请认真贯彻执行。'],
      ['signoff', '中共某某学院委员会'],
      ['signoff', '2017年6月21日'],
    ]);
    expect(ids(root)).toEqual(['notice', 'notice-para-1', 'notice-para-2', 'notice-para-3', 'art-1', 'art-1-para-1', 'art-2', 'art-2-para-1']);
  });
});

describe('a chapter heading printed twice (a table of contents not recognised)', () => {
  // parsed in each test (not while collecting), so that mutation testing sees which test covers what
  const input = () => parse(['某某条例', '第一章 总则', '第一条 为了规范。', '第二章 问责', '第二条 问责方式。', '第二章 问责', '第三条 问责程序。'].join('\n'));
  it('is reported, kept as a paragraph of that chapter, and what follows stays in it', () => {
    const { root, diagnostics } = input();
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 6, severity: 'warning', ruleId: 'numbering', message: expect.stringMatching(/^第二章 repeats the heading of line 4 /) }),
    ]);
    const chp2 = byId(root, 'chp-2')!;
    expect(chp2.children.map((c) => [c.kind, c.id, c.text])).toEqual([
      ['article', 'art-2', ''],
      ['para', 'chp-2-para-1', '第二章 问责'],
      ['article', 'art-3', ''],
    ]);
    expect(root.children.filter((c) => c.kind === 'chapter')).toHaveLength(2);
  });
});

describe('interpretation (解读) attached to its article', () => {
  // parsed in each test (not while collecting), so that mutation testing sees which test covers what
  const input = () => parse(
    ['某条例', '第一条 为了规范。', '第二条 问责方式包括：', '(一)检查。', '《某条例》解读', '第一条 为了规范。', '解读:', '本条规定了“目的”。', '第二条问责方式包括:', '(一)检查。解读:', '本条规定了“方式”。'].join('\n'),
  );
  it('publishes each article once and its 解读 inside it', () => {
    const { root, diagnostics } = input();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ids(root)).toEqual(['art-1', 'art-1-para-1', 'art-1-interp-1', 'art-1-interp-1-para-1', 'art-2', 'art-2-para-1', 'art-2-para-1-item-1', 'art-2-interp-1', 'art-2-interp-1-para-1']);
  });
  it('accounts for the repeated lines', () => {
    const { excluded } = input();
    expect(excluded.map((e) => e.from)).toEqual([5, 6, 9, 10]);
    expect(excluded.find((e) => e.from === 10)?.text).toBe('(一)检查。');
  });
  it('a repeat that differs from the article is an error', () => {
    const r = parse(['某条例', '第一条 为了规范。', '《某条例》解读', '第一条 为了别的。', '解读:', '说明。'].join('\n'));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'interpretation-mismatch', line: 4 }));
  });
});

describe('bracketed article headings', () => {
  it('第三条 【问责方式】… keeps 【问责方式】 as the heading and the rest as 款 1', () => {
    const { root } = parse('某办法\n第三条 【问责方式】对党组织可以采取通报。');
    expect(byId(root, 'art-3')?.heading).toBe('【问责方式】');
    expect(byId(root, 'art-3-para-1')?.text).toBe('对党组织可以采取通报。');
  });
});
