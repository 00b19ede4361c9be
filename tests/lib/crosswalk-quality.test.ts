/**
 * Quality floor of the suggester (suggestions alone, no curation, no
 * citations) and of the relation rule against the hand-checked crosswalks
 * (scripts/lib/crosswalk-sets.ts). The floors are what was reached when they
 * were set; a change that lowers them fails. `npm run bench` prints the same
 * numbers with the misses.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { readCuration, readTopics } from '../../src/data/crosswalk.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { linkGold } from '../../src/lib/crosswalk/gold.ts';
import { walk } from '../../src/lib/tree.ts';
import { crosswalkSets, FIXTURES, readGold, scoreSet, suggestionsFor } from '../../scripts/lib/crosswalk-sets.ts';

const SEED_F1_FLOOR = 0.9;
const UNSEEN_F1_FLOOR = 0.95;
/** Issue #14: another parent (a law and a province's 实施办法), no topics file, no code for it (0.918 since relations4: one article on words alone). */
const OTHER_PARENT_F1_FLOOR = 0.91;
/**
 * Issue #15: relation accuracy of the suggestions (seeds, the three unseen, the six labelled first, the other
 * parent, and the held-out pairs labelled before the rule was run on them: their floors are what the rule reached
 * on them, so a change that loses any of their links fails).
 */
const RELATION_FLOORS: Record<string, number> = {
  // 52 / 53 since relations5 (2026-11-30): principles of its own, keeping little, are 相关 (潍坊 第三条)
  'seed measures': 0.981,
  'unseen measures (tests/fixtures/unseen)': 0.92,
  // 62 / 64, 28 / 28 and 22 / 24 since the relations3 changes (2026-11-29): one link more wrong fails
  'unseen, relations labelled first (unseen/labelled)': 0.968,
  'another parent: 献血法 ← 河南实施办法 (other-parent)': 1,
  'held out: 集会游行示威法 ← 重庆实施办法 (held-out/assembly)': 0.916,
  'held out: 归侨侨眷权益保护法 ← 北京实施办法 (held-out/overseas-chinese)': 0.95,
};

const gold = (path: string) => linkGold(readGold(path));
const suggestAll = suggestionsFor;
const sets = crosswalkSets();
const setNamed = (name: string) => sets.find((s) => s.name === name)!;

describe('suggester quality', () => {
  const seeds = getCorpus().documents;

  it('the gold lists every top-level provision of the seed measures, and only existing anchors', () => {
    const g = gold(join(FIXTURES, 'crosswalk-gold.yaml'));
    const parent = seeds.find((d) => d.meta.slug === g.parent)!;
    const parentIds = new Set([...walk(parent.root)].map(([n]) => n.id));
    for (const [slug, map] of Object.entries(g.documents)) {
      const doc = seeds.find((d) => d.meta.slug === slug);
      expect(doc, slug).toBeDefined();
      const top = [...walk(doc!.root)].filter(([n, anc]) => (n.kind === 'article' || n.kind === 'section' || n.kind === 'preamble') && !anc.some((a) => ['article', 'section', 'notice', 'annex'].includes(a.kind))).map(([n]) => n.id);
      expect(Object.keys(map).sort()).toEqual([...top].sort());
      for (const targets of Object.values(map)) for (const t of targets) expect(parentIds.has(t), t).toBe(true);
    }
  });

  it(`reaches F1 ≥ ${SEED_F1_FLOOR} on the seed measures`, () => {
    const { links: score } = scoreSet(setNamed('seed measures'));
    expect(score.f1, `missed ${score.missed.join('; ')} / extra ${score.extra.join('; ')}`).toBeGreaterThanOrEqual(SEED_F1_FLOOR);
  });

  it(`reaches F1 ≥ ${UNSEEN_F1_FLOOR} on measures it has never seen`, () => {
    const { links: score } = scoreSet(setNamed('unseen measures (tests/fixtures/unseen)'));
    expect(score.f1, `missed ${score.missed.join('; ')} / extra ${score.extra.join('; ')}`).toBeGreaterThanOrEqual(UNSEEN_F1_FLOOR);
  });

  it(`reaches F1 ≥ ${OTHER_PARENT_F1_FLOOR} for another parent with no code and no topics file for it`, () => {
    const set = setNamed('another parent: 献血法 ← 河南实施办法 (other-parent)');
    const { links: score } = scoreSet(set);
    expect(score.f1, `missed ${score.missed.join('; ')} / extra ${score.extra.join('; ')}`).toBeGreaterThanOrEqual(OTHER_PARENT_F1_FLOOR);
  });

  it.each(Object.entries(RELATION_FLOORS))('relation accuracy on %s ≥ %s', (name, floor) => {
    const { relations } = scoreSet(setNamed(name));
    expect(relations.found).toBeGreaterThan(15);
    expect(relations.accuracy, relations.wrong.join('; ')).toBeGreaterThanOrEqual(floor);
  });

  it('the labelled set has at least 60 labelled links, each to an existing parent article', () => {
    const set = setNamed('unseen, relations labelled first (unseen/labelled)');
    const parent = set.documents.find((d) => d.meta.slug === set.gold.parent)!;
    const ids = new Set([...walk(parent.root)].map(([n]) => n.id));
    const labelled = Object.values(set.gold.documents).flatMap((m) => Object.values(m).flatMap((t) => (Array.isArray(t) ? [] : Object.keys(t))));
    expect(labelled.length).toBeGreaterThanOrEqual(60);
    for (const a of labelled) expect(ids.has(a), a).toBe(true);
  });

  it('published seed links (citations and curation too) agree with the labelled relations', () => {
    const set = setNamed('seed measures');
    const published = buildCrosswalk(seeds, readCuration(), readTopics());
    const { relations } = scoreSet(set, published.links);
    expect(relations.accuracy, relations.wrong.join('; ')).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no links to documents without a parent, nor to commentary', () => {
    const links = suggestAll(seeds);
    const noParent = seeds.filter((d) => d.meta.parents.length === 0).map((d) => d.meta.slug);
    expect(noParent).toEqual(expect.arrayContaining(['guangzhou-community-party-building-2006', 'harbin-community-grid-2011']));
    expect(links.filter((l) => noParent.includes(l.from.doc))).toEqual([]);
  });

  it('links only anchors that exist, from measures to their declared parents', () => {
    const ids = new Map(seeds.map((d) => [d.meta.slug, new Set([...walk(d.root)].map(([n]) => n.id))]));
    const links = suggestAll(seeds);
    expect(links.length).toBeGreaterThan(30);
    for (const l of links) {
      expect(ids.get(l.from.doc)?.has(l.from.anchor), `${l.from.doc}#${l.from.anchor}`).toBe(true);
      expect(ids.get(l.to.doc)?.has(l.to.anchor), `${l.to.doc}#${l.to.anchor}`).toBe(true);
      expect(seeds.find((d) => d.meta.slug === l.from.doc)!.meta.parents.map((p) => p.slug)).toContain(l.to.doc);
      expect(l.evidence.length).toBeGreaterThan(0);
      expect(l.score).toBeGreaterThan(0);
      expect(l.score).toBeLessThanOrEqual(1);
    }
  });

  it('finds the links users would miss most: sanctions → 第七条, principles → 第三条', () => {
    const links = suggestAll(seeds);
    const has = (from: string, to: string) => links.some((l) => `${l.from.doc}#${l.from.anchor}` === from && l.to.anchor === to);
    expect(has('rizhao-polytechnic-2017#art-6', 'art-7')).toBe(true);
    expect(has('weifang-school-safety-2011#art-6', 'art-7')).toBe(true);
    expect(has('guangzhou-cadre-accountability-2009#art-14', 'art-7')).toBe(true);
    expect(has('rizhao-polytechnic-2017#art-2', 'art-3')).toBe(true);
    expect(has('guangzhou-cadre-accountability-2009#art-5', 'art-3')).toBe(true);
    expect(has('liuzhou-polytechnic-2021#art-3', 'art-3')).toBe(true);
    // An appraisal method is not a form of accountability.
    expect(has('liuzhou-polytechnic-2021#art-6', 'art-7')).toBe(false);
  });
});
