/** /crosswalk/<slug>.csv: one row per link from one document, in the format of the full export. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { crosswalkCsv } from '../../lib/crosswalk/export.ts';
import { partsBySlug } from './_parts.ts';

export const getStaticPaths = (() => [...partsBySlug().keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(crosswalkCsv(partsBySlug().get(params.slug!)!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
