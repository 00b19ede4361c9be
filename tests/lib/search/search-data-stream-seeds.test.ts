/**
 * The search data built one document at a time (src/lib/search/search-data-stream.ts), on the
 * seeds: the same files as the builders fed the whole corpus at once. Moved out of
 * search-data-stream.test.ts (branch mutate6a) so that the mutation run of the stream does not
 * build the seeds' search data three times for every mutant (12 s a run here); the small cases with
 * hand-worked files are in search-data-stream-small.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { PairTableBuilder, pieceKeys } from '../../../src/lib/search/pair-table.ts';
import { BlockWriter, PART_POSTINGS, PostingsBuilder, type BlockDocument } from '../../../src/lib/search/postings.ts';
import { FilterRangesBuilder } from '../../../src/lib/search/filter-ranges.ts';
import type { SearchUnit } from '../../../src/lib/search/records.ts';
import { streamSearchData } from '../../../src/lib/search/search-data-stream.ts';
import { shardCount, shardOfDocuments } from '../../../src/lib/search/shard-plan.ts';
import { documentFilters, searchUnits } from '../../../src/lib/search/records.ts';
import { documentPath } from '../../../src/lib/citation.ts';
import { getCorpus } from '../../../src/data/corpus.ts';

/** What the builders give when fed every document at once (the way the build did before streaming). */
function allAtOnce(docs: { doc: BlockDocument; units: readonly SearchUnit[] }[], shardRecords: number, postingsMax: number, partPostings = PART_POSTINGS): Map<string, string> {
  const shardOf = shardOfDocuments(
    docs.map((d) => ({ key: d.doc.slug, count: d.units.length })),
    shardRecords,
  );
  const table = new PairTableBuilder();
  const postings = new PostingsBuilder(postingsMax);
  const writer = new BlockWriter();
  const ranges = new FilterRangesBuilder();
  docs.forEach((d, i) => {
    const from = writer.next;
    const ids = writer.addDocument(d.doc, d.units);
    ranges.add(d.doc.filters, from, writer.next);
    d.units.forEach((u, k) => {
      const keys = pieceKeys(u.text);
      table.addKeys(keys, shardOf[i]!);
      postings.add(keys, ids[k]!);
    });
  });
  const files = new Map<string, string>();
  const records = writer.next;
  writer.finish().forEach((b, n) => files.set(`records/${n}.json`, JSON.stringify(b)));
  table.buckets().forEach((b, n) => files.set(`pairs/${n}.json`, JSON.stringify(b)));
  postings.buckets().forEach((b, n) => files.set(`postings/${n}.json`, JSON.stringify(b)));
  for (const p of postings.parts(records, partPostings)) files.set(`parts/${p.path}.json`, JSON.stringify(p.postings));
  if (postingsMax > 0) for (const [key, fs] of Object.entries(ranges.files())) fs.forEach((f, n) => files.set(`filter-ranges/${key}/${n}.json`, JSON.stringify(f)));
  return files;
}

describe('streamSearchData', () => {
  it('writes the same files as the builders fed the whole corpus, on the seeds', () => {
    const corpus = getCorpus().documents;
    const docs = corpus.map((d) => ({ doc: { slug: d.meta.slug, shortTitle: d.meta.shortTitle, path: documentPath(d.meta), filters: documentFilters(d.meta) }, units: searchUnits(d) }));
    for (const [shardRecords, max, perPart] of [
      [6000, 1000, PART_POSTINGS],
      [40, 3, 16],
      [40, 0, 16],
    ] as const) {
      const files = new Map<string, string>();
      const counts = streamSearchData(() => docs.map((d) => ({ doc: d.doc, units: () => d.units })), { shardRecords, postingsMax: max, partPostings: perPart }, (f, t) => {
        expect(files.has(f), `${f} written twice`).toBe(false);
        files.set(f, t);
      });
      const expected = allAtOnce(docs, shardRecords, max, perPart);
      expect([...files.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [f, t] of expected) expect(files.get(f), f).toBe(t);
      expect(counts.blocks).toBe([...files.keys()].filter((f) => f.startsWith('records/')).length);
      expect(counts.buckets).toBe([...files.keys()].filter((f) => f.startsWith('pairs/')).length);
      expect(counts.postings).toBe([...files.keys()].filter((f) => f.startsWith('postings/')).length);
      expect(counts.records).toBe(docs.reduce((n, d) => n + d.units.length, 0));
      const parts = [...files.keys()].filter((f) => f.startsWith('parts/')).length;
      const ranges = [...files.keys()].filter((f) => f.startsWith('filter-ranges/'));
      if (max === 0) {
        expect(parts).toBe(0);
        expect(counts.filterRanges).toEqual({});
      } else {
        // on the seeds, no piece is held by more than 1000 records; many by more than 3
        if (max === 3) expect(parts).toBeGreaterThan(0);
        expect(Object.keys(counts.filterRanges).sort()).toEqual(['class', 'doc', 'issuer', 'year']);
      }
      for (const [key, n] of Object.entries(counts.filterRanges)) expect(ranges.filter((f) => f.startsWith(`filter-ranges/${key}/`)).length, key).toBe(n);
      expect(Object.values(counts.filterRanges).reduce((a, b) => a + b, 0)).toBe(ranges.length);
      const shardOf = shardOfDocuments(
        docs.map((d) => ({ key: d.doc.slug, count: d.units.length })),
        shardRecords,
      );
      expect(counts.shardOf).toEqual(shardOf);
      expect(counts.shards).toBe(shardCount(shardOf));
      if (shardRecords === 40) expect(counts.shards).toBeGreaterThan(1);
    }
  });
});
