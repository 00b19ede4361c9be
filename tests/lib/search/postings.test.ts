/**
 * Postings of rare pieces and record blocks (src/lib/search/postings.ts) on small inputs; the
 * recall check over the seeds (every provision containing a query is among the candidates) is in
 * postings-seeds.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  BlockWriter,
  blockOf,
  decodePostings,
  encodePostings,
  intersectSorted,
  passesFilters,
  keyPath,
  partCount,
  partSpan,
  postingBucketOf,
  PostingsBuilder,
  RECORDS_PER_BLOCK,
} from '../../../src/lib/search/postings.ts';
import { errorOf } from '../../support/thrown.ts';

describe('postings encoding', () => {
  it.each([[[]], [[0]], [[3, 4, 40]], [[35, 36, 1295, 1296, 100000]]])('%j round-trips', (ids) => {
    expect(decodePostings(encodePostings(ids))).toEqual(ids);
  });

  it('writes gaps in base 36', () => {
    expect(encodePostings([3, 4, 40])).toBe('3,1,10');
  });

  it('refuses lists that are not ascending', () => {
    expect(errorOf(() => encodePostings([4, 4])).message).toMatch(/ascending/);
    expect(errorOf(() => encodePostings([5, 2])).message).toMatch(/ascending/);
    expect(errorOf(() => encodePostings([-1])).message).toMatch(/ascending/);
  });
});

describe('intersectSorted', () => {
  it('keeps what every list holds, in order', () => {
    expect(intersectSorted([[1, 3, 5, 7, 9], [3, 4, 5, 9], [0, 3, 9, 12]])).toEqual([3, 9]);
    expect(intersectSorted([[1, 2], []])).toEqual([]);
    expect(intersectSorted([[2, 8]])).toEqual([2, 8]);
    expect(intersectSorted([])).toEqual([]);
  });
});

describe('partSpan', () => {
  it('is the smallest power of two at which a part holds about PART_POSTINGS postings, at most the whole corpus', () => {
    expect(partSpan(1000, 100_000, 100)).toBe(16_384); // 1000 × 16384 / 100000 ≈ 164 ≥ 100 > 82
    expect(partSpan(100_000, 100_000, 100)).toBe(128);
    expect(partSpan(50, 100_000, 100)).toBe(131_072); // fewer than a part's worth: one part
    expect(partCount(131_072, 100_000)).toBe(1);
    expect(partCount(128, 100_000)).toBe(782);
  });

  it('nests: a commoner key never has longer parts', () => {
    let last = Infinity;
    for (const df of [1, 10, 500, 501, 4000, 9999, 50_000, 150_000]) {
      const s = partSpan(df, 150_679);
      expect(Math.log2(s) % 1, `${df}: a power of two`).toBe(0);
      expect(s).toBeLessThanOrEqual(last);
      last = s;
    }
  });
});

describe('keyPath', () => {
  it('names a key by its code points in hex', () => {
    expect(keyPath('条例')).toBe('6761-4f8b');
    expect(keyPath('的')).toBe('7684');
    expect(keyPath('𠀀乙')).toBe('20000-4e59');
  });
});

describe('PostingsBuilder', () => {
  it('cuts a common key into parts by record range, empty parts included, and keeps rare keys whole', () => {
    const b = new PostingsBuilder(2);
    const common = [0, 1, 2, 9, 10, 40, 41, 63, 200_000];
    for (const r of common) b.add(['规定', r === 9 ? '诫勉' : '规定'], r);
    b.add(['诫勉'], 300_000);
    const records = 300_001;
    const parts = b.parts(records, 2);
    const span = partSpan(common.length, records, 2);
    expect(parts.length).toBe(partCount(span, records));
    expect(parts.map((p) => p.path)).toEqual(Array.from({ length: parts.length }, (_, i) => `${keyPath('规定')}/${i}`));
    const decoded = parts.map((p) => decodePostings(p.postings));
    decoded.forEach((ids, i) => expect(ids.every((r) => r >= i * span && r < (i + 1) * span), `part ${i}`).toBe(true));
    expect(decoded.flat()).toEqual(common);
    expect(decoded.some((ids) => ids.length === 0), 'empty parts are published too').toBe(true);
    const all = Object.assign({}, ...b.buckets(1)) as Record<string, string>;
    expect(decodePostings(all['诫勉']!)).toEqual([9, 300_000]);
    expect(all['规定']).toBeUndefined();
  });

  it('refuses records out of order', () => {
    const b = new PostingsBuilder(5);
    b.add(['问责'], 7);
    expect(errorOf(() => b.add(['问责'], 3)).message).toMatch(/ascending/);
  });

  it('publishes the keys held by at most max records, each record once', () => {
    const b = new PostingsBuilder(2);
    b.add(['问责', '诫勉'], 0);
    b.add(['问责', '问责'], 1);
    b.add(['问责', '谈话'], 5);
    const all = Object.assign({}, ...b.buckets(1)) as Record<string, string>;
    expect(all['问责'], 'held by 3 records: common').toBeUndefined();
    expect(decodePostings(all['诫勉']!)).toEqual([0]);
    expect(decodePostings(all['谈话']!)).toEqual([5]);
    expect(b.size).toBe(2);
  });

  it('puts each key in the file postingBucketOf names', () => {
    const b = new PostingsBuilder(10);
    const keys = ['问责', '诫勉', '谈话', '组织', '处理', '党纪', '调整'];
    keys.forEach((k, i) => b.add([k], i));
    const files = b.buckets(2);
    expect(files.length).toBe(4);
    for (const k of keys) expect(files[postingBucketOf(k, files.length)]![k], k).toBeDefined();
    expect(files.reduce((n, f) => n + Object.keys(f).length, 0)).toBe(keys.length);
  });

  it('publishes nothing at max 0', () => {
    const b = new PostingsBuilder(0);
    b.add(['问责'], 0);
    expect(b.buckets()).toEqual([]);
    expect(b.parts(1)).toEqual([]);
  });
});

describe('BlockWriter', () => {
  it('numbers records in order and cuts blocks of RECORDS_PER_BLOCK, naming their documents once', () => {
    const w = new BlockWriter();
    const doc = (slug: string) => ({ slug, shortTitle: slug, path: `/regulations/${slug}/`, filters: { doc: [slug] } });
    const units = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `art-${i + 1}`, label: `第${i + 1}条`, text: `text ${i}` }));
    expect(w.addDocument(doc('a'), units(RECORDS_PER_BLOCK - 1))).toEqual(Array.from({ length: RECORDS_PER_BLOCK - 1 }, (_, i) => i));
    const ids = w.addDocument(doc('b'), units(3));
    expect(ids).toEqual([RECORDS_PER_BLOCK - 1, RECORDS_PER_BLOCK, RECORDS_PER_BLOCK + 1]);
    const blocks = w.finish();
    expect(blocks.length).toBe(2);
    expect(blocks[0]!.docs.map((d) => d.slug)).toEqual(['a', 'b']);
    expect(blocks[0]!.records.length).toBe(RECORDS_PER_BLOCK);
    expect(blocks[1]!.docs.map((d) => d.slug)).toEqual(['b']);
    const last = ids[2]!;
    expect(blocks[blockOf(last)]!.records[last % RECORDS_PER_BLOCK]).toEqual([0, 'art-3', '第3条', 'text 2']);
  });
});

describe('passesFilters', () => {
  it('needs every chosen value, ignores empty ones', () => {
    const v = { doc: ['日照问责办法'], class: ['规范性文件'], year: ['2017'] };
    expect(passesFilters(v, undefined)).toBe(true);
    expect(passesFilters(v, { doc: '日照问责办法', class: '' })).toBe(true);
    expect(passesFilters(v, { doc: '日照问责办法', year: '2016' })).toBe(false);
    expect(passesFilters(v, { issuer: '中共中央' })).toBe(false);
  });
});
