/** /crosswalk/<slug>.json: the links from one document and its external references, in the format of the full export. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { crosswalkJson } from '../../lib/crosswalk/export.ts';
import { partsBySlug } from './_parts.ts';

export const getStaticPaths = (() => [...partsBySlug().keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(crosswalkJson(partsBySlug().get(params.slug!)!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
