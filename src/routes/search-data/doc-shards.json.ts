/**
 * /search-data/doc-shards.json: for each value of the 文件 filter (a short
 * title), the index shards holding that document; fetched by the search page
 * only when that filter is set, so it searches just those shards.
 *
 * Served by `astro dev` only (src/integrations/pagefind.ts injects it): a build's
 * search-index process writes this file itself (src/data/search-data.ts).
 */
import type { APIRoute } from 'astro';
import { localSearchDataFile } from '../../data/search-data.ts';

export const GET: APIRoute = () => new Response(localSearchDataFile('doc-shards.json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
