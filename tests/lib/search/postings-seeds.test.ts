/**
 * Postings of rare pieces and record blocks (src/lib/search/postings.ts) on the seeds: the
 * candidates a rare query gets from them must hold every provision that contains the query
 * (recall), checked by plain substring. Moved out of postings.test.ts (branch mutate6a) so that the
 * mutation run of postings.ts does not build the seeds' postings for every mutant (11 s a run here);
 * the small cases stay in postings.test.ts and postings-small.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BlockWriter, blockOf, decodePostings, keyPath, postingBucketOf, PostingsBuilder, RECORDS_PER_BLOCK } from '../../../src/lib/search/postings.ts';
import { pieceKeys } from '../../../src/lib/search/pair-table.ts';
import { planPostings, WindowedCandidates } from '../../../src/lib/search/intersect.ts';
import { documentFilters, searchUnits } from '../../../src/lib/search/records.ts';
import { getCorpus } from '../../../src/data/corpus.ts';
import { prepareQuery } from '../../../src/lib/search/query.ts';
import { normalizeForSearch } from '../../../src/lib/search/text.ts';
import { documentPath } from '../../../src/lib/citation.ts';

describe('on the seeds', () => {
  // Built in each test (not while vitest collects the file), so that mutation testing covers records.ts and postings.ts per test.
  const setup = () => {
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
    return { units, blocks, df, queries };
  };

  it.each([3, 20, 200])('candidates from the postings (max %i, parts of ~8 postings) hold every provision containing the query', async (max) => {
    const { units, blocks, df, queries } = setup();
    const b = new PostingsBuilder(max);
    for (const u of units) b.add(pieceKeys(u.text), u.record);
    const files = b.buckets(500);
    const parts = new Map(b.parts(units.length, 8).map((p) => [p.path, decodePostings(p.postings)]));
    const source = {
      whole: async (keys: readonly string[]) => keys.map((k) => decodePostings(files[postingBucketOf(k, files.length)]![k]!)),
      part: async (key: string, n: number) => {
        const ids = parts.get(`${keyPath(key)}/${n}`);
        if (!ids) throw new Error(`no part ${key}/${n}`);
        return ids;
      },
    };
    let answered = 0;
    let windowed = 0;
    for (const query of queries) {
      const q = prepareQuery(query);
      const plan = planPostings(q.pieces, (k) => df.get(k), max, units.length, true, 8);
      if (!plan) continue;
      answered++;
      if (plan.windows > 1) windowed++;
      const run = new WindowedCandidates(plan, units.length, source);
      const candidates = new Set<number>();
      for (let c = await run.nextWindow(); c !== null; c = await run.nextWindow()) c.forEach((r) => candidates.add(r));
      const expected = units.filter((u) => u.norm.includes(q.normalized)).map((u) => u.record);
      expect(expected.filter((r) => !candidates.has(r)), query).toEqual([]);
      // and the blocks give back those records' texts
      for (const r of expected) expect(normalizeForSearch(blocks[blockOf(r)]!.records[r % RECORDS_PER_BLOCK]![3])).toContain(q.normalized);
    }
    expect(answered, 'every Han query is answered from the postings').toBe([...queries].filter((q) => /\p{Script=Han}/u.test(q)).length);
    if (max <= 20) expect(windowed, 'some read common lists a window at a time').toBeGreaterThan(5);
  });
});
