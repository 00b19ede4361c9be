/**
 * Which index shard each document's records go to: the rule of
 * `planShards` in src/integrations/pagefind.ts (shards of at most `limit`
 * records, in corpus order, never splitting a document; a longer document
 * is a shard of its own), from the record counts alone, so the search page's
 * pair table can say which shards hold a piece without the records.
 * tests/lib/search/pair-table.test.ts checks both agree.
 */
export function shardOfDocuments(recordCounts: readonly number[], limit: number): number[] {
  const out: number[] = [];
  let shard = 0;
  let current = 0;
  for (const n of recordCounts) {
    if (n > 0 && current > 0 && current + n > limit) {
      shard++;
      current = 0;
    }
    current += n;
    out.push(shard);
  }
  return out;
}

/** Number of shards the plan makes (at least one). */
export function shardCount(shards: readonly number[]): number {
  return shards.length === 0 ? 1 : shards[shards.length - 1]! + 1;
}
