/**
 * /search-data/doc/<slug>.json: a document's anchors and the beginning of each
 * searchable unit's text, fetched by the search page when a citation query
 * names that document.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus.ts';
import { documentAnchors } from '../../../lib/search/records.ts';

export const getStaticPaths = (() => getCorpus().documents.map((d) => ({ params: { slug: d.meta.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(documentAnchors(getCorpus().get(params.slug!)!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
