/**
 * /search-data/filter-ranges/<key>/<n>.json: the records of a file's worth of
 * one filter's values (src/lib/search/filter-ranges.ts), fetched by the search
 * page when that filter is chosen.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData } from '../../../../data/search-data.ts';

export const getStaticPaths = (() =>
  Object.entries(searchData().filterRanges).flatMap(([key, files]) => files.map((_, n) => ({ params: { key, n: String(n) } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchData().filterRanges[params.key!]![Number(params.n)]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
