/**
 * Quality floor of the suggester (suggestions alone, no curation, no
 * citations) against the hand-checked crosswalks. The floors are what the
 * suggester reached when they were set; a change that lowers them fails.
 * `npm run bench` prints the same numbers with the misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { suggestAll } from '../../src/lib/crosswalk/build.ts';
import { evaluate, measureFromText } from '../../src/lib/crosswalk/evaluate.ts';
import { parseYamlWith } from '../../src/lib/yaml-validate.ts';
import { goldFile } from '../../src/schemas/crosswalk.ts';
import { walk } from '../../src/lib/tree.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SEED_F1_FLOOR = 0.9;
const UNSEEN_F1_FLOOR = 0.95;

function gold(path: string) {
  return parseYamlWith(readFileSync(path, 'utf8'), path, goldFile).data;
}

function unseenMeasures() {
  const dir = join(FIXTURES, 'unseen');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => measureFromText(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8'), 'ccp-accountability-2016'));
}

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
    const score = evaluate(suggestAll(seeds), gold(join(FIXTURES, 'crosswalk-gold.yaml')), seeds);
    expect(score.f1, `missed ${score.missed.join('; ')} / extra ${score.extra.join('; ')}`).toBeGreaterThanOrEqual(SEED_F1_FLOOR);
  });

  it(`reaches F1 ≥ ${UNSEEN_F1_FLOOR} on measures it has never seen`, () => {
    const docs = [...seeds, ...unseenMeasures()];
    const score = evaluate(suggestAll(docs), gold(join(FIXTURES, 'unseen/gold.yaml')), docs);
    expect(score.f1, `missed ${score.missed.join('; ')} / extra ${score.extra.join('; ')}`).toBeGreaterThanOrEqual(UNSEEN_F1_FLOOR);
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
