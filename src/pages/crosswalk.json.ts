/**
 * /crosswalk.json: the list of the per-document files /crosswalk/<slug>.json
 * (each in the format of `npm run crosswalk -- --json`, for the links from
 * that document), so no file grows with the corpus. README: "Crosswalk exports".
 */
import type { APIRoute } from 'astro';
import { getCrosswalk } from '../data/crosswalk.ts';
import { crosswalkIndexJson, crosswalkParts } from '../lib/crosswalk/export.ts';

export const GET: APIRoute = () =>
  new Response(crosswalkIndexJson(crosswalkParts(getCrosswalk())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
