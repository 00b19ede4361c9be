/**
 * The search page's corpus-sized data (the pair table, the postings of rare
 * pieces and the record blocks, src/lib/search/pair-table.ts and
 * postings.ts) built one document at a time: a document's units are computed,
 * added to the builders and dropped, and each record block is handed to the
 * sink as soon as it is full, so what is held while building is the pair
 * table and the postings (both keyed by piece), never the corpus's texts.
 *
 * Two passes over the documents: the first counts each document's units
 * (the index shard of a document depends on the counts of all of them,
 * src/lib/search/shard-plan.ts), the second builds. Pure: the documents come
 * from an iterable the caller makes (read from disk one at a time), the files
 * go to a sink.
 */
import { PairTableBuilder, pieceCodes } from './pair-table.ts';
import { FilterRangesBuilder } from './filter-ranges.ts';
import { BlockWriter, PART_POSTINGS, type BlockDocument, type RecordBlock } from './postings.ts';
import { PostingsStream } from './postings-stream.ts';
import type { SearchUnit } from './records.ts';
import { ShardPlanner, shardCount } from './shard-plan.ts';

/** A document as the stream reads it: what a block names, and its units (computed when asked, once per pass). */
export interface StreamDocument {
  doc: BlockDocument;
  units(): readonly SearchUnit[];
}

/**
 * Receives one file of the search data and its text: `pairs/<n>.json`,
 * `postings/<n>.json`, `parts/<key>/<n>.json`, `filter-ranges/<key>/<n>.json`
 * or `records/<n>.json`.
 */
export type SearchDataSink = (file: string, text: string) => void;

/** What the search page and the routes need to know of the data written. */
export interface SearchDataCounts {
  /** Files of the pair table, of the postings and of record blocks written. */
  buckets: number;
  postings: number;
  blocks: number;
  /** Index shards, and the shard of each document (corpus order). */
  shards: number;
  shardOf: number[];
  /** Search units (record numbers 0 … records − 1). */
  records: number;
  /** Per filter key, the files of its values' record ranges written (none when no postings are published). */
  filterRanges: Record<string, number>;
}

export interface SearchDataStreamOptions {
  /** Records per index shard (`shardRecordLimit()`). */
  shardRecords: number;
  /** Postings limit (`postingsMax()`). */
  postingsMax: number;
  /** Postings aimed at per part of a common key's list (`partPostings()`; default `PART_POSTINGS`). */
  partPostings?: number;
}

/** Hand the blocks the writer has closed to the sink, numbering on from `next`; returns the next number. */
function drain(writer: BlockWriter, next: number, sink: SearchDataSink): number {
  const done: RecordBlock[] = writer.blocks.splice(0);
  for (const b of done) sink(`records/${next++}.json`, JSON.stringify(b));
  return next;
}

/**
 * Build the search data from `documents` (called once per pass; each call
 * must give the same documents in the same order) and write its files to
 * `sink`, one document at a time.
 *
 * First pass: each document's units are counted (its index shard,
 * `ShardPlanner`) and their pieces added to the pair table, written at the
 * end of the pass; the table's keys and counts stay, for the second pass.
 * Second pass: the record blocks, the postings and the filter ranges; a record
 * block is written as soon as it is full, a part of a common key's postings as
 * soon as the records pass its range (src/lib/search/postings-stream.ts); the
 * postings of the rare keys and the filter ranges at the end.
 */
export function streamSearchData(documents: () => Iterable<StreamDocument>, opts: SearchDataStreamOptions, sink: SearchDataSink): SearchDataCounts {
  const { slugs, shardOf, records, table, buckets } = firstPass(documents, opts.shardRecords, sink);
  const postings = new PostingsStream(table, records, opts.postingsMax, (p) => sink(`parts/${p.path}.json`, JSON.stringify(p.postings)), opts.partPostings ?? PART_POSTINGS);
  const writer = new BlockWriter();
  const ranges = new FilterRangesBuilder();
  let blocks = 0;
  let i = 0;
  for (const d of documents()) {
    if (i >= slugs.length || slugs[i] !== d.doc.slug) throw new Error(`search data: the second pass over the documents gave ${d.doc.slug} at ${i}, the first ${slugs[i] ?? 'nothing'}`);
    const units = d.units();
    const from = writer.next;
    const ids = writer.addDocument(d.doc, units);
    ranges.add(d.doc.filters, from, writer.next);
    units.forEach((u, k) => postings.add(pieceCodes(u.text), ids[k]!));
    blocks = drain(writer, blocks, sink);
    i++;
  }
  if (i !== slugs.length) throw new Error(`search data: the second pass over the documents gave ${i} documents, the first ${slugs.length}`);
  if (writer.next !== records) throw new Error(`search data: the second pass over the documents gave ${writer.next} units, the first ${records}`);
  writer.finish();
  blocks = drain(writer, blocks, sink);
  const postingFiles = postings.finish((b, n) => sink(`postings/${n}.json`, JSON.stringify(b)));
  const filterRanges: Record<string, number> = {};
  if (opts.postingsMax > 0) {
    for (const [key, files] of Object.entries(ranges.files())) {
      files.forEach((f, n) => sink(`filter-ranges/${key}/${n}.json`, JSON.stringify(f)));
      filterRanges[key] = files.length;
    }
  }
  return { buckets, postings: postingFiles, blocks, shards: shardCount(shardOf), shardOf, records, filterRanges };
}

/** The first pass: documents' slugs and shards, the number of records, the pair table (its files written). */
function firstPass(documents: () => Iterable<StreamDocument>, shardRecords: number, sink: SearchDataSink) {
  const slugs: string[] = [];
  const cuts: boolean[] = [];
  const planner = new ShardPlanner(shardRecords);
  const table = new PairTableBuilder();
  let records = 0;
  let shard = 0;
  for (const d of documents()) {
    const units = d.units();
    // structuredClone: a fresh string, not a slice keeping the document's text alive
    slugs.push(structuredClone(d.doc.slug));
    const cut = units.length > 0 && planner.add(d.doc.slug, units.length);
    cuts.push(cut);
    if (cut) shard++;
    for (const u of units) table.addCodes(pieceCodes(u.text), shard);
    records += units.length;
  }
  // as shardOfDocuments: the cuts count only when the corpus is cut at all
  let s = 0;
  const shardOf = cuts.map((cut) => (cut && planner.sharded ? ++s : s));
  if (!planner.sharded) table.singleShard();
  let buckets = 0;
  for (const b of table.eachBucket()) sink(`pairs/${buckets++}.json`, JSON.stringify(b));
  return { slugs, shardOf, records, table, buckets };
}
