/**
 * The drafters' coverage (src/lib/crosswalk/coverage.ts) on the two hand-written
 * documents of the search fixtures (a parent with articles 6 and 7; a measure
 * with articles 5 and 6 whose metadata names the parent) and hand-written links:
 * which parent articles the measure implements and how strongly, which it does
 * not, and which of its own articles have no parent basis. Expectations by hand.
 */
import { describe, expect, it } from 'vitest';
import { coverage, strongest, unitAnchorOf } from '../../src/lib/crosswalk/coverage.ts';
import type { CrosswalkLink, Relation } from '../../src/schemas/crosswalk.ts';
import { local, parent } from '../fixtures/search-corpus.ts';

const link = (from: [string, string], to: [string, string], relation: Relation): CrosswalkLink =>
  ({ from: { doc: from[0], anchor: from[1] }, to: { doc: to[0], anchor: to[1] }, relation, source: 'suggested', score: 0.5, evidence: [] }) as unknown as CrosswalkLink;
const L = local.meta.slug;
const P = parent.meta.slug;

describe('unitAnchorOf', () => {
  const units = [{ anchor: 'art-1' }, { anchor: 'art-10' }, { anchor: 'sec-1' }, { anchor: 'sec-1-para-2' }];
  it('gives the unit an anchor is, or is inside, the longest such unit', () => {
    expect(unitAnchorOf('art-1', units)).toBe('art-1');
    expect(unitAnchorOf('art-10-para-1', units)).toBe('art-10');
    expect(unitAnchorOf('art-1-para-1', units)).toBe('art-1');
    expect(unitAnchorOf('sec-1-para-2-item-1', units)).toBe('sec-1-para-2');
    expect(unitAnchorOf('sec-1-para-3', units)).toBe('sec-1');
  });
  it('gives nothing for an anchor in no unit', () => {
    expect(unitAnchorOf('art-2', units)).toBeUndefined();
    expect(unitAnchorOf('art-100', [{ anchor: 'art-10' }])).toBeUndefined();
  });
});

describe('strongest', () => {
  it('is restates over implements over related, null for no link', () => {
    expect(strongest([])).toBeNull();
    expect(strongest([link([L, 'a'], [P, 'b'], 'related')])).toBe('related');
    expect(strongest([link([L, 'a'], [P, 'b'], 'related'), link([L, 'a'], [P, 'b'], 'implements')])).toBe('implements');
    expect(strongest([link([L, 'a'], [P, 'b'], 'restates'), link([L, 'a'], [P, 'b'], 'implements'), link([L, 'a'], [P, 'b'], 'related')])).toBe('restates');
    expect(strongest([link([L, 'a'], [P, 'b'], 'implements'), link([L, 'a'], [P, 'b'], 'related')])).toBe('implements');
  });
});

describe('coverage', () => {
  const links = [
    link([L, 'art-6-para-2'], [P, 'art-7-para-1-item-1'], 'implements'),
    link([L, 'art-6'], [P, 'art-7'], 'restates'),
    link([L, 'art-6-para-1'], [P, 'art-7-para-2'], 'related'),
    link([L, 'art-5'], ['some-other-parent', 'art-1'], 'implements'),
  ];

  it('lists the parent with its units, and for the measure each parent article with its links, local articles and strongest relation', () => {
    const r = coverage([parent, local], links);
    expect(r.parents.map((p) => [p.doc.meta.slug, p.units.map((u) => u.anchor)])).toEqual([[P, ['art-6', 'art-7']]]);
    expect(r.measures).toHaveLength(1);
    const m = r.measures[0]!;
    expect([m.doc.meta.slug, m.parent.meta.slug]).toEqual([L, P]);
    expect(m.cells.map((c) => [c.parent, c.links.length, c.local.map((u) => u.anchor), c.relation])).toEqual([
      ['art-6', 0, [], null],
      ['art-7', 3, ['art-6'], 'restates'],
    ]);
    expect(m.cells[1]!.links).toEqual(links.slice(0, 3));
    expect(m.implemented.map((u) => u.anchor)).toEqual(['art-7']);
    expect(m.missing.map((u) => u.anchor)).toEqual(['art-6']);
    // art-5's only link goes to a document that is not this parent
    expect(m.unbased.map((u) => u.anchor)).toEqual(['art-5']);
  });

  it('has every parent article missing and every local article unbased without links', () => {
    const m = coverage([parent, local], []).measures[0]!;
    expect(m.implemented).toEqual([]);
    expect(m.missing.map((u) => u.anchor)).toEqual(['art-6', 'art-7']);
    expect(m.unbased.map((u) => u.anchor)).toEqual(['art-5', 'art-6']);
    expect(m.cells.every((c) => c.relation === null && c.local.length === 0)).toBe(true);
  });

  it('has no measure when the parent is not among the documents', () => {
    expect(coverage([local], links)).toEqual({ parents: [], measures: [] });
  });
});
