/**
 * Which documents are compared, and with which links.
 *
 * - Every measure with a parent gets a measure–parent comparison aligned by
 *   the crosswalk (when it has links between the two documents) or by the
 *   bigram fallback.
 * - Any two documents can be compared (the picker): aligned by the
 *   crosswalk if it links them, otherwise by the bigram fallback.
 */
import type { RegDocument } from '../document.ts';
import { alignDocuments, type Alignment } from './align.ts';
import { bigramLinker, type AlignLink, type Relation } from './similarity.ts';
import { compareUnits, type CompareUnit } from './units.ts';

/** A crosswalk link as the crosswalk publishes it (anchors may point below the article: art-6-para-2). */
export interface CrosswalkLinkLike {
  from: { doc: string; anchor: string };
  to: { doc: string; anchor: string };
  relation: Relation;
  score: number;
}

/** Documents that can be compared: everything but commentary. */
export function comparableDocuments(docs: readonly RegDocument[]): RegDocument[] {
  return docs.filter((d) => d.meta.class !== '评论');
}

/** Every (measure, parent) pair whose parent is in the corpus, in corpus order. */
export function parentPairs(docs: readonly RegDocument[]): { local: RegDocument; base: RegDocument }[] {
  const bySlug = new Map(docs.map((d) => [d.meta.slug, d]));
  const out: { local: RegDocument; base: RegDocument }[] = [];
  for (const d of comparableDocuments(docs)) {
    for (const p of d.meta.parents) {
      const base = bySlug.get(p.slug);
      if (base && base !== d) out.push({ local: d, base });
    }
  }
  return out;
}

/** Every ordered pair of distinct comparable documents, in corpus order. */
export function allPairs(docs: readonly RegDocument[]): { local: RegDocument; base: RegDocument }[] {
  const list = comparableDocuments(docs);
  return list.flatMap((a) => list.filter((b) => b !== a).map((b) => ({ local: a, base: b })));
}

/** The unit whose anchor is `anchor` or an ancestor of it (art-6 for art-6-para-2). */
function unitFor(units: readonly CompareUnit[], anchor: string): CompareUnit | undefined {
  return units.find((u) => anchor === u.anchor || anchor.startsWith(`${u.anchor}-`));
}

/** Crosswalk links from `local` to `base`, lifted to unit anchors (the highest score kept per pair of units). */
export function crosswalkLinks(
  links: readonly CrosswalkLinkLike[],
  local: readonly CompareUnit[],
  base: readonly CompareUnit[],
): AlignLink[] {
  const localDoc = local[0]?.doc;
  const baseDoc = base[0]?.doc;
  const byKey = new Map<string, AlignLink>();
  for (const l of links) {
    if (l.from.doc !== localDoc || l.to.doc !== baseDoc) continue;
    const from = unitFor(local, l.from.anchor);
    const to = unitFor(base, l.to.anchor);
    if (!from || !to) continue;
    const key = `${from.anchor}\u0000${to.anchor}`;
    const prev = byKey.get(key);
    if (!prev || l.score > prev.score) byKey.set(key, { local: from.anchor, base: to.anchor, relation: l.relation, score: l.score });
  }
  return [...byKey.values()].sort((x, y) => x.local.localeCompare(y.local) || x.base.localeCompare(y.base));
}

export interface DocumentComparison extends Alignment {
  local: RegDocument;
  base: RegDocument;
  /** Where the alignment came from. */
  linkSource: 'crosswalk' | 'similarity';
}

/**
 * Compare `local` against `base`. Links come from the crosswalk when it has
 * any between the two documents, otherwise from the bigram fallback.
 */
export function compareDocuments(local: RegDocument, base: RegDocument, crosswalk: readonly CrosswalkLinkLike[] = []): DocumentComparison {
  const lu = compareUnits(local);
  const bu = compareUnits(base);
  const fromCrosswalk = crosswalkLinks(crosswalk, lu, bu);
  const links = fromCrosswalk.length ? fromCrosswalk : bigramLinker(lu, bu);
  return { ...alignDocuments(lu, bu, links), local, base, linkSource: fromCrosswalk.length ? 'crosswalk' : 'similarity' };
}
