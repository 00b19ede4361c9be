/** /regulations/<slug>.akn.xml: the document in Akoma Ntoso 3.0 (src/lib/export/akoma-ntoso.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { akomaNtoso } from '../../lib/export/akoma-ntoso.ts';
import { regulationPaths } from './_paths.ts';

export const getStaticPaths = regulationPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(akomaNtoso(getCorpus().get(params.slug!)!), { headers: { 'Content-Type': 'application/akn+xml; charset=utf-8' } });
