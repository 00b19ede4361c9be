/**
 * /draft/parents/<slug>.json: what the draft check (/draft/) needs of one
 * parent — its tree and texts, its topics, the corpus's n-gram counts for its
 * n-grams (src/lib/draft/parent-data.ts) — one file per parent, fetched when
 * a drafter chooses that parent.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus.ts';
import { readTopics } from '../../../data/crosswalk.ts';
import { loadTopics } from '../../../lib/crosswalk/topics.ts';
import { draftParents, parentPayload } from '../../../lib/draft/parent-data.ts';

export const getStaticPaths = (() => draftParents(getCorpus().documents).map((d) => ({ params: { slug: d.meta.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const docs = getCorpus().documents;
  const topics = loadTopics(readTopics(), (s) => !!getCorpus().get(s));
  return new Response(JSON.stringify(parentPayload(params.slug!, docs, topics)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
