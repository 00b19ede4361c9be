/**
 * Full-text search index, built after `astro build` with Pagefind's Node API
 * (as Starlight does): one custom record per provision (see
 * src/lib/search-records.ts), written to `dist/pagefind/`.
 *
 * Every Pagefind response's `errors` is checked and fails the build; the
 * Pagefind service is closed in `finally`. After writing, the index is read
 * back and the build fails if Chinese was not segmented (for example if the
 * non-extended Pagefind binary was picked up).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { RegDocument } from '../lib/document.ts';
import { getCorpus } from '../data/corpus.ts';
import { buildRecords, type SearchRecord } from '../lib/search-records.ts';
import { decodeIndexChunk, looksSegmented, segmentationReport, type IndexWord, type SegmentationReport } from '../lib/search-pagefind-format.ts';

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

export interface WriteIndexResult {
  records: number;
  files: number;
  bytes: number;
  segmentation: SegmentationReport;
}

/** Read every word chunk of a written index. */
export async function readIndexWords(outputPath: string): Promise<IndexWord[]> {
  const dir = join(outputPath, 'index');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.pf_index')).sort();
  const words: IndexWord[] = [];
  for (const n of names) words.push(...decodeIndexChunk(gunzipSync(await readFile(join(dir, n)))));
  return words;
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

async function dirStats(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await readFile(join(e.parentPath, e.name))).byteLength;
  }
  return { files, bytes };
}

/**
 * Index `records` and write the bundle to `outputPath` (…/pagefind). Throws
 * on any Pagefind error and when the result is not segmented (unless
 * `requireSegmentation` is false, for benchmarks of other configurations).
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  opts: { requireSegmentation?: boolean; config?: pagefind.PagefindServiceConfig; timeoutMs?: number } = {},
): Promise<WriteIndexResult> {
  const ms = opts.timeoutMs ?? 120_000;
  try {
    const created = await answered('createIndex', pagefind.createIndex(opts.config ?? {}), ms);
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
    await answered('close', pagefind.close(), ms).catch(() => undefined);
  }
  const segmentation = segmentationReport(await readIndexWords(outputPath));
  if (opts.requireSegmentation !== false && records.length > 0 && !looksSegmented(segmentation)) {
    throw new Error(
      `Pagefind index at ${outputPath} was built without Chinese segmentation ` +
        `(${segmentation.hanWords} Han words, ${segmentation.singleHan} single characters, longest ${segmentation.longestHan}: ` +
        `${segmentation.longestHanWord.slice(0, 20)}). The extended Pagefind binary (pagefind_extended) is required.`,
    );
  }
  return { records: records.length, ...(await dirStats(outputPath)), segmentation };
}

export interface SearchIntegrationOptions {
  /** Where the documents come from; defaults to `getCorpus()` of src/data/corpus.ts. */
  documents?: () => RegDocument[] | Promise<RegDocument[]>;
}

// Imported statically: Astro's config module runner is closed by the time
// astro:build:done runs, so a dynamic import there fails.
function defaultDocuments(): RegDocument[] {
  return getCorpus().documents;
}

/** Astro integration: builds `dist/pagefind/` in `astro:build:done`. */
export default function searchIndex(options: SearchIntegrationOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'tiaowen:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const docs = await (options.documents ?? defaultDocuments)();
        const records = buildRecords(docs, base);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const r = await writeSearchIndex(records, outputPath);
        logger.info(
          `Pagefind ${PAGEFIND_VERSION}: ${r.records} provisions from ${docs.length} documents, ` +
            `${r.files} files, ${(r.bytes / 1024).toFixed(1)} KiB (${r.segmentation.hanWords} Han words, segmented)`,
        );
      },
    },
  };
}
