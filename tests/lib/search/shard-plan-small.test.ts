/**
 * Where the search index is cut into shards (src/lib/search/shard-plan.ts), on a
 * handful of documents whose keys' hashes were worked out apart from the code
 * (FNV-1a over UTF-16 units, computed with a few lines of Python): the forced cut
 * at the limit, the content-defined cut once a shard holds an eighth of the limit,
 * no cut for a corpus within one shard, and documents without records.
 * pair-table.test.ts checks the same rule against the index build on the seeds
 * (seconds a run); this file is light enough for mutation testing.
 *
 * Hash fractions (fnv1a(key) / 2^32) used below: a1 0.110, b1 0.548, b2 0.559,
 * foobar 0.748.
 */
import { describe, expect, it } from 'vitest';
import { documentKey, fnv1a, naturalCut, planShardStarts, ShardPlanner, shardCount, shardOfDocuments } from '../../../src/lib/search/shard-plan.ts';
import { errorOf } from '../../support/thrown.ts';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes UTF-16 units, unsigned', () => {
    expect(fnv1a('问责')).toBe(0xa2e847d6);
    expect(fnv1a('a1')).toBe(0x1c24b8a7);
  });
});

describe('documentKey', () => {
  it('is the last segment of a page URL, whatever the base path', () => {
    expect(documentKey('/docs/regulations/ccp-accountability-2016/')).toBe('ccp-accountability-2016');
    expect(documentKey('/regulations/x')).toBe('x');
    expect(documentKey('x')).toBe('x');
  });

  it('is the page itself when it has no segment', () => {
    expect(documentKey('/')).toBe('/');
  });
});

describe('naturalCut', () => {
  it('cuts when the key hashes below 2·count/limit of the range', () => {
    expect(naturalCut('a1', 1, 10)).toBe(true); // 0.110 < 0.2
    expect(naturalCut('a1', 1, 20)).toBe(false); // 0.110 ≥ 0.1
    expect(naturalCut('b1', 3, 10)).toBe(true); // 0.548 < 0.6
    expect(naturalCut('b1', 2, 10)).toBe(false); // 0.548 ≥ 0.4
  });
});

describe('ShardPlanner', () => {
  it('takes a positive whole limit only, and says so', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(errorOf(() => new ShardPlanner(bad)).message).toContain(`shard limit: expected a positive integer, got ${bad}`);
    expect(new ShardPlanner(1).limit).toBe(1);
  });

  it('cuts at the limit, and by content once a shard holds an eighth of it', () => {
    const p = new ShardPlanner(10);
    expect(p.add('/r/b1/', 4)).toBe(false); // the first document never opens a shard
    expect(p.add('/r/foobar/', 7)).toBe(true); // 4 + 7 > 10
    expect(p.add('/r/a1/', 1)).toBe(true); // 7 ≥ 10/8 and a1 cuts at 1/10
    expect(p.add('/r/b2/', 1)).toBe(false); // 1 < 10/8: no content-defined cut yet
    expect(p.sharded).toBe(true); // 13 records > 10
  });

  it('fills a shard to the limit exactly without a forced cut, and no content cut before an eighth', () => {
    const p = new ShardPlanner(100);
    expect(p.add('b1', 10)).toBe(false);
    expect(p.add('foobar', 90)).toBe(false); // 10 + 90 = 100, not over; 10 < 100/8, so foobar's hash is not asked
    expect(p.sharded).toBe(false); // 100 records fit one shard
    expect(p.add('a', 1)).toBe(true); // 101 > 100
    expect(p.sharded).toBe(true);
  });
});

describe('planShardStarts and shardOfDocuments', () => {
  const docs = [
    { page: '/r/b1/', key: 'b1', count: 4 },
    { page: '/r/foobar/', key: 'foobar', count: 7 },
    { page: '/r/a1/', key: 'a1', count: 1 },
    { page: '/r/b2/', key: 'b2', count: 1 },
  ];

  it('starts a shard at each cut of a sharded corpus', () => {
    expect(planShardStarts(docs, 10)).toEqual([0, 1, 2]);
    expect(shardOfDocuments(docs, 10)).toEqual([0, 1, 2, 2]);
    expect(shardCount(shardOfDocuments(docs, 10))).toBe(3);
  });

  it('never cuts a corpus of at most `limit` records, even where a content cut would fall', () => {
    // At 13, foobar would cut by content (0.748 < 14/13), but the 13 records fit one shard.
    expect(planShardStarts(docs, 13)).toEqual([0]);
    expect(shardOfDocuments(docs, 13)).toEqual([0, 0, 0, 0]);
    expect(planShardStarts(docs, 12)).toEqual([0, 1, 2]);
  });

  it('gives a document without records the shard of the documents before it', () => {
    const withEmpty = [docs[0]!, { page: '/r/zero/', key: 'zero', count: 0 }, docs[1]!, { page: '/r/none/', key: 'none', count: 0 }];
    expect(shardOfDocuments(withEmpty, 10)).toEqual([0, 0, 1, 1]);
  });

  it('plans an empty corpus as one shard', () => {
    expect(planShardStarts([], 10)).toEqual([0]);
    expect(shardOfDocuments([], 10)).toEqual([]);
    expect(shardCount([])).toBe(1);
  });
});
