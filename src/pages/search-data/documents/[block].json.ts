/**
 * /search-data/documents/<k>.json: documents k·DOCS_PER_BLOCK… in corpus
 * order (titles, filters, path), fetched by the search page for the
 * candidates the title index gives a citation query.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData } from '../../../data/search-data.ts';

export const getStaticPaths = (() => searchData().documentBlocks.map((_, i) => ({ params: { block: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchData().documentBlocks[Number(params.block)]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
