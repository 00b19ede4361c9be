/**
 * The metric code (`evaluate`, src/lib/crosswalk/evaluate.ts) on edges the main hand-computed
 * corpus (crosswalk-evaluate.test.ts) does not reach: a link to another document whose anchors the
 * parent also has is not scored, and the missed and extra pairs are listed sorted, whatever the
 * order of the gold file and of the links. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/crosswalk/evaluate.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import type { CrosswalkLink, GoldFile } from '../../src/schemas/crosswalk.ts';
import { docMeta } from '../../src/schemas/meta.ts';

function doc(slug: string, n: number, parents: string[] = []): RegDocument {
  return {
    meta: docMeta.parse({ slug, title: `${slug}办法`, shortTitle: slug, class: '党内规范性文件', parents: parents.map((p) => ({ slug: p })), source: { file: `${slug}.txt`, from: 1, to: n } }),
    root: {
      kind: 'document',
      text: '',
      line: 1,
      children: Array.from({ length: n }, (_, i) => ({ kind: 'article', id: `art-${i + 1}`, num: `第${i + 1}条`, ordinal: i + 1, text: '', line: i + 1, children: [{ kind: 'para', id: `art-${i + 1}-para-1`, text: `第${i + 1}条的内容。`, line: i + 1, children: [] }] })),
    },
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

const docs = [doc('p', 4), doc('q', 4), doc('m', 3, ['p']), doc('n', 2, ['p'])];
// n before m in the file; want: n#art-2→art-4, n#art-1→art-3, m#art-3→art-2, m#art-1→art-1
const gold: GoldFile = { parent: 'p', documents: { n: { 'art-2': ['art-4'], 'art-1': ['art-3'] }, m: { 'art-3': ['art-2'], 'art-1': ['art-1'] } } };

describe('evaluate, edges', () => {
  it('does not score a link to another document, even where the parent has the same anchor', () => {
    // m#art-2 → q#art-2 would be an extra m#art-2 → art-2 if it were scored
    const s = evaluate([link('m#art-2', 'q#art-2'), link('m#art-1', 'p#art-1')], gold, docs);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 3]);
    expect(s.extra).toEqual([]);
  });

  it('lists missed and extra pairs sorted', () => {
    const s = evaluate([link('n#art-2', 'p#art-1'), link('m#art-2', 'p#art-3'), link('m#art-1', 'p#art-4')], gold, docs);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 3, 4]);
    expect(s.missed).toEqual(['m#art-1 → art-1', 'm#art-3 → art-2', 'n#art-1 → art-3', 'n#art-2 → art-4']);
    expect(s.extra).toEqual(['m#art-1 → art-4', 'm#art-2 → art-3', 'n#art-2 → art-1']);
  });
});
