/**
 * The real-corpus part of the search benchmark (scripts/bench/search.ts):
 * import the 3,423 real texts and write their search-only site
 * (scripts/lib/search-corpus-site.ts: the built search page, the corpus's
 * search data and index; or reuse TIAOWEN_CORPUS_DIST), then
 * measure cold searches in Chromium: time and bytes to the first 20 verified
 * results, and to the next 20 (加载更多).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, startStaticServer, type StaticServer } from '../../tests/e2e/harness.ts';
import type { Table } from './bench-table.ts';
import { PATHS } from './paths.ts';
import { childEnv } from './runtime.ts';

const CORPORA = join(PATHS.root, '../shared/corpora');

/** The terms measured: [label, query, filters chosen in the address]. */
export const CORPUS_QUERIES: [string, string, Record<string, string>?][] = [
  ['common', '人民政府'],
  ['medium', '问责'],
  ['rare', '诫勉'],
  ['rare, traditional', '誡勉'],
  ['missing', '量子纠缠'],
  ['citation', '问责条例第七条'],
  // rare terms spread over many shards (provisions / shards holding them on the 3,423 texts: 38 / 19, 20 / 16, 27 / 11)
  ['rare, 19 shards', '巡视'],
  ['rare, 16 shards', '套取'],
  ['rare phrase', '引咎辞职'],
  // above the postings limit (1,810 provisions hold 举报): its postings come in parts
  ['above the postings limit', '举报'],
  // every piece common, the phrase rare: the rarest, 例第, in 5,079 provisions; the six lists together in 136
  ['common pieces, few matches', '条例第七条规定'],
  // the same kind: every piece in 5,079–32,922 provisions, all six together in 424
  ['common pieces, few matches', '本条例第十七条'],
  // nine characters, every piece common (照本 4,482 … 应当 81,425), all together in 70
  ['long phrase of common words', '应当依照本条例规定'],
  // ten characters and more
  ['long query (10 characters)', '违反中央八项规定精神'],
  ['long query (16 characters), common pieces', '人民政府应当依照本条例第七条规定'],
  ['common phrase', '的规定'],
  // filters: the records they select come as ranges
  ['filtered (issuer 北京市人民政府)', '人民政府', { issuer: '北京市人民政府' }],
  ['filtered (class 党内法规)', '条例第七条规定', { class: '党内法规' }],
  // no Han character: Pagefind answers
  ['no Han character', '2019'],
];

const KB = (b: number) => (b / 1024).toFixed(1);

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv): { seconds: number; cpu: number; peakMB: number; status: number | null; tail: string } {
  const stats = join(mkdtempSync(join(tmpdir(), 'tiaowen-time-')), 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', stats, cmd, ...args], { cwd: PATHS.root, env, encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
  const [seconds, user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number);
  rmSync(join(stats, '..'), { recursive: true, force: true });
  return { seconds: seconds!, cpu: user! + sys!, peakMB: Math.round(kb! / 1024), status: r.status, tail: `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n') };
}

/**
 * Import the corpus into a temporary content folder and write its search-only
 * site (scripts/lib/search-corpus-site.ts) from the built site `built`;
 * returns the site and a note on the time it took.
 */
function buildCorpusSite(root: string, tarball: string, built: string): { dist: string; note: string } {
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  const tar = spawnSync('tar', ['xJf', join(CORPORA, tarball), '-C', corpus]);
  if (tar.status !== 0) throw new Error(`tar xJf ${tarball} failed: ${tar.stderr}`);
  const content = join(root, 'content');
  cpSync(join(PATHS.root, 'content'), content, { recursive: true });
  rmSync(join(content, 'import-report.json'), { force: true });
  const env = childEnv({ TIAOWEN_CONTENT: content });
  // Refused texts make ingest exit 1; the accepted ones are written all the same.
  timed(join(PATHS.root, 'node_modules/.bin/tsx'), [join(PATHS.root, 'scripts/ingest.ts'), corpus, '--quiet'], env);
  const dist = join(root, 'site');
  const b = timed(join(PATHS.root, 'node_modules/.bin/tsx'), [join(PATHS.root, 'scripts/lib/search-corpus-site.ts'), built, dist], env);
  if (b.status !== 0) throw new Error(`the corpus's search site failed (exit ${b.status}):\n${b.tail}`);
  return { dist, note: `search-only site written here (search data + index): ${b.seconds.toFixed(0)} s wall, ${b.cpu.toFixed(0)} s CPU, peak ${b.peakMB} MB` };
}

export interface Measured {
  ms: number;
  /** Main-thread busy time of the page (Chromium's TaskDuration), ms: what a loaded machine does not inflate much. */
  taskMs: number;
  bytes: number;
  requests: number;
  pagefindBytes: number;
  dataBytes: number;
  /** What answered: Pagefind, the postings (whole or in parts), the pair table alone. */
  answeredBy: string;
  shown: number;
  status: string;
  moreMs: number | null;
  moreBytes: number | null;
  moreShown: number | null;
}

export async function measure(browser: Browser, server: StaticServer, query: string, path = '/search/', filters: Record<string, string> = {}): Promise<Measured> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    server.reset();
    const t0 = performance.now();
    await page.goto(`${server.url}${path}?${new URLSearchParams({ q: query, ...filters }).toString()}`);
    await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.searchState ?? ''), undefined, { timeout: 300_000, polling: 10 });
    const ms = performance.now() - t0;
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    const log = [...server.log];
    const shown = await page.locator('#search-results li').count();
    const status = (await page.locator('#search-status').textContent()) ?? '';
    let moreMs: number | null = null;
    let moreBytes: number | null = null;
    let moreShown: number | null = null;
    if (await page.locator('#search-more').isVisible()) {
      server.reset();
      const t1 = performance.now();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.body.dataset.searchState === 'done' && document.querySelectorAll('#search-results li').length > n, shown, { timeout: 300_000, polling: 10 });
      moreMs = performance.now() - t1;
      moreBytes = server.log.reduce((a, r) => a + r.bytes, 0);
      moreShown = await page.locator('#search-results li').count();
    }
    const paths = log.map((r) => r.path);
    const answeredBy = paths.some((p) => p.startsWith('/pagefind'))
      ? 'Pagefind'
      : paths.some((p) => p.startsWith('/search-data/parts/'))
        ? `postings in parts (${paths.filter((p) => p.startsWith('/search-data/parts/')).length} parts, ${paths.filter((p) => p.startsWith('/search-data/records/')).length} blocks)`
        : paths.some((p) => p.startsWith('/search-data/postings/'))
          ? `postings (${paths.filter((p) => p.startsWith('/search-data/records/')).length} blocks)`
          : 'pair table';
    return {
      ms,
      taskMs,
      answeredBy,
      bytes: log.reduce((a, r) => a + r.bytes, 0),
      requests: log.length,
      pagefindBytes: log.filter((r) => r.path.startsWith('/pagefind')).reduce((a, r) => a + r.bytes, 0),
      dataBytes: log.filter((r) => r.path.startsWith('/search-data/')).reduce((a, r) => a + r.bytes, 0),
      shown,
      status,
      moreMs,
      moreBytes,
      moreShown,
    };
  } finally {
    await context.close();
  }
}

export async function corpusSearchTables(): Promise<Table[]> {
  const title = 'Search on the real corpus, cold (new browser context each): /search/?q=… to the first 20 verified results on screen';
  if (process.env.TIAOWEN_BENCH_CORPUS === '0') return [{ title, columns: ['note'], rows: [['skipped: TIAOWEN_BENCH_CORPUS=0']] }];
  const given = process.env.TIAOWEN_CORPUS_DIST;
  const tarball = existsSync(CORPORA) ? readdirSync(CORPORA).find((n) => /^lawrefbook-.*\.tar\.xz$/.test(n)) : undefined;
  if (!given && !tarball) return [{ title, columns: ['note'], rows: [[`skipped: no ${CORPORA}/lawrefbook-*.tar.xz (or set TIAOWEN_CORPUS_DIST to a built corpus site)`]] }];
  const root = given ? null : mkdtempSync(join(tmpdir(), 'tiaowen-bench-search-corpus-'));
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    const { dist, note } = given ? { dist: resolve(given), note: `reused ${given}` } : buildCorpusSite(root!, tarball!, resolve(process.env.TIAOWEN_DIST ?? 'dist'));
    const docs = readdirSync(join(dist, 'search-data', 'doc')).length;
    const shards = (JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] }).shards.length + 1;
    server = await startStaticServer(dist);
    browser = await launchBrowser();
    // One throw-away run, so the server's and the browser's own start-up are not counted for the first term.
    await measure(browser, server, '党');
    const rows: (string | number)[][] = [];
    for (const [label, q, filters] of CORPUS_QUERIES) {
      const m = await measure(browser, server, q, '/search/', filters);
      rows.push([
        `${label}: ${q}`,
        m.answeredBy,
        loadavg()[0]!.toFixed(1),
        Math.round(m.ms),
        Math.round(m.taskMs),
        KB(m.bytes),
        KB(m.pagefindBytes),
        KB(m.dataBytes),
        m.requests,
        m.shown,
        m.status,
        m.moreMs === null ? '—' : Math.round(m.moreMs),
        m.moreBytes === null ? '—' : KB(m.moreBytes),
        m.moreShown ?? '—',
      ]);
    }
    return [
      {
        title: `${title}; ${docs} documents, ${shards} index shard(s); ${note}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
        columns: ['query', 'answered by', 'load average (1 min)', 'ms to first 20 (wall)', 'main-thread busy ms', 'KB, all (gzip as served)', 'of which Pagefind KB', 'of which search-data KB', 'requests', 'shown', 'status line', '加载更多 ms', '加载更多 KB', 'shown after'],
        rows,
      },
    ];
  } finally {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  }
}
