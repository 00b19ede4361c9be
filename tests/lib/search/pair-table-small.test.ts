/**
 * The pair table's keys and runs of shards (src/lib/search/pair-table.ts) on
 * hand-written text, with expectations worked out by hand: how a piece key is
 * numbered (a character c → c − U+4E00, a pair ab → 20,992 + (a − U+4E00) ·
 * 20,992 + (b − U+4E00)), which keys a provision gives, the runs of shards a key
 * is counted in, one shard for a corpus that fits one, and the buckets.
 * pair-table-seeds.test.ts checks the same over every seed (seconds a run).
 */
import { describe, expect, it } from 'vitest';
import { bucketOf, grownInt32, PairTableBuilder, pieceCode, pieceCodes, pieceKeys, pieceOfCode } from '../../../src/lib/search/pair-table.ts';
import { errorOf } from '../../support/thrown.ts';

const HAN = 0x9fff - 0x4e00 + 1; // 20,992

describe('piece keys and their numbers', () => {
  it('numbers characters from U+4E00 and pairs after every character', () => {
    expect(pieceCode('一')).toBe(0);
    expect(pieceCode('丁')).toBe(1);
    expect(pieceCode('鿿')).toBe(HAN - 1);
    expect(pieceCode('一一')).toBe(HAN);
    expect(pieceCode('一丁')).toBe(HAN + 1);
    expect(pieceCode('丁一')).toBe(HAN + HAN);
    expect(pieceCode('鿿鿿')).toBe(HAN + (HAN - 1) * HAN + HAN - 1);
    expect(pieceCode('鿿鿿')).toBeLessThan(2 ** 30);
    for (const k of ['一', '鿿', '一一', '问责', '鿿一', '一鿿']) expect(pieceOfCode(pieceCode(k))).toBe(k);
  });

  it('refuses anything but one or two Han characters, naming the key', () => {
    for (const bad of ['a', '', '问责制', '问a', 'a问', '〇', '〇〇', '问〇', '\u9fff\ua000', '\ua000']) {
      expect(errorOf(() => pieceCode(bad)).message, bad).toContain(`piece key: expected one or two Han characters, got "${bad}"`);
    }
  });

  it('gives the pairs first, then the characters, each once, punctuation and Latin aside', () => {
    expect([...pieceKeys('问责，诫勉。问责')]).toEqual(['问责', '责诫', '诫勉', '勉问', '问', '责', '诫', '勉']);
    expect(pieceCodes('问责，诫勉。问责')).toEqual([...pieceKeys('问责，诫勉。问责')].map(pieceCode));
    expect([...pieceKeys('第6条A款')]).toEqual(['第', '条', '款']);
    expect([...pieceKeys('abc 123')]).toEqual([]);
    expect([...pieceKeys('问')]).toEqual(['问']);
  });
});

describe('grownInt32', () => {
  it('keeps an array long enough as it is', () => {
    const a = Int32Array.from([1, 2, 3]);
    expect(grownInt32(a, 3)).toBe(a);
    expect(grownInt32(a, 2)).toBe(a);
  });

  it('grows by doubling, at least to 16 and to n, keeping the values and filling the rest', () => {
    const a = Int32Array.from([1, 2, 3]);
    expect([...grownInt32(a, 4)]).toEqual([1, 2, 3, ...Array(13).fill(0)]);
    expect([...grownInt32(a, 4, -1)]).toEqual([1, 2, 3, ...Array(13).fill(-1)]);
    expect(grownInt32(Int32Array.from(Array(20).fill(7)), 21).length).toBe(40);
    expect(grownInt32(Int32Array.from(Array(20).fill(7)), 50).length).toBe(50);
  });
});

describe('PairTableBuilder', () => {
  const entry = (t: PairTableBuilder, key: string) => Object.assign({}, ...t.buckets(1000))[key];

  it('writes the shards a key is counted in as runs, as encodeShards does', () => {
    const t = new PairTableBuilder();
    for (const shard of [0, 1, 2, 4, 6, 7, 9]) t.add('诫勉', shard);
    t.add('诫勉', 9); // the same shard again: counted, no new run
    expect(entry(t, '诫勉')).toEqual([8, '0-2,4,6-7,9']);
    expect(entry(t, '诫')).toEqual([8, '0-2,4,6-7,9']);
  });

  it('counts by codes and keys alike, and numbers keys in order of first sight', () => {
    const t = new PairTableBuilder();
    t.addCodes(pieceCodes('问责'), 3);
    t.addKeys(['问', '诫'], 5);
    expect(t.size).toBe(4);
    expect([...t.codes()].map(pieceOfCode)).toEqual(['问责', '问', '责', '诫']);
    expect(t.idOf(pieceCode('问'))).toBe(1);
    expect(t.idOf(pieceCode('勉'))).toBeUndefined();
    expect(t.dfOf(1)).toBe(2);
    expect(t.dfOf(3)).toBe(1);
    expect(entry(t, '问')).toEqual([2, '3,5']);
    expect(entry(t, '诫')).toEqual([1, '5']);
  });

  it('puts every key in shard 0 when the corpus fits one shard', () => {
    const t = new PairTableBuilder();
    t.add('问责', 0);
    t.add('问责', 2);
    t.add('诫勉', 5);
    t.singleShard();
    expect(entry(t, '问责')).toEqual([2, '0']);
    expect(entry(t, '诫勉')).toEqual([1, '0']);
    t.add('诫勉', 0);
    expect(entry(t, '诫勉')).toEqual([2, '0']);
  });

  it('cuts the table into ceil(size / perBucket) buckets, each key where bucketOf says, sorted', () => {
    const t = new PairTableBuilder();
    t.add('中国共产党问责条例规定了问责的对象和方式', 0);
    expect(t.size).toBe(36); // 18 pairs and 18 characters (问责 twice)
    const buckets = t.buckets(10);
    expect(buckets.length).toBe(4);
    expect(buckets.reduce((n, b) => n + Object.keys(b).length, 0)).toBe(36);
    buckets.forEach((b, i) => {
      const keys = Object.keys(b);
      expect(keys).toEqual([...keys].sort());
      for (const k of keys) expect(bucketOf(k, 4)).toBe(i);
    });
    expect(new PairTableBuilder().buckets()).toEqual([{}]);
  });

  it('puts every key in bucket 0 of one bucket', () => {
    expect(bucketOf('问责', 1)).toBe(0);
    expect(bucketOf('问责', 0)).toBe(0);
  });
});
