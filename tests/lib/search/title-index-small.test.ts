/**
 * The title index (src/lib/search/title-index.ts) on a few hand-written titles,
 * with expectations by hand: an empty short title adds no key, keys are filed by
 * their first character as the pair table hashes it, the files hold every key
 * once with its documents, and a name answers the documents whose titles hold its
 * characters in order — none when they only hold them out of order, at most
 * MAX_CITED_DOCUMENTS of one exact title, and nothing for a one-character name.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CITED_DOCUMENTS } from '../../../src/lib/search/citation.ts';
import { bucketOf } from '../../../src/lib/search/pair-table.ts';
import { decodePostings } from '../../../src/lib/search/postings.ts';
import { citedFromIndex, nameLookups, titleBucketOf, titleEntry, TitleIndexBuilder, titleKeys, type TitleBucket } from '../../../src/lib/search/title-index.ts';

type Doc = { title: string; shortTitle: string };

function index(docs: readonly Doc[], perBucket?: number) {
  const b = new TitleIndexBuilder();
  for (const d of docs) b.add(d);
  return b.buckets(perBucket);
}

async function cited(docs: readonly Doc[], name: string) {
  const files = index(docs, 3);
  const looked: string[] = [];
  const got = await citedFromIndex(
    { name, path: null },
    async (k) => {
      looked.push(k);
      return titleEntry(files[titleBucketOf(k, files.length)]!, k);
    },
    async (n) => docs[n]!,
  );
  return { titles: got.map((d) => d.title), looked };
}

describe('titleKeys and titleBucketOf', () => {
  it('adds no key for a short title that normalises to nothing', () => {
    expect([...titleKeys({ title: '问责条例', shortTitle: '——' })]).toEqual(['=问责条例', '问', '责', '条', '例']);
    expect([...titleKeys({ title: '问责条例', shortTitle: '' })]).toEqual(['=问责条例', '问', '责', '条', '例']);
  });

  it('files a character, and a whole title, by that first character as the pair table hashes it', () => {
    for (const [key, first] of [
      ['问', '问'],
      ['=问责条例', '问'],
      ['=党委（党组）工作条例', '党'],
      ['条', '条'],
    ]) {
      for (const count of [2, 7, 97]) expect(titleBucketOf(key!, count), `${key} of ${count}`).toBe(bucketOf(first!, count));
    }
    expect(new Set(['问', '责', '条', '例', '党', '组'].map((k) => titleBucketOf(k, 97))).size).toBeGreaterThan(1);
  });
});

describe('TitleIndexBuilder.buckets', () => {
  const docs = [
    { title: '问责条例', shortTitle: '问责条例' },
    { title: '党组工作条例', shortTitle: '' },
    { title: '问责办法', shortTitle: '办法' },
  ];

  it('cuts ceil(postings / perBucket) files, each key once, sorted, where titleBucketOf files it', () => {
    // postings: 问责条例 5 keys, 党组工作条例 7, 问责办法 5 and =办法 1: 18, of 14 keys
    for (const [perBucket, files] of [
      [18, 1],
      [17, 2],
      [5, 4],
      [1, 18],
    ] as const) {
      const out = index(docs, perBucket);
      expect(out.length, `per ${perBucket}`).toBe(files);
      const keys = out.flatMap((b) => Object.keys(b));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.length).toBe(14);
      out.forEach((b, i) => {
        expect(Object.keys(b)).toEqual(Object.keys(b).sort());
        for (const k of Object.keys(b)) expect(titleBucketOf(k, files)).toBe(i);
      });
    }
    const all: TitleBucket = Object.assign({}, ...index(docs));
    expect(decodePostings(all['条']!)).toEqual([0, 1]);
    expect(decodePostings(all['问']!)).toEqual([0, 2]);
    expect(decodePostings(all['=办法']!)).toEqual([2]);
    expect(decodePostings(all['=问责条例']!)).toEqual([0]);
    expect(titleEntry(all, '=问责')).toBeUndefined();
  });

  it('gives one empty file for no documents', () => {
    expect(index([])).toEqual([{}]);
  });
});

describe('nameLookups', () => {
  it('gives the distinct characters and every piece, = and all', () => {
    expect(nameLookups('问责问')).toEqual({ chars: ['问', '责'], pieces: ['=问', '=问责', '=问责问', '=责', '=责问', '=问'] });
    expect(nameLookups('')).toEqual({ chars: [], pieces: [] });
  });
});

describe('citedFromIndex', () => {
  const docs = [
    { title: '中国共产党问责条例', shortTitle: '问责条例' },
    { title: '日照职业技术学院党建工作问责（暂行）办法', shortTitle: '日照职院党建工作问责办法' },
    { title: '党内条例问责规定', shortTitle: '问责规定' },
  ];

  it('answers nothing for a name of one character, without looking it up', async () => {
    expect(await cited(docs, '问')).toEqual({ titles: [], looked: [] });
    expect(await cited(docs, '《问》')).toEqual({ titles: [], looked: [] });
  });

  it('answers the documents that hold the characters in order when no title contains the name', async () => {
    expect((await cited(docs, '日照问责办法')).titles).toEqual(['日照职业技术学院党建工作问责（暂行）办法']);
  });

  it('answers nothing when the characters occur only out of order', async () => {
    // 问, 责, 例, 条 are in the first and third titles, never in this order.
    expect((await cited(docs, '问责例条')).titles).toEqual([]);
  });

  it('prefers titles that contain the name to titles that hold its characters in order', async () => {
    expect((await cited(docs, '问责规定')).titles).toEqual(['党内条例问责规定']);
    expect((await cited(docs, '问责条')).titles).toEqual(['中国共产党问责条例']);
  });

  it('answers at most MAX_CITED_DOCUMENTS documents of an exact title, in corpus order', async () => {
    const many = Array.from({ length: MAX_CITED_DOCUMENTS + 3 }, (_, i) => ({ title: '问责条例', shortTitle: `问责${i}` }));
    const files = index(many);
    const fetched: number[] = [];
    const got = await citedFromIndex(
      { name: '问责条例', path: null },
      async (k) => titleEntry(files[titleBucketOf(k, files.length)]!, k),
      async (n) => (fetched.push(n), many[n]!),
    );
    expect(got.length).toBe(MAX_CITED_DOCUMENTS);
    expect(fetched).toEqual(Array.from({ length: MAX_CITED_DOCUMENTS }, (_, i) => i));
  });
});
