/**
 * /compare/data/index.json: what the any-two picker lists (see
 * src/lib/compare/data.ts) — no texts; those are in /compare/data/<slug>.json.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../data/corpus.ts';
import { pickerIndex } from '../../../lib/compare/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(pickerIndex(getCorpus().documents)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
