/**
 * Crosswalk section of `npm run bench`:
 * - quality of the suggestions alone (no citations, no curation) against the
 *   hand-checked crosswalks of the seed measures and of unseen measures;
 * - time to suggest links for a synthetic corpus of 2,000 measures made in
 *   memory by varying the seed measures' articles (reordered, reworded, cut).
 */
import { rng } from '../../src/lib/random.ts';
import type { Table } from '../lib/bench-table.ts';
import { getCorpus } from '../../src/data/corpus.ts';
import { readCuration, readTopics } from '../../src/data/crosswalk.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { buildCrosswalk, buildIndexes, linkedDocuments, suggestAll } from '../../src/lib/crosswalk/build.ts';
import { RELATION_RULE } from '../../src/lib/crosswalk/relation.ts';
import { SUGGEST_PARAMS } from '../../src/lib/crosswalk/suggest.ts';
import { loadTopics } from '../../src/lib/crosswalk/topics.ts';
import type { ProvisionNode } from '../../src/lib/tree.ts';
import { crosswalkSets, scoreSet } from '../lib/crosswalk-sets.ts';

const PARENT = 'ccp-accountability-2016';


/** Rewordings measures commonly differ by (applied at random). */
const VARIANTS: [RegExp, string][] = [
  [/问责/g, '追责'],
  [/应当/g, '应'],
  [/党的干部/g, '党员干部'],
  [/，/g, ','],
  [/本办法/g, '本实施办法'],
  [/学校/g, '单位'],
];

function vary(text: string, r: () => number): string {
  let t = text;
  for (const [re, to] of VARIANTS) if (r() < 0.3) t = t.replace(re, to);
  // Drop one clause now and then.
  const parts = t.split('。');
  if (parts.length > 2 && r() < 0.3) parts.splice(Math.floor(r() * (parts.length - 1)), 1);
  return parts.join('。');
}

function cloneVaried(n: ProvisionNode, r: () => number): ProvisionNode {
  return { ...n, text: n.text ? vary(n.text, r) : n.text, children: n.children.map((c) => cloneVaried(c, r)) };
}

/** `count` synthetic measures: seed measures with articles reordered, reworded and cut. */
export function syntheticCorpus(seeds: readonly RegDocument[], count: number): RegDocument[] {
  const { measures } = linkedDocuments(seeds);
  const r = rng(2016);
  const out: RegDocument[] = [];
  for (let i = 0; i < count; i++) {
    const base = measures[i % measures.length]!;
    const top = base.root.children.map((c) => cloneVaried(c, r));
    // Reorder two top-level provisions and drop one, as measures do.
    if (top.length > 3) {
      const a = Math.floor(r() * top.length);
      const b = Math.floor(r() * top.length);
      [top[a], top[b]] = [top[b]!, top[a]!];
      if (r() < 0.5) top.splice(Math.floor(r() * top.length), 1);
    }
    out.push({ ...base, meta: { ...base.meta, slug: `synthetic-${i}` }, root: { ...base.root, children: top } });
  }
  return out;
}

export async function run(): Promise<Table[]> {
  const seeds = getCorpus().documents;
  const quality: Table = {
    title: 'Crosswalk: suggestions alone vs hand-checked gold (article level); relation: published relation = gold label, of the gold links found',
    columns: ['set', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn', 'relation accuracy', 'right / found'],
    rows: [],
  };
  const misses: Table = { title: 'Crosswalk: disagreements with the gold (seed measures)', columns: ['kind', 'pair'], rows: [] };
  const confusion: Table = { title: 'Crosswalk: relation confusions (gold→published: count)', columns: ['set', 'confusions'], rows: [] };
  /** Totals over the pairs of each blind set (blind/, blind2/, blind3/, blind4/, blind5/ and blind6/). */
  const blinds = new Map<string, { tp: number; fp: number; fn: number; correct: number; found: number }>([
    ['blind:', { tp: 0, fp: 0, fn: 0, correct: 0, found: 0 }],
    ['blind2:', { tp: 0, fp: 0, fn: 0, correct: 0, found: 0 }],
    ['blind3:', { tp: 0, fp: 0, fn: 0, correct: 0, found: 0 }],
    ['blind4:', { tp: 0, fp: 0, fn: 0, correct: 0, found: 0 }],
    ['blind5:', { tp: 0, fp: 0, fn: 0, correct: 0, found: 0 }],
    ['blind6:', { tp: 0, fp: 0, fn: 0, correct: 0, found: 0 }],
  ]);
  const blindWrong: Table = { title: 'Crosswalk: relation disagreements on the blind sets (labelled before the rule was run on them)', columns: ['set', 'pair: published (gold)'], rows: [] };
  for (const set of crosswalkSets()) {
    const { links: s, relations: r } = scoreSet(set);
    quality.rows.push([set.name, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), s.tp, s.fp, s.fn, r.accuracy.toFixed(3), `${r.correct} / ${r.found}`]);
    confusion.rows.push([set.name, Object.entries(r.confusion).map(([k, v]) => `${k}: ${v}`).join(', ') || '—']);
    const blind = blinds.get(set.name.slice(0, set.name.indexOf(':') + 1));
    if (blind) {
      blind.tp += s.tp;
      blind.fp += s.fp;
      blind.fn += s.fn;
      blind.correct += r.correct;
      blind.found += r.found;
      for (const w of r.wrong) blindWrong.rows.push([set.name, w]);
    }
    if (set.name === 'seed measures') {
      for (const m of s.missed) misses.rows.push(['missed', m]);
      for (const e of s.extra) misses.rows.push(['extra', e]);
      for (const w of r.wrong) misses.rows.push(['relation', w]);
      // The links the site publishes (citations and curation too), relations included.
      const published = buildCrosswalk(seeds, readCuration(), readTopics()).links;
      const p = scoreSet(set, published).relations;
      quality.rows.push(['seed measures, as published (citations, curation)', '', '', '', '', '', '', p.accuracy.toFixed(3), `${p.correct} / ${p.found}`]);
    }
  }

  for (const [prefix, blind] of blinds) {
    const bp = blind.tp / (blind.tp + blind.fp || 1);
    const br = blind.tp / (blind.tp + blind.fn || 1);
    quality.rows.push([`${prefix.slice(0, -1)}, all four pairs`, bp.toFixed(3), br.toFixed(3), (bp + br ? (2 * bp * br) / (bp + br) : 0).toFixed(3), blind.tp, blind.fp, blind.fn, (blind.found ? blind.correct / blind.found : 1).toFixed(3), `${blind.correct} / ${blind.found}`]);
  }

  const timing: Table = {
    title: 'Crosswalk: suggestion time on a synthetic corpus (parent indexed once, no all-pairs)',
    columns: ['measures', 'provisions', 'links', 'index + background (ms)', 'suggest (ms)', 'per measure (ms)', 'CPU (ms)'],
    rows: [],
  };
  const parents = seeds.filter((d) => d.meta.slug === PARENT);
  for (const count of [200, 2000]) {
    const docs = [...parents, ...syntheticCorpus(seeds, count)];
    const provisions = docs.slice(1).reduce((n, d) => n + d.root.children.length, 0);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const indexes = buildIndexes(docs, loadTopics(readTopics()));
    const t1 = performance.now();
    const links = suggestAll(docs, indexes);
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    // CPU time as well as wall time: on a shared machine the wall clock also counts waiting.
    timing.rows.push([count, provisions, links.length, Math.round(t1 - t0), Math.round(t2 - t1), ((t2 - t0) / count).toFixed(2), Math.round((cpu.user + cpu.system) / 1000)]);
  }
  const params: Table = {
    title: 'Crosswalk: suggester and relation-rule parameters',
    columns: ['parameter', 'value'],
    rows: [...Object.entries(SUGGEST_PARAMS).map(([k, v]) => [k, v]), ...Object.entries(RELATION_RULE).map(([k, v]) => [`relation.${k}`, v])],
  };
  return [quality, confusion, misses, blindWrong, timing, params];
}
