/** /compare/data/group/<key>.json: the comparable documents of one issuer, for the picker (see src/lib/compare/data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compareGroups } from '../../_groups.ts';

export const getStaticPaths = (() => compareGroups().map((g) => ({ params: { key: g.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(compareGroups().find((g) => g.key === params.key)!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
