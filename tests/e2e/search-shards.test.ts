/**
 * A sharded search index (src/integrations/pagefind.ts splits the records by
 * document above TIAOWEN_SEARCH_SHARD_RECORDS): the seed site is built again
 * with a limit of 60 records, so it has at least three bundles, and the
 * search page, which merges them, must give exactly what the unsharded site
 * (the one the e2e setup serves) gives, filters included.
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
import { buildRecords } from '../../src/lib/search/records.ts';

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

function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<Result[]> {
  return page.evaluate(([q, f]) => window.tiaowenSearch(q, { filters: f }), [query, filters] as const);
}

/** Search both sites; the sharded one must answer exactly as the plain one. */
async function both(query: string, filters: Record<string, string> = {}): Promise<Result[]> {
  const [a, b] = await Promise.all([search(plain, query, filters), search(split, query, filters)]);
  expect(b).toEqual(a);
  return a;
}

beforeAll(async () => {
  root = buildDir('search-shards');
  sharded = join(root, 'dist');
  await astroBuild(sharded, { TIAOWEN_SEARCH_SHARD_RECORDS: '60' });
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
});
