/**
 * The search index's shards bundled by several index workers at once
 * (src/integrations/pagefind-pool.ts, pagefind-worker.ts): the same files as
 * one worker, a failing shard named in the error, every Pagefind service
 * closed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planShards, writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { bundle, indexSegmentation, readIndexWords, writeBundle, type PagefindApi } from '../../src/integrations/pagefind-bundle.ts';
import { BundlePool, indexWorkerCount, MAX_DEFAULT_WORKERS } from '../../src/integrations/pagefind-pool.ts';
import { segmentationReport } from '../../src/lib/search/pagefind-format.ts';
import { buildRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { getCorpus } from '../../src/data/corpus.ts';
import { corpus as fixture } from '../fixtures/search-corpus.ts';
import { diffTrees, hashTree } from '../integrity/build.ts';
import { errorOf, rejectionOf } from '../support/thrown.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function site(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'tiaowen-workers-'));
  dirs.push(d);
  return d;
}

/** Pagefind processes this process started that are still running (not yet exited or reaped as zombies). */
function pagefindChildren(): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const m = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat);
    if (m && m[1]!.startsWith('pagefind') && m[2] !== 'Z' && Number(m[3]) === process.pid) out.push(Number(pid));
  }
  return out;
}

/** Wait (at most a few seconds) for killed Pagefind services to exit: the services are closed with a signal. */
async function settledPagefindChildren(): Promise<number[]> {
  for (let i = 0; i < 50 && pagefindChildren().length; i++) await new Promise((r) => setTimeout(r, 100));
  return pagefindChildren();
}

/** The seeds, forced into several shards. */
const LIMIT = 30;
const seeds = () => buildRecords(getCorpus().documents);

describe('index workers (run the pagefind binary)', () => {
  it('give the same files, byte for byte, as one worker, and leave no Pagefind process running', async () => {
    const records = seeds();
    const shards = planShards(records, LIMIT);
    expect(shards.length).toBeGreaterThanOrEqual(4); // several shards, so that workers overlap
    const one = await site();
    const three = await site();
    const a = await writeSearchIndex(records, join(one, 'pagefind'), { shardRecords: LIMIT, cache: null, workers: 1 });
    const b = await writeSearchIndex(records, join(three, 'pagefind'), { shardRecords: LIMIT, cache: null, workers: 3 });
    expect(a.shards).toBe(shards.length);
    expect(b).toEqual(a);
    const files = hashTree(one);
    expect(files.size).toBeGreaterThan(shards.length * 5);
    expect(diffTrees(files, hashTree(three))).toEqual([]);
    expect(await settledPagefindChildren()).toEqual([]);
  }, 120_000);

  it('bundle in worker threads of their own when more than one', async () => {
    const records = seeds();
    const [s0, s1] = planShards(records, LIMIT);
    const root = await site();
    const pool = new BundlePool(2, { config: {}, timeoutMs: 60_000, cache: null });
    try {
      await pool.ready();
      const first = pool.run(s0!, join(root, '0'), 'shard 0');
      await pool.ready(); // the second worker is free while the first bundles
      const second = pool.run(s1!, join(root, '1'), 'shard 1');
      const notes = await Promise.all([first, second]);
      expect(notes.map((n) => n.records)).toEqual([s0!.length, s1!.length]);
      expect(pool.threads).toBe(2);
      // what a bundle made in this thread holds
      const here = await bundle(s1!, join(root, 'here'), { config: {}, timeoutMs: 60_000, cache: null });
      expect(diffTrees(hashTree(join(root, '1')), hashTree(join(root, 'here')))).toEqual([]);
      expect({ ...notes[1], cached: false }).toEqual(here);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('fail the build naming the shard whose bundle failed, and still close every Pagefind service', async () => {
    const records = seeds();
    const shards = planShards(records, LIMIT);
    const bad = shards[2]![0]!;
    // Pagefind refuses a record whose metadata is not text
    const broken = records.map((r) => (r === bad ? ({ ...r, meta: { ...r.meta, title: 1 } } as unknown as SearchRecord) : r));
    const slug = bad.url.split('/').filter(Boolean).at(-2)!;
    for (const workers of [1, 2]) {
      const err = await writeSearchIndex(broken, join(await site(), 'pagefind'), { shardRecords: LIMIT, cache: null, workers }).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(err, `workers: ${workers}`).toBeInstanceOf(Error);
      expect(err!.message).toMatch(new RegExp(`^search index: shard 2 \\(${shards[2]!.length} records, documents ${slug} … .*pagefind-shards/2\\) failed: .*Pagefind service error`, 's'));
      expect(await settledPagefindChildren()).toEqual([]);
    }
  }, 120_000);
});

describe('writeBundle', () => {
  /** The Pagefind API with every call counted, and an index whose addCustomRecord answers `errors`. */
  function counted(errors: string[]) {
    const calls = { createIndex: 0, close: 0, writeFiles: 0 };
    const api: PagefindApi = {
      createIndex: async () => {
        calls.createIndex++;
        return {
          errors: [],
          index: {
            addCustomRecord: async () => ({ errors, file: undefined as never }),
            writeFiles: async () => (calls.writeFiles++, { errors: [], outputPath: '' }),
          } as never,
        };
      },
      close: async () => (calls.close++, null),
    };
    return { api, calls };
  }
  const records = buildRecords(fixture).slice(0, 3);

  it('checks every response and closes the service after a failure', async () => {
    const { api, calls } = counted(['bad record']);
    expect((await rejectionOf(writeBundle(records, join(await site(), 'x'), {}, 10_000, api))).message).toMatch(/addCustomRecord\(.*\) failed:\n {2}bad record/);
    expect(calls).toEqual({ createIndex: 1, close: 1, writeFiles: 0 });
  });

  it('closes the service after a success', async () => {
    const { api, calls } = counted([]);
    await writeBundle(records, join(await site(), 'x'), {}, 10_000, api);
    expect(calls).toEqual({ createIndex: 1, close: 1, writeFiles: 1 });
  });
});

describe('indexSegmentation', () => {
  it('is the report of every word of the index (runs the pagefind binary)', async () => {
    const out = join(await site(), 'pagefind');
    await writeSearchIndex(buildRecords(fixture), out, { cache: null, workers: 1 });
    const report = await indexSegmentation(out);
    expect(report).toEqual(segmentationReport(await readIndexWords(out)));
    expect(report.hanWords).toBeGreaterThan(100);
  }, 60_000);
});

describe('indexWorkerCount', () => {
  it('reads TIAOWEN_SEARCH_INDEX_WORKERS, else the cores up to a cap', () => {
    expect(indexWorkerCount({ TIAOWEN_SEARCH_INDEX_WORKERS: '3' }, 2)).toBe(3);
    expect(indexWorkerCount({}, 2)).toBe(2);
    expect(indexWorkerCount({}, 1)).toBe(1);
    expect(indexWorkerCount({}, 64)).toBe(MAX_DEFAULT_WORKERS);
    for (const v of ['0', '-1', '1.5', 'two']) expect(errorOf(() => indexWorkerCount({ TIAOWEN_SEARCH_INDEX_WORKERS: v }, 2)).message).toMatch(/TIAOWEN_SEARCH_INDEX_WORKERS.*positive integer/);
  });
});
