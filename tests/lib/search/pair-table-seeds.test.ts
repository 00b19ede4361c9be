/**
 * The pair table and the shard plan on the seeds (src/lib/search/pair-table.ts,
 * src/lib/search/shard-plan.ts): every key in the bucket bucketOf names, every
 * piece key numbered one way, and the shard of each document the one the index
 * build (planShards) puts its records in. Moved out of pair-table.test.ts: these
 * read every seed and take seconds, which mutation testing pays for every mutant.
 */
import { describe, expect, it } from 'vitest';
import { bucketOf, PairTableBuilder, pieceCode, pieceCodes, pieceKeys, pieceOfCode } from '../../../src/lib/search/pair-table.ts';
import { shardCount, shardOfDocuments } from '../../../src/lib/search/shard-plan.ts';
import { planShards } from '../../../src/integrations/pagefind.ts';
import { buildRecords, searchUnits } from '../../../src/lib/search/records.ts';
import { getCorpus } from '../../../src/data/corpus.ts';
import { errorOf } from '../../support/thrown.ts';

describe('the table on the seeds', () => {
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
    expect(errorOf(() => pieceCode('a')).message).toMatch(/one or two Han characters, got "a"/);
    expect(errorOf(() => pieceCode('问责制')).message).toMatch(/got "问责制"/);
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
