/**
 * /search-data/records/<b>.json: the texts of a block of consecutive search
 * units with their documents (src/lib/search/postings.ts), fetched by the
 * search page to check the candidates a rare query's postings give.
 *
 * Served by `astro dev` only (src/integrations/pagefind.ts injects it): a build's
 * search-index process writes these files itself (src/data/search-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localSearchData, localSearchDataFile } from '../../../data/search-data.ts';

export const getStaticPaths = (() => Array.from({ length: localSearchData().counts.blocks }, (_, i) => ({ params: { block: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(localSearchDataFile(`records/${Number(params.block)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
