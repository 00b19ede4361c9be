/**
 * The title index (src/lib/search/title-index.ts) must name exactly the
 * documents `citedDocuments` names from the whole list, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { citedDocuments, MAX_CITED_DOCUMENTS, parseCitationQuery, type ParsedCitationQuery } from '../../../src/lib/search/citation.ts';
import { citedFromIndex, nameLookups, titleBucketOf, titleEntry, TitleIndexBuilder, titleKeys, type TitleBucket } from '../../../src/lib/search/title-index.ts';
import { citableDocument } from '../../../src/lib/search/records.ts';
import { getCorpus } from '../../../src/data/corpus.ts';

type Doc = { title: string; shortTitle: string; slug: string };

/** Answer names from an index of `docs`, counting the documents fetched. */
function indexOf(docs: readonly Doc[], perBucket?: number) {
  const b = new TitleIndexBuilder();
  for (const d of docs) b.add(d);
  const files: TitleBucket[] = b.buckets(perBucket);
  const fetched = new Set<number>();
  const files_read = new Set<number>();
  const cited = (parsed: ParsedCitationQuery) =>
    citedFromIndex(
      parsed,
      async (k) => {
        files_read.add(titleBucketOf(k, files.length));
        return titleEntry(files[titleBucketOf(k, files.length)]!, k);
      },
      async (n) => {
        fetched.add(n);
        return docs[n]!;
      },
    );
  return { files, fetched, files_read, cited };
}

describe('titleKeys', () => {
  it('holds each character of both titles and each whole title, normalised', () => {
    const keys = titleKeys({ title: '中国共产党问责条例', shortTitle: '问责条例' });
    expect(keys.has('=中国共产党问责条例')).toBe(true);
    expect(keys.has('=问责条例')).toBe(true);
    expect(keys.has('党')).toBe(true);
    expect(keys.size).toBe(2 + 9);
  });

  it('files a whole title by its first character, so a name looks only in the files of its characters', () => {
    expect(titleBucketOf('=问责条例', 97)).toBe(titleBucketOf('问', 97));
    const { chars, pieces } = nameLookups('问责条例');
    expect(chars).toEqual(['问', '责', '条', '例']);
    expect(pieces).toContain('=责条');
    expect(pieces.length).toBe(10);
    expect(new Set(pieces.map((p) => titleBucketOf(p, 97))).size).toBeLessThanOrEqual(new Set(chars.map((c) => titleBucketOf(c, 97))).size);
  });
});

describe('citedFromIndex', () => {
  const docs: Doc[] = [
    { slug: 'a', title: '日照职业技术学院党建工作问责（暂行）办法', shortTitle: '日照职院党建工作问责办法' },
    { slug: 'b', title: '中国共产党问责条例', shortTitle: '问责条例' },
    ...Array.from({ length: 30 }, (_, i) => ({ slug: `c${i}`, title: `某市贯彻落实问责条例实施办法${i}`, shortTitle: `某市问责办法${i}` })),
    { slug: 'd', title: '问责', shortTitle: '问责' },
  ];

  it.each(['《中国共产党问责条例》第七条', '问责条例第七条', '日照问责办法第六条', '问责办法第一条', '某市问责办法7第二条', '责条第一条', '日照 第六条', '量子条例第一条', '问责条例修订版第七条'])(
    '%s: the same documents as the whole list gives',
    async (q) => {
      const parsed = parseCitationQuery(q)!;
      expect(parsed).not.toBeNull();
      const { cited } = indexOf(docs, 7);
      expect((await cited(parsed)).map((d) => d.slug)).toEqual(citedDocuments(parsed, docs).map((d) => d.slug));
    },
  );

  it('stops fetching documents once the best ones are known', async () => {
    const { cited, fetched } = indexOf(docs, 7);
    const parsed = parseCitationQuery('问责办法第一条')!;
    const got = await cited(parsed);
    expect(got.length).toBe(MAX_CITED_DOCUMENTS);
    expect(fetched.size).toBeLessThan(docs.length / 2);
    // an exact title: only its documents
    const exact = indexOf(docs, 7);
    await exact.cited(parseCitationQuery('问责条例第七条')!);
    expect([...exact.fetched]).toEqual([1]);
  });

  it('agrees with the whole list on every title and short title of the seeds', async () => {
    const seeds = getCorpus().documents.map((d) => citableDocument(d));
    const { cited } = indexOf(seeds);
    const names = seeds.flatMap((d) => [d.title, d.shortTitle, d.shortTitle.slice(0, 4), d.title.slice(2, 8)]);
    for (const name of names) {
      const parsed = { name, path: { article: 1 } };
      expect((await cited(parsed)).map((d) => d.slug), name).toEqual(citedDocuments(parsed, seeds).map((d) => d.slug));
    }
  });
});
