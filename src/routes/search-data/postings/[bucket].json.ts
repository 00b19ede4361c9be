/**
 * /search-data/postings/<n>.json: one file of the postings of rare pieces
 * (src/lib/search/postings.ts), fetched by the search page for the pieces of
 * a query whose rarest piece is rare enough to have postings.
 *
 * Served by `astro dev` only (src/integrations/pagefind.ts injects it): a build's
 * search-index process writes these files itself (src/data/search-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localSearchData, localSearchDataFile } from '../../../data/search-data.ts';

export const getStaticPaths = (() => Array.from({ length: localSearchData().counts.postings }, (_, i) => ({ params: { bucket: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(localSearchDataFile(`postings/${Number(params.bucket)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
