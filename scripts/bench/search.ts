/**
 * Benchmark section: Chinese search quality and cost, in real Chromium, on
 * the built site (run `npm run build` first; TIAOWEN_DIST=<dir> to use
 * another build).
 *
 * Query set: a list of legal terms (those that occur in the corpus) plus
 * random substrings of 2–8 ideographs of provision texts (seeded RNG). For
 * each query a provision (or page) is relevant when its text contains the
 * query, whitespace and punctuation aside. Configurations, side by side:
 *
 * - plain Pagefind, pages: Pagefind's default pipeline on the built HTML
 *   (addDirectory), the query passed as typed; judged per page;
 * - plain Pagefind, provisions: our per-provision index, query as typed
 *   (Pagefind splits it with Intl.Segmenter under <html lang="zh-CN">);
 * - pairs only: every overlapping pair, Pagefind's splitting bypassed, no text check;
 * - ours (shipped): `window.tiaowenSearch` — the rarest pair, then the text check.
 *
 * Quality is measured with all queries on one page per configuration.
 * Bytes are counted by the test server (gzip on for text, as hosts do):
 * "data" is index chunks, fragments and filters — per query on that warm
 * page, and for a sample of first queries on a cold browser, where "all"
 * adds Pagefind's runtime (pagefind.js, wasm, metadata; worker for plain).
 *
 * The real corpus (`../shared/corpora/lawrefbook-*.tar.xz`, 3,423 texts;
 * skipped with a message when absent): imported into a temporary copy of
 * content/, its search-only site written (the built search page of dist/,
 * the corpus's search data and index: scripts/lib/search-corpus-site.ts; or
 * TIAOWEN_CORPUS_DIST=<dir>: an already built corpus site), then for a common, a medium, a rare and a missing term, each on a
 * cold browser (new context, empty cache): time and bytes from opening
 * /search/?q=… to the first 20 verified results on screen, everything the
 * page fetches included (HTML, scripts, Pagefind's runtime, index, search
 * data), then the same for one 加载更多. TIAOWEN_BENCH_CORPUS=0 skips it.
 */
import { rng } from '../../src/lib/random.ts';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getCorpus } from '../../src/data/corpus.ts';
import { buildRecords, readableContent } from '../../src/lib/search/records.ts';
import { isHan, normalizeForSearch } from '../../src/lib/search/text.ts';
import { pagefindTerm, prepareQuery } from '../../src/lib/search/query.ts';
import { launchBrowser, startStaticServer, type StaticServer } from '../../tests/e2e/harness.ts';
import { corpusSearchTables } from '../lib/search-corpus-bench.ts';
import { Converter } from 'opencc-js/cn2t';

const toTaiwan = Converter({ from: 'cn', to: 'tw' });

export type { Table } from '../lib/bench-table.ts';
import type { Table } from '../lib/bench-table.ts';
import { isMain } from '../lib/is-main.ts';

/** Legal terms users search for; those absent from the corpus are dropped (and counted). */
export const LEGAL_TERMS = [
  '诫勉', '三会一课', '党费', '终身问责', '组织调整或者组织处理', '问责', '追责', '纪律处分', '主体责任', '监督责任',
  '领导责任', '党风廉政建设', '责任制', '通报', '改组', '责令', '书面检查', '函询', '提醒', '民主生活会',
  '组织生活会', '党支部', '党总支', '基层党组织', '全面从严治党', '一岗双责', '两个责任', '党建工作', '问责条例', '失职失责',
  '从严治党', '党内法规', '纪律检查', '网格化管理', '社区党建', '党员干部', '领导干部', '述职', '一票否决', '安全稳定',
  '事故', '集体决策', '民主集中制', '党组', '纪委', '廉洁自律', '发展党员', '预备党员', '入党积极分子', '三重一大',
  '双带头人', '谈心谈话', '批评与自我批评', '政治纪律', '八项规定', '问责方式', '问责对象', '党纪处分', '引咎辞职', '责令辞职',
  '免职', '降职', '停职检查', '考核结果', '党政领导干部', '行政问责', '责任追究', '群众反映', '党风廉政', '重大事故',
];

export const SEED = 20160708;
export const RANDOM_QUERIES = 60;


/** Random substrings of 2–8 ideographs from the provisions' texts (deterministic for a seed). */
export function randomQueries(texts: readonly string[], n: number, seed: number): string[] {
  const rnd = rng(seed);
  const runs: string[] = [];
  for (const t of texts) {
    let run = '';
    for (const ch of normalizeForSearch(t) + '.') {
      if (isHan(ch)) run += ch;
      else {
        if ([...run].length >= 2) runs.push(run);
        run = '';
      }
    }
  }
  const out = new Set<string>();
  for (let guard = 0; out.size < n && guard < n * 100; guard++) {
    const run = [...runs[Math.floor(rnd() * runs.length)]!];
    const len = Math.min(run.length, 2 + Math.floor(rnd() * 7));
    const at = Math.floor(rnd() * (run.length - len + 1));
    out.add(run.slice(at, at + len).join(''));
  }
  return [...out];
}

/** The part of pagefind.js the plain configurations call. */
interface PagefindModule {
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

interface Judged {
  expected: string[];
  got: string[];
  dataBytes: number;
  allBytes: number;
}

interface Config {
  name: string;
  unit: '页面' | '条文';
  run(page: Page, query: string): Promise<string[]>;
  truth(query: string): string[];
}

function urlPath(u: string): string {
  try {
    const url = new URL(u, 'http://x');
    return url.pathname + url.hash;
  } catch {
    return u;
  }
}

async function dirBytes(dir: string, filter: (name: string) => boolean = () => true): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !filter(e.name)) continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

async function readFragments(dir: string): Promise<{ url: string; content: string }[]> {
  const out: { url: string; content: string }[] = [];
  for (const name of (await readdir(join(dir, 'fragment'))).sort()) {
    const raw = gunzipSync(await readFile(join(dir, 'fragment', name)));
    const json = JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as Record<string, { url: string; content: string }> | { url: string; content: string };
    if ('url' in json && typeof json.url === 'string') out.push(json as { url: string; content: string });
    else for (const f of Object.values(json as Record<string, { url: string; content: string }>)) out.push(f);
  }
  return out;
}

/** Index chunks, fragments and filters: the data a query fetches. */
const DATA = /\.pf_(index|fragment|filter)$/;
/** Every COLD_EVERY-th query is also measured on a cold browser. */
const COLD_EVERY = 6;

const KB = (b: number) => Math.round((b / 1024) * 10) / 10;
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export async function run(): Promise<Table[]> {
  const corpus = await corpusSearchTables();
  return [...corpus, ...(await seedTables())];
}

async function seedTables(): Promise<Table[]> {
  const dist = resolve(process.env.TIAOWEN_DIST ?? 'dist');
  if (!existsSync(join(dist, 'search', 'index.html')) || !existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error(`${dist}: no built site with a search index; run \`npm run build\` first (or set TIAOWEN_DIST)`);
  }

  // Truth for provisions: the records the site indexes.
  const records = buildRecords(getCorpus().documents);
  const provisions = records.map((r) => ({ url: r.url, norm: normalizeForSearch(readableContent(r.content)) }));
  const terms = LEGAL_TERMS.filter((t) => provisions.some((p) => p.norm.includes(normalizeForSearch(t))));
  const random = randomQueries(
    records.map((r) => readableContent(r.content)),
    RANDOM_QUERIES,
    SEED,
  ).filter((q) => !terms.includes(q));
  const queries = [...terms, ...random];

  // Plain Pagefind over the built pages, into a scratch root that mirrors dist/.
  const scratch = await mkdtemp(join(tmpdir(), 'tiaowen-bench-search-'));
  const root = join(scratch, 'site');
  await mkdir(root);
  for (const e of await readdir(dist)) await symlink(join(dist, e), join(root, e));
  const plainDir = join(root, 'pagefind-plain');
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length) throw new Error(`pagefind createIndex: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`pagefind addDirectory: ${added.errors.join('; ')}`);
    const written = await created.index.writeFiles({ outputPath: plainDir });
    if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const pages = (await readFragments(plainDir)).map((f) => ({ url: urlPath(f.url), norm: normalizeForSearch(f.content) }));

  const contains = (set: { url: string; norm: string }[], q: string) => {
    const n = normalizeForSearch(q);
    return set.filter((p) => p.norm.includes(n)).map((p) => p.url);
  };

  const configs: Config[] = [
    {
      name: 'Pagefind 1.6.0 原样（页面索引）',
      unit: '页面',
      truth: (q) => contains(pages, q),
      run: (page, q) =>
        page.evaluate(async (query) => {
          const src: string = '/pagefind-plain/pagefind.js';
          const pf = (await import(/* @vite-ignore */ src)) as PagefindModule;
          const r = await pf.search(query);
          const ds = await Promise.all(r.results.map((x) => x.data()));
          return ds.map((d) => d.url);
        }, q),
    },
    {
      name: 'Pagefind 1.6.0 原样（条文索引）',
      unit: '条文',
      truth: (q) => contains(provisions, q),
      run: (page, q) =>
        page.evaluate(async (query) => {
          const src: string = '/pagefind/pagefind.js';
          const pf = (await import(/* @vite-ignore */ src)) as PagefindModule;
          const r = await pf.search(query);
          const ds = await Promise.all(r.results.map((x) => x.data()));
          return ds.map((d) => d.url);
        }, q),
    },
    {
      name: '全部二字片段，无原文核对',
      unit: '条文',
      truth: (q) => contains(provisions, q),
      run: (page, q) => {
        const p = prepareQuery(q);
        const term = pagefindTerm({ ...p, terms: p.pieces });
        return page.evaluate((t) => window.tiaowenPagefindCandidates(t).then((fs) => fs.map((f) => f.url)), term);
      },
    },
    {
      name: '本站（最稀有片段＋原文核对）',
      unit: '条文',
      truth: (q) => contains(provisions, q),
      run: (page, q) =>
        page.evaluate((query) => window.tiaowenSearch(query).then((rs) => rs.filter((r) => !r.citation).map((r) => r.url)), q),
    },
    {
      // The same queries written in traditional characters (OpenCC cn → tw); the truth is the simplified query's.
      name: '本站，查询词用繁体字',
      unit: '条文',
      truth: (q) => contains(provisions, q),
      run: (page, q) =>
        page.evaluate((query) => window.tiaowenSearch(query).then((rs) => rs.filter((r) => !r.citation).map((r) => r.url)), toTaiwan(q)),
    },
  ];

  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const rows: (string | number)[][] = [];
  // Bytes of a first query: measured on every COLD_EVERY-th query, each on a fresh browser context.
  const coldSample = queries.filter((_, i) => i % COLD_EVERY === 0);
  try {
    server = await startStaticServer(root);
    browser = await launchBrowser();
    const openSearch = async (context: BrowserContext): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(`${server!.url}/search/`);
      await page.waitForFunction(() => document.body.dataset.searchState === 'idle');
      return page;
    };
    for (const c of configs) {
      // Quality: all queries on one page (Pagefind's caches warm, as for a user's later queries).
      const judged: Judged[] = [];
      {
        const context = await browser.newContext();
        const page = await openSearch(context);
        for (const q of queries) {
          const before = server.log.length;
          const got = [...new Set((await c.run(page, q)).map(urlPath))];
          const fetched = server.log.slice(before).filter((r) => r.path.startsWith('/pagefind'));
          judged.push({ expected: c.truth(q), got, dataBytes: fetched.filter((r) => DATA.test(r.path)).reduce((a, r) => a + r.bytes, 0), allBytes: 0 });
        }
        await context.close();
      }
      // Cost of a first query: nothing cached.
      const cold: { data: number; all: number }[] = [];
      for (const q of coldSample) {
        const context = await browser.newContext();
        const page = await openSearch(context);
        server.reset();
        await c.run(page, q);
        const pf = server.log.filter((r) => r.path.startsWith('/pagefind'));
        cold.push({ data: pf.filter((r) => DATA.test(r.path)).reduce((a, r) => a + r.bytes, 0), all: pf.reduce((a, r) => a + r.bytes, 0) });
        await context.close();
      }
      const relevant = judged.reduce((a, j) => a + j.expected.length, 0);
      const returned = judged.reduce((a, j) => a + j.got.length, 0);
      const hits = judged.reduce((a, j) => a + j.got.filter((u) => j.expected.includes(u)).length, 0);
      const missed = judged.filter((j) => j.expected.some((u) => !j.got.includes(u))).length;
      const noisy = judged.filter((j) => j.got.some((u) => !j.expected.includes(u))).length;
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      rows.push([
        c.name,
        c.unit,
        ratio(hits, relevant),
        ratio(hits, returned),
        missed,
        noisy,
        Math.round((returned / judged.length) * 10) / 10,
        KB(mean(judged.map((j) => j.dataBytes))),
        KB(mean(cold.map((x) => x.data))),
        KB(Math.max(...cold.map((x) => x.data))),
        KB(mean(cold.map((x) => x.all))),
        KB(Math.max(...cold.map((x) => x.all))),
      ]);
    }
  } finally {
    await browser?.close();
    await server?.close();
  }

  const ours = join(dist, 'pagefind');
  const sizes = async (name: string, dir: string): Promise<(string | number)[]> => {
    const total = await dirBytes(dir);
    const idx = await dirBytes(join(dir, 'index'));
    const frag = await dirBytes(join(dir, 'fragment'));
    const runtime = await dirBytes(dir, (n) => /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/.test(n));
    return [name, total.files, KB(total.bytes), KB(idx.bytes), idx.files, KB(frag.bytes), frag.files, KB(runtime.bytes)];
  };
  const sizeRows = [await sizes('页面索引（Pagefind 原样，含界面文件）', plainDir), await sizes('条文索引（本站）', ours)];
  await rm(scratch, { recursive: true, force: true });

  return [
    {
      title: `Search quality in Chromium: ${queries.length} queries (${terms.length} legal terms of ${LEGAL_TERMS.length} listed, ${random.length} random 2–8 character substrings, seed ${SEED})`,
      columns: [
        'configuration',
        'unit',
        'recall',
        'precision',
        'queries missing ≥1',
        'queries with noise',
        'results/query',
        'data KB/query (warm)',
        `data KB, first query (${coldSample.length} sampled)`,
        'data KB, first query max',
        'all KB, first query (incl. runtime)',
        'all KB, first query max',
      ],
      rows,
    },
    {
      title: 'Search index size (bytes on disk; Pagefind files are gzipped already)',
      columns: ['index', 'files', 'total KB', 'word chunks KB', 'chunks', 'fragments KB', 'fragments', 'runtime KB (js+worker+wasm)'],
      rows: sizeRows,
    },
  ];
}

// Run on its own: tsx scripts/bench/search.ts
if (isMain(import.meta.url)) {
  const tables = await run();
  for (const t of tables) {
    console.log(`\n${t.title}`);
    console.log(t.columns.join(' | '));
    for (const r of t.rows) console.log(r.join(' | '));
  }
}
