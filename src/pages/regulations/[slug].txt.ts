/** /regulations/<slug>.txt: the published text with its numbering. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { documentText } from '../../lib/export/document-text.ts';
import { regulationPaths } from './_paths.ts';

export const getStaticPaths = regulationPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(documentText(getCorpus().get(params.slug!)!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
