/**
 * The search-index stage alone, for the benchmark: what the Astro
 * integration does in astro:build:done (records from the corpus, Pagefind
 * index written), into the folder given as argument.
 *
 *   TIAOWEN_CONTENT=… tsx scripts/lib/bench-pagefind.ts OUTDIR
 */
import { getCorpus } from '../../src/data/corpus.ts';
import { buildRecords } from '../../src/lib/search/records.ts';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/lib/bench-pagefind.ts OUTDIR');
  process.exit(2);
}
const docs = getCorpus().documents;
const r = await writeSearchIndex(buildRecords(docs, '/'), out, { timeoutMs: 1_800_000 });
console.log(JSON.stringify({ documents: docs.length, records: r.records, files: r.files, bytes: r.bytes }));
