/**
 * A sharded search index (src/integrations/pagefind.ts splits the records by
 * document above TIAOWEN_SEARCH_SHARD_RECORDS): the seed site is built again
 * with a limit of 60 records, so it has at least three bundles, and the
 * search page, which merges them as a query needs them, must find exactly
 * what the unsharded site (the one the e2e setup serves) finds, filters
 * included. The order differs by design: results come shard by shard
 * (corpus order), by Pagefind's score within a shard, and Pagefind scores
 * each shard on its own statistics.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startStaticServer, type StaticServer } from './harness.ts';
import { distDir, siteUrl } from './site.ts';
import { astroBuild, buildDir } from '../integrity/build.ts';
import { getCorpus } from '../../src/data/corpus.ts';
import { SHARD_FOLDER, SHARD_MANIFEST, planShards } from '../../src/integrations/pagefind.ts';
import { buildRecords, readableContent } from '../../src/lib/search/records.ts';

/** The shards the build makes of the seed records at 60 records. */
const plan = planShards(buildRecords(getCorpus().documents, '/'), 60);

interface Result {
  url: string;
  doc: string;
  citation: boolean;
}

let root = '';
let sharded = '';
let server: StaticServer | undefined;
let browser: Browser;
let plain: Page;
let split: Page;

async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/search/`);
  await page.waitForFunction(() => ['done', 'idle', 'error'].includes(document.body.dataset.searchState ?? ''));
}

function search(page: Page, query: string, filters: Record<string, string> = {}, limit?: number): Promise<Result[]> {
  return page.evaluate(([q, f, l]) => window.tiaowenSearch(q, l === null ? { filters: f } : { filters: f, limit: l }), [query, filters, limit ?? null] as const);
}

const byUrl = (rs: Result[]) => [...rs].sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));

/** Search both sites; the sharded one must find exactly what the plain one finds, shard after shard. */
async function both(query: string, filters: Record<string, string> = {}): Promise<Result[]> {
  const [a, b] = await Promise.all([search(plain, query, filters), search(split, query, filters)]);
  expect(byUrl(b)).toEqual(byUrl(a));
  const shardOf = new Map(plan.flatMap((s, n) => s.map((r) => [r.url, n] as const)));
  const shards = b.filter((r) => !r.citation).map((r) => shardOf.get(r.url)!);
  expect(shards, 'results come shard by shard').toEqual([...shards].sort((x, y) => x - y));
  return a;
}

beforeAll(async () => {
  root = buildDir('search-shards');
  sharded = join(root, 'dist');
  // Filters with more than 5 values get their options on first use, as long lists do in a large corpus.
  // No postings: every query goes to Pagefind here (the plain site answers rare ones from the postings),
  // so the two sites agreeing checks one path against the other.
  await astroBuild(sharded, { TIAOWEN_SEARCH_SHARD_RECORDS: '60', TIAOWEN_SEARCH_INLINE_FILTERS: '5', TIAOWEN_SEARCH_POSTINGS_MAX: '0' });
  server = await startStaticServer(sharded);
  browser = await launchBrowser();
  plain = await browser.newPage();
  split = await browser.newPage();
  await openSearch(plain, siteUrl());
  await openSearch(split, server.url);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a sharded search index', () => {
  it('is written as a main bundle, other shard bundles and a manifest', () => {
    expect(JSON.parse(readFileSync(join(distDir(), 'pagefind', SHARD_MANIFEST), 'utf8')), 'the unsharded site lists no other shard').toEqual({ shards: [] });
    expect(existsSync(join(distDir(), SHARD_FOLDER))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(sharded, 'pagefind', SHARD_MANIFEST), 'utf8')) as { shards: string[] };
    expect(manifest.shards.length).toBeGreaterThanOrEqual(2);
    expect(manifest.shards).toEqual(readdirSync(join(sharded, SHARD_FOLDER)).sort((a, b) => Number(a) - Number(b)).map((n) => `${SHARD_FOLDER}/${n}/`));
    for (const p of manifest.shards) {
      expect(existsSync(join(sharded, p, 'pagefind-entry.json')), p).toBe(true);
      expect(existsSync(join(sharded, p, 'pagefind.js')), `${p} needs no script of its own`).toBe(false);
    }
  });

  it('holds every record once, in shards of whole documents', () => {
    const fragments = (dir: string) => readdirSync(join(dir, 'fragment')).length;
    const manifest = JSON.parse(readFileSync(join(sharded, 'pagefind', SHARD_MANIFEST), 'utf8')) as { shards: string[] };
    const counts = [fragments(join(sharded, 'pagefind')), ...manifest.shards.map((p) => fragments(join(sharded, p)))];
    expect(counts).toEqual(plan.map((s) => s.length));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(fragments(join(distDir(), 'pagefind')));
  });

  it('finds 诫勉 in every shard, exactly as the unsharded site', async () => {
    const results = await both('诫勉');
    const urls = results.map((r) => r.url);
    expect(urls).toContain('/regulations/rizhao-polytechnic-2017/#art-6');
    expect(urls).toContain('/regulations/ccp-accountability-2016/#art-7');
    // the hits come from more than one bundle, so merging is what found them
    const shardOf = new Map(plan.flatMap((s, n) => s.map((r) => [r.url, n] as const)));
    expect(new Set(urls.map((u) => shardOf.get(u))).size).toBeGreaterThanOrEqual(2);
  });

  it('answers other words the same way', async () => {
    for (const q of ['三会一课', '组织调整或者组织处理', '问责']) {
      expect((await both(q)).length, q).toBeGreaterThan(0);
    }
  });

  it('filters across shards', async () => {
    const party = await both('诫勉', { class: '党内法规' });
    expect(party.length).toBeGreaterThan(0);
    expect(new Set(party.map((r) => r.doc))).toEqual(new Set(['ccp-accountability-2016']));
    const rizhao = getCorpus().get('rizhao-polytechnic-2017')!.meta.shortTitle;
    const one = await both('问责', { doc: rizhao });
    expect(one.length).toBeGreaterThan(0);
    expect(new Set(one.map((r) => r.doc))).toEqual(new Set(['rizhao-polytechnic-2017']));
  });

  it('returns the first results of the full list when asked for a limit', async () => {
    const all = await search(split, '问责');
    expect(all.length).toBeGreaterThan(5);
    expect(await search(split, '问责', {}, 5)).toEqual(all.slice(0, 5));
  });

  /** Requests the sharded site's search page makes for `query`, on a fresh page. */
  async function requestsFor(query: string, filters: Record<string, string> = {}): Promise<{ results: Result[]; paths: string[] }> {
    const page = await browser.newPage();
    try {
      await openSearch(page, server!.url);
      const paths: string[] = [];
      page.on('request', (r) => paths.push(new URL(r.url()).pathname));
      const results = await search(page, query, filters);
      return { results, paths };
    } finally {
      await page.close();
    }
  }

  it('loads only the shards that can hold a match', async () => {
    // A two-character word (checked by plain substring on the records) found in one shard n ≥ 1 only.
    const texts = plan.map((s) => s.map((r) => readableContent(r.content).replace(/\s+/g, '')));
    let word = '';
    let shard = -1;
    for (let n = 1; n < texts.length && !word; n++) {
      for (const t of texts[n]!) {
        const m = /[\u4e00-\u9fff]{2}/u.exec(t.slice(Math.floor(t.length / 2)));
        if (m && texts.every((ts, k) => k === n || ts.every((x) => !x.includes(m[0])))) {
          word = m[0];
          shard = n;
          break;
        }
      }
    }
    expect(word, 'the seeds have a word of one shard only').not.toBe('');
    const { results, paths } = await requestsFor(word);
    expect(results.length).toBeGreaterThan(0);
    const shardsLoaded = new Set(paths.flatMap((p) => /\/pagefind-shards\/(\d+)\//.exec(p)?.[1] ?? []).map(Number));
    expect([...shardsLoaded]).toEqual([shard]);
  });

  it('searches only the shard of the document a 文件 filter names', async () => {
    const slug = 'ccp-accountability-2016';
    const shard = plan.findIndex((s) => s.some((r) => r.url.startsWith(`/regulations/${slug}/`)));
    expect(shard).toBeGreaterThanOrEqual(0);
    const { results, paths } = await requestsFor('问责', { doc: getCorpus().get(slug)!.meta.shortTitle });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.doc === slug)).toBe(true);
    const shardsLoaded = new Set(paths.flatMap((p) => /\/pagefind-shards\/(\d+)\//.exec(p)?.[1] ?? []).map(Number));
    expect([...shardsLoaded]).toEqual(shard === 0 ? [] : [shard]);
  });

  it('loads no index at all for a term that occurs nowhere', async () => {
    expect(plan.flat().some((r) => readableContent(r.content).includes('量子纠缠'))).toBe(false);
    const { results, paths } = await requestsFor('量子纠缠');
    expect(results).toEqual([]);
    expect(paths.filter((p) => p.includes('/pagefind'))).toEqual([]);
    expect(paths.some((p) => p.startsWith('/search-data/pairs/'))).toBe(true);
  });

  it('publishes no postings when TIAOWEN_SEARCH_POSTINGS_MAX is 0, and the page never asks for them', async () => {
    expect(existsSync(join(sharded, 'search-data', 'postings')), 'no postings files').toBe(false);
    const { results, paths } = await requestsFor('诫勉');
    expect(results.length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/search-data/postings/') || p.startsWith('/search-data/records/'))).toEqual([]);
    expect(paths.some((p) => p.includes('/pagefind'))).toBe(true);
  });

  it('fills a long filter list when the reader first reaches it, and keeps a value from the address', async () => {
    const docs = getCorpus().documents;
    const rizhao = getCorpus().get('rizhao-polytechnic-2017')!.meta.shortTitle;
    const page = await browser.newPage();
    try {
      await page.goto(`${server!.url}/search/?q=${encodeURIComponent('问责')}&doc=${encodeURIComponent(rizhao)}`);
      await page.waitForFunction(() => document.body.dataset.searchState === 'done');
      expect(await page.locator('#search-filter-doc').inputValue()).toBe(rizhao);
      expect(await page.locator('#search-filter-doc option').count(), 'only 全部 and the chosen one before first use').toBe(2);
      const urls = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.every((u) => u.startsWith('/regulations/rizhao-polytechnic-2017/'))).toBe(true);
      await page.focus('#search-filter-doc');
      const titles = new Set(docs.map((d) => d.meta.shortTitle));
      await page.waitForFunction((n) => document.querySelectorAll('#search-filter-doc option').length === n, titles.size + 1);
      const options = await page.locator('#search-filter-doc option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(new Set(options.filter((v) => v))).toEqual(titles);
      expect(await page.locator('#search-filter-doc').inputValue()).toBe(rizhao);
    } finally {
      await page.close();
    }
  });
});
