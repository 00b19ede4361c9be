/**
 * /search-data/documents.json: every document's titles, filters and index
 * shard, corpus order; the search page fetches it only for a query that
 * cites a document (问责条例第七条).
 */
import type { APIRoute } from 'astro';
import { searchData } from '../../data/search-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(searchData().documents), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
