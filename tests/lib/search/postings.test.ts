/**
 * Postings of rare pieces and record blocks (src/lib/search/postings.ts): the
 * candidates a rare query gets from them must hold every provision that
 * contains the query (recall), on the seeds, checked by plain substring.
 */
import { describe, expect, it } from 'vitest';
import {
  BlockWriter,
  blockOf,
  decodePostings,
  encodePostings,
  intersectSorted,
  passesFilters,
  postingBucketOf,
  postingPieces,
  PostingsBuilder,
  RECORDS_PER_BLOCK,
} from '../../../src/lib/search/postings.ts';
import { pieceKeys } from '../../../src/lib/search/pair-table.ts';
import { documentFilters, searchUnits } from '../../../src/lib/search/records.ts';
import { getCorpus } from '../../../src/data/corpus.ts';
import { prepareQuery } from '../../../src/lib/search/query.ts';
import { normalizeForSearch } from '../../../src/lib/search/text.ts';
import { documentPath } from '../../../src/lib/citation.ts';

describe('postings encoding', () => {
  it.each([[[]], [[0]], [[3, 4, 40]], [[35, 36, 1295, 1296, 100000]]])('%j round-trips', (ids) => {
    expect(decodePostings(encodePostings(ids))).toEqual(ids);
  });

  it('writes gaps in base 36', () => {
    expect(encodePostings([3, 4, 40])).toBe('3,1,10');
  });

  it('refuses lists that are not ascending', () => {
    expect(() => encodePostings([4, 4])).toThrow(/ascending/);
    expect(() => encodePostings([5, 2])).toThrow(/ascending/);
    expect(() => encodePostings([-1])).toThrow(/ascending/);
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

describe('PostingsBuilder', () => {
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
  });
});

describe('postingPieces', () => {
  const df: Record<string, number> = { 问责: 500, 责条: 30, 条例: 900, 例第: 40, 第七: 800, 七条: 700, 诫: 20 };
  const lookup = (k: string) => df[k];

  it('takes the rarest pieces that have postings, rarest first', () => {
    expect(postingPieces(['问责', '责条', '条例', '例第', '第七', '七条'], lookup, 600)).toEqual(['责条', '例第', '问责']);
    expect(postingPieces(['问责', '责条', '条例', '例第', '第七', '七条'], lookup, 1000, 2)).toEqual(['责条', '例第']);
  });

  it('leaves a query to Pagefind when its rarest piece has no postings, or none are published', () => {
    expect(postingPieces(['问责', '条例'], lookup, 100)).toEqual([]);
    expect(postingPieces(['责条'], lookup, 0)).toEqual([]);
  });

  it('answers nothing from postings when a piece occurs nowhere (the pair table already says no match)', () => {
    expect(postingPieces(['责条', '量子'], lookup, 1000)).toEqual([]);
  });

  it('skips pieces that are not Han (the text check decides them)', () => {
    expect(postingPieces(['诫', '2017'], lookup, 100)).toEqual(['诫']);
    expect(postingPieces(['2017'], lookup, 100)).toEqual([]);
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

describe('on the seeds', () => {
  const docs = getCorpus().documents;
  const w = new BlockWriter();
  const units = docs.flatMap((d) => {
    const us = searchUnits(d);
    const ids = w.addDocument({ slug: d.meta.slug, shortTitle: d.meta.shortTitle, path: documentPath(d.meta), filters: documentFilters(d.meta) }, us);
    return us.map((u, k) => ({ ...u, record: ids[k]!, norm: normalizeForSearch(u.text) }));
  });
  const blocks = w.finish();
  const df = new Map<string, number>();
  for (const u of units) for (const k of pieceKeys(u.text)) df.set(k, (df.get(k) ?? 0) + 1);

  // Queries: Han substrings of 1–5 characters taken across the seeds, plus the usual ones.
  const queries = new Set(['诫勉', '誡勉', '问责', '問責', '诫', '组织调整', '党纪处分', '第七条', '问责条例第七条']);
  units.forEach((u, i) => {
    if (i % 7) return;
    const han = u.norm.match(/\p{Script=Han}{5}/u)?.[0];
    if (han) for (let n = 1; n <= 5; n++) queries.add(han.slice(5 - n));
  });

  it.each([3, 20, 200])('candidates from the postings (max %i) hold every provision containing the query', (max) => {
    const b = new PostingsBuilder(max);
    for (const u of units) b.add(pieceKeys(u.text), u.record);
    const files = b.buckets(500);
    let answered = 0;
    for (const query of queries) {
      const q = prepareQuery(query);
      const rare = postingPieces(q.pieces, (k) => df.get(k), max);
      if (rare.length === 0) continue;
      answered++;
      const lists = rare.map((k) => decodePostings(files[postingBucketOf(k, files.length)]![k]!));
      const candidates = new Set(intersectSorted(lists));
      const expected = units.filter((u) => u.norm.includes(q.normalized)).map((u) => u.record);
      expect(expected.filter((r) => !candidates.has(r)), query).toEqual([]);
      // and the blocks give back those records' texts
      for (const r of expected) expect(normalizeForSearch(blocks[blockOf(r)]!.records[r % RECORDS_PER_BLOCK]![3])).toContain(q.normalized);
    }
    expect(answered, 'some queries are answered from the postings').toBeGreaterThan(10);
  });
});
