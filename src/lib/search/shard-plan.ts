/**
 * Where the search index is cut into shards. Documents come in corpus order
 * with their record counts; a shard is a run of whole documents of at most
 * `limit` records (a document larger than that is a shard of its own).
 *
 * Cuts are content-defined (as in rsync or FastCDC): besides the cut forced
 * by the limit, a shard ends before a document whose page hashes below a
 * threshold proportional to its record count, once the shard holds an
 * eighth of the limit. A cut so depends on the documents near it, not on
 * its position in the corpus, so adding or changing one document changes
 * the shard it falls in (and at most its neighbours), and every other shard
 * keeps exactly the same records: the build cache (src/integrations/
 * build-cache.ts) reuses their indexes. Shards then hold about 5/8 of the
 * limit on average.
 *
 * A corpus of at most `limit` records is never cut (one unsharded bundle).
 * A document is keyed by its slug (the last segment of its page URL), so the
 * plan does not depend on the site's base path. The index build
 * (src/integrations/pagefind.ts) and the search page's data
 * (src/data/search-data.ts, `shardOfDocuments`) use this one rule;
 * tests/lib/search/pair-table.test.ts checks they agree. Pure: no file access.
 */

/** FNV-1a, 32 bits, of a string's UTF-16 code units: stable across runs and machines. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The key a document is planned by: its slug, the last segment of its page URL (`/docs/regulations/x/` → `x`). */
export function documentKey(page: string): string {
  return page.split('/').filter(Boolean).pop() ?? page;
}

/** A content-defined cut before this document: its key hashes below `count / (limit / 2)` of the hash range. */
export function naturalCut(key: string, count: number, limit: number): boolean {
  return fnv1a(key) / 2 ** 32 < (2 * count) / limit;
}

/**
 * Incremental planner: feed documents in order; `add` says whether the
 * document opens a new shard. The decisions assume the corpus is sharded;
 * whether it is at all (more than `limit` records in total) is known only at
 * the end (`sharded`).
 */
export class ShardPlanner {
  private current = 0;
  private total = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`shard limit: expected a positive integer, got ${limit}`);
  }

  /** Add a document (its slug, or its page URL) of `count` records; true when a new shard starts with it. */
  add(page: string, count: number): boolean {
    this.total += count;
    const key = documentKey(page);
    const cut = this.current > 0 && (this.current + count > this.limit || (this.current >= this.limit / 8 && naturalCut(key, count, this.limit)));
    this.current = cut ? count : this.current + count;
    return cut;
  }

  /** More records than one shard may hold: the corpus is split where `add` said. */
  get sharded(): boolean {
    return this.total > this.limit;
  }
}

/**
 * Shards of a whole sequence of documents (`counts[i]` records for `pages[i]`):
 * the index of the first document of each shard. `[0]` when unsharded (and
 * for an empty corpus).
 */
export function planShardStarts(docs: readonly { page: string; count: number }[], limit: number): number[] {
  const planner = new ShardPlanner(limit);
  const starts = [0];
  docs.forEach((d, i) => {
    if (planner.add(d.page, d.count) && i > 0) starts.push(i);
  });
  return planner.sharded ? starts : [0];
}

/**
 * The shard of each document (`docs[i]`: its slug and record count), by the
 * same rule as the index build, from the record counts alone, so the search
 * page's pair table can say which shards hold a piece without the records.
 * A document without records gets the shard of the documents before it.
 */
export function shardOfDocuments(docs: readonly { key: string; count: number }[], limit: number): number[] {
  const planner = new ShardPlanner(limit);
  const cuts = docs.map((d) => d.count > 0 && planner.add(d.key, d.count));
  const out: number[] = [];
  let shard = 0;
  cuts.forEach((cut) => {
    if (cut && planner.sharded) shard++;
    out.push(shard);
  });
  return out;
}

/** Number of shards the plan makes (at least one). */
export function shardCount(shards: readonly number[]): number {
  return shards.length === 0 ? 1 : shards[shards.length - 1]! + 1;
}
