/**
 * One Pagefind bundle (one shard of the search index): from the build cache
 * when the same records were indexed before, else by a Pagefind service of its
 * own, closed when the bundle is written. What src/integrations/pagefind.ts
 * runs for every shard, in its own process or in an index worker thread
 * (src/integrations/pagefind-worker.ts), so this module imports no Astro and
 * no corpus: only Pagefind, the build cache and the index reader.
 *
 * Every Pagefind response's `errors` is checked and fails the bundle; the
 * service is closed in `finally`, whatever happened.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { cacheKey, FolderCache } from './build-cache.ts';
import { chunkSegmentation, decodeIndexChunk, mergeSegmentation, type IndexWord, type SegmentationReport } from '../lib/search/pagefind-format.ts';
import type { SearchRecord } from '../lib/search/records.ts';

/** The Pagefind version the query preparation was verified against (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Await a Pagefind call, failing after `ms`. When the pagefind binary dies
 * (it panics on an unwritable output path, for example), the Node wrapper
 * never settles its promise and lets the process exit quietly — a build that
 * "succeeds" without an index. The timer keeps the process alive and turns
 * that into an error.
 */
async function answered<T>(step: string, p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Pagefind ${step} did not answer within ${ms / 1000} s (the pagefind binary may have crashed; see its output above)`)),
      ms,
    );
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Records sent to the Pagefind service at a time. */
const BATCH = 64;

/** The word chunks of a written index, in name order. */
async function indexChunkFiles(outputPath: string): Promise<string[]> {
  const dir = join(outputPath, 'index');
  return (await readdir(dir))
    .filter((n) => n.endsWith('.pf_index'))
    .sort()
    .map((n) => join(dir, n));
}

/** Read every word chunk of a written index. */
export async function readIndexWords(outputPath: string): Promise<IndexWord[]> {
  const words: IndexWord[] = [];
  for (const f of await indexChunkFiles(outputPath)) words.push(...decodeIndexChunk(gunzipSync(await readFile(f))));
  return words;
}

/**
 * The segmentation report of a written index: `segmentationReport(await readIndexWords(outputPath))`,
 * scanned chunk by chunk without building the words' position lists.
 */
export async function indexSegmentation(outputPath: string): Promise<SegmentationReport> {
  const reports: SegmentationReport[] = [];
  for (const f of await indexChunkFiles(outputPath)) reports.push(chunkSegmentation(gunzipSync(await readFile(f))));
  return mergeSegmentation(reports);
}

/** Pagefind's own UI bundles: the search page has its own UI, so they are not shipped. */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

async function removeUnusedUi(outputPath: string): Promise<void> {
  for (const f of UNUSED_UI) await rm(join(outputPath, f), { force: true });
}

export async function dirStats(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

/** Remove a file or folder; nothing to do when it (or a parent) is not there. Pagefind reports unwritable paths itself. */
export async function removeIfThere(path: string): Promise<void> {
  try {
    await rm(path, { recursive: true, force: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOTDIR') throw e;
  }
}

/** The Pagefind calls `writeBundle` makes: the package's API (a test can count its calls). */
export interface PagefindApi {
  createIndex: typeof pagefind.createIndex;
  close: typeof pagefind.close;
}

/** One Pagefind service run: index `records`, write the bundle to `outputPath`, close the service. */
export async function writeBundle(
  records: readonly SearchRecord[],
  outputPath: string,
  config: pagefind.PagefindServiceConfig,
  ms: number,
  api: PagefindApi = pagefind,
): Promise<void> {
  try {
    const created = await answered('createIndex', api.createIndex(config), ms);
    if (created.errors.length || !created.index) fail('createIndex', created.errors.length ? created.errors : ['no index returned']);
    const index = created.index;
    // Batches keep the service busy without one round trip per record; the
    // requests still go out in record order, so the index is the same each time.
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const responses = await answered(`addCustomRecord (records ${i + 1}–${i + batch.length})`, Promise.all(batch.map((r) => index.addCustomRecord(r))), ms);
      responses.forEach((res, k) => {
        if (res.errors.length) fail(`addCustomRecord(${batch[k]!.url})`, res.errors);
      });
    }
    const written = await answered('writeFiles', index.writeFiles({ outputPath }), ms);
    if (written.errors.length) fail('writeFiles', written.errors);
    await removeUnusedUi(outputPath);
  } finally {
    // Closing kills the pagefind process (its memory goes with it); the next
    // createIndex starts a new one.
    await answered('close', api.close(), ms).catch(() => undefined);
  }
}

/** What is known of a written bundle without reading it again (kept with it in the build cache). */
export interface BundleNote {
  records: number;
  files: number;
  bytes: number;
  segmentation: SegmentationReport;
}

/** How a bundle is made: Pagefind's configuration, the time a Pagefind call may take, the build cache folder (null: none). */
export interface BundleOptions {
  config: pagefind.PagefindServiceConfig;
  timeoutMs: number;
  cache: string | null;
}

/**
 * Write one bundle of `records` to `out`: from the build cache when the same
 * records were indexed before with the same Pagefind and configuration,
 * else by Pagefind (and then stored in the cache).
 */
export async function bundle(records: readonly SearchRecord[], out: string, opts: BundleOptions, api: PagefindApi = pagefind): Promise<BundleNote & { cached: boolean }> {
  await removeIfThere(out); // never write into files an earlier build linked from the cache
  const cache = opts.cache ? new FolderCache<BundleNote>(opts.cache, 'search') : null;
  const key = cache ? cacheKey('pagefind-bundle/1', PAGEFIND_VERSION, JSON.stringify(opts.config), JSON.stringify(records)) : '';
  const hit = cache?.restore(key, out);
  if (hit) return { ...hit, cached: true };
  await writeBundle(records, out, opts.config, opts.timeoutMs, api);
  const stats = await dirStats(out);
  const note: BundleNote = { records: records.length, ...stats, segmentation: await indexSegmentation(out) };
  cache?.store(key, out, note);
  return { ...note, cached: false };
}
