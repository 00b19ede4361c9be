/**
 * An index worker thread (src/integrations/pagefind-pool.ts): makes the
 * bundles it is sent, one at a time, each with a Pagefind service of its own
 * (src/integrations/pagefind-bundle.ts; the `pagefind` package keeps one
 * service per thread, so workers index side by side), and answers with the
 * bundle's note or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { bundle, type BundleOptions } from './pagefind-bundle.ts';
import type { SearchRecord } from '../lib/search/records.ts';

/** A bundle to make. */
export interface BundleJob {
  job: number;
  records: SearchRecord[];
  out: string;
  opts: BundleOptions;
}

if (!parentPort) throw new Error('pagefind-worker.ts runs as a worker thread (src/integrations/pagefind-pool.ts)');
const port = parentPort;
port.on('message', (m: BundleJob) => {
  bundle(m.records, m.out, m.opts).then(
    (note) => port.postMessage({ job: m.job, note }),
    (e: unknown) => port.postMessage({ job: m.job, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
