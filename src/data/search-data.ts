/**
 * Build-time data of the search page, computed once per build from the
 * corpus (src/data/corpus.ts) and served as small files the page fetches on
 * demand (src/pages/search-data/): the pair table in buckets, the postings,
 * the record blocks, the list of documents (for citation queries) and each
 * document's anchors.
 *
 * The corpus-sized part (pair table, postings, record blocks) is built one
 * document at a time (src/lib/search/search-data-stream.ts) and written to a
 * staging folder as it is built; the routes serve those files, so this
 * process holds their counts, not their contents (README "Memory: one
 * document at a time"). The documents' list and title index are metadata.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getCorpus } from './corpus.ts';
import { shardRecordLimit } from '../integrations/pagefind.ts';
import { cacheRoot } from '../integrations/build-cache.ts';
import { DEFAULT_POSTINGS_MAX } from '../lib/search/postings.ts';
import { documentFilters, FILTER_KEYS, searchUnits, type CitableDocument, citableDocument } from '../lib/search/records.ts';
import { documentPath } from '../lib/citation.ts';
import { DOCS_PER_BLOCK, TitleIndexBuilder, type TitleBucket } from '../lib/search/title-index.ts';
import { streamSearchData, type StreamDocument } from '../lib/search/search-data-stream.ts';

export interface SearchData {
  /** Files of the pair table (src/lib/search/pair-table.ts), in `dir`/pairs/. */
  buckets: number;
  /** Files of the postings of the keys held by at most `postingsMax` provisions (src/lib/search/postings.ts), in `dir`/postings/. */
  postings: number;
  postingsMax: number;
  /** Files of the units' texts, `RECORDS_PER_BLOCK` records a file, in `dir`/records/. */
  blocks: number;
  /** The staging folder the files above were written to (removed when the process exits). */
  dir: string;
  shards: number;
  documents: CitableDocument[];
  /** The title index (src/lib/search/title-index.ts) and the documents in blocks of `DOCS_PER_BLOCK`, for citation queries. */
  titles: TitleBucket[];
  documentBlocks: CitableDocument[][];
  /** Short title (the `doc` filter's value) → the shards holding documents of that title. */
  docShards: Record<string, number[]>;
}

let cached: SearchData | null = null;

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

/** A staging folder for the search data, next to the build cache when it is on; removed when the process exits. */
function stagingFolder(): string {
  const root = cacheRoot();
  if (root) mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root ?? tmpdir(), 'tiaowen-search-data-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The corpus's documents as the stream reads them: each one's tree is read (through the corpus's cache) only when its units are asked for. */
function* streamDocuments(): Generator<StreamDocument> {
  for (const d of getCorpus().documents) {
    yield { doc: { slug: d.meta.slug, shortTitle: d.meta.shortTitle, path: documentPath(d.meta), filters: documentFilters(d.meta) }, units: () => searchUnits(d) };
  }
}

export function searchData(): SearchData {
  if (cached) return cached;
  const dir = stagingFolder();
  const max = postingsMax();
  const made = new Set<string>();
  const counts = streamSearchData(streamDocuments, { shardRecords: shardRecordLimit(), postingsMax: max }, (file, text) => {
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(join(dir, folder), { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(dir, file), text);
  });
  const docs = getCorpus().documents;
  const documents = docs.map((d) => citableDocument(d));
  const titles = new TitleIndexBuilder();
  for (const d of documents) titles.add(d);
  cached = {
    titles: titles.buckets(),
    documentBlocks: Array.from({ length: Math.ceil(documents.length / DOCS_PER_BLOCK) }, (_, k) => documents.slice(k * DOCS_PER_BLOCK, (k + 1) * DOCS_PER_BLOCK)),
    buckets: counts.buckets,
    postings: counts.postings,
    postingsMax: max,
    blocks: counts.blocks,
    dir,
    shards: counts.shards,
    documents,
    docShards: docShardsOf(
      docs.map((d) => d.meta.shortTitle),
      counts.shardOf,
    ),
  };
  return cached;
}

/** The text of a file of the search data (`pairs/3.json`, `postings/0.json`, `records/12.json`), as the stream wrote it. */
export function searchDataFile(file: string): string {
  return readFileSync(join(searchData().dir, file), 'utf8');
}

/** What the search page embeds: sizes only (src/scripts/search-engine.ts, `SearchPageData`). */
export function searchPageData(): { buckets: number; shards: number; postings: number; postingsMax: number; titles: number } {
  const d = searchData();
  return { buckets: d.buckets, shards: d.shards, postings: d.postings, postingsMax: d.postingsMax, titles: d.titles.length };
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
