/**
 * The data the build emits for comparing any two documents in the browser:
 *
 * - /compare/data/index.json (`PickerIndex`): one small entry per comparable
 *   document (slug, short title, class, parents, provision labels) — what the
 *   picker lists; no texts.
 * - /compare/data/<slug>.json (`CompareDocData`): one document's compare
 *   units and the crosswalk links going out of it.
 *
 * Comparing a with b needs only a's and b's files: every link between them,
 * and every link from either to a shared parent, goes out of a or of b (see
 * compareUnitLists). So the browser's alignment is the one the pre-rendered
 * pages get from the whole crosswalk, and the files grow with the corpus,
 * not with the number of pairs. The parent's file stays small too: links *to*
 * it live in the measures' files.
 */
import { documentPath } from '../citation.ts';
import type { RegDocument } from '../document.ts';
import type { DocMeta } from '../../schemas/meta.ts';
import { comparableDocuments, compareUnitLists, type CrosswalkLinkLike, type UnitComparison } from './pairs.ts';
import { compareUnits, unitLabel, type CompareUnit } from './units.ts';

/** What a rendered comparison needs to know about each of its two documents. */
export interface CompareDocInfo {
  slug: string;
  title: string;
  shortTitle: string;
  /** Path of the document page (/regulations/<slug>/). */
  href: string;
  /** Declared parents (slugs): a comparison against one of them reads as measure against parent. */
  parents: string[];
}

/** /compare/data/<slug>.json */
export interface CompareDocData extends CompareDocInfo {
  units: CompareUnit[];
  /** Crosswalk links whose `from` is this document (relation and score as published; nothing else). */
  links: CrosswalkLinkLike[];
}

/** One document in /compare/data/index.json. */
export interface PickerIndexEntry {
  slug: string;
  shortTitle: string;
  class: DocMeta['class'];
  /** Parents that are comparable documents of the corpus (a measure–parent page exists for each). */
  parents: string[];
  /** [anchor, label] of each compare unit, in document order. */
  units: [string, string][];
}

/** /compare/data/index.json */
export interface PickerIndex {
  documents: PickerIndexEntry[];
}

/** URL of the per-document data file. */
export function compareDataPath(slug: string): string {
  return `/compare/data/${encodeURIComponent(slug)}.json`;
}

export const PICKER_INDEX_PATH = '/compare/data/index.json';

export function docInfo(meta: DocMeta): CompareDocInfo {
  return { slug: meta.slug, title: meta.title, shortTitle: meta.shortTitle, href: documentPath(meta), parents: meta.parents.map((p) => p.slug) };
}

/**
 * The data file of one document: its units and its outgoing links, in the
 * crosswalk's own (deterministic) order — alignment keeps the first of two
 * equally scored links, so the order must be the one the pages see.
 */
export function compareDocData(doc: RegDocument, crosswalk: readonly CrosswalkLinkLike[]): CompareDocData {
  const slug = doc.meta.slug;
  const links = crosswalk
    .filter((l) => l.from.doc === slug)
    .map((l) => ({ from: { doc: l.from.doc, anchor: l.from.anchor }, to: { doc: l.to.doc, anchor: l.to.anchor }, relation: l.relation, score: l.score }));
  return { ...docInfo(doc.meta), units: compareUnits(doc), links };
}

/** The picker index: comparable documents in corpus order. */
export function pickerIndex(docs: readonly RegDocument[]): PickerIndex {
  const comparable = comparableDocuments(docs);
  const present = new Set(comparable.map((d) => d.meta.slug));
  return {
    documents: comparable.map((d) => ({
      slug: d.meta.slug,
      shortTitle: d.meta.shortTitle,
      class: d.meta.class,
      parents: [...new Set(d.meta.parents.map((p) => p.slug))].filter((p) => p !== d.meta.slug && present.has(p)),
      units: compareUnits(d).map((u): [string, string] => [u.anchor, unitLabel(u)]),
    })),
  };
}

/** Whether local–base is a measure–parent pair, i.e. has a pre-rendered page (same rule as parentPairs). */
export function isPagePair(index: PickerIndex, local: string, base: string): boolean {
  return local !== base && index.documents.some((d) => d.slug === local && d.parents.includes(base));
}

/** A comparison ready to render: the two documents and their alignment. */
export interface ComparisonData extends UnitComparison {
  local: CompareDocInfo;
  base: CompareDocInfo;
}

/** The document part of a data file (without units and links). */
export function infoOf(d: CompareDocData): CompareDocInfo {
  return { slug: d.slug, title: d.title, shortTitle: d.shortTitle, href: d.href, parents: d.parents };
}

/** Compare two documents from their data files (the browser's path; the same alignment as compareDocuments). */
export function compareData(local: CompareDocData, base: CompareDocData): ComparisonData {
  const links = local.slug === base.slug ? local.links : [...local.links, ...base.links];
  return { ...compareUnitLists(local.units, base.units, links), local: infoOf(local), base: infoOf(base) };
}
