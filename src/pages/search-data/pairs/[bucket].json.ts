/**
 * /search-data/pairs/<n>.json: one bucket of the pair table (src/lib/search/pair-table.ts),
 * fetched by the search page for the pieces of a query.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData, searchDataFile } from '../../../data/search-data.ts';

export const getStaticPaths = (() => Array.from({ length: searchData().buckets }, (_, i) => ({ params: { bucket: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(searchDataFile(`pairs/${Number(params.bucket)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
