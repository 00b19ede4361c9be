/** /crosswalk.csv: one row per published link (same bytes as `npm run crosswalk -- --csv`). */
import type { APIRoute } from 'astro';
import { getCrosswalk } from '../data/crosswalk.ts';
import { crosswalkCsv } from '../lib/crosswalk/export.ts';

export const GET: APIRoute = () =>
  new Response(crosswalkCsv(getCrosswalk()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
