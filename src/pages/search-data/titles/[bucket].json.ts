/**
 * /search-data/titles/<n>.json: one file of the title index
 * (src/lib/search/title-index.ts), fetched by the search page for the
 * characters of a name a citation query cites.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData } from '../../../data/search-data.ts';

export const getStaticPaths = (() => searchData().titles.map((_, i) => ({ params: { bucket: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchData().titles[Number(params.bucket)]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
