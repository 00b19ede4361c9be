/**
 * The share pages alone (what the build's share-pages integration writes in
 * `astro:build:done`, src/integrations/share-pages.ts), from the published
 * documents (content/regulations, or $TIAOWEN_CONTENT/regulations), read one
 * at a time: for measuring them, or for writing them into a site built with
 * TIAOWEN_SHARE_PAGES=none.
 *
 *   npm run share-pages -- SITEDIR [--base /zhidu/] [--site https://host/zhidu/]
 *
 * Prints the result (documents, pages, bytes) as one line of JSON.
 */
import { parseArgs } from 'node:util';
import { writeSharePages } from '../src/integrations/share-pages.ts';
import { parseSiteAddress } from '../src/lib/site-address.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { base: { type: 'string' }, site: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: share-pages SITEDIR [--base /path/] [--site https://host/path/]');
  process.exit(2);
}
const address = parseSiteAddress(values.site);
const base = address?.base ?? values.base ?? '/';
const r = writeSharePages(positionals[0]!, { base: base.endsWith('/') ? base : `${base}/`, site: address?.site });
console.log(JSON.stringify(r));
