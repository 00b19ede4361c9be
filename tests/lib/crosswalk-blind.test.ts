/**
 * The blind relation set (tests/fixtures/blind/, issue #15 goal 4): four laws with a measure each
 * from the real corpus, links and relations labelled by reading and committed before the relation
 * rule was run on them. The floors are what the rule reached after the changes that followed
 * (README "The relation rule": the blind figure is the one before them); a change that loses any
 * link or relation fails.
 */
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/lib/tree.ts';
import { BLIND_SETS, crosswalkSets, scoreSet } from '../../scripts/lib/crosswalk-sets.ts';

const blind = crosswalkSets().filter((s) => s.name.startsWith('blind:'));
/** Relation accuracy over the four pairs together (right / labelled links found). */
const RELATION_FLOOR = 0.8;
/** Links (suggestions alone) over the four pairs together: what the suggester reached when the set was made. */
const LINK_F1_FLOOR = 0.66;

describe('blind relation set', () => {
  it('has at least 60 labelled links on at least four pairs, each to an existing article of its parent', () => {
    expect(blind.map((s) => s.name)).toEqual(BLIND_SETS.map(([, , name]) => name));
    expect(blind.length).toBeGreaterThanOrEqual(4);
    let labelled = 0;
    for (const set of blind) {
      const parent = set.documents.find((d) => d.meta.slug === set.gold.parent)!;
      expect(parent, set.gold.parent).toBeDefined();
      const ids = new Set([...walk(parent.root)].map(([n]) => n.id));
      for (const [doc, map] of Object.entries(set.gold.documents)) {
        const local = set.documents.find((d) => d.meta.slug === doc)!;
        const localIds = new Set([...walk(local.root)].map(([n]) => n.id));
        for (const [from, to] of Object.entries(map)) {
          expect(localIds.has(from), `${doc}#${from}`).toBe(true);
          for (const a of Array.isArray(to) ? to : Object.keys(to)) {
            expect(ids.has(a), `${set.gold.parent}#${a}`).toBe(true);
            labelled++;
          }
        }
      }
    }
    expect(labelled).toBeGreaterThanOrEqual(60);
  });

  it(`relation accuracy over the four pairs ≥ ${RELATION_FLOOR}, links F1 ≥ ${LINK_F1_FLOOR}`, () => {
    let correct = 0;
    let found = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const set of blind) {
      const { links, relations } = scoreSet(set);
      correct += relations.correct;
      found += relations.found;
      tp += links.tp;
      fp += links.fp;
      fn += links.fn;
      wrong.push(...relations.wrong);
    }
    expect(found).toBeGreaterThan(50);
    expect(correct / found, wrong.join('; ')).toBeGreaterThanOrEqual(RELATION_FLOOR);
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(LINK_F1_FLOOR);
  });
});
