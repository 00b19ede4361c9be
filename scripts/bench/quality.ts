/**
 * Quality section of `npm run bench`: Lighthouse (pinned, see the README's
 * "Quality bar") on the pages a reader meets — home, a document, search with
 * a query, the crosswalk, a compare page, the draft page when the build has
 * one, and a study sheet — and html-validate over every built page.
 *
 * - The seed site is built into a folder of its own (TIAOWEN_DIST=<dir> uses
 *   another build) and served on 127.0.0.1 with gzip, as hosts serve it.
 * - Lighthouse runs in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium,
 *   through chrome-launcher), default (mobile) settings: simulated 4× CPU
 *   slowdown and slow 4G. Each page is measured `--lh-runs` times (default 3)
 *   and the median score of each category is reported, as Lighthouse's own
 *   guidance advises for variable machines; the worst performance score is
 *   shown beside it.
 * - `--lh-pages draft,search` measures only the pages whose label starts so.
 * - Console errors: Lighthouse's `errors-in-console` audit (every run).
 * - CPU index: Lighthouse's benchmarkIndex of the machine during the runs
 *   (median): the simulated slowdown is applied on top of whatever the machine
 *   gives, so on a machine loaded by other work TBT and performance drop for
 *   every page alike; compare scores only between runs of similar index.
 * The goal: ≥ 98 in every category, no console errors, 0 HTML errors.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Table } from '../lib/bench-table.ts';
import { startStaticServer } from '../../tests/e2e/harness.ts';
import { astroBuild, buildDir } from '../../tests/integrity/build.ts';
import { validateSite } from '../../tests/integrity/html-valid.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GOAL = 98;

/** The pages measured: [label, path]. */
function pages(dist: string): [string, string][] {
  const study = new URLSearchParams({
    title: '问责专题：上位规定与学校办法',
    items: 'ccp-accountability-2016#art-7,rizhao-polytechnic-2017#art-6',
    'n.1': '对照上位规定，注意新增的“提醒、函询”。',
  });
  const list: [string, string][] = [
    ['home', '/'],
    ['document (2016 条例)', '/regulations/ccp-accountability-2016/'],
    ['search ?q=诫勉', `/search/?q=${encodeURIComponent('诫勉')}`],
    ['crosswalk', '/crosswalk/'],
    ['compare 日照 ↔ 2016', '/compare/rizhao-polytechnic-2017/ccp-accountability-2016/'],
    ['study sheet (2 items)', `/study/?${study}`],
  ];
  if (existsSync(join(dist, 'draft/index.html'))) list.splice(5, 0, ['draft', '/draft/']);
  return list;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  consoleErrors: number;
  lcp: number;
  tbt: number;
  /** Main-thread work during the load, ms (Lighthouse's mainthread-work-breakdown: with the simulated slowdown). */
  mainThread: number;
  cls: number;
  /** Lighthouse's measure of the CPU at that moment (higher is faster; a loaded machine scores low). */
  benchmarkIndex: number;
}

async function measure(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`lighthouse: ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const consoleItems = (lhr.audits['errors-in-console']?.details as { items?: unknown[] } | undefined)?.items ?? [];
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    consoleErrors: consoleItems.length,
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    mainThread: num('mainthread-work-breakdown'),
    cls: num('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

export async function run(): Promise<Table[]> {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: false, options: { 'lh-runs': { type: 'string' }, 'lh-pages': { type: 'string' } } });
  // --lh-pages draft,search: only the pages whose label starts with one of these (a quick look at one page).
  const only = values['lh-pages'] ? String(values['lh-pages']).split(',') : null;
  const runs = Math.max(1, Number(values['lh-runs'] ?? 3) || 3);
  const custom = process.env.TIAOWEN_DIST;
  const tmp = custom ? null : buildDir('quality');
  const dist = custom ? resolve(custom) : join(tmp!, 'dist');
  if (!custom) await astroBuild(dist);
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const server = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const rows: (string | number)[][] = [];
  try {
    for (const [label, path] of pages(dist).filter(([l]) => !only || only.some((o) => l.startsWith(o)))) {
      const measured: Run[] = [];
      for (let i = 0; i < runs; i++) measured.push(await measure(`${server.url}${path}`, chrome.port));
      const med = Object.fromEntries(CATEGORIES.map((c) => [c, median(measured.map((m) => m.scores[c]))])) as Run['scores'];
      const mid = measured.find((m) => m.scores.performance === med.performance)!;
      const errors = Math.max(...measured.map((m) => m.consoleErrors));
      const ok = CATEGORIES.every((c) => med[c] >= GOAL) && errors === 0;
      rows.push([
        label, med.performance, Math.min(...measured.map((m) => m.scores.performance)), med.accessibility, med['best-practices'], med.seo,
        errors, `${(mid.lcp / 1000).toFixed(1)} s`, `${Math.round(mid.tbt)} ms`, `${Math.round(mid.mainThread)} ms`, mid.cls.toFixed(3), Math.round(median(measured.map((m) => m.benchmarkIndex))), ok ? 'yes' : 'NO',
      ]);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const { pages: htmlPages, problems } = await validateSite(dist);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  const byRule = new Map<string, number>();
  for (const p of problems) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
  return [
    {
      title: `Lighthouse (median of ${runs} runs; mobile defaults: simulated 4× CPU, slow 4G; Chromium at ${chromePath})`,
      columns: ['page', 'performance', 'perf. worst', 'accessibility', 'best practices', 'SEO', 'console errors', 'LCP', 'TBT', 'main thread', 'CLS', 'CPU index', `all ≥ ${GOAL}`],
      rows,
    },
    {
      title: 'HTML validity (html-validate, .htmlvalidate.mjs)',
      columns: ['pages', 'errors', 'by rule'],
      rows: [[htmlPages.length, problems.length, [...byRule].map(([r, n]) => `${r} ${n}`).join(', ') || '—']],
    },
  ];
}
