/**
 * The records of each filter value as ranges (src/lib/search/filter-ranges.ts),
 * checked against the seeds' documents.
 */
import { describe, expect, it } from 'vitest';
import { decodeRanges, encodeRanges, FilterRangesBuilder, inRanges, intersectRanges, overlaps, rangeFileOf } from '../../../src/lib/search/filter-ranges.ts';
import { getCorpus } from '../../../src/data/corpus.ts';
import { documentFilters, searchUnits } from '../../../src/lib/search/records.ts';
import { errorOf } from '../../support/thrown.ts';

describe('encodeRanges', () => {
  it.each([[[]], [[[0, 16]]], [[[0, 16], [40, 41], [1295, 100000]]]] as [number, number][][][])('%j round-trips', (r) => {
    expect(decodeRanges(encodeRanges(r))).toEqual(r);
  });
  it('writes base 36', () => expect(encodeRanges([[0, 16], [40, 41]])).toBe('0-g,14-15'));
});

describe('range arithmetic', () => {
  it('intersects', () => {
    expect(intersectRanges([[0, 10], [20, 30]], [[5, 25]])).toEqual([[5, 10], [20, 25]]);
    expect(intersectRanges([[0, 10]], [[10, 20]])).toEqual([]);
    expect(intersectRanges([], [[0, 5]])).toEqual([]);
  });
  it('tells overlap and membership', () => {
    const r: [number, number][] = [[3, 5], [9, 12]];
    expect([0, 3, 4, 5, 8, 9, 11, 12].map((x) => inRanges(r, x))).toEqual([false, true, true, false, false, true, true, false]);
    expect(overlaps(r, 5, 9)).toBe(false);
    expect(overlaps(r, 5, 10)).toBe(true);
    expect(overlaps(r, 0, 4)).toBe(true);
  });
});

describe('FilterRangesBuilder', () => {
  it('merges consecutive documents of a value and refuses documents out of order', () => {
    const b = new FilterRangesBuilder();
    b.add({ year: ['2016'], doc: ['甲'] }, 0, 5);
    b.add({ year: ['2016'], doc: ['乙'] }, 5, 9);
    b.add({ year: ['2017'], doc: ['甲'] }, 9, 9); // no records: nothing
    b.add({ year: ['2017'], doc: ['甲'] }, 12, 20);
    const files = b.files(1);
    const get = (k: string, v: string) => decodeRanges(files[k]![rangeFileOf(v, files[k]!.length)]![v]!);
    expect(get('year', '2016')).toEqual([[0, 9]]);
    expect(get('year', '2017')).toEqual([[12, 20]]);
    expect(get('doc', '甲')).toEqual([[0, 5], [12, 20]]);
    expect(files.year!.length).toBe(2);
    expect(errorOf(() => b.add({ year: ['2017'] }, 15, 30)).message).toMatch(/corpus order/);
  });

  it('gives, on the seeds, exactly the records of each filter value', () => {
    const b = new FilterRangesBuilder();
    const owner: Record<string, string[]>[] = [];
    for (const d of getCorpus().documents) {
      const n = searchUnits(d).length;
      const f = documentFilters(d.meta);
      b.add(f, owner.length, owner.length + n);
      for (let i = 0; i < n; i++) owner.push(f);
    }
    const files = b.files(3);
    let checked = 0;
    for (const [key, list] of Object.entries(files)) {
      for (const file of list) {
        for (const [value, enc] of Object.entries(file)) {
          const ranges = decodeRanges(enc);
          const want = owner.flatMap((f, r) => ((f[key] ?? []).includes(value) ? [r] : []));
          const got = owner.flatMap((_, r) => (inRanges(ranges, r) ? [r] : []));
          expect(got, `${key}=${value}`).toEqual(want);
          expect(file).toBe(list[rangeFileOf(value, list.length)]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
