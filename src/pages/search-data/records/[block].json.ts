/**
 * /search-data/records/<b>.json: the texts of a block of consecutive search
 * units with their documents (src/lib/search/postings.ts), fetched by the
 * search page to check the candidates a rare query's postings give.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData, searchDataFile } from '../../../data/search-data.ts';

export const getStaticPaths = (() => Array.from({ length: searchData().blocks }, (_, i) => ({ params: { block: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(searchDataFile(`records/${Number(params.block)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
