/**
 * /search-data/pairs/<n>.json: one bucket of the pair table (src/lib/search/pair-table.ts),
 * fetched by the search page for the pieces of a query.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData } from '../../../data/search-data.ts';

export const getStaticPaths = (() => searchData().buckets.map((_, i) => ({ params: { bucket: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchData().buckets[Number(params.bucket)]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
