/**
 * The postings written while the records arrive (src/lib/search/postings-stream.ts):
 * the same parts and files as the batch builder (PostingsBuilder), each part
 * emitted as soon as the records pass its range and not before, and no list
 * held for a range the records have passed.
 */
import { describe, expect, it } from 'vitest';
import { PairTableBuilder, pieceCode } from '../../../src/lib/search/pair-table.ts';
import { partSpan, PostingsBuilder, type PostingBucket, type PostingPart } from '../../../src/lib/search/postings.ts';
import { PostingsStream } from '../../../src/lib/search/postings-stream.ts';
import { errorOf } from '../../support/thrown.ts';

/** A deterministic corpus of `n` records over 26 keys (Han characters) whose frequencies differ widely (一 in every record, 个 rarely), with runs and gaps. */
function fixture(n: number): string[][] {
  const letters = '一丁七万丈三上下不与丐丑专且世丘丙业丛东丝丢两严丧个';
  return Array.from({ length: n }, (_, r) => {
    const keys: string[] = [];
    letters.split('').forEach((k, i) => {
      // key i appears in about 1/(i+1) of the records, in bursts for odd i
      const burst = i % 2 === 1 ? Math.floor(r / 97) % 3 === 0 : true;
      if (burst && (r * 7919 + i * 104729) % (i + 1) === 0) keys.push(k);
    });
    // a key that only the first and the last record hold
    if (r === 0 || r === n - 1) keys.push('甲乙');
    return keys;
  });
}

function countsOf(records: string[][]): PairTableBuilder {
  const t = new PairTableBuilder();
  for (const keys of records) t.addKeys(keys, 0);
  return t;
}

function batch(records: string[][], max: number, perPart: number) {
  const b = new PostingsBuilder(max);
  records.forEach((keys, r) => b.add(keys, r));
  return { parts: b.parts(records.length, perPart), buckets: b.buckets() };
}

describe('PostingsStream', () => {
  it.each([
    [1000, 20, 16],
    [2000, 50, 32],
    [777, 0, 16],
    [500, 10_000, 16],
    [1, 0, 16],
  ])('gives the batch builder’s parts and files (%i records, max %i, %i per part)', (n, max, perPart) => {
    const records = fixture(n);
    const parts = new Map<string, string>();
    const buckets: PostingBucket[] = [];
    const s = new PostingsStream(countsOf(records), n, max, (p) => {
      expect(parts.has(p.path), `${p.path} emitted twice`).toBe(false);
      parts.set(p.path, p.postings);
    }, perPart);
    records.forEach((keys, r) => s.add(keys.map(pieceCode), r));
    const files = s.finish((b, i) => {
      expect(i).toBe(buckets.length);
      buckets.push(b);
    });
    const expected = batch(records, max, perPart);
    expect(new Map(expected.parts.map((p) => [p.path, p.postings]))).toEqual(parts);
    expect(files).toBe(expected.buckets.length);
    expect(buckets.map((b) => JSON.stringify(b))).toEqual(expected.buckets.map((b) => JSON.stringify(b)));
    if (max === 0) expect(parts.size + buckets.length).toBe(0);
    if (max === 20) expect(parts.size).toBeGreaterThan(10);
  });

  it('emits a part as soon as the records pass its range, never before, and holds no list of a passed range', () => {
    const n = 2000;
    const perPart = 16;
    const records = fixture(n);
    const counts = countsOf(records);
    const span = (key: string) => partSpan(counts.dfOf(counts.idOf(pieceCode(key))!), n, perPart);
    const emitted: (PostingPart & { at: number })[] = [];
    let at = -1;
    const s = new PostingsStream(counts, n, 20, (p) => emitted.push({ ...p, at }), perPart);
    for (let r = 0; r < n; r++) {
      at = r;
      s.add(records[r]!.map(pieceCode), r);
      for (const h of s.heldParts()) {
        // what is held is the part the current record falls in, for each key
        expect(h.part, `${h.key} at record ${r}`).toBe(Math.floor(r / span(h.key)));
      }
    }
    const before = emitted.length;
    s.finish(() => undefined);
    const byKey = new Map<string, number>();
    for (const e of emitted.slice(0, before)) {
      const [hex, part] = e.path.split('/');
      const key = String.fromCodePoint(...hex!.split('-').map((h) => parseInt(h, 16)));
      const sp = span(key);
      // emitted when the first record past its range arrived, exactly
      expect(e.at, e.path).toBe((Number(part) + 1) * sp);
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    // common keys with several parts had them written along the way, not at the end
    expect(byKey.get('一')).toBeGreaterThan(10);
    expect(before).toBeGreaterThan(emitted.length / 2);
  });

  it('fails on a key the first pass did not count, on more records than it counted, and on records out of order', () => {
    const records = fixture(100);
    const counts = countsOf(records);
    expect(errorOf(() => new PostingsStream(counts, 100, 5, () => undefined).add([pieceCode('未计')], 0)).message).toMatch(/未计 \(record 0\) was not counted by the first pass/);
    const s = new PostingsStream(counts, 100, 1000, () => undefined);
    s.add([pieceCode('甲乙')], 0);
    s.add([pieceCode('甲乙')], 1);
    expect(errorOf(() => s.add([pieceCode('甲乙')], 2)).message).toMatch(/甲乙 is held by more records than the first pass counted \(2\)/);
    expect(errorOf(() => s.add([pieceCode('一')], 0)).message).toMatch(/out of order/);
    expect(errorOf(() => s.add([pieceCode('一')], 100)).message).toMatch(/beyond the 100 records/);
    const two = countsOf([['甲乙', '丙'], ['甲乙', '丙'], ['丙']]);
    for (const max of [1000, 1]) {
      // 甲乙 published whole (max 1000) or in parts (max 1): one record of the two counted is missing
      const short = new PostingsStream(two, 3, max, () => undefined);
      short.add(['甲乙', '丙'].map(pieceCode), 0);
      short.add([pieceCode('丙')], 1);
      short.add([pieceCode('丙')], 2);
      expect(errorOf(() => short.finish(() => undefined)).message, `max ${max}`).toMatch(/甲乙 is held by 1 records, the first pass counted 2/);
    }
  });
});
