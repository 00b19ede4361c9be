/**
 * How the search index is split into shards (src/integrations/pagefind.ts):
 * by document, in record order, never more than the limit unless one
 * document alone is larger.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARD_RECORDS,
  SHARD_FOLDER,
  SHARD_MANIFEST,
  planShards,
  readIndexWords,
  shardRecordLimit,
  writeSearchIndex,
} from '../../src/integrations/pagefind.ts';
import { buildRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { corpus as fixture } from '../fixtures/search-corpus.ts';
import { errorOf } from '../support/thrown.ts';

function rec(doc: string, anchor: string): SearchRecord {
  return { url: `/regulations/${doc}/#${anchor}`, content: anchor, language: 'zh-cn', meta: {}, filters: {} };
}

/** `sizes[i]` records for document d<i>. */
function corpus(sizes: number[]): SearchRecord[] {
  return sizes.flatMap((n, i) => Array.from({ length: n }, (_, k) => rec(`d${i}`, `art-${k + 1}`)));
}

const docsOf = (shard: SearchRecord[]) => [...new Set(shard.map((r) => r.url.split('#')[0]))];

describe('planShards', () => {
  it('keeps everything in one shard up to the limit', () => {
    const records = corpus([3, 4, 3]);
    expect(planShards(records, 10)).toEqual([records]);
  });

  it('splits by document, in order, within the limit', () => {
    const sizes = Array.from({ length: 60 }, (_, i) => 1 + ((i * 7) % 5));
    const records = corpus(sizes);
    const shards = planShards(records, 8);
    expect(shards.length).toBeGreaterThan(records.length / 8);
    for (const s of shards) expect(s.length).toBeLessThanOrEqual(8);
    expect(shards.flat()).toEqual(records);
    // a document is never in two shards
    const docs = shards.flatMap(docsOf);
    expect(new Set(docs).size).toBe(docs.length);
  });

  it('cuts where the documents say, so one added document leaves the other shards as they were', () => {
    const sizes = Array.from({ length: 400 }, (_, i) => 1 + ((i * 13) % 17));
    const before = planShards(corpus(sizes), 100);
    expect(before.length).toBeGreaterThan(20);
    // shards are well filled on average (cuts are not at every document)
    expect(before.flat().length / before.length).toBeGreaterThan(25); // documents hold 9 records on average
    const at = sizes.slice(0, 150).reduce((a, b) => a + b, 0); // after document d149
    const all = corpus(sizes);
    const inserted = [...all.slice(0, at), ...Array.from({ length: 9 }, (_, k) => rec('new-measure', `art-${k + 1}`)), ...all.slice(at)];
    const after = planShards(inserted, 100);
    const key = (s: SearchRecord[]) => JSON.stringify(s);
    const kept = new Set(before.map(key));
    const changed = after.filter((s) => !kept.has(key(s)));
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(changed.some((s) => docsOf(s).includes('/regulations/new-measure/'))).toBe(true);
    // and a plain position-based split would have moved every later boundary
    expect(after.length - before.length).toBeLessThanOrEqual(1);
  });

  it('never splits a document, even one larger than the limit', () => {
    const shards = planShards(corpus([2, 9, 2]), 4);
    expect(shards.map((s) => s.length)).toEqual([2, 9, 2]);
    for (const s of shards) expect(docsOf(s)).toHaveLength(1);
  });

  it('refuses records of one document that are not consecutive', () => {
    const records = [rec('a', 'art-1'), rec('b', 'art-1'), rec('a', 'art-2')];
    expect(errorOf(() => planShards(records, 1)).message).toMatch(/\/regulations\/a\/.*not consecutive/);
  });

  it('gives the same shards for the same records', () => {
    const records = corpus([5, 1, 7, 2, 2, 6]);
    expect(JSON.stringify(planShards(records, 7))).toBe(JSON.stringify(planShards([...records], 7)));
  });
});

describe('shardRecordLimit', () => {
  it('reads TIAOWEN_SEARCH_SHARD_RECORDS, else the default', () => {
    expect(shardRecordLimit({})).toBe(DEFAULT_SHARD_RECORDS);
    expect(shardRecordLimit({ TIAOWEN_SEARCH_SHARD_RECORDS: '60' })).toBe(60);
  });

  it('rejects a value that is not a positive integer', () => {
    for (const v of ['0', '-5', '1.5', 'many']) {
      expect(errorOf(() => shardRecordLimit({ TIAOWEN_SEARCH_SHARD_RECORDS: v })).message).toMatch(/TIAOWEN_SEARCH_SHARD_RECORDS.*positive integer/);
    }
  });
});

describe('writeSearchIndex with shards (runs the pagefind binary)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('writes one bundle per shard and a manifest, and an unsharded write removes them again', async () => {
    const site = await mkdtemp(join(tmpdir(), 'tiaowen-shards-'));
    dirs.push(site);
    const out = join(site, 'pagefind');
    const records = buildRecords(fixture);
    const plan = planShards(records, 2);
    expect(plan.length).toBeGreaterThanOrEqual(2);

    const r = await writeSearchIndex(records, out, { shardRecords: 2 });
    expect(r.records).toBe(records.length);
    expect(r.shards).toBe(plan.length);
    const manifest = JSON.parse(readFileSync(join(out, SHARD_MANIFEST), 'utf8')) as { shards: string[] };
    expect(manifest.shards).toEqual(plan.slice(1).map((_, k) => `${SHARD_FOLDER}/${k + 1}/`));
    const bundles = [out, ...manifest.shards.map((p) => join(site, p))];
    expect(bundles.map((b) => readdirSync(join(b, 'fragment')).length)).toEqual(plan.map((s) => s.length));
    // every shard is segmented Chinese, and together they hold what one bundle holds
    const words = new Set<string>();
    for (const b of bundles) for (const w of await readIndexWords(b)) words.add(w.word);
    expect(words.has('诫勉')).toBe(true);

    const again = await writeSearchIndex(records, out, { shardRecords: records.length });
    expect(again.shards).toBe(1);
    expect(JSON.parse(readFileSync(join(out, SHARD_MANIFEST), 'utf8'))).toEqual({ shards: [] });
    expect(existsSync(join(site, SHARD_FOLDER))).toBe(false);
    expect(readdirSync(join(out, 'fragment')).length).toBe(records.length);
  }, 60_000);
});
