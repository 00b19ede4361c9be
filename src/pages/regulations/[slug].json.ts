/** /regulations/<slug>.json: the document as data (schema: /schemas/document.schema.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { getCrosswalk } from '../../data/crosswalk.ts';
import { documentJson } from '../../lib/export/document-json.ts';
import { regulationPaths } from './_paths.ts';

export const getStaticPaths = regulationPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(documentJson(getCorpus().get(params.slug!)!, getCrosswalk().links), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
