/** /crosswalk.json: every published link (same bytes as `npm run crosswalk -- --json`). */
import type { APIRoute } from 'astro';
import { getCrosswalk } from '../data/crosswalk.ts';
import { crosswalkJson } from '../lib/crosswalk/export.ts';

export const GET: APIRoute = () =>
  new Response(crosswalkJson(getCrosswalk()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
