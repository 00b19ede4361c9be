/**
 * Common pieces answered from their postings in parts (src/lib/search/intersect.ts):
 * the seed site is built again with a postings limit of 5 and parts of about
 * 16 postings, so nearly every pair is "common", its list cut into many
 * parts, and a query is answered a window at a time. The search page must
 * find exactly what the site the e2e setup serves finds, in the same order
 * (corpus order on both), without loading Pagefind, filters included (the
 * records a filter selects come as ranges).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startStaticServer, type StaticServer } from './harness.ts';
import { siteUrl } from './site.ts';
import { astroBuild, buildDir } from '../integrity/build.ts';
import { getCorpus } from '../../src/data/corpus.ts';

interface Result {
  url: string;
  citation: boolean;
}

let root = '';
let server: StaticServer | undefined;
let browser: Browser;
let plain: Page;

async function fresh(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${url}/search/`);
  await page.waitForFunction(() => ['done', 'idle', 'error'].includes(document.body.dataset.searchState ?? ''));
  return page;
}

function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<Result[]> {
  return page.evaluate(([q, f]) => window.tiaowenSearch(q, { filters: f }), [query, filters] as const);
}

/** Results of the parts site on a fresh page, and the paths it fetched for them. */
async function inParts(query: string, filters: Record<string, string> = {}): Promise<{ results: Result[]; paths: string[] }> {
  const page = await fresh(server!.url);
  try {
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    return { results: await search(page, query, filters), paths };
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  root = buildDir('search-parts');
  const dist = join(root, 'dist');
  await astroBuild(dist, { TIAOWEN_SEARCH_POSTINGS_MAX: '5', TIAOWEN_SEARCH_PART_POSTINGS: '16' });
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  plain = await fresh(siteUrl());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('common pieces, from their postings in parts', () => {
  it.each(['问责', '问责条例第七条', '组织调整或者组织处理', '党组织', '的规定', '第七条', '诫勉', '問責', '依照本条例', '应当'])(
    'finds %s exactly as the plain site, in the same order, without Pagefind',
    async (query) => {
      const want = await search(plain, query);
      const { results, paths } = await inParts(query);
      expect(results).toEqual(want);
      expect(paths.filter((p) => p.includes('pagefind'))).toEqual([]);
      expect(paths.some((p) => p.startsWith('/search-data/parts/')), 'parts fetched').toBe(true);
    },
  );

  it('reads a query of common pieces a window at a time: only the first parts for the first results', async () => {
    const page = await fresh(server!.url);
    try {
      const paths: string[] = [];
      page.on('request', (r) => paths.push(new URL(r.url()).pathname));
      const first = await page.evaluate(() => window.tiaowenSearch('问责', { limit: 3 }));
      expect(first.length).toBe(3);
      const some = paths.filter((p) => p.startsWith('/search-data/parts/')).length;
      paths.length = 0;
      const all = await page.evaluate(() => window.tiaowenSearch('问责'));
      expect(all.slice(0, 3)).toEqual(first);
      const more = paths.filter((p) => p.startsWith('/search-data/parts/')).length;
      expect(more, 'the rest of the corpus needed more parts').toBeGreaterThan(0);
      expect(some).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('applies a filter to the records it selects (its ranges), without Pagefind', async () => {
    const rizhao = getCorpus().get('rizhao-polytechnic-2017')!.meta;
    for (const [query, filters] of [
      ['问责', { doc: rizhao.shortTitle }],
      ['诫勉', { doc: rizhao.shortTitle }],
      ['问责', { class: rizhao.class }],
      ['的规定', { year: rizhao.issued!.slice(0, 4), class: rizhao.class }],
    ] as [string, Record<string, string>][]) {
      const want = await search(plain, query, filters);
      const { results, paths } = await inParts(query, filters);
      expect(results, `${query} ${JSON.stringify(filters)}`).toEqual(want);
      expect(want.length, query).toBeGreaterThan(0);
      expect(paths.filter((p) => p.includes('pagefind'))).toEqual([]);
      expect(paths.some((p) => p.startsWith('/search-data/filter-ranges/'))).toBe(true);
    }
  });

  it.each(['规定问责', '问责问责', '第七条第七条'])('answers %s (every piece common, the pieces rarely or never together) as the plain site', async (query) => {
    const { results, paths } = await inParts(query);
    expect(results).toEqual(await search(plain, query));
    expect(paths.filter((p) => p.includes('pagefind'))).toEqual([]);
  });
});
