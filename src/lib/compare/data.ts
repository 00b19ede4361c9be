/**
 * The data the build emits for comparing any two documents in the browser:
 *
 * - /compare/data/group/<key>.json (`PickerGroup`): the comparable documents
 *   of one issuer (at most PICKER_GROUP_SIZE; a larger issuer is split into
 *   parts), each with slug, short title and parents — what the picker lists
 *   once that issuer is chosen; no texts, no provisions. The issuers
 *   themselves are listed in the page (ComparePicker.astro).
 * - /compare/data/<slug>.json (`CompareDocData`): one document's compare
 *   units (the picker's provision list is read from them) and the crosswalk
 *   links going out of it, with its group key.
 *
 * Comparing a with b needs only a's and b's files: every link between them,
 * and every link from either to a shared parent, goes out of a or of b (see
 * compareUnitLists). So the browser's alignment is the one the pre-rendered
 * pages get from the whole crosswalk, and no file grows with the corpus:
 * not with the number of pairs, nor with the number of documents. The
 * parent's file stays small too: links *to* it live in the measures' files.
 */
import { documentPath } from '../citation.ts';
import type { RegDocument } from '../document.ts';
import type { DocMeta } from '../../schemas/meta.ts';
import { comparePinyin, groupByIssuer, pinyinInitial } from '../listing/groups.ts';

/** Code-unit order (tie-break). */
const byCode = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
import { comparableDocuments, compareUnitLists, type CrosswalkLinkLike, type UnitComparison } from './pairs.ts';
import { compareUnits, type CompareUnit } from './units.ts';

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
  /** Key of the picker group (/compare/data/group/<key>.json) that lists this document. */
  group: string;
  units: CompareUnit[];
  /** Crosswalk links whose `from` is this document (relation and score as published; nothing else). */
  links: CrosswalkLinkLike[];
}

/** One document in a picker group. */
export interface PickerEntry {
  slug: string;
  shortTitle: string;
  /** Parents that are comparable documents of the corpus (a measure–parent page exists for each), with the group that lists each. */
  parents: { slug: string; group: string }[];
}

/** /compare/data/group/<key>.json: the comparable documents of one issuer (or of one part of it). */
export interface PickerGroup {
  key: string;
  /** The issuer, with （2/3） for a part of a split issuer. */
  label: string;
  /** Pinyin initial of the issuer (A–Z, #), for grouping the issuers in the picker. */
  initial: string;
  documents: PickerEntry[];
}

/** URL of the per-document data file. */
export function compareDataPath(slug: string): string {
  return `/compare/data/${encodeURIComponent(slug)}.json`;
}

/** URL of a picker group's file. */
export function pickerGroupPath(key: string): string {
  return `/compare/data/group/${encodeURIComponent(key)}.json`;
}

export function docInfo(meta: DocMeta): CompareDocInfo {
  return { slug: meta.slug, title: meta.title, shortTitle: meta.shortTitle, href: documentPath(meta), parents: meta.parents.map((p) => p.slug) };
}

/**
 * The data file of one document: its units and its outgoing links, in the
 * crosswalk's own (deterministic) order — alignment keeps the first of two
 * equally scored links, so the order must be the one the pages see.
 */
export function compareDocData(doc: RegDocument, crosswalk: readonly CrosswalkLinkLike[], group: string): CompareDocData {
  const slug = doc.meta.slug;
  const links = crosswalk
    .filter((l) => l.from.doc === slug)
    .map((l) => ({ from: { doc: l.from.doc, anchor: l.from.anchor }, to: { doc: l.to.doc, anchor: l.to.anchor }, relation: l.relation, score: l.score }));
  return { ...docInfo(doc.meta), group, units: compareUnits(doc), links };
}

/**
 * The picker groups: comparable documents by issuer (pinyin order; see
 * src/lib/listing/groups.ts), by short title (pinyin order) within an
 * issuer, at most `maxPerGroup` a group (a larger issuer's parts say which
 * initials they hold: 未注明发布机关（2/9，D–G）). Every comparable document is in
 * exactly one group.
 */
export function pickerGroups(docs: readonly RegDocument[], maxPerGroup: number): PickerGroup[] {
  // By short title in pinyin order within an issuer: the order a reader scans (and types) the list in.
  const comparable = comparableDocuments(docs).sort((a, b) => comparePinyin(a.meta.shortTitle, b.meta.shortTitle) || byCode(a.meta.slug, b.meta.slug));
  const initials = (part: readonly RegDocument[]) => {
    const [first, last] = [pinyinInitial(part[0]!.meta.shortTitle), pinyinInitial(part.at(-1)!.meta.shortTitle)];
    return first === last ? first : `${first}–${last}`;
  };
  const groups = groupByIssuer(comparable, (d) => d.meta.issuer, maxPerGroup, initials);
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const d of g.items) groupOf.set(d.meta.slug, g.key);
  return groups.map((g) => ({
    key: g.key,
    label: g.label,
    initial: g.initial,
    documents: g.items.map((d) => ({
      slug: d.meta.slug,
      shortTitle: d.meta.shortTitle,
      parents: [...new Set(d.meta.parents.map((p) => p.slug))].filter((p) => p !== d.meta.slug && groupOf.has(p)).map((p) => ({ slug: p, group: groupOf.get(p)! })),
    })),
  }));
}

/** Whether local–base is a measure–parent pair, i.e. has a pre-rendered page (same rule as parentPairs), from local's picker entry. */
export function isPagePair(local: PickerEntry | undefined, base: string): boolean {
  return !!local && local.slug !== base && local.parents.some((p) => p.slug === base);
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
