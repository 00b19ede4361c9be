/**
 * Postings and record blocks (src/lib/search/postings.ts) on small hand-built inputs with
 * hand-worked expectations: what the module's comments promise of the list format (base-36 gaps),
 * the builder (records in ascending order, each once; keys held by at most `max` records whole,
 * sorted in their files, the others in parts by record range, every record within the corpus) and
 * the block writer (blocks of RECORDS_PER_BLOCK consecutive records naming their documents).
 * Written for branch mutate6a so that postings.ts can be mutation-tested without the seeds.
 */
import { describe, expect, it } from 'vitest';
import {
  BlockWriter,
  blockOf,
  decodePostings,
  encodePostings,
  intersectSorted,
  partCount,
  partSpan,
  postingBucketOf,
  PostingsBuilder,
  RECORDS_PER_BLOCK,
  type BlockDocument,
} from '../../../src/lib/search/postings.ts';
import { errorOf } from '../../support/thrown.ts';

/** All published postings files merged: key → encoded list. */
const merged = (b: PostingsBuilder, perBucket?: number) => Object.assign({}, ...b.buckets(perBucket)) as Record<string, string>;

describe('the list format', () => {
  it('writes the first record number, then the gaps, in base 36', () => {
    expect(encodePostings([0])).toBe('0');
    expect(encodePostings([36])).toBe('10');
    expect(encodePostings([0, 36, 37])).toBe('0,10,1');
    expect(encodePostings([35, 71])).toBe('z,10');
    expect(encodePostings([])).toBe('');
    expect(decodePostings('a,1')).toEqual([10, 11]);
    expect(decodePostings('z,10,1')).toEqual([35, 71, 72]);
  });

  it('refuses record numbers that are not integers, naming the list', () => {
    expect(errorOf(() => encodePostings([1.5])).message).toContain('postings must be ascending non-negative integers, got 1.5');
    expect(errorOf(() => encodePostings([0, 2.5])).message).toContain('got 0,2.5');
    expect(errorOf(() => encodePostings([Number.NaN])).message).toMatch(/ascending/);
    // 0 first is allowed, a gap of 0 after it is not
    expect(errorOf(() => encodePostings([0, 0])).message).toContain('got 0,0');
  });
});

describe('intersectSorted', () => {
  it('gives the records every list holds, ascending, whatever the order of the lists', () => {
    expect(intersectSorted([[0, 2, 4, 6, 8, 10], [4, 10], [1, 4, 7, 10, 13]])).toEqual([4, 10]);
    expect(intersectSorted([[4, 10], [0, 2, 4, 6, 8, 10]])).toEqual([4, 10]);
    expect(intersectSorted([[5], [5], [5]])).toEqual([5]);
    expect(intersectSorted([[], [1]])).toEqual([]);
  });

  it('does not change the lists it is given', () => {
    const lists = [[1, 2, 3], [2]];
    intersectSorted(lists);
    expect(lists).toEqual([[1, 2, 3], [2]]);
  });
});

describe('blocks and parts by record number', () => {
  it('puts RECORDS_PER_BLOCK consecutive records in a block', () => {
    expect(RECORDS_PER_BLOCK).toBe(16);
    expect([0, 15, 16, 31, 32, 1000].map(blockOf)).toEqual([0, 0, 1, 1, 2, 62]);
  });

  it('doubles the span until a part holds perPart postings, never beyond the first power of two covering the corpus', () => {
    // 10 of 100 records, 4 a part (400 postings' worth of records): 10 · 32 = 320 < 400, 10 · 64 = 640
    expect(partSpan(10, 100, 4)).toBe(64);
    // 50 of 100 records, 4 a part: 50 · 8 = 400
    expect(partSpan(50, 100, 4)).toBe(8);
    // a corpus of one record: span 1; a key held by no record: the whole corpus
    expect(partSpan(1, 1, 4)).toBe(1);
    expect(partSpan(0, 100, 4)).toBe(128);
    expect(partCount(64, 100)).toBe(2);
    expect(partCount(8, 100)).toBe(13);
    expect(partCount(128, 100)).toBe(1);
    // an empty corpus still has one (empty) part
    expect(partCount(1, 0)).toBe(1);
  });
});

describe('PostingsBuilder', () => {
  it('refuses a limit that is not a non-negative integer', () => {
    expect(errorOf(() => new PostingsBuilder(-1)).message).toContain('postings limit: expected a non-negative integer, got -1');
    expect(errorOf(() => new PostingsBuilder(1.5)).message).toContain('got 1.5');
    expect(errorOf(() => new PostingsBuilder(Number.NaN)).message).toMatch(/non-negative integer/);
    expect(new PostingsBuilder(0).max).toBe(0);
  });

  it('keeps long ascending lists exactly (gaps of one to five bytes as varints, the store growing)', () => {
    // gaps after the first record (record − last − 1): 127, 128, 16,383, 16,384, 2^28
    const records = [0, 128, 257, 16_641, 33_026, 33_026 + 2 ** 28 + 1];
    const b = new PostingsBuilder(1000);
    for (const r of records) b.add(['问责'], r);
    expect(merged(b)['问责']).toBe('0,3k,3l,cn4,cn5,4fti4h');
    // 300 records with gaps 1, 2, 3, …: the store grows many times over
    const many: number[] = [];
    for (let i = 0, r = 5; i < 300; i++, r += i) many.push(r);
    const c = new PostingsBuilder(1000);
    for (const r of many) c.add(['诫勉'], r);
    expect(decodePostings(merged(c)['诫勉']!)).toEqual(many);
    expect(c.size).toBe(300);
  });

  it('counts a record once however often it names a key, and only the keys published whole', () => {
    const b = new PostingsBuilder(2);
    b.add(['问责', '问责', '谈话'], 0);
    b.add(['问责'], 0);
    b.add(['问责'], 4);
    b.add(['问责', '处理'], 9);
    expect(merged(b)).toEqual({ 处理: '9', 谈话: '0' });
    expect(b.size).toBe(2);
    // 问责 (3 records) is cut into parts of the 10 records
    const parts = b.parts(10, 1);
    // span: 3 · 4 ≥ 10 first at 4, so parts [0, 4), [4, 8), [8, 10)
    expect(parts).toEqual([
      { path: '95ee-8d23/0', postings: '0' },
      { path: '95ee-8d23/1', postings: '4' },
      { path: '95ee-8d23/2', postings: '9' },
    ]);
  });

  it('names the key and both records when a record comes before the last', () => {
    const b = new PostingsBuilder(5);
    b.add(['谈话', '问责'], 7);
    expect(errorOf(() => b.add(['问责'], 6)).message).toContain('postings: records must come in ascending order (问责: 6 after 7)');
  });

  it('sorts the keys of each file, and makes one file when the postings fit', () => {
    const b = new PostingsBuilder(3);
    ['题', '任', '问', '责'].forEach((k, i) => b.add([k], i));
    const files = b.buckets();
    expect(files.length).toBe(1);
    expect(Object.keys(files[0]!)).toEqual(['任', '责', '问', '题']);
    expect(postingBucketOf('问', 1)).toBe(0);
    // 4 postings, 3 a file: 2 files
    expect(b.buckets(3).length).toBe(2);
    for (const f of b.buckets(1)) expect(Object.keys(f)).toEqual(Object.keys(f).sort());
  });

  it('counts a key held by exactly max records among those published whole', () => {
    const b = new PostingsBuilder(2);
    b.add(['问责', '谈话'], 0);
    b.add(['问责'], 3);
    b.add(['处理'], 4);
    b.add(['处理'], 5);
    b.add(['处理'], 6);
    // 问责 (2 records) and 谈话 (1) whole; 处理 (3) in parts
    expect(b.size).toBe(3);
    expect(merged(b)).toEqual({ 问责: '0,3', 谈话: '0' });
    // 3 postings, 2 a file: 2 files (with 1 posting counted, there would be one)
    expect(b.buckets(2).length).toBe(2);
  });

  it('publishes no file when every key is common', () => {
    const b = new PostingsBuilder(1);
    b.add(['问'], 0);
    b.add(['问'], 1);
    expect(b.buckets()).toEqual([]);
    expect(b.size).toBe(0);
    expect(b.parts(2).map((p) => p.path)).toEqual(['95ee/0']);
  });

  it('cuts common keys in key order, each part holding only its range', () => {
    const b = new PostingsBuilder(1);
    // 问 (U+95EE) seen first, 责 (U+8D23) sorts first
    for (const r of [0, 1, 2, 3]) b.add(['问', '责'], r);
    // 4 of 4 records, 2 a part: span 2
    expect(b.parts(4, 2)).toEqual([
      { path: '8d23/0', postings: '0,1' },
      { path: '8d23/1', postings: '2,1' },
      { path: '95ee/0', postings: '0,1' },
      { path: '95ee/1', postings: '2,1' },
    ]);
  });

  it('refuses parts of a corpus smaller than its records say', () => {
    const b = new PostingsBuilder(1);
    b.add(['问'], 0);
    b.add(['问'], 5);
    expect(errorOf(() => b.parts(5)).message).toContain('postings: record 5 of 问 is beyond the 5 records');
    expect(b.parts(6)).toEqual([{ path: '95ee/0', postings: '0,5' }]);
  });
});

describe('BlockWriter', () => {
  const doc = (slug: string): BlockDocument => ({ slug, shortTitle: slug, path: `/regulations/${slug}/`, filters: {} });
  const units = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: `art-${from + i + 1}`, label: `第${from + i + 1}条`, text: `t${from + i}` }));

  it('names a document in every block its records fall in, and not one without records', () => {
    const w = new BlockWriter();
    expect(w.next).toBe(0);
    expect(w.addDocument(doc('empty'), [])).toEqual([]);
    expect(w.next).toBe(0);
    w.addDocument(doc('a'), units(10));
    expect(w.next).toBe(10);
    w.addDocument(doc('b'), units(20));
    expect(w.next).toBe(30);
    // a full block is closed at once
    expect(w.blocks.length).toBe(1);
    const blocks = w.finish();
    expect(blocks.map((b) => b.docs.map((d) => d.slug))).toEqual([['a', 'b'], ['b']]);
    expect(blocks.map((b) => b.records.length)).toEqual([16, 14]);
    expect(blocks[0]!.records[10]).toEqual([1, 'art-1', '第1条', 't0']);
    expect(blocks[1]!.records[0]).toEqual([0, 'art-7', '第7条', 't6']);
  });

  it('adds no empty block when the last one is full, and finishing again adds nothing', () => {
    const w = new BlockWriter();
    w.addDocument(doc('a'), units(RECORDS_PER_BLOCK));
    expect(w.finish().length).toBe(1);
    expect(w.finish().length).toBe(1);
    const v = new BlockWriter();
    v.addDocument(doc('a'), units(3));
    expect(v.finish().length).toBe(1);
    expect(v.finish().length).toBe(1);
    expect(v.blocks[0]!.records.length).toBe(3);
  });

  it('names a document once per block even when it is added twice', () => {
    const w = new BlockWriter();
    w.addDocument(doc('a'), units(2));
    w.addDocument(doc('b'), units(1));
    w.addDocument(doc('a'), units(1, 2));
    const [block] = w.finish();
    expect(block!.docs.map((d) => d.slug)).toEqual(['a', 'b']);
    expect(block!.records.map((r) => r[0])).toEqual([0, 0, 1, 0]);
  });
});
