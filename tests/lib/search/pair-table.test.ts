/**
 * The pair table the search page plans a query with (src/lib/search/pair-table.ts)
 * and the shard of each document (src/lib/search/shard-plan.ts), which must be
 * the shard the index build puts its records in (planShards). On small inputs; the
 * checks over the seeds are in pair-table-seeds.test.ts (seconds a run, so mutation
 * testing leaves them out: stryker.config.mjs).
 */
import { describe, expect, it } from 'vitest';
import { decodeShards, encodeShards, PairTableBuilder, pieceKeys, planQuery, type PairEntry } from '../../../src/lib/search/pair-table.ts';
import { prepareQuery } from '../../../src/lib/search/query.ts';

describe('shard ranges', () => {
  it.each([
    [[], ''],
    [[0], '0'],
    [[0, 1, 2, 3, 7], '0-3,7'],
    [[2, 4, 5, 9, 10, 11], '2,4-5,9-11'],
  ])('%j ↔ %s', (list, text) => {
    expect(encodeShards(list)).toBe(text);
    expect(decodeShards(text)).toEqual(list);
  });
});

describe('the table', () => {
  it('counts each piece once per provision and lists its shards', () => {
    const t = new PairTableBuilder();
    t.add('问责、问责。诫勉', 0);
    t.add('问责', 0);
    t.add('诫勉谈话', 2);
    const all = Object.assign({}, ...t.buckets(1)) as Record<string, PairEntry>;
    expect(all['问责']).toEqual([2, '0']);
    expect(all['诫勉']).toEqual([2, '0,2']);
    expect(all['责诫']).toEqual([1, '0']);
    expect(all['谈话']).toEqual([1, '2']);
    expect(all['问']).toEqual([2, '0']);
    expect(all['勉']).toEqual([2, '0,2']);
    expect(all['勉谈']).toEqual([1, '2']);
  });

  it('folds traditional characters like the query', () => {
    expect([...pieceKeys('問責')]).toEqual(['问责', '问', '责']);
  });
});

describe('planning a query', () => {
  const table: Record<string, PairEntry> = { 组织: [900, '0-3'], 织调: [40, '1,3'], 调整: [300, '0-3'], 诫勉: [12, '0,2'], 诫: [12, '0,2'], 量子: [2, '3'] };
  const lookup = (k: string) => table[k];

  it('hands Pagefind the rarest piece and searches only the shards holding every piece', () => {
    expect(planQuery(prepareQuery('组织调整').pieces, lookup, 4)).toEqual({ term: '织调', shards: [1, 3], bound: 40 });
    expect(planQuery(prepareQuery('诫勉').pieces, lookup, 4)).toEqual({ term: '诫勉', shards: [0, 2], bound: 12 });
  });

  it('searches no shard when a piece occurs nowhere, or when the pieces share no shard', () => {
    expect(planQuery(prepareQuery('量子纠缠').pieces, lookup, 4).shards).toEqual([]);
    expect(planQuery(prepareQuery('量子纠缠').pieces, lookup, 4).bound).toBe(0);
    expect(planQuery(['诫勉', '量子'], lookup, 4)).toEqual({ term: '量子', shards: [], bound: 2 });
  });

  it('uses single characters, and searches every shard when nothing Han is asked', () => {
    expect(planQuery(prepareQuery('诫').pieces, lookup, 4)).toEqual({ term: '诫', shards: [0, 2], bound: 12 });
    expect(planQuery(prepareQuery('2017').pieces, lookup, 4)).toEqual({ term: '2017', shards: [0, 1, 2, 3], bound: Number.POSITIVE_INFINITY });
  });
});
