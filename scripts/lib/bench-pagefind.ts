/**
 * The search-index stage alone, for the benchmark: what the Astro
 * integration runs in its own process (scripts/search-index.ts), into the
 * folder given as argument (its pagefind/ subfolder).
 *
 *   TIAOWEN_CONTENT=… tsx scripts/lib/bench-pagefind.ts OUTDIR
 */
import { indexCorpus } from '../../src/integrations/pagefind.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/lib/bench-pagefind.ts OUTDIR');
  process.exit(2);
}
const r = await indexCorpus(out, '/', { timeoutMs: 1_800_000 });
console.log(JSON.stringify({ documents: r.documents, records: r.records, files: r.files, bytes: r.bytes }));
