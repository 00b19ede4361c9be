/**
 * The compare routes, read from the page modules themselves: the pre-rendered
 * compare pages are exactly the measure–parent pairs (never every pair of
 * documents), and there is one data file per comparable document.
 */
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { comparableDocuments, parentPairs } from '../../src/lib/compare/pairs.ts';
import * as pairPage from '../../src/pages/compare/[a]/[b].astro';
import * as dataFile from '../../src/pages/compare/data/[slug].json.ts';

type Paths = { params: Record<string, string> }[];

describe('compare routes', () => {
  const docs = getCorpus().documents;

  it('pre-render one page per measure–parent pair, no more', async () => {
    const paths = (await (pairPage as unknown as { getStaticPaths: () => Paths | Promise<Paths> }).getStaticPaths()) as Paths;
    const pairs = parentPairs(docs);
    expect(paths).toHaveLength(pairs.length);
    expect(paths.map((p) => `${p.params.a}/${p.params.b}`)).toEqual(pairs.map((p) => `${p.local.meta.slug}/${p.base.meta.slug}`));
    // Far fewer than every ordered pair (which the design must never return to).
    const n = comparableDocuments(docs).length;
    expect(paths.length).toBeLessThan(n * (n - 1));
  });

  it('emit one data file per comparable document', async () => {
    const paths = (await (dataFile as unknown as { getStaticPaths: () => Paths | Promise<Paths> }).getStaticPaths()) as Paths;
    expect(paths.map((p) => p.params.slug)).toEqual(comparableDocuments(docs).map((d) => d.meta.slug));
  });
});
