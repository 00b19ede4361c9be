/**
 * Build-time data of the search page, computed once per build from the
 * corpus (src/data/corpus.ts) and served as small files the page fetches on
 * demand (src/pages/search-data/): the pair table in buckets, the list of
 * documents (for citation queries) and each document's anchors.
 */
import { getCorpus } from './corpus.ts';
import { shardRecordLimit } from '../integrations/pagefind.ts';
import { PairTableBuilder, type PairBucket } from '../lib/search/pair-table.ts';
import { searchUnits, type CitableDocument, citableDocument } from '../lib/search/records.ts';
import { shardCount, shardOfDocuments } from '../lib/search/shard-plan.ts';

export interface SearchData {
  buckets: PairBucket[];
  shards: number;
  /** Shard of each document, by slug. */
  shardOf: Map<string, number>;
  documents: CitableDocument[];
}

let cached: SearchData | null = null;

export function searchData(): SearchData {
  if (cached) return cached;
  const docs = getCorpus().documents;
  const units = docs.map((d) => searchUnits(d));
  const shardOf = shardOfDocuments(
    units.map((u) => u.length),
    shardRecordLimit(),
  );
  const table = new PairTableBuilder();
  units.forEach((us, i) => {
    for (const u of us) table.add(u.text, shardOf[i]!);
  });
  cached = {
    buckets: table.buckets(),
    shards: shardCount(shardOf),
    shardOf: new Map(docs.map((d, i) => [d.meta.slug, shardOf[i]!])),
    documents: docs.map((d, i) => ({ ...citableDocument(d), shard: shardOf[i]! })),
  };
  return cached;
}
