/**
 * Full-text search index, built after `astro build` with Pagefind's Node API
 * (as Starlight does): one custom record per provision (see
 * src/lib/search/records.ts), written to `dist/pagefind/`.
 *
 * Every Pagefind response's `errors` is checked and fails the build; the
 * Pagefind service is closed in `finally`. After writing, the index is read
 * back and the build fails if Chinese was not segmented (for example if the
 * non-extended Pagefind binary was picked up).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as pagefind from 'pagefind';
import type { RegDocument } from '../lib/document.ts';
import { eachDocument } from '../data/corpus.ts';
import { provideSearchDataCounts, type SearchDataCounts } from '../data/search-data.ts';
import { documentRecords, type SearchRecord } from '../lib/search/records.ts';
import { planShardStarts, ShardPlanner, documentKey } from '../lib/search/shard-plan.ts';
import { cacheRoot, linkTree } from './build-cache.ts';
import { looksSegmented, mergeSegmentation, type SegmentationReport } from '../lib/search/pagefind-format.ts';
import { dirStats, PAGEFIND_VERSION, removeIfThere, type BundleNote } from './pagefind-bundle.ts';
import { BundlePool, indexWorkerCount } from './pagefind-pool.ts';

export { PAGEFIND_VERSION, readIndexWords } from './pagefind-bundle.ts';

/** Records per shard when `TIAOWEN_SEARCH_SHARD_RECORDS` does not say otherwise. */
export const DEFAULT_SHARD_RECORDS = 6000;

/** The manifest of the other shards of the index, written next to the main bundle (`pagefind/shards.json`); empty when unsharded. */
export const SHARD_MANIFEST = 'shards.json';

/** Folder of the other shards, a sibling of the main bundle: `pagefind-shards/<n>/`. */
export const SHARD_FOLDER = 'pagefind-shards';

/** The shard size: `TIAOWEN_SEARCH_SHARD_RECORDS` (a positive integer) or the default. */
export function shardRecordLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TIAOWEN_SEARCH_SHARD_RECORDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_SHARD_RECORDS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`TIAOWEN_SEARCH_SHARD_RECORDS: expected a positive integer, got "${raw}"`);
  return n;
}

/** The page a record belongs to (its URL without the #anchor). */
function recordPage(r: SearchRecord): string {
  const at = r.url.indexOf('#');
  return at < 0 ? r.url : r.url.slice(0, at);
}

/** Records grouped by document (consecutive records of one page); a document whose records are not consecutive is an error. */
export function groupByDocument(records: readonly SearchRecord[]): SearchRecord[][] {
  const groups: SearchRecord[][] = [];
  const seen = new Set<string>();
  let last = '';
  for (const r of records) {
    const page = recordPage(r);
    if (page !== last || groups.length === 0) {
      if (seen.has(page)) throw new Error(`search records of ${page} are not consecutive; cannot shard by document`);
      seen.add(page);
      groups.push([]);
      last = page;
    }
    groups[groups.length - 1]!.push(r);
  }
  return groups;
}

/**
 * Split records into shards of at most `limit` records, in record order,
 * never splitting one document (a document longer than `limit` is a shard of
 * its own), cut where src/lib/search/shard-plan.ts says (content-defined, so
 * that one added document leaves the other shards as they were). What the
 * build does, for a whole list of records.
 */
export function planShards(records: readonly SearchRecord[], limit: number): SearchRecord[][] {
  const groups = groupByDocument(records);
  const starts = planShardStarts(
    groups.map((g) => ({ page: recordPage(g[0]!), count: g.length })),
    limit,
  );
  return starts.map((from, k) => groups.slice(from, starts[k + 1] ?? groups.length).flat());
}

/** The manifest the search page reads: paths of the other shard bundles, relative to the site's base. */
export interface ShardManifest {
  shards: string[];
}

/** Files of a secondary shard the browser never loads (it uses the main bundle's script and wasm). */
const SHARD_UNUSED = ['pagefind.js', 'pagefind-worker.js'];

async function removeShardScripts(outputPath: string): Promise<void> {
  for (const f of SHARD_UNUSED) await rm(join(outputPath, f), { force: true });
  for (const e of await readdir(outputPath)) if (/^wasm\..*\.pagefind$/.test(e)) await rm(join(outputPath, e), { force: true });
}

export interface SearchIndexOptions {
  requireSegmentation?: boolean;
  config?: pagefind.PagefindServiceConfig;
  timeoutMs?: number;
  shardRecords?: number;
  /** The build cache folder (src/integrations/build-cache.ts); default `cacheRoot()`, null for none. */
  cache?: string | null;
  /** Bundles made at once (src/integrations/pagefind-pool.ts); default `indexWorkerCount()`. */
  workers?: number;
}

/** Bundles reused from the build cache, and bundles indexed by Pagefind, in the last `writeSearchIndex`. */
export interface WriteIndexResult {
  records: number;
  /** Bundles written: 1 unless the records were sharded. */
  shards: number;
  files: number;
  bytes: number;
  segmentation: SegmentationReport;
  /** Of the bundles, how many were reused from the build cache (the others were indexed now). */
  cached: number;
}

/**
 * Index documents, given one document's records at a time (in corpus order),
 * and write the bundle to `outputPath` (…/pagefind). At most one shard's
 * records are held at once. Throws on any Pagefind error and when the result
 * is not segmented (unless `requireSegmentation` is false, for benchmarks of
 * other configurations).
 *
 * Above `shardRecords` records in all (default: `shardRecordLimit()`), the
 * documents are split into shards (src/lib/search/shard-plan.ts) and each
 * shard is indexed by a Pagefind process of its own, `workers` at a time
 * (src/integrations/pagefind-pool.ts; each in a worker thread when more than
 * one), so no process holds the whole corpus: shard 0 is the main bundle in `outputPath`,
 * shard n ≥ 1 goes to `../pagefind-shards/<n>/` (data only), and
 * `outputPath/shards.json` lists them for the search page, which merges them
 * (`mergeIndex`). Unsharded, the output is one bundle and a manifest listing
 * no other shards. A bundle whose records were indexed before comes from the
 * build cache.
 */
export async function writeSearchIndexByDocument(
  documents: Iterable<SearchRecord[]> | AsyncIterable<SearchRecord[]>,
  outputPath: string,
  opts: SearchIndexOptions = {},
): Promise<WriteIndexResult> {
  const limit = opts.shardRecords ?? shardRecordLimit();
  const cache = opts.cache === undefined ? cacheRoot() : opts.cache;
  const shardsRoot = resolve(outputPath, '..', SHARD_FOLDER);
  // Shards and manifest of an earlier build into the same folder must not survive this one.
  await removeIfThere(shardsRoot);
  await removeIfThere(join(outputPath, SHARD_MANIFEST));

  const pool = new BundlePool(opts.workers ?? indexWorkerCount(), { config: opts.config ?? {}, timeoutMs: opts.timeoutMs ?? 120_000, cache });
  const planner = new ShardPlanner(limit);
  const seen = new Set<string>();
  const notes: (BundleNote & { cached: boolean })[] = [];
  const jobs: Promise<void>[] = [];
  // Each shard goes to the next free worker; its bundle is written while the
  // next shard's documents are read. Its note goes to its place in `notes`.
  const flush = async (records: SearchRecord[]) => {
    const n = jobs.length;
    const out = n === 0 ? outputPath : join(shardsRoot, String(n));
    const ends = records.length ? `, documents ${documentKey(recordPage(records[0]!))} … ${documentKey(recordPage(records.at(-1)!))}` : '';
    const what = `shard ${n} (${records.length} records${ends}, into ${out})`;
    await pool.ready();
    const job = pool.run(records, out, what).then(async (note) => {
      notes[n] = note;
      if (n > 0) await removeShardScripts(out);
    });
    job.catch(() => undefined); // awaited below; the first failure also stops `ready`
    jobs.push(job);
  };
  try {
    let closed: SearchRecord[][] = []; // shards cut before the corpus was known to need shards
    let open: SearchRecord[] = [];
    for await (const doc of documents) {
      if (doc.length === 0) continue;
      const page = recordPage(doc[0]!);
      if (seen.has(page) || doc.some((r) => recordPage(r) !== page)) throw new Error(`search records of ${page} are not consecutive; cannot shard by document`);
      seen.add(page);
      if (planner.add(page, doc.length)) {
        closed.push(open);
        open = [];
      }
      for (const r of doc) open.push(r);
      if (planner.sharded) {
        for (const s of closed) await flush(s);
        closed = [];
      }
    }
    if (planner.sharded) await flush(open);
    else await flush([...closed.flat(), ...open]);
    open = [];
    // every bundle, in shard order: the first failure (by shard) is the build's error
    for (const r of await Promise.allSettled(jobs)) if (r.status === 'rejected') throw r.reason;
  } finally {
    await Promise.allSettled(jobs); // each bundle closes its Pagefind service; then the threads stop
    await pool.close();
  }
  const paths = notes.slice(1).map((_, k) => `${SHARD_FOLDER}/${k + 1}/`);
  // The manifest (empty when unsharded, so the search page's request for it never 404s).
  await writeFile(join(outputPath, SHARD_MANIFEST), `${JSON.stringify({ shards: paths } satisfies ShardManifest)}\n`);

  const total = notes.reduce((a, b) => a + b.records, 0);
  const segmentation = mergeSegmentation(notes.map((b) => b.segmentation));
  if (opts.requireSegmentation !== false && total > 0 && !looksSegmented(segmentation)) {
    throw new Error(
      `Pagefind index at ${outputPath} was built without Chinese segmentation ` +
        `(${segmentation.hanWords} Han words, ${segmentation.singleHan} single characters, longest ${segmentation.longestHan}: ` +
        `${segmentation.longestHanWord.slice(0, 20)}). The extended Pagefind binary (pagefind_extended) is required.`,
    );
  }
  // What was served to browsers: shard bundles without their unused scripts.
  const dirs = [outputPath, ...(notes.length > 1 ? [shardsRoot] : [])];
  let files = 0;
  let bytes = 0;
  for (const d of dirs) {
    const s = await dirStats(d);
    files += s.files;
    bytes += s.bytes;
  }
  return { records: total, shards: notes.length, files, bytes, segmentation, cached: notes.filter((b) => b.cached).length };
}

/** `writeSearchIndexByDocument` for a list of records (records of a document consecutive). */
export function writeSearchIndex(records: readonly SearchRecord[], outputPath: string, opts: SearchIndexOptions = {}): Promise<WriteIndexResult> {
  return writeSearchIndexByDocument(groupByDocument(records), outputPath, opts);
}

/** One document's records at a time, counting documents as they pass. */
async function* recordsByDocument(docs: Iterable<RegDocument> | AsyncIterable<RegDocument>, base: string, count: { documents: number }): AsyncGenerator<SearchRecord[]> {
  for await (const d of docs) {
    count.documents++;
    yield documentRecords(d, base);
  }
}

/** What `indexCorpus` did (the search-index CLI prints it as JSON). */
export interface CorpusIndexResult extends WriteIndexResult {
  documents: number;
}

/**
 * The site's search index from the published documents (content/regulations,
 * read one at a time), written to `<siteDir>/pagefind/` (and
 * `<siteDir>/pagefind-shards/`). `base`: the site's base path.
 */
export async function indexCorpus(siteDir: string, base = '/', opts: SearchIndexOptions & { documents?: Iterable<RegDocument> | AsyncIterable<RegDocument> } = {}): Promise<CorpusIndexResult> {
  const count = { documents: 0 };
  const r = await writeSearchIndexByDocument(recordsByDocument(opts.documents ?? eachDocument(), base, count), join(siteDir, 'pagefind'), opts);
  return { ...r, documents: count.documents };
}

/** Routes of the search data that `astro dev` serves from its own process (src/routes/search-data/): pattern, file. */
const DEV_ROUTES: readonly [string, string][] = [
  ['/search-data/pairs/[bucket].json', 'pairs/[bucket].json.ts'],
  ['/search-data/postings/[bucket].json', 'postings/[bucket].json.ts'],
  ['/search-data/parts/[key]/[part].json', 'parts/[key]/[part].json.ts'],
  ['/search-data/filter-ranges/[key]/[n].json', 'filter-ranges/[key]/[n].json.ts'],
  ['/search-data/records/[block].json', 'records/[block].json.ts'],
  ['/search-data/doc-shards.json', 'doc-shards.json.ts'],
];

/** The CLI that `searchIndex()` runs in its own process. */
const INDEX_CLI = 'scripts/search-index.ts';

/** The line the search-index CLI prints once it has written the search data (`--search-data`). */
function searchDataLine(line: string): SearchDataCounts | null {
  if (!line.startsWith('{"searchData":')) return null;
  return (JSON.parse(line) as { searchData: SearchDataCounts }).searchData;
}

/**
 * Run the search-index CLI with `args` in a child Node process (the pinned
 * Node, with the tsx loader, at the project root). Resolves with the lines it
 * printed when it exits 0; rejects with the tail of its output otherwise.
 */
function runIndexCli(root: string, args: readonly string[]): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, INDEX_CLI), ...args], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    // a build that dies must not leave the indexer running
    const stop = () => child.kill();
    process.once('exit', stop);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      process.off('exit', stop);
      if (status === 0) resolvePromise(out.trim().split('\n'));
      else reject(new Error(`${INDEX_CLI} ${args.join(' ')} failed (exit ${status}${signal ? `, ${signal}` : ''}):\n${err.split('\n').slice(-30).join('\n')}`));
    });
  });
}

/**
 * Write the search data and the index into `siteDir` in two child processes
 * at once (the search-index CLI with `--search-data --no-index`, and without
 * them): the two read the documents on their own and write different folders,
 * so they run side by side with Astro's rendering and with each other once
 * it is done, where one process doing both left a core idle. `searchData`
 * resolves when the search data is written, `result` when both are.
 */
function indexInChildren(root: string, siteDir: string, base: string): { searchData: Promise<SearchDataCounts>; result: Promise<CorpusIndexResult> } {
  const searchData = runIndexCli(root, [siteDir, '--search-data', '--no-index']).then((lines) => {
    const counts = lines.map(searchDataLine).find((c) => c !== null);
    if (!counts) throw new Error(`${INDEX_CLI} --search-data printed no counts:\n${lines.slice(-20).join('\n')}`);
    return counts;
  });
  const index = runIndexCli(root, [siteDir, '--base', base]).then((lines) => {
    try {
      return JSON.parse(lines.at(-1)!) as CorpusIndexResult;
    } catch {
      throw new Error(`${INDEX_CLI} printed no result:\n${lines.slice(-20).join('\n')}`);
    }
  });
  return { searchData, result: Promise.all([searchData, index]).then(([, r]) => r) };
}

/** Move `from` to `to` (replacing it): a rename, or a copy when they are on different file systems. */
async function move(from: string, to: string): Promise<void> {
  await removeIfThere(to);
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    linkTree(from, to);
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * Astro integration: builds `dist/pagefind/` (and `dist/pagefind-shards/`).
 * The index is made from the documents, not from the rendered pages, so it
 * is built in a child process started when the build starts, beside Astro
 * rendering the pages, into a staging folder; `astro:build:done` waits for it
 * and moves it into the output. A second child process, started at the same
 * time, writes the search page's corpus-sized data (`/search-data/`: pair
 * table, postings (whole and in parts), filter ranges, record blocks,
 * documents' shards, src/data/search-data.ts) and reports its counts, which
 * the search page awaits. The Astro process never holds a search record.
 */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  let job: { staging: string; result: Promise<CorpusIndexResult> } | null = null;
  return {
    name: 'tiaowen:pagefind',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // In a build the search-index process writes these files; `astro dev` serves them from this process.
        if (command !== 'dev') return;
        for (const [pattern, file] of DEV_ROUTES) injectRoute({ pattern, entrypoint: new URL(`../routes/search-data/${file}`, import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        // next to the build cache when it is on (the same file system as the output, usually: the move is a rename)
        const cache = cacheRoot();
        if (cache) await mkdir(cache, { recursive: true });
        const staging = await mkdtemp(join(cache ?? tmpdir(), 'tiaowen-search-'));
        const { searchData, result } = indexInChildren(root, staging, base);
        result.catch(() => undefined); // reported in astro:build:done
        searchData.catch(() => undefined); // reported by the search page, or in astro:build:done
        provideSearchDataCounts(searchData);
        job = { staging, result };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) throw new Error('tiaowen:pagefind: the search index was not started (astro:build:start did not run)');
        const { staging, result } = job;
        job = null;
        try {
          const r = await result;
          const site = fileURLToPath(dir);
          await mkdir(join(site, 'search-data'), { recursive: true });
          for (const e of await readdir(join(staging, 'search-data'))) await move(join(staging, 'search-data', e), join(site, 'search-data', e));
          await move(join(staging, 'pagefind'), join(site, 'pagefind'));
          if (r.shards > 1) await move(join(staging, SHARD_FOLDER), join(site, SHARD_FOLDER));
          else await removeIfThere(join(site, SHARD_FOLDER));
          logger.info(
            `Pagefind ${PAGEFIND_VERSION}: ${r.records} provisions from ${r.documents} documents` +
              `${r.shards > 1 ? ` in ${r.shards} shards` : ''}${r.cached ? ` (${r.cached} of ${r.shards} from the build cache)` : ''}, ` +
              `${r.files} files, ${(r.bytes / 1024).toFixed(1)} KiB (${r.segmentation.hanWords} Han words, segmented)`,
          );
        } finally {
          provideSearchDataCounts(undefined);
          await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
