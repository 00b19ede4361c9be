/**
 * /search-data/doc-shards.json: for each value of the 文件 filter (a short
 * title), the index shards holding that document; fetched by the search page
 * only when that filter is set, so it searches just those shards.
 */
import type { APIRoute } from 'astro';
import { searchData } from '../../data/search-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(searchData().docShards), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
