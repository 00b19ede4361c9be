/**
 * Promises of the README about the converter and the anchors, each with a
 * test that fails when the behaviour is taken out (issue #14: these breaks
 * went unnoticed before). Inputs and expectations are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/ingest/parse.ts';
import { assignIds } from '../../../src/lib/ingest/ids.ts';
import { splitLines, prepareLines } from '../../../src/lib/ingest/source-lines.ts';
import { node, walk, type ProvisionNode } from '../../../src/lib/tree.ts';

function parse(text: string) {
  const all = splitLines(text);
  const prepared = prepareLines(all, { from: 1, to: all.length, exclude: [], corrections: [] }, 't.txt');
  const r = parseDocument(prepared.lines, { file: 't.txt' });
  const idDiagnostics = assignIds(r.root, 't.txt');
  return { ...r, diagnostics: [...r.diagnostics, ...idDiagnostics] };
}
const ids = (root: ProvisionNode) => [...walk(root)].map(([n]) => n.id).filter(Boolean);
const byId = (root: ProvisionNode, id: string) => [...walk(root)].map(([n]) => n).find((n) => n.id === id);
const numbering = (d: { ruleId: string }[]) => d.filter((x) => x.ruleId === 'numbering');

describe('numbering gaps and repeats in lists are reported', () => {
  it('（一） → （三）: a gap, on the line of （三）, saying what was expected', () => {
    const { diagnostics, root } = parse('某办法\n第一条 有下列情形之一的，予以问责：\n（一）甲；\n（三）丙。');
    expect(numbering(diagnostics)).toEqual([
      expect.objectContaining({ line: 4, severity: 'warning', message: 'numbering skips to （三）; expected number 2 after （一）' }),
    ]);
    // the item keeps its own number in its anchor
    expect(ids(root)).toEqual(['art-1', 'art-1-para-1', 'art-1-para-1-item-1', 'art-1-para-1-item-3']);
  });
  it('1. → 3. in a 目 list: a gap', () => {
    const { diagnostics } = parse('某办法\n第一条 有下列情形：\n（一）甲类\n1.子甲；\n3.子丙。');
    expect(numbering(diagnostics)).toEqual([expect.objectContaining({ line: 5, message: 'numbering skips to 3.; expected number 2 after 1.' })]);
  });
  it('（三） → （二）: a list cannot go back; the second （二） starts a new 款, reported', () => {
    const { diagnostics, root } = parse('某办法\n第一条 有下列情形：\n（一）甲；\n（二）乙；\n（三）丙；\n（二）丁。');
    expect(numbering(diagnostics)).toEqual([expect.objectContaining({ line: 6, message: 'list starts at （二）; expected number 1' })]);
    expect(ids(root)).toContain('art-1-para-2-item-2');
  });
  it('（二）（二）: a repeat, reported; no anchor is given twice', () => {
    const { diagnostics, root } = parse('某办法\n第一条 有下列情形：\n（一）甲；\n（二）乙；\n（二）丙。');
    expect(numbering(diagnostics)).toEqual([expect.objectContaining({ line: 5, message: 'list starts at （二）; expected number 1' })]);
    expect(new Set(ids(root)).size).toBe(ids(root).length);
  });
  it('a list starting again at （一） inside an article is a new 款 (README: “a list that starts again inside an article becomes a new 款”)', () => {
    const { root } = parse('某办法\n第一条 有下列情形：\n（一）甲；\n（二）乙；\n（一）丙。');
    expect(ids(root)).toEqual(['art-1', 'art-1-para-1', 'art-1-para-1-item-1', 'art-1-para-1-item-2', 'art-1-para-2', 'art-1-para-2-item-1']);
  });
  it('a list in order is not reported', () => {
    const { diagnostics } = parse('某办法\n第一条 有下列情形：\n（一）甲；\n（二）乙；\n（三）丙。');
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
  it('articles: a gap and a repeat of 第N条 are reported too', () => {
    expect(numbering(parse('某办法\n第一条 甲。\n第三条 丙。').diagnostics)).toEqual([
      expect.objectContaining({ line: 3, message: 'numbering skips to 第三条; expected number 2 after 第一条' }),
    ]);
    expect(numbering(parse('某办法\n第一条 甲。\n第二条 乙。\n第一条 丙。').diagnostics)).toEqual([
      expect.objectContaining({ line: 4, message: 'numbering goes back to 第一条; expected number 3 after 第二条' }),
    ]);
  });
});

describe('duplicate anchors are an error', () => {
  it('a repeated section number 一、一、 is kept as a paragraph and reported, so no anchor is given twice', () => {
    const { diagnostics, root } = parse('某意见\n一、甲\n正文。\n一、乙\n正文。');
    expect(numbering(diagnostics)).toEqual([
      expect.objectContaining({ line: 4, message: '一、 repeats the section number of line 2 (a list inside a section? a second document?); kept as a paragraph so that no anchor is given twice' }),
    ]);
    expect(ids(root)).toEqual(['sec-1', 'sec-1-para-1', 'sec-1-para-2', 'sec-1-para-3']);
  });
  it('assignIds on a hand-built tree: two sections numbered 一、 collide, with their children', () => {
    const root = node('document', 1);
    const s1 = node('section', 2, '', { num: '一、', ordinal: 1 });
    s1.children.push(node('para', 3, '甲。'));
    const s2 = node('section', 4, '', { num: '一、', ordinal: 1 });
    s2.children.push(node('para', 5, '乙。'));
    root.children.push(s1, s2);
    const d = assignIds(root, 'x.txt');
    expect(d.map((x) => [x.file, x.line, x.severity, x.ruleId])).toEqual([
      ['x.txt', 4, 'error', 'duplicate-id'],
      ['x.txt', 5, 'error', 'duplicate-id'],
    ]);
    expect(d[0]!.message).toMatch(/^two provisions would share the anchor #sec-1: line 2 “一、” and line 4 “一、”/);
  });
  it('the message quotes each colliding provision by its number, heading and text, so an editor can find them', () => {
    const root = node('document', 1);
    const a1 = node('article', 2, '对履行职责不力的，应当检查。', { num: '第六条', ordinal: 6, heading: '问责方式' });
    const a2 = node('article', 9, '问责决定应当公开。', { num: '第六条', ordinal: 6 });
    root.children.push(a1, a2);
    const [d] = assignIds(root, 'x.txt');
    expect(d!.message).toContain('line 2 “第六条 问责方式 对履行职责不力”');
    expect(d!.message).toContain('line 9 “第六条 问责决定应当公开。”');
  });
  it('distinct numbering gives no error', () => {
    const root = node('document', 1);
    root.children.push(node('section', 2, '', { num: '一、', ordinal: 1 }), node('section', 3, '', { num: '二、', ordinal: 2 }));
    expect(assignIds(root, 'x.txt')).toEqual([]);
    expect(root.children.map((c) => c.id)).toEqual(['sec-1', 'sec-2']);
  });
});

describe('two provisions on one line: split only where the next number is expected', () => {
  it('“…。第五条规定的情形除外” inside 第二条 is a reference, not a phantom 第五条', () => {
    const { root, diagnostics } = parse('某办法\n第一条 甲。\n第二条 有下列情形的，不予问责。第五条规定的情形除外。\n第三条 丙。');
    expect(ids(root)).toEqual(['art-1', 'art-1-para-1', 'art-2', 'art-2-para-1', 'art-3', 'art-3-para-1']);
    expect(byId(root, 'art-2-para-1')?.text).toBe('有下列情形的，不予问责。第五条规定的情形除外。');
    expect(diagnostics.filter((d) => d.ruleId === 'run-on' || d.severity !== 'info')).toEqual([]);
  });
  it('“…。（三）…” after （一） is not split either; after （二） it is', () => {
    const kept = parse('某办法\n第一条 有下列情形：\n（一）甲。（三）所列情形除外；\n（二）乙。');
    expect(byId(kept.root, 'art-1-para-1-item-1')?.text).toBe('甲。（三）所列情形除外；');
    const split = parse('某办法\n第一条 有下列情形：\n（一）甲；\n（二）乙。（三）丙。');
    expect(byId(split.root, 'art-1-para-1-item-3')?.text).toBe('丙。');
    expect(split.diagnostics).toContainEqual(expect.objectContaining({ line: 4, ruleId: 'run-on' }));
  });
  it('the next article on the same line is split off', () => {
    const { root } = parse('某办法\n第一条 甲。第二条 乙。第四条规定的除外。');
    expect(ids(root)).toEqual(['art-1', 'art-1-para-1', 'art-2', 'art-2-para-1']);
    expect(byId(root, 'art-2-para-1')?.text).toBe('乙。第四条规定的除外。');
  });
});

describe('assignIds keeps the count of unnumbered levels as their ordinal (citations need it: 第二款)', () => {
  it('款 are counted 1, 2…; the notice and the preamble get no ordinal', () => {
    const root = node('document', 1);
    const notice = node('notice', 1);
    notice.children.push(node('para', 2, '各单位：'));
    const preamble = node('preamble', 3);
    preamble.children.push(node('para', 3, '为了规范。'));
    const art = node('article', 4, '', { num: '第一条', ordinal: 1 });
    art.children.push(node('para', 4, '甲。'), node('para', 5, '乙。'));
    root.children.push(notice, preamble, art);
    expect(assignIds(root, 'x.txt')).toEqual([]);
    expect([notice.id, notice.ordinal, preamble.id, preamble.ordinal]).toEqual(['notice', undefined, 'preamble', undefined]);
    expect(art.children.map((p) => [p.id, p.ordinal])).toEqual([
      ['art-1-para-1', 1],
      ['art-1-para-2', 2],
    ]);
    expect(notice.children[0]!.ordinal).toBe(1);
  });
  it('an article with a suffix: art-N-M', () => {
    const root = node('document', 1);
    root.children.push(node('article', 2, '', { num: '第六条之一', ordinal: 6, suffix: 1 }), node('article', 3, '', { num: '第七条', ordinal: 7 }));
    assignIds(root, 'x.txt');
    expect(root.children.map((c) => c.id)).toEqual(['art-6-1', 'art-7']);
  });
});
