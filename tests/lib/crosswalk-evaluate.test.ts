/**
 * The metric code of the crosswalk quality floors (src/lib/crosswalk/evaluate.ts),
 * on a hand-built corpus with expected values computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/crosswalk/evaluate.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import type { ProvisionNode } from '../../src/lib/tree.ts';
import type { CrosswalkLink, GoldFile } from '../../src/schemas/crosswalk.ts';
import { docMeta } from '../../src/schemas/meta.ts';

function article(id: string, ordinal: number, text: string): ProvisionNode {
  return { kind: 'article', id, num: `第${ordinal}条`, ordinal, text: '', line: ordinal, children: [{ kind: 'para', id: `${id}-para-1`, text, line: ordinal, children: [] }] };
}
function doc(slug: string, n: number, parents: string[] = []): RegDocument {
  return {
    meta: docMeta.parse({ slug, title: `${slug}办法`, shortTitle: slug, class: '党内规范性文件', parents: parents.map((p) => ({ slug: p })), source: { file: `${slug}.txt`, from: 1, to: n } }),
    root: { kind: 'document', text: '', line: 1, children: Array.from({ length: n }, (_, i) => article(`art-${i + 1}`, i + 1, `第${i + 1}条的内容，甲乙丙丁。`)) },
    aliases: {},
    excluded: [],
    corrections: [],
  };
}
const link = (from: string, to: string): CrosswalkLink => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation: 'implements', source: 'suggested', score: 0.5, evidence: [] };
};

const P = doc('p', 4);
const Q = doc('q', 2);
const M = doc('m', 3, ['p']);
const N = doc('n', 1, ['p']);
const X = doc('x', 1, ['p']);
const docs = [P, Q, M, N, X];
// want: m#art-1→art-1, m#art-2→art-2, m#art-2→art-3, n#art-1→art-4 (4 pairs; m#art-3 has none)
const gold: GoldFile = { parent: 'p', documents: { m: { 'art-1': ['art-1'], 'art-2': ['art-2', 'art-3'], 'art-3': [] }, n: { 'art-1': ['art-4'] } } };

describe('evaluate', () => {
  it('scores links at unit level against the gold: hand-computed P = 2/3, R = 2/4, F1 = 4/7', () => {
    const links = [
      link('m#art-1-para-1', 'p#art-1-para-1'), // lifted to m#art-1 → art-1: true positive
      link('m#art-1', 'p#art-1'), // the same pair again: counted once
      link('m#art-2', 'p#art-2'), // true positive
      link('m#art-3', 'p#art-4'), // false positive
      link('x#art-1', 'p#art-1'), // x is not in the gold: not scored
      link('m#art-1', 'q#art-1'), // another parent: not scored
      link('m#art-9', 'p#art-1'), // no such unit: not scored
      link('m#art-2', 'p#art-9'), // no such parent unit: not scored
    ];
    const s = evaluate(links, gold, docs);
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual({ tp: 2, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(2 / 3, 12);
    expect(s.recall).toBeCloseTo(0.5, 12);
    expect(s.f1).toBeCloseTo(4 / 7, 12);
    expect(s.missed).toEqual(['m#art-2 → art-3', 'n#art-1 → art-4']);
    expect(s.extra).toEqual(['m#art-3 → art-4']);
  });
  it('precision and recall differ when the counts do: 1 link, 1 right, 4 wanted → P = 1, R = 1/4, F1 = 2/5', () => {
    const s = evaluate([link('n#art-1', 'p#art-4')], gold, docs);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 3]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.25);
    expect(s.f1).toBeCloseTo(0.4, 12);
  });
  it('all wanted and more: R = 1, P = 4/6, F1 = 0.8', () => {
    const links = ['m#art-1 p#art-1', 'm#art-2 p#art-2', 'm#art-2 p#art-3', 'n#art-1 p#art-4', 'm#art-3 p#art-1', 'n#art-1 p#art-2'].map((s) => link(...(s.split(' ') as [string, string])));
    const s = evaluate(links, gold, docs);
    expect([s.tp, s.fp, s.fn]).toEqual([4, 2, 0]);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(4 / 6, 12);
    expect(s.f1).toBeCloseTo(0.8, 12);
    expect(s.missed).toEqual([]);
    expect(s.extra).toEqual(['m#art-3 → art-1', 'n#art-1 → art-2']);
  });
  it('no links at all: P = 1 (nothing claimed), R = 0, F1 = 0', () => {
    const s = evaluate([], gold, docs);
    expect([s.tp, s.fp, s.fn, s.precision, s.recall, s.f1]).toEqual([0, 0, 4, 1, 0, 0]);
  });
  it('only wrong links: P = R = F1 = 0', () => {
    const s = evaluate([link('m#art-3', 'p#art-3')], gold, docs);
    expect([s.tp, s.fp, s.fn, s.precision, s.recall, s.f1]).toEqual([0, 1, 4, 0, 0, 0]);
  });
  it('an empty gold and no links: everything is perfect (1, 1, 1)', () => {
    const s = evaluate([], { parent: 'p', documents: {} }, docs);
    expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
  });
  it('an unknown parent scores nothing it links to', () => {
    const s = evaluate([link('m#art-1', 'p#art-1')], { parent: 'nope', documents: { m: { 'art-1': ['art-1'] } } }, docs);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0, 1]);
  });
});

/*
 * Edges the hand-computed corpus above does not reach: a link to another document whose anchors the
 * parent also has is not scored, and the missed and extra pairs are listed sorted, whatever the order
 * of the gold file and of the links. Expected values by hand.
 */
const edgeDocs = [doc('p', 4), doc('q', 4), doc('m', 3, ['p']), doc('n', 2, ['p'])];
// n before m in the file; want: n#art-2→art-4, n#art-1→art-3, m#art-3→art-2, m#art-1→art-1
const edgeGold: GoldFile = { parent: 'p', documents: { n: { 'art-2': ['art-4'], 'art-1': ['art-3'] }, m: { 'art-3': ['art-2'], 'art-1': ['art-1'] } } };

describe('evaluate, edges', () => {
  it('does not score a link to another document, even where the parent has the same anchor', () => {
    // m#art-2 → q#art-2 would be an extra m#art-2 → art-2 if it were scored
    const s = evaluate([link('m#art-2', 'q#art-2'), link('m#art-1', 'p#art-1')], edgeGold, edgeDocs);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 3]);
    expect(s.extra).toEqual([]);
  });

  it('lists missed and extra pairs sorted', () => {
    const s = evaluate([link('n#art-2', 'p#art-1'), link('m#art-2', 'p#art-3'), link('m#art-1', 'p#art-4')], edgeGold, edgeDocs);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 3, 4]);
    expect(s.missed).toEqual(['m#art-1 → art-1', 'm#art-3 → art-2', 'n#art-1 → art-3', 'n#art-2 → art-4']);
    expect(s.extra).toEqual(['m#art-1 → art-4', 'm#art-2 → art-3', 'n#art-2 → art-1']);
  });
});
