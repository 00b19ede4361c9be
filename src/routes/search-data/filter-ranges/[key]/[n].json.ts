/**
 * /search-data/filter-ranges/<key>/<n>.json: the records of a file's worth of
 * one filter's values (src/lib/search/filter-ranges.ts), fetched by the search
 * page when that filter is chosen.
 *
 * Served by `astro dev` only (src/integrations/pagefind.ts injects it): a build's
 * search-index process writes these files itself (src/data/search-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localSearchData, localSearchDataFile } from '../../../../data/search-data.ts';

export const getStaticPaths = (() =>
  Object.entries(localSearchData().counts.filterRanges).flatMap(([key, files]) => Array.from({ length: files }, (_, n) => ({ params: { key, n: String(n) } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(localSearchDataFile(`filter-ranges/${params.key!}/${Number(params.n)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
