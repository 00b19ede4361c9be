/**
 * Build-time data of the search page, served as small files the page fetches
 * on demand (/search-data/): the pair table in buckets, the postings, the
 * record blocks, the documents' shards, the list of documents (for citation
 * queries) and each document's anchors.
 *
 * The corpus-sized part (pair table, postings, record blocks, documents'
 * shards) is built one document at a time (src/lib/search/search-data-stream.ts)
 * and written to files as it is built (`writeSearchDataFiles`). In a build,
 * the search-index child process writes them before it indexes
 * (src/integrations/pagefind.ts), and the Astro process learns only their
 * counts (`searchDataCounts`), which the search page embeds; in `astro dev`,
 * they are written to a staging folder in this process and served by the
 * routes of src/routes/search-data/. The documents' list and title index are
 * metadata, rendered by src/pages/search-data/ (README "Memory: one document
 * at a time").
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { getCorpus } from './corpus.ts';
import { shardRecordLimit } from '../integrations/pagefind.ts';
import { cacheRoot } from '../integrations/build-cache.ts';
import type { RegDocument } from '../lib/document.ts';
import { DEFAULT_POSTINGS_MAX, PART_POSTINGS, type BlockDocument } from '../lib/search/postings.ts';
import { documentFilters, FILTER_KEYS, searchUnits, type CitableDocument, citableDocument } from '../lib/search/records.ts';
import { documentPath } from '../lib/citation.ts';
import { DOCS_PER_BLOCK, TitleIndexBuilder, type TitleBucket } from '../lib/search/title-index.ts';
import { streamSearchData, type StreamDocument } from '../lib/search/search-data-stream.ts';

/** The metadata part of the search data, held in the Astro process. */
export interface SearchData {
  documents: CitableDocument[];
  /** The title index (src/lib/search/title-index.ts) and the documents in blocks of `DOCS_PER_BLOCK`, for citation queries. */
  titles: TitleBucket[];
  documentBlocks: CitableDocument[][];
}

/** What is known of the corpus-sized files once written: how many of each, and the index shards. */
export interface SearchDataCounts {
  /** Files of the pair table (`pairs/<n>.json`, src/lib/search/pair-table.ts). */
  buckets: number;
  /** Files of the postings of the keys held by at most `postingsMax` provisions (`postings/<n>.json`, src/lib/search/postings.ts). */
  postings: number;
  postingsMax: number;
  /** Files of the units' texts, `RECORDS_PER_BLOCK` records a file (`records/<n>.json`). */
  blocks: number;
  shards: number;
  /** Search units (record numbers 0 … records − 1). */
  records: number;
  /** Postings aimed at per part of a common key's list (`parts/<key>/<n>.json`, `partSpan`). */
  partPostings: number;
  /** Per filter key, the files of its values' record ranges (`filter-ranges/<key>/<n>.json`, src/lib/search/filter-ranges.ts; none when no postings are published). */
  filterRanges: Record<string, number>;
}

let cached: SearchData | null = null;

/** Postings per part of a common key's list: `TIAOWEN_SEARCH_PART_POSTINGS` (a positive integer; small values for tests) or the default. */
export function partPostings(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TIAOWEN_SEARCH_PART_POSTINGS;
  if (raw === undefined || raw.trim() === '') return PART_POSTINGS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`TIAOWEN_SEARCH_PART_POSTINGS: expected a positive integer, got "${raw}"`);
  return n;
}

/** The postings limit: `TIAOWEN_SEARCH_POSTINGS_MAX` (a non-negative integer; 0 publishes none, every query goes to Pagefind) or the default. */
export function postingsMax(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TIAOWEN_SEARCH_POSTINGS_MAX;
  if (raw === undefined || raw.trim() === '') return DEFAULT_POSTINGS_MAX;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`TIAOWEN_SEARCH_POSTINGS_MAX: expected a non-negative integer, got "${raw}"`);
  return n;
}

function docShardsOf(titles: readonly string[], shardOf: readonly number[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  titles.forEach((t, i) => {
    const list = (out[t] ??= []);
    if (!list.includes(shardOf[i]!)) list.push(shardOf[i]!);
  });
  return out;
}

/**
 * Write the corpus-sized search data into `dir` (a site's `search-data/`):
 * `pairs/`, `postings/`, `parts/`, `filter-ranges/`, `records/` and `doc-shards.json` (for each value of
 * the 文件 filter, the index shards holding that document), reading
 * `documents()` (called once per pass) one document at a time.
 */
export function writeSearchDataFiles(dir: string, documents: () => Iterable<RegDocument> = () => getCorpus().documents): SearchDataCounts {
  const made = new Set<string>();
  const write = (file: string, text: string): void => {
    const folder = join(dir, dirname(file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(dir, file), text);
  };
  const titles: string[] = [];
  function* stream(): Generator<StreamDocument> {
    titles.length = 0;
    for (const d of documents()) {
      // structuredClone: fresh strings. The metadata's strings are slices of the document's text, which
      // V8 keeps alive as long as a slice is: the titles and the filter values held to the end (the
      // documents' shards, the filter ranges) would hold every document's text.
      const doc: BlockDocument = structuredClone({ slug: d.meta.slug, shortTitle: d.meta.shortTitle, path: documentPath(d.meta), filters: documentFilters(d.meta) });
      titles.push(doc.shortTitle);
      yield { doc, units: () => searchUnits(d) };
    }
  }
  const max = postingsMax();
  const perPart = partPostings();
  const counts = streamSearchData(stream, { shardRecords: shardRecordLimit(), postingsMax: max, partPostings: perPart }, write);
  write('doc-shards.json', JSON.stringify(docShardsOf(titles, counts.shardOf)));
  return {
    buckets: counts.buckets,
    postings: counts.postings,
    postingsMax: max,
    blocks: counts.blocks,
    shards: counts.shards,
    records: counts.records,
    partPostings: perPart,
    filterRanges: counts.filterRanges,
  };
}

/** Where a build's search integration puts the promise of the counts its child process reports (shared across module copies). */
const PROVIDED = Symbol.for('tiaowen.searchDataCounts');

type WithCounts = typeof globalThis & { [PROVIDED]?: Promise<SearchDataCounts> };

/** Called by the search integration when its child process is writing the search data (src/integrations/pagefind.ts). */
export function provideSearchDataCounts(counts: Promise<SearchDataCounts> | undefined): void {
  (globalThis as WithCounts)[PROVIDED] = counts;
}

let local: { dir: string; counts: SearchDataCounts } | null = null;

/** The search data written in this process (`astro dev`, or a build without the integration), in a staging folder removed when the process exits. */
export function localSearchData(): { dir: string; counts: SearchDataCounts } {
  if (local) return local;
  const root = cacheRoot();
  if (root) mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root ?? tmpdir(), 'tiaowen-search-data-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  local = { dir, counts: writeSearchDataFiles(dir) };
  return local;
}

/** The counts of the corpus-sized search data: as the build's search-index process reports them, else written here. */
export function searchDataCounts(): Promise<SearchDataCounts> {
  return (globalThis as WithCounts)[PROVIDED] ?? Promise.resolve(localSearchData().counts);
}

/** A file of the search data written in this process (`pairs/3.json`), for the routes `astro dev` serves. */
export function localSearchDataFile(file: string): string {
  return readFileSync(join(localSearchData().dir, file), 'utf8');
}

/** The files under a folder of the search data written in this process (`parts` → `6761-4f8b/0`, …, without `.json`), sorted, for the routes `astro dev` serves. */
export function localSearchDataList(folder: string): string[] {
  const top = join(localSearchData().dir, folder);
  if (!existsSync(top)) return [];
  return (readdirSync(top, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length).split(sep).join('/'))
    .sort();
}

/** The metadata part: the documents' list, in blocks, and the title index. */
export function searchData(): SearchData {
  if (cached) return cached;
  const documents = getCorpus().documents.map((d) => citableDocument(d));
  const titles = new TitleIndexBuilder();
  for (const d of documents) titles.add(d);
  cached = {
    titles: titles.buckets(),
    documentBlocks: Array.from({ length: Math.ceil(documents.length / DOCS_PER_BLOCK) }, (_, k) => documents.slice(k * DOCS_PER_BLOCK, (k + 1) * DOCS_PER_BLOCK)),
    documents,
  };
  return cached;
}

/** What the search page embeds: sizes only (src/scripts/search-engine.ts, `SearchPageData`). */
export async function searchPageData(): Promise<{
  buckets: number;
  shards: number;
  postings: number;
  postingsMax: number;
  records: number;
  partPostings: number;
  filterRanges: Record<string, number>;
  titles: number;
}> {
  const c = await searchDataCounts();
  return {
    buckets: c.buckets,
    shards: c.shards,
    postings: c.postings,
    postingsMax: c.postingsMax,
    records: c.records,
    partPostings: c.partPostings,
    filterRanges: c.filterRanges,
    titles: searchData().titles.length,
  };
}

/**
 * A filter with more values than this gets them from /search-data/filters.json
 * when first used (TIAOWEN_SEARCH_INLINE_FILTERS overrides it, for tests).
 */
export const INLINE_FILTER_VALUES = Number(process.env.TIAOWEN_SEARCH_INLINE_FILTERS ?? 60);

const CLASS_ORDER = ['党内法规', '党内规范性文件', '规范性文件', '评论'];

/** Every value of each filter, in the order the page lists them. */
export function filterValues(): Record<string, string[]> {
  const docs = getCorpus().documents;
  const values: Record<string, string[]> = {};
  for (const k of FILTER_KEYS) {
    const unique = [...new Set(docs.flatMap((d) => documentFilters(d.meta)[k] ?? []))];
    if (k === 'class') unique.sort((a, b) => CLASS_ORDER.indexOf(a) - CLASS_ORDER.indexOf(b));
    else if (k === 'year') unique.sort((a, b) => b.localeCompare(a));
    else if (k === 'issuer') unique.sort((a, b) => a.localeCompare(b, 'zh-CN'));
    values[k] = unique;
  }
  return values;
}
