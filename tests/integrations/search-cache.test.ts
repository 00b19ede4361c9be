/**
 * The search index through the build cache (src/integrations/build-cache.ts):
 * a warm write gives the same bytes as a cold one, and after one document is
 * added only the shard it falls in is indexed again.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { planShards, writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { cacheKey, cacheRoot } from '../../src/integrations/build-cache.ts';
import { buildRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { diffTrees, hashTree } from '../integrity/build.ts';

const root = mkdtempSync(join(tmpdir(), 'tiaowen-search-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LIMIT = 30;
const seeds = getCorpus().documents;

/** A new measure: a seed measure under another slug (placed in slug order by the caller), its text edited. */
function newMeasure(): RegDocument {
  const base = seeds.find((d) => d.meta.slug === 'rizhao-polytechnic-2017')!;
  const root = structuredClone(base.root);
  return { ...base, meta: { ...base.meta, slug: 'harbin-new-measure-2026', shortTitle: '新增办法' }, root };
}

let n = 0;
/** Write the index of `records` into a fresh site folder; the site folder and the result. */
async function write(records: SearchRecord[], cache: string | null) {
  const site = join(root, `site-${n++}`);
  const r = await writeSearchIndex(records, join(site, 'pagefind'), { shardRecords: LIMIT, cache });
  return { site, r };
}

describe('the search index through the build cache (runs the pagefind binary)', () => {
  it('is the same warm as cold, and an added document re-indexes only its shard', async () => {
    const cache = join(root, 'cache');
    const records = buildRecords(seeds);
    const shards = planShards(records, LIMIT);
    expect(shards.length).toBeGreaterThanOrEqual(4);

    const cold = await write(records, null);
    const first = await write(records, cache); // fills the cache
    expect(first.r.cached).toBe(0);
    const warm = await write(records, cache);
    expect(warm.r.cached).toBe(shards.length);
    expect(diffTrees(hashTree(cold.site), hashTree(warm.site))).toEqual([]);
    expect(diffTrees(hashTree(cold.site), hashTree(first.site))).toEqual([]);
    expect(warm.r).toEqual({ ...cold.r, cached: shards.length });

    // one document added (in corpus order, like a new MDX file)
    const docs = [...seeds, newMeasure()].sort((a, b) => (a.meta.slug < b.meta.slug ? -1 : 1));
    const added = buildRecords(docs);
    const addedShards = planShards(added, LIMIT);
    const coldAdded = await write(added, null);
    const warmAdded = await write(added, cache);
    expect(diffTrees(hashTree(coldAdded.site), hashTree(warmAdded.site))).toEqual([]);
    // exactly the shards whose records changed were indexed again: the one holding the new document
    const before = new Set(shards.map((s) => JSON.stringify(s)));
    const changed = addedShards.filter((s) => !before.has(JSON.stringify(s)));
    expect(changed.length).toBe(1);
    expect(changed[0]!.some((r) => r.url.startsWith('/regulations/harbin-new-measure-2026/'))).toBe(true);
    expect(warmAdded.r.cached).toBe(addedShards.length - 1);
  }, 120_000);

  it('keys entries by every part, and stores nothing when the cache is off', async () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('a')).toBe(cacheKey('a'));
    expect(cacheRoot({ TIAOWEN_CACHE: 'off' })).toBeNull();
    expect(cacheRoot({ TIAOWEN_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(cacheRoot({}, '/repo')).toBe('/repo/node_modules/.cache/tiaowen');
    const entries = () => readdirSync(join(root, 'cache'), { recursive: true }).length;
    const before = entries();
    const r = await write(buildRecords(seeds.slice(0, 2)), null);
    expect(r.r.cached).toBe(0);
    expect(entries()).toBe(before);
  }, 60_000);
});
