/**
 * Crosswalk section of `npm run bench`:
 * - quality of the suggestions alone (no citations, no curation) against the
 *   hand-checked crosswalks of the seed measures and of unseen measures;
 * - time to suggest links for a synthetic corpus of 2,000 measures made in
 *   memory by varying the seed measures' articles (reordered, reworded, cut).
 */
import { rng } from '../../src/lib/random.ts';
import type { Table } from '../lib/bench-table.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCorpus } from '../../src/data/corpus.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { buildIndexes, linkedDocuments, suggestAll } from '../../src/lib/crosswalk/build.ts';
import { evaluate, measureFromText } from '../../src/lib/crosswalk/evaluate.ts';
import { SUGGEST_PARAMS } from '../../src/lib/crosswalk/suggest.ts';
import type { ProvisionNode } from '../../src/lib/tree.ts';
import { parseYamlWith } from '../../src/lib/yaml-validate.ts';
import { goldFile } from '../../src/schemas/crosswalk.ts';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const PARENT = 'ccp-accountability-2016';


function gold(path: string) {
  return parseYamlWith(readFileSync(path, 'utf8'), path, goldFile).data;
}

function unseen(): RegDocument[] {
  const dir = join(FIXTURES, 'unseen');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => measureFromText(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8'), PARENT));
}


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
    title: 'Crosswalk: suggestions alone vs hand-checked gold (article level)',
    columns: ['set', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn'],
    rows: [],
  };
  const misses: Table = { title: 'Crosswalk: disagreements with the gold (seed measures)', columns: ['kind', 'pair'], rows: [] };
  const sets: [string, RegDocument[], string][] = [
    ['seed measures', seeds, join(FIXTURES, 'crosswalk-gold.yaml')],
    ['unseen measures (tests/fixtures/unseen)', [...seeds, ...unseen()], join(FIXTURES, 'unseen/gold.yaml')],
  ];
  for (const [name, docs, path] of sets) {
    const s = evaluate(suggestAll(docs), gold(path), docs);
    quality.rows.push([name, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), s.tp, s.fp, s.fn]);
    if (name === 'seed measures') {
      for (const m of s.missed) misses.rows.push(['missed', m]);
      for (const e of s.extra) misses.rows.push(['extra', e]);
    }
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
    const indexes = buildIndexes(docs);
    const t1 = performance.now();
    const links = suggestAll(docs, indexes);
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    // CPU time as well as wall time: on a shared machine the wall clock also counts waiting.
    timing.rows.push([count, provisions, links.length, Math.round(t1 - t0), Math.round(t2 - t1), ((t2 - t0) / count).toFixed(2), Math.round((cpu.user + cpu.system) / 1000)]);
  }
  const params: Table = {
    title: 'Crosswalk: suggester parameters',
    columns: ['parameter', 'value'],
    rows: Object.entries(SUGGEST_PARAMS).map(([k, v]) => [k, v]),
  };
  return [quality, misses, timing, params];
}
