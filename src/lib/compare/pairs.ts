/**
 * Which documents are compared, and with which links.
 *
 * - Every measure with a parent gets a measure–parent comparison aligned by
 *   the crosswalk (when it has links between the two documents) or by the
 *   bigram fallback. These, and only these, are pre-rendered as pages
 *   (/compare/<measure>/<parent>/): one per declared parent, so the number
 *   of pages grows with the corpus, never with its square.
 * - Any two documents can be compared (the picker), in the browser, from
 *   per-document data (see data.ts) and this same code: aligned by the
 *   crosswalk if it links them directly; two measures of the same parent
 *   are aligned through the parent provisions both link to (Rizhao 第六条
 *   and Weifang's 问责方式 article both take up 2016 第七条); otherwise by
 *   the bigram fallback.
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

/** Code-unit order: the same in Node and in every browser, whatever the locale (the browser aligns with this code too). */
const byCode = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Documents that can be compared: everything but commentary. */
export function comparableDocuments(docs: readonly RegDocument[]): RegDocument[] {
  return docs.filter((d) => d.meta.class !== '评论');
}

/**
 * Every (measure, parent) pair whose parent is a comparable document of the
 * corpus, in corpus order (a parent declared twice counts once).
 */
export function parentPairs(docs: readonly RegDocument[]): { local: RegDocument; base: RegDocument }[] {
  const comparable = comparableDocuments(docs);
  const bySlug = new Map(comparable.map((d) => [d.meta.slug, d]));
  const out: { local: RegDocument; base: RegDocument }[] = [];
  for (const d of comparable) {
    const seen = new Set<string>();
    for (const p of d.meta.parents) {
      const base = bySlug.get(p.slug);
      if (!base || base === d || seen.has(p.slug)) continue;
      seen.add(p.slug);
      out.push({ local: d, base });
    }
  }
  return out;
}

/**
 * The pre-rendered compare pages, as route parameters of
 * src/pages/compare/[a]/[b].astro: exactly the measure–parent pairs.
 */
export function comparePageParams(docs: readonly RegDocument[]): { a: string; b: string }[] {
  return parentPairs(docs).map((p) => ({ a: p.local.meta.slug, b: p.base.meta.slug }));
}

/** Path of a pre-rendered measure–parent compare page. */
export function comparePagePath(local: string, base: string): string {
  return `/compare/${encodeURIComponent(local)}/${encodeURIComponent(base)}/`;
}

/** The unit whose anchor is `anchor` or an ancestor of it (art-6 for art-6-para-2). */
function unitFor(units: readonly CompareUnit[], anchor: string): CompareUnit | undefined {
  return units.find((u) => anchor === u.anchor || anchor.startsWith(`${u.anchor}-`));
}

/** Crosswalk links between `local` and `base` (either direction), lifted to unit anchors (the highest score kept per pair of units). */
export function crosswalkLinks(
  links: readonly CrosswalkLinkLike[],
  local: readonly CompareUnit[],
  base: readonly CompareUnit[],
): AlignLink[] {
  const localDoc = local[0]?.doc;
  const baseDoc = base[0]?.doc;
  const byKey = new Map<string, AlignLink>();
  for (const l of links) {
    // A parent compared against its measure reads the measure's links backwards.
    const forward = l.from.doc === localDoc && l.to.doc === baseDoc;
    const backward = l.from.doc === baseDoc && l.to.doc === localDoc;
    if (!forward && !backward) continue;
    const from = unitFor(local, forward ? l.from.anchor : l.to.anchor);
    const to = unitFor(base, forward ? l.to.anchor : l.from.anchor);
    if (!from || !to) continue;
    const key = `${from.anchor}\u0000${to.anchor}`;
    const prev = byKey.get(key);
    if (!prev || l.score > prev.score) byKey.set(key, { local: from.anchor, base: to.anchor, relation: l.relation, score: l.score });
  }
  return [...byKey.values()].sort((x, y) => byCode(x.local, y.local) || byCode(x.base, y.base));
}

/**
 * Links between two documents that implement the same parent: a provision of
 * `local` and one of `base` are linked when the crosswalk links both to the
 * same parent provision (or to provisions inside the same parent article).
 * Score: the weaker of the two links; relation `restates` only when both
 * restate it, otherwise `related`.
 */
export function sharedParentLinks(
  links: readonly CrosswalkLinkLike[],
  local: readonly CompareUnit[],
  base: readonly CompareUnit[],
): AlignLink[] {
  const localDoc = local[0]?.doc;
  const baseDoc = base[0]?.doc;
  // Parent provision (doc#article-level anchor) → links from each side, lifted to units.
  const lift = (doc: string | undefined, units: readonly CompareUnit[]) => {
    const out = new Map<string, { unit: string; relation: Relation; score: number }[]>();
    for (const l of links) {
      if (l.from.doc !== doc || l.to.doc === localDoc || l.to.doc === baseDoc) continue;
      const u = unitFor(units, l.from.anchor);
      if (!u) continue;
      const key = `${l.to.doc}#${l.to.anchor.split('-').slice(0, 2).join('-')}`;
      const list = out.get(key) ?? [];
      list.push({ unit: u.anchor, relation: l.relation, score: l.score });
      out.set(key, list);
    }
    return out;
  };
  const fromLocal = lift(localDoc, local);
  const fromBase = lift(baseDoc, base);
  const byKey = new Map<string, AlignLink>();
  for (const [parent, ls] of fromLocal) {
    for (const l of ls) {
      for (const b of fromBase.get(parent) ?? []) {
        const score = Math.min(l.score, b.score);
        const relation: Relation = l.relation === 'restates' && b.relation === 'restates' ? 'restates' : 'related';
        const key = `${l.unit}\u0000${b.unit}`;
        const prev = byKey.get(key);
        if (!prev || score > prev.score) byKey.set(key, { local: l.unit, base: b.unit, relation, score });
      }
    }
  }
  return [...byKey.values()].sort((x, y) => byCode(x.local, y.local) || byCode(x.base, y.base));
}

/** At most `n` links per compared provision, the highest scores first. */
function strongest(links: AlignLink[], n: number): AlignLink[] {
  const byLocal = new Map<string, AlignLink[]>();
  for (const l of links) byLocal.set(l.local, [...(byLocal.get(l.local) ?? []), l]);
  return [...byLocal.values()].flatMap((ls) => ls.sort((x, y) => y.score - x.score || byCode(x.base, y.base)).slice(0, n));
}

export type LinkSourceKind = 'crosswalk' | 'shared-parent' | 'similarity';

export interface UnitComparison extends Alignment {
  /** Where the alignment came from. */
  linkSource: LinkSourceKind;
}

export interface DocumentComparison extends UnitComparison {
  local: RegDocument;
  base: RegDocument;
}

/**
 * Align the units of two documents: with the crosswalk links between them
 * when there are any; else through the parent provisions both link to; else
 * by the bigram fallback. `crosswalk` needs to hold only the links whose
 * `from` is one of the two documents (the browser loads just those).
 */
export function compareUnitLists(lu: readonly CompareUnit[], bu: readonly CompareUnit[], crosswalk: readonly CrosswalkLinkLike[] = []): UnitComparison {
  const direct = crosswalkLinks(crosswalk, lu, bu);
  if (direct.length) return { ...alignDocuments(lu, bu, direct), linkSource: 'crosswalk' };
  const shared = strongest(sharedParentLinks(crosswalk, lu, bu), 2);
  if (shared.length) return { ...alignDocuments(lu, bu, shared), linkSource: 'shared-parent' };
  return { ...alignDocuments(lu, bu, bigramLinker(lu, bu)), linkSource: 'similarity' };
}

/** Compare `local` against `base` (the pre-rendered pages; see compareUnitLists). */
export function compareDocuments(local: RegDocument, base: RegDocument, crosswalk: readonly CrosswalkLinkLike[] = []): DocumentComparison {
  return { ...compareUnitLists(compareUnits(local), compareUnits(base), crosswalk), local, base };
}
