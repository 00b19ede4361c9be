/**
 * How every locality implemented one parent article
 * (/implementations/<parent>/<anchor>/): each local provision the crosswalk
 * links to the article, grouped by relation (重申 / 细化 / 相关, the relation
 * rule's labels), with its character diff against the parent text; and what
 * the localities add or drop — the relation rule's added/dropped phrases of
 * every link (relation.ts), counted by measure (提醒 added by 3 of 6
 * measures), each phrase pointing at the provisions that carry it.
 */
import type { RegDocument } from '../document.ts';
import { walk, type ProvisionNode } from '../tree.ts';
import { toSimplified } from '../chinese-variants.ts';
import { DIFF_READABLE } from '../compare/align.ts';
import { diffText, type TextDiff } from '../compare/diff.ts';
import { provisionBody } from '../compare/units.ts';
import { RELATION_LABEL, type CrosswalkLink, type Relation } from '../../schemas/crosswalk.ts';
import { unitsOf, type Unit } from './units.ts';
import { CrosswalkView, type LinkEnd } from './view.ts';

/** Order of the groups: the closest to the parent's words first. */
export const RELATION_ORDER: readonly Relation[] = ['restates', 'implements', 'related'];

export interface ImplementationItem {
  /** Id of the item on the page: impl-<measure>-<anchor>. */
  id: string;
  /** The local provision (href, citation) and the parent provision it is linked to. */
  local: LinkEnd;
  parent: LinkEnd;
  measure: { slug: string; title: string; shortTitle: string; issued: string | null };
  relation: Relation;
  why: string;
  score: number;
  /** Number and heading of the local provision (第六条 问责方式). */
  num: string;
  heading?: string;
  localText: string;
  parentText: string;
  /** Diff of the parent text (old) against the local text (new); marks shown when `showDiff`. */
  diff: TextDiff;
  showDiff: boolean;
  added: string[];
  dropped: string[];
}

export interface PhraseCount {
  /** The phrase as first written. */
  phrase: string;
  /** Measures whose provisions carry it (slugs, page order). */
  measures: string[];
  /** Items that carry it (ids on the page). */
  items: string[];
}

export interface ImplementationsPage {
  parent: RegDocument;
  /** The parent article. */
  unit: Unit;
  /** Parent article's text as compared (its 款/项 on their own lines, 解读 left out). */
  text: string;
  groups: { relation: Relation; label: string; items: ImplementationItem[] }[];
  /** Measures with at least one linked provision. */
  measures: number;
  added: PhraseCount[];
  dropped: PhraseCount[];
}

/** /implementations/<parent>/<anchor>/ */
export function implementationsPath(parent: string, anchor: string): string {
  return `/implementations/${encodeURIComponent(parent)}/${encodeURIComponent(anchor)}/`;
}

function nodeById(doc: RegDocument, id: string): ProvisionNode | undefined {
  for (const [n] of walk(doc.root)) if (n.id === id) return n;
  return undefined;
}

/** The article-level unit of an anchor (art-7-para-2 → art-7's unit). */
function unitOf(units: readonly Unit[], anchor: string): Unit | undefined {
  let best: Unit | undefined;
  for (const u of units) if ((anchor === u.anchor || anchor.startsWith(`${u.anchor}-`)) && (!best || u.anchor.length > best.anchor.length)) best = u;
  return best;
}

/** How phrases are counted alike: width, traditional forms and spaces folded. */
const phraseKey = (p: string) => toSimplified(p.normalize('NFKC')).replace(/\s+/gu, '');

/** Phrases by how many measures carry them, then the shorter first (a list member such as 提醒 before a whole clause), then by first appearance. */
export function countPhrases(items: readonly ImplementationItem[], pick: (i: ImplementationItem) => readonly string[]): PhraseCount[] {
  // Sets while counting (a phrase can be carried by thousands of measures), in first-seen order.
  const byKey = new Map<string, { phrase: string; measures: Set<string>; items: Set<string> }>();
  for (const item of items) {
    for (const phrase of pick(item)) {
      const k = phraseKey(phrase);
      if (!k) continue;
      let c = byKey.get(k);
      if (!c) byKey.set(k, (c = { phrase, measures: new Set(), items: new Set() }));
      c.measures.add(item.measure.slug);
      c.items.add(item.id);
    }
  }
  return [...byKey.values()].map((c, i) => ({ c: { phrase: c.phrase, measures: [...c.measures], items: [...c.items] }, i })).sort((a, b) => b.c.measures.length - a.c.measures.length || [...a.c.phrase].length - [...b.c.phrase].length || a.i - b.i).map(({ c }) => c);
}

/** Every parent article with local links, with its implementations (parents in corpus order, articles in document order). */
export function implementationPages(documents: readonly RegDocument[], links: readonly CrosswalkLink[]): ImplementationsPage[] {
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  const view = new CrosswalkView(documents, links);
  const pages: ImplementationsPage[] = [];
  for (const parent of documents) {
    const incoming = links.filter((l) => l.to.doc === parent.meta.slug && bySlug.has(l.from.doc));
    if (!incoming.length) continue;
    const units = unitsOf(parent);
    for (const unit of units) {
      const here = incoming.filter((l) => unitOf(units, l.to.anchor)?.anchor === unit.anchor);
      if (!here.length) continue;
      const items = here.map((l) => item(l, bySlug.get(l.from.doc)!, parent, view));
      const groups = RELATION_ORDER.map((relation) => ({ relation, label: RELATION_LABEL[relation], items: items.filter((i) => i.relation === relation) })).filter((g) => g.items.length);
      pages.push({
        parent,
        unit,
        text: provisionBody(unit.node),
        groups,
        measures: new Set(items.map((i) => i.measure.slug)).size,
        added: countPhrases(items, (i) => i.added),
        dropped: countPhrases(items, (i) => i.dropped),
      });
    }
  }
  return pages;
}

function item(l: CrosswalkLink, measure: RegDocument, parent: RegDocument, view: CrosswalkView): ImplementationItem {
  const localNode = nodeById(measure, l.from.anchor);
  const parentNode = nodeById(parent, l.to.anchor);
  const localText = localNode ? provisionBody(localNode) : '';
  const parentText = parentNode ? provisionBody(parentNode) : '';
  const diff = diffText(parentText, localText, { minSimilarity: DIFF_READABLE });
  const article = unitOf(unitsOf(measure), l.from.anchor);
  const deeper = localNode && article && article.node !== localNode;
  return {
    id: `impl-${l.from.doc}-${l.from.anchor}`,
    local: view.end(l.from.doc, l.from.anchor),
    parent: view.end(l.to.doc, l.to.anchor),
    measure: { slug: measure.meta.slug, title: measure.meta.title, shortTitle: measure.meta.shortTitle, issued: measure.meta.issued },
    relation: l.relation,
    why: l.why ?? RELATION_LABEL[l.relation],
    score: l.score,
    num: [article?.num, deeper ? localNode!.num : ''].filter(Boolean).join('') || l.from.anchor,
    ...(article?.heading ? { heading: article.heading } : {}),
    localText,
    parentText,
    diff,
    showDiff: diff.exact && diff.similarity >= DIFF_READABLE,
    added: l.added ?? [],
    dropped: l.dropped ?? [],
  };
}
