/**
 * The site's search index alone: what the build's search integration runs in
 * its own process (src/integrations/pagefind.ts, `searchIndex()`), from the
 * published documents (content/regulations, or $TIAOWEN_CONTENT/regulations),
 * read one at a time.
 *
 *   npm run search-index -- SITEDIR [--base /docs/]   writes SITEDIR/pagefind/ (+ SITEDIR/pagefind-shards/)
 *
 * Prints the result as one line of JSON on stdout. Uses the build cache
 * (TIAOWEN_CACHE, TIAOWEN_CACHE_DIR; README "Build cache").
 */
import { parseArgs } from 'node:util';
import { indexCorpus } from '../src/integrations/pagefind.ts';

const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { base: { type: 'string', default: '/' } } });
if (positionals.length !== 1) {
  console.error('usage: search-index SITEDIR [--base /path/]');
  process.exit(2);
}
const r = await indexCorpus(positionals[0]!, values.base, { timeoutMs: 1_800_000 });
console.log(JSON.stringify(r));
