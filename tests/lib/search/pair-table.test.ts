/**
 * The pair table the search page plans a query with (src/lib/search/pair-table.ts)
 * and the shard of each document (src/lib/search/shard-plan.ts), which must be
 * the shard the index build puts its records in (planShards).
 */
import { describe, expect, it } from 'vitest';
import { bucketOf, decodeShards, encodeShards, PairTableBuilder, pieceCode, pieceCodes, pieceKeys, pieceOfCode, planQuery, type PairEntry } from '../../../src/lib/search/pair-table.ts';
import { shardCount, shardOfDocuments } from '../../../src/lib/search/shard-plan.ts';
import { planShards } from '../../../src/integrations/pagefind.ts';
import { buildRecords, searchUnits } from '../../../src/lib/search/records.ts';
import { getCorpus } from '../../../src/data/corpus.ts';
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

  it('puts every key in the bucket bucketOf names, keys sorted', () => {
    const t = new PairTableBuilder();
    for (const d of getCorpus().documents) for (const u of searchUnits(d)) t.add(u.text, 0);
    const buckets = t.buckets(500);
    expect(buckets.length).toBe(Math.ceil(t.size / 500));
    let n = 0;
    buckets.forEach((b, i) => {
      const keys = Object.keys(b);
      n += keys.length;
      expect(keys).toEqual([...keys].sort());
      for (const k of keys) expect(bucketOf(k, buckets.length)).toBe(i);
    });
    expect(n).toBe(t.size);
  });

  it('numbers every piece key one way (pieceCode), and pieceCodes gives pieceKeys in the same order', () => {
    const seen = new Map<number, string>();
    for (const d of getCorpus().documents.slice(0, 20)) {
      for (const u of searchUnits(d)) {
        const keys = [...pieceKeys(u.text)];
        expect(pieceCodes(u.text).map(pieceOfCode)).toEqual(keys);
        for (const k of keys) {
          const c = pieceCode(k);
          expect(pieceOfCode(c)).toBe(k);
          expect(seen.get(c) ?? k, `${k} and ${seen.get(c)} share ${c}`).toBe(k);
          seen.set(c, k);
          expect(c).toBeLessThan(2 ** 30);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(1000);
    expect(pieceCode('一')).toBe(0);
    expect(pieceCode('鿿')).toBe(0x9fff - 0x4e00);
    expect(pieceOfCode(pieceCode('鿿一'))).toBe('鿿一');
    expect(() => pieceCode('a')).toThrow(/one or two Han characters, got "a"/);
    expect(() => pieceCode('问责制')).toThrow(/got "问责制"/);
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

describe('the shard of each document', () => {
  it('is the shard the index build puts its records in', () => {
    const docs = getCorpus().documents;
    const records = buildRecords(docs, '/');
    for (const limit of [1, 7, 60, 200, 1000, 1_000_000]) {
      const plan = planShards(records, limit);
      const shardOfUrl = new Map(plan.flatMap((s, n) => s.map((r) => [r.url.split('#')[0]!, n] as const)));
      const ours = shardOfDocuments(
        docs.map((d) => ({ key: d.meta.slug, count: searchUnits(d).length })),
        limit,
      );
      docs.forEach((d, i) => {
        if (searchUnits(d).length) expect(ours[i], `${d.meta.slug} at ${limit}`).toBe(shardOfUrl.get(records.find((r) => r.url.startsWith(`/regulations/${d.meta.slug}/`) || r.url.startsWith(`/commentary/${d.meta.slug}/`))!.url.split('#')[0]!));
      });
      expect(shardCount(ours), `shards at ${limit}`).toBe(plan.length);
    }
  });
});
