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
    const records = corpus([3, 4, 3, 5, 1]);
    const shards = planShards(records, 8);
    expect(shards.map((s) => s.length)).toEqual([7, 8, 1]);
    expect(shards.map(docsOf)).toEqual([
      ['/regulations/d0/', '/regulations/d1/'],
      ['/regulations/d2/', '/regulations/d3/'],
      ['/regulations/d4/'],
    ]);
    expect(shards.flat()).toEqual(records);
  });

  it('never splits a document, even one larger than the limit', () => {
    const shards = planShards(corpus([2, 9, 2]), 4);
    expect(shards.map((s) => s.length)).toEqual([2, 9, 2]);
    for (const s of shards) expect(docsOf(s)).toHaveLength(1);
  });

  it('refuses records of one document that are not consecutive', () => {
    const records = [rec('a', 'art-1'), rec('b', 'art-1'), rec('a', 'art-2')];
    expect(() => planShards(records, 1)).toThrow(/\/regulations\/a\/.*not consecutive/);
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
      expect(() => shardRecordLimit({ TIAOWEN_SEARCH_SHARD_RECORDS: v })).toThrow(/TIAOWEN_SEARCH_SHARD_RECORDS.*positive integer/);
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
