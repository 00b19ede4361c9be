/**
 * What the draft check needs of one parent, as one static JSON file per
 * parent (/draft/parents/<slug>.json, fetched when the drafter chooses that
 * parent): the parent document (its tree and texts), its topics file and the
 * corpus's n-gram counts restricted to the parent's n-grams — exactly what
 * the build's suggester uses for that parent, so that the browser computes
 * the same suggestions and relations.
 */
import type { RegDocument } from '../document.ts';
import { buildIndexes, corpusBackground, linkedDocuments } from '../crosswalk/build.ts';
import type { TopicSpec } from '../crosswalk/functions.ts';
import type { BackgroundData } from '../crosswalk/suggest.ts';

export interface ParentPayload {
  version: 1;
  /** The parent document as the site publishes it (metadata, provision tree, aliases). */
  doc: RegDocument;
  /** The parent's topics (content/crosswalk/topics/<slug>.yaml), or none. */
  topics: TopicSpec[];
  /** Corpus n-gram counts for the parent's n-grams (Background.toData). */
  background: BackgroundData;
}

/** Path of a parent's data file. */
export function parentDataPath(slug: string): string {
  return `/draft/parents/${encodeURIComponent(slug)}.json`;
}

/** The documents a draft can be checked against: the parents of the corpus's measures, in corpus order. */
export function draftParents(documents: readonly RegDocument[]): RegDocument[] {
  return linkedDocuments(documents).parents;
}

/** The data file of one parent (`topics`: every parent's topics, as loadTopics gives them). */
export function parentPayload(slug: string, documents: readonly RegDocument[], topics: ReadonlyMap<string, readonly TopicSpec[]>): ParentPayload {
  // Nothing here depends on the documents' order: the indexes are per parent, the background's counts are sums and
  // toData sorts its n-grams (tests/lib/draft/analyse.test.ts compares the payload of the documents reversed).
  const indexes = buildIndexes(documents, topics);
  const ix = indexes.get(slug);
  const doc = documents.find((d) => d.meta.slug === slug);
  if (!ix || !doc) throw new Error(`draft check: ${slug} is not the parent of any measure of the corpus`);
  const { measures, parents } = linkedDocuments(documents);
  const bg = corpusBackground([...parents, ...measures], [...indexes.values()]);
  return { version: 1, doc, topics: [...(topics.get(slug) ?? [])], background: bg.toData(ix.knows) };
}
