/**
 * /search-data/pairs/<n>.json: one bucket of the pair table (src/lib/search/pair-table.ts),
 * fetched by the search page for the pieces of a query.
 *
 * Served by `astro dev` only (src/integrations/pagefind.ts injects it): a build's
 * search-index process writes these files itself (src/data/search-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localSearchData, localSearchDataFile } from '../../../data/search-data.ts';

export const getStaticPaths = (() => Array.from({ length: localSearchData().counts.buckets }, (_, i) => ({ params: { bucket: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(localSearchDataFile(`pairs/${Number(params.bucket)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
