/**
 * /compare/data/<slug>.json: one comparable document's compare units and its
 * outgoing crosswalk links (see src/lib/compare/data.ts), one file per
 * document, for comparing any two in the browser.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus.ts';
import { compareDocData } from '../../../lib/compare/data.ts';
import { comparableDocuments } from '../../../lib/compare/pairs.ts';
import { compareLinks } from '../_links.ts';
import { groupOf } from '../_groups.ts';

export const getStaticPaths = (() =>
  comparableDocuments(getCorpus().documents)
    .map((d) => ({ params: { slug: d.meta.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const doc = getCorpus().get(params.slug!)!;
  return new Response(JSON.stringify(compareDocData(doc, compareLinks(), groupOf(doc.meta.slug))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
