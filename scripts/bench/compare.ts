/**
 * Compare section of `npm run bench`:
 * - time to align and diff every measure–parent pair of the seeds (what the
 *   build does for each pre-rendered /compare/<measure>/<parent>/ page);
 * - the browser's any-two path on every ordered pair of seed documents: parse
 *   the two data files, align, render (the build emits only the files: one per
 *   document, plus the picker index, whose sizes are listed);
 * - time of the character diff alone (no similarity bound: the worst case)
 *   on long synthetic provisions over a small alphabet, from lightly edited
 *   to entirely different (the cost of Myers' diff grows with the edits).
 */
import { rng } from '../../src/lib/random.ts';
import type { Table } from '../lib/bench-table.ts';
import { performance } from 'node:perf_hooks';
import { getCorpus } from '../../src/data/corpus.ts';
import { getCrosswalk } from '../../src/data/crosswalk.ts';
import { PICKER_GROUP_SIZE } from '../../src/lib/listing/sizes.ts';
import { compareData, compareDocData, pickerGroups, type CompareDocData } from '../../src/lib/compare/data.ts';
import { diffText } from '../../src/lib/compare/diff.ts';
import { renderComparison } from '../../src/lib/compare/html.ts';
import { comparableDocuments, compareDocuments, parentPairs } from '../../src/lib/compare/pairs.ts';



const HAN = '党组织领导班子在职责范围内负有全面责任主要负责人直接主管成员承担重要问责应当坚持分清';

function text(n: number, r: () => number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += (i + 1) % 40 === 0 ? '。' : HAN[Math.floor(r() * HAN.length)]!;
  return s;
}

/** Replace a share of the characters of `s` at random. */
function edit(s: string, share: number, r: () => number): string {
  return [...s].map((c) => (r() < share ? HAN[Math.floor(r() * HAN.length)]! : c)).join('');
}

function ms(f: () => void, repeat = 1): number {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) f();
  return (performance.now() - t0) / repeat;
}

export async function run(): Promise<Table[]> {
  const docs = getCorpus().documents;
  const links = getCrosswalk().links;

  const pairRows: (string | number)[][] = [];
  for (const p of parentPairs(docs)) {
    let rows = 0;
    const t = ms(() => {
      rows = compareDocuments(p.local, p.base, links).rows.length;
    }, 5);
    pairRows.push([`${p.local.meta.slug} ↔ ${p.base.meta.slug}`, rows, t.toFixed(1)]);
  }

  // The browser's path: the two documents' data files (as served), aligned and rendered.
  const comparable = comparableDocuments(docs);
  const groups = pickerGroups(docs, PICKER_GROUP_SIZE);
  const groupOf = new Map(groups.flatMap((g) => g.documents.map((d) => [d.slug, g.key] as const)));
  const files = new Map(comparable.map((d) => [d.meta.slug, JSON.stringify(compareDocData(d, links, groupOf.get(d.meta.slug)!))]));
  const groupSizes = groups.map((g) => Buffer.byteLength(JSON.stringify(g)));
  let pairs = 0;
  const tAny = ms(() => {
    pairs = 0;
    for (const a of comparable) {
      for (const b of comparable) {
        if (a === b) continue;
        const cmp = compareData(JSON.parse(files.get(a.meta.slug)!) as CompareDocData, JSON.parse(files.get(b.meta.slug)!) as CompareDocData);
        renderComparison(cmp, { changeHref: '#', crosswalkHref: '/crosswalk/' });
        pairs++;
      }
    }
  });
  pairRows.push([`any two in the browser: all ${pairs} ordered pairs (mean per pair)`, '', (tAny / pairs).toFixed(1)]);
  const sizes = [...files.values()].map((f) => Buffer.byteLength(f));
  const sizeRows: (string | number)[][] = [
    ['pre-rendered compare pages (= measure–parent pairs)', parentPairs(docs).length],
    ['ordered pairs the browser can compare', pairs],
    [`/compare/data/group/<key>.json: ${groupSizes.length} files, total / largest (bytes)`, `${groupSizes.reduce((x, y) => x + y, 0)} / ${Math.max(...groupSizes)}`],
    [`/compare/data/<slug>.json: ${sizes.length} files, total / largest (bytes)`, `${sizes.reduce((x, y) => x + y, 0)} / ${Math.max(...sizes)}`],
  ];

  const r = rng(6);
  const diffRows: (string | number)[][] = [];
  for (const n of [500, 2000, 5000]) {
    const a = text(n, r);
    for (const share of [0.02, 0.1, 0.5]) {
      const b = edit(a, share, r);
      let sim = 0;
      const t = ms(() => {
        sim = diffText(a, b).similarity;
      }, n > 2000 ? 1 : 3);
      diffRows.push([n, `${share * 100}%`, sim.toFixed(2), t.toFixed(1)]);
    }
    const other = text(n, rng(n));
    const t = ms(() => diffText(a, other));
    diffRows.push([n, 'unrelated', diffText(a, other).similarity.toFixed(2), t.toFixed(1)]);
  }

  return [
    { title: 'Compare: alignment and diff of the seeds (crosswalk links)', columns: ['pair', 'rows', 'ms'], rows: pairRows },
    { title: 'Compare: what the build emits for the seeds', columns: ['output', 'value'], rows: sizeRows },
    { title: 'Compare: character diff of one long provision', columns: ['chars', 'edited', 'similarity', 'ms'], rows: diffRows },
  ];
}
