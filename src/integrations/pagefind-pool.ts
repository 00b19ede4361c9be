/**
 * The search index's shards made side by side: `TIAOWEN_SEARCH_INDEX_WORKERS`
 * bundles at once (default: the machine's available parallelism, at most
 * MAX_DEFAULT_WORKERS), each in a worker thread with its own Pagefind service
 * (src/integrations/pagefind-worker.ts). One worker makes the bundles in this
 * thread, one after the other, as before. A bundle's files do not depend on
 * which worker made it or when (each is a fresh Pagefind service), so the
 * index is the same byte for byte whatever the number of workers.
 *
 * `run` resolves with the bundle's note; `ready` waits until a worker is free
 * (so the caller holds at most one shard more than the workers do) and
 * rejects once a bundle has failed, so that no more documents are read.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundle, type BundleNote, type BundleOptions } from './pagefind-bundle.ts';
import type { SearchRecord } from '../lib/search/records.ts';

/** The default number of index workers is the available parallelism, capped here (each Pagefind service takes about 0.6 GB). */
export const MAX_DEFAULT_WORKERS = 4;

/** Index workers: `TIAOWEN_SEARCH_INDEX_WORKERS` (a positive integer) or min(available parallelism, MAX_DEFAULT_WORKERS). */
export function indexWorkerCount(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const raw = env.TIAOWEN_SEARCH_INDEX_WORKERS;
  if (raw === undefined || raw.trim() === '') return Math.max(1, Math.min(cores, MAX_DEFAULT_WORKERS));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`TIAOWEN_SEARCH_INDEX_WORKERS: expected a positive integer, got "${raw}"`);
  return n;
}

type Note = BundleNote & { cached: boolean };

interface Slot {
  worker: Worker | null; // null: this thread
  busy: { job: number; resolve: (n: Note) => void; reject: (e: Error) => void } | null;
}

export class BundlePool {
  private readonly slots: Slot[];
  private readonly waiting: (() => void)[] = [];
  private failure: Error | null = null;
  private jobs = 0;
  private started = 0;
  private readonly opts: BundleOptions;

  constructor(workers: number, opts: BundleOptions) {
    this.opts = opts;
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`index workers: expected a positive integer, got ${workers}`);
    this.slots = Array.from({ length: workers }, () => ({ worker: null, busy: null }));
  }

  /** Resolves when a worker is free; rejects when a bundle has failed. */
  async ready(): Promise<void> {
    while (!this.failure && !this.slots.some((s) => !s.busy)) await new Promise<void>((r) => this.waiting.push(r));
    if (this.failure) throw this.failure;
  }

  /** Make a bundle of `records` in `out` on a free worker (call `ready` first). `what` names it in an error. */
  run(records: SearchRecord[], out: string, what: string): Promise<Note> {
    const slot = this.slots.find((s) => !s.busy);
    if (!slot) throw new Error('BundlePool.run: no free worker (await ready() first)');
    const job = ++this.jobs;
    const done = new Promise<Note>((resolve, reject) => {
      slot.busy = { job, resolve, reject };
      if (this.slots.length === 1) bundle(records, out, this.opts).then(resolve, reject);
      else this.worker(slot).postMessage({ job, records, out, opts: this.opts });
    });
    return done.then(
      (note) => {
        this.free(slot);
        return note;
      },
      (e: unknown) => {
        const err = new Error(`search index: ${what} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        this.failure ??= err;
        this.free(slot);
        throw err;
      },
    );
  }

  private free(slot: Slot): void {
    slot.busy = null;
    this.waiting.splice(0).forEach((w) => w());
  }

  private worker(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const w = new Worker(new URL('./pagefind-worker.ts', import.meta.url));
    this.started++;
    w.on('message', (m: { job: number; note?: Note; error?: string }) => {
      const busy = slot.busy;
      if (!busy || busy.job !== m.job) return;
      if (m.error !== undefined) busy.reject(new Error(m.error));
      else busy.resolve(m.note!);
    });
    const lost = (why: string) => {
      slot.worker = null;
      slot.busy?.reject(new Error(`the index worker thread ${why}`));
    };
    w.on('error', (e: unknown) => lost(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    w.on('exit', (code) => lost(`exited (code ${code})`));
    slot.worker = w;
    return w;
  }

  /** Worker threads started so far (0 with one worker: it runs in this thread). */
  get threads(): number {
    return this.started;
  }

  /** Stop the worker threads (after every bundle run has settled: each closes its Pagefind service itself). */
  async close(): Promise<void> {
    const workers = this.slots.flatMap((s) => (s.worker ? [s.worker] : []));
    for (const s of this.slots) s.worker = null;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
