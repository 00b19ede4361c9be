/** /crosswalk.csv: one row per per-document file /crosswalk/<slug>.csv (README: "Crosswalk exports"). */
import type { APIRoute } from 'astro';
import { getCrosswalk } from '../data/crosswalk.ts';
import { crosswalkIndexCsv, crosswalkParts } from '../lib/crosswalk/export.ts';

export const GET: APIRoute = () =>
  new Response(crosswalkIndexCsv(crosswalkParts(getCrosswalk())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
