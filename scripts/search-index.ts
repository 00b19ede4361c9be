/**
 * The site's search index alone: what the build's search integration runs in
 * its own process (src/integrations/pagefind.ts, `searchIndex()`), from the
 * published documents (content/regulations, or $TIAOWEN_CONTENT/regulations),
 * read one at a time.
 *
 *   npm run search-index -- SITEDIR [--base /docs/]   writes SITEDIR/pagefind/ (+ SITEDIR/pagefind-shards/)
 *   … --heap-log N                                    logs the heap on stderr every N documents read
 *   … --search-data                                   first writes SITEDIR/search-data/ (pair table, postings,
 *                                                     record blocks, documents' shards; src/data/search-data.ts)
 *                                                     and prints {"searchData": counts} as a line of JSON
 *   … --search-data --no-index                        the search data alone (the build runs the two in two processes)
 *
 * Prints the result as one line of JSON on stdout (the last line). Uses the build cache
 * (TIAOWEN_CACHE, TIAOWEN_CACHE_DIR; README "Build cache"). The shards are indexed by
 * TIAOWEN_SEARCH_INDEX_WORKERS worker threads at once (default: the cores, at most 4; README "Search").
 */
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { eachDocument } from '../src/data/corpus.ts';
import { writeSearchDataFiles } from '../src/data/search-data.ts';
import { indexCorpus } from '../src/integrations/pagefind.ts';
import { boundHeapGrowth } from '../src/integrations/heap.ts';
import type { RegDocument } from '../src/lib/document.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { base: { type: 'string', default: '/' }, 'search-data': { type: 'boolean', default: false }, 'no-index': { type: 'boolean', default: false }, 'heap-log': { type: 'string' } },
});
const heapEvery = values['heap-log'] === undefined ? 0 : Number(values['heap-log']);
if (positionals.length !== 1 || !(Number.isInteger(heapEvery) && heapEvery >= 0)) {
  console.error('usage: search-index SITEDIR [--base /path/] [--search-data [--no-index]] [--heap-log N (documents)]');
  process.exit(2);
}
if (values['no-index'] && !values['search-data']) {
  console.error('search-index: --no-index without --search-data leaves nothing to do');
  process.exit(2);
}
// the heap near what is live (README "Memory: one document at a time"), as in the Astro process
boundHeapGrowth();

/** The documents, one at a time; with --heap-log N, the heap and resident memory on stderr every N documents of each pass. */
function* documents(): Generator<RegDocument> {
  let n = 0;
  for (const d of eachDocument()) {
    yield d;
    if (heapEvery && ++n % heapEvery === 0) logHeap(`${n} documents`);
  }
  if (heapEvery) logHeap(`pass done, ${n} documents`);
}

function logHeap(at: string): void {
  const mb = (b: number) => Math.round(b / 1048576);
  const h = getHeapStatistics();
  console.error(`heap: ${at}: used ${mb(h.used_heap_size)} MB of ${mb(h.total_heap_size)} MB, external ${mb(h.external_memory)} MB, resident ${mb(process.memoryUsage.rss())} MB`);
}

if (values['search-data']) {
  console.log(JSON.stringify({ searchData: writeSearchDataFiles(join(positionals[0]!, 'search-data'), documents) }));
  if (heapEvery) logHeap('search data written');
}
if (!values['no-index']) console.log(JSON.stringify(await indexCorpus(positionals[0]!, values.base, { timeoutMs: 1_800_000 })));
