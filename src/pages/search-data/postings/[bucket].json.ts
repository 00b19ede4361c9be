/**
 * /search-data/postings/<n>.json: one file of the postings of rare pieces
 * (src/lib/search/postings.ts), fetched by the search page for the pieces of
 * a query whose rarest piece is rare enough to have postings.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData, searchDataFile } from '../../../data/search-data.ts';

export const getStaticPaths = (() => Array.from({ length: searchData().postings }, (_, i) => ({ params: { bucket: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(searchDataFile(`postings/${Number(params.bucket)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
