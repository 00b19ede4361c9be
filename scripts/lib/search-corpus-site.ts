/**
 * A search-only site of a corpus, for the search benchmark: everything the
 * search page fetches, and nothing else (no document pages, exports or
 * compare data, which a search never loads and which take most of a full
 * build's time; the pipeline benchmark measures the full build).
 *
 * - the search page and its scripts and styles: copied from a built site
 *   (`npm run build`; they do not depend on the corpus), with the page's
 *   inline data (`#search-data`: numbers of buckets and shards) set for this
 *   corpus and the long filter lists left to load on first use, as the page
 *   renders them for a large corpus;
 * - /search-data/: written by the same functions the build calls
 *   (src/data/search-data.ts, documentAnchors): pair table, postings (whole
 *   and in parts), filter ranges, record blocks, documents' shards, document
 *   list and anchors;
 * - /pagefind/ and /pagefind-shards/: written by `writeSearchIndex` from
 *   `buildRecords`, as the build's integration does (or an index already
 *   written that way, `index`).
 *
 * Run with TIAOWEN_CONTENT pointing at the corpus's content folder.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCorpus } from '../../src/data/corpus.ts';
import { filterValues, INLINE_FILTER_VALUES, searchData, provideSearchDataCounts, searchPageData, writeSearchDataFiles } from '../../src/data/search-data.ts';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { buildRecords, documentAnchors } from '../../src/lib/search/records.ts';
import { isMain } from './is-main.ts';

function writeJson(file: string, value: unknown): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

/** The built search page with this corpus's inline data and without the options of long filter lists. */
export function searchPageFor(html: string, data: Awaited<ReturnType<typeof searchPageData>>, lazyKeys: readonly string[]): string {
  const inline = /(<script type="application\/json" id="search-data">)[^<]*(<\/script>)/;
  if (!inline.test(html)) throw new Error('search page: no <script type="application/json" id="search-data"> to set (has the page changed?)');
  let out = html.replace(inline, `$1${JSON.stringify(data)}$2`);
  for (const k of lazyKeys) {
    const select = new RegExp(`(<select id="search-filter-${k}" name="${k}")([^>]*>)(<option value=""[^>]*>全部</option>)(?:<option[^>]*>[^<]*</option>)*</select>`);
    if (!select.test(out)) throw new Error(`search page: no <select> for the filter ${k}`);
    out = out.replace(select, '$1 data-lazy$2$3</select>');
  }
  return out;
}

/** Write the search-only site of the corpus under TIAOWEN_CONTENT into `out`, from the built site `built`. */
export async function writeSearchSite(built: string, out: string, index?: string): Promise<{ documents: number; records: number; shards: number }> {
  if (!existsSync(join(built, 'search', 'index.html'))) throw new Error(`${built}: no built search page; run \`npm run build\` first`);
  const docs = getCorpus().documents;
  const data = searchData();
  const counts = writeSearchDataFiles(join(out, 'search-data'));
  provideSearchDataCounts(Promise.resolve(counts)); // what searchPageData embeds, without writing the data again
  const values = filterValues();
  const lazy = Object.keys(values).filter((k) => values[k]!.length > INLINE_FILTER_VALUES);
  mkdirSync(join(out, 'search'), { recursive: true });
  writeFileSync(join(out, 'search', 'index.html'), searchPageFor(readFileSync(join(built, 'search', 'index.html'), 'utf8'), await searchPageData(), lazy));
  cpSync(join(built, '_astro'), join(out, '_astro'), { recursive: true });
  if (existsSync(join(built, 'favicon.svg'))) cpSync(join(built, 'favicon.svg'), join(out, 'favicon.svg'));
  data.titles.forEach((b, i) => writeJson(join(out, 'search-data', 'titles', `${i}.json`), b));
  data.documentBlocks.forEach((b, i) => writeJson(join(out, 'search-data', 'documents', `${i}.json`), b));
  writeJson(join(out, 'search-data', 'documents.json'), data.documents);
  writeJson(join(out, 'search-data', 'filters.json'), Object.fromEntries(lazy.map((k) => [k, values[k]])));
  for (const d of docs) writeJson(join(out, 'search-data', 'doc', `${d.meta.slug}.json`), documentAnchors(d));
  let records = 0;
  if (index) {
    cpSync(join(index, 'pagefind'), join(out, 'pagefind'), { recursive: true });
    if (existsSync(join(index, 'pagefind-shards'))) cpSync(join(index, 'pagefind-shards'), join(out, 'pagefind-shards'), { recursive: true });
  } else {
    const r = await writeSearchIndex(buildRecords(docs, '/'), join(out, 'pagefind'));
    records = r.records;
  }
  return { documents: docs.length, records, shards: counts.shards };
}

// TIAOWEN_CONTENT=<corpus content> tsx scripts/lib/search-corpus-site.ts <built site> <out> [<index written by writeSearchIndex>]
if (isMain(import.meta.url)) {
  const [built, out, index] = process.argv.slice(2);
  if (!built || !out) throw new Error('usage: tsx scripts/lib/search-corpus-site.ts <built site> <out> [<index>]');
  console.log(JSON.stringify(await writeSearchSite(built, out, index)));
}
