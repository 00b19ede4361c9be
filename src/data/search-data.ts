/**
 * Build-time data of the search page, computed once per build from the
 * corpus (src/data/corpus.ts) and served as small files the page fetches on
 * demand (src/pages/search-data/): the pair table in buckets, the list of
 * documents (for citation queries) and each document's anchors.
 */
import { getCorpus } from './corpus.ts';
import { shardRecordLimit } from '../integrations/pagefind.ts';
import { PairTableBuilder, pieceKeys, type PairBucket } from '../lib/search/pair-table.ts';
import { BlockWriter, DEFAULT_POSTINGS_MAX, PART_POSTINGS, PostingsBuilder, type PostingBucket, type PostingPart, type RecordBlock } from '../lib/search/postings.ts';
import { documentFilters, FILTER_KEYS, searchUnits, type CitableDocument, citableDocument } from '../lib/search/records.ts';
import { documentPath } from '../lib/citation.ts';
import { DOCS_PER_BLOCK, TitleIndexBuilder, type TitleBucket } from '../lib/search/title-index.ts';
import { shardCount, shardOfDocuments } from '../lib/search/shard-plan.ts';
import { FilterRangesBuilder, type RangeBucket } from '../lib/search/filter-ranges.ts';

export interface SearchData {
  buckets: PairBucket[];
  /** Postings of the keys held by at most `postingsMax` provisions (src/lib/search/postings.ts). */
  postings: PostingBucket[];
  postingsMax: number;
  /** The postings of the other keys, cut into parts by record range (empty when none are published). */
  parts: PostingPart[];
  /** Search units (record numbers 0 … records − 1). */
  records: number;
  /** Postings aimed at per part (`partSpan`). */
  partPostings: number;
  /** Per filter key, the records of each value (src/lib/search/filter-ranges.ts; none when no postings are published). */
  filterRanges: Record<string, RangeBucket[]>;
  /** The units' texts, `RECORDS_PER_BLOCK` records a file. */
  blocks: RecordBlock[];
  shards: number;
  documents: CitableDocument[];
  /** The title index (src/lib/search/title-index.ts) and the documents in blocks of `DOCS_PER_BLOCK`, for citation queries. */
  titles: TitleBucket[];
  documentBlocks: CitableDocument[][];
  /** Short title (the `doc` filter's value) → the shards holding documents of that title. */
  docShards: Record<string, number[]>;
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

export function searchData(): SearchData {
  if (cached) return cached;
  const docs = getCorpus().documents;
  const units = docs.map((d) => searchUnits(d));
  const shardOf = shardOfDocuments(
    docs.map((d, i) => ({ key: d.meta.slug, count: units[i]!.length })),
    shardRecordLimit(),
  );
  const table = new PairTableBuilder();
  const max = postingsMax();
  const postings = new PostingsBuilder(max);
  const blocks = new BlockWriter();
  const ranges = new FilterRangesBuilder();
  units.forEach((us, i) => {
    const d = docs[i]!;
    const from = blocks.next;
    const ids = blocks.addDocument({ slug: d.meta.slug, shortTitle: d.meta.shortTitle, path: documentPath(d.meta), filters: documentFilters(d.meta) }, us);
    ranges.add(documentFilters(d.meta), from, blocks.next);
    us.forEach((u, k) => {
      const keys = pieceKeys(u.text);
      table.addKeys(keys, shardOf[i]!);
      postings.add(keys, ids[k]!);
    });
  });
  const documents = docs.map((d) => citableDocument(d));
  const titles = new TitleIndexBuilder();
  for (const d of documents) titles.add(d);
  cached = {
    titles: titles.buckets(),
    documentBlocks: Array.from({ length: Math.ceil(documents.length / DOCS_PER_BLOCK) }, (_, k) => documents.slice(k * DOCS_PER_BLOCK, (k + 1) * DOCS_PER_BLOCK)),
    buckets: table.buckets(),
    postings: postings.buckets(),
    postingsMax: max,
    parts: postings.parts(blocks.next, partPostings()),
    records: blocks.next,
    partPostings: partPostings(),
    filterRanges: max > 0 ? ranges.files() : {},
    blocks: blocks.finish(),
    shards: shardCount(shardOf),
    documents,
    docShards: docShardsOf(
      docs.map((d) => d.meta.shortTitle),
      shardOf,
    ),
  };
  return cached;
}

/** What the search page embeds: sizes only (src/scripts/search-engine.ts, `SearchPageData`). */
export function searchPageData(): {
  buckets: number;
  shards: number;
  postings: number;
  postingsMax: number;
  records: number;
  partPostings: number;
  filterRanges: Record<string, number>;
  titles: number;
} {
  const d = searchData();
  const filterRanges = Object.fromEntries(Object.entries(d.filterRanges).map(([k, files]) => [k, files.length]));
  return { buckets: d.buckets.length, shards: d.shards, postings: d.postings.length, postingsMax: d.postingsMax, records: d.records, partPostings: d.partPostings, filterRanges, titles: d.titles.length };
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
