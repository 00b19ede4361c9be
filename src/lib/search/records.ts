/**
 * The search index holds one record per provision, not per page: a result is
 * an article (or a section 一、, the 印发通知, an annex, a commentary heading)
 * and its URL carries the anchor (`/regulations/rizhao-polytechnic-2017/#art-6`).
 *
 * A record's content is the provision's text as the reader sees it, then
 * `TAIL_MARK`, then the Han pairs that straddle whitespace or punctuation in
 * that text (see `tailPairs`). The search page shows only the part before
 * the mark.
 */
import type { RegDocument } from '../document.ts';
import { fullText, walk, type ProvisionNode } from '../tree.ts';
import { citationFor, documentPath } from '../citation.ts';
import type { DocMeta } from '../../schemas/meta.ts';
import { foldVariant, tailPairs } from './text.ts';

/** Separates the readable text of a record from its boundary pairs. Not a letter or digit, so never indexed. */
export const TAIL_MARK = '⸻⸻';

/** The language every record is indexed in: Pagefind segments zh* with jieba. */
export const RECORD_LANGUAGE = 'zh-cn';

/** Levels that only group provisions: we descend through them. */
const CONTAINERS = new Set<ProvisionNode['kind']>(['document', 'part', 'chapter', 'division']);

/** One searchable unit of a document. */
export interface SearchUnit {
  /** Anchor id of the unit (`art-6`, `sec-2`, `notice`, `h-3`). */
  id: string;
  /** How a result names it: 第六条, 一、, 印发通知, 附件1, or a heading. */
  label: string;
  /** Everything a reader sees in it, including nested 款/项/目 and 解读. */
  text: string;
}

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const cps = [...t];
  return cps.length > max ? cps.slice(0, max).join('') + '…' : t;
}

/** A fallback label when a node cannot be cited canonically (no ordinal). */
function fallbackLabel(n: ProvisionNode): string {
  return clip(`${n.num ?? ''}${n.heading ?? ''}`, 24) || clip(n.text, 24) || n.kind;
}

/**
 * The label of a unit in results: its citation without the document title
 * (第六条, 第二部分第（三）项, 印发通知, 附件1, “一、主要做法”第二段). Nodes
 * without an ordinal take it from their id (para-3 → 3); headings are clipped.
 */
export function unitLabel(meta: Pick<DocMeta, 'title'>, path: readonly ProvisionNode[]): string {
  const cited = path.map((n) => {
    const m = n.ordinal === undefined && n.id ? /-(\d+)$/.exec(n.id) : null;
    const heading = n.kind === 'heading' ? clip(n.heading || n.text, 12) : n.heading;
    return { ...n, ...(m ? { ordinal: Number(m[1]) } : {}), ...(heading !== undefined ? { heading } : {}) };
  });
  try {
    const full = citationFor(meta, cited);
    const prefix = `《${meta.title}》`;
    return (full.startsWith(prefix) ? full.slice(prefix.length) : full) || fallbackLabel(path[path.length - 1]!);
  } catch {
    return fallbackLabel(path[path.length - 1]!);
  }
}

/** Units that are split into their children (they are as long as chapters); articles never are. */
const SPLIT = new Set<ProvisionNode['kind']>(['section', 'heading']);

/** The node's own text (number, heading, text, table rows), without its children. */
function ownText(n: ProvisionNode): string {
  return fullText({ ...n, children: [] });
}

/**
 * The searchable units of a document, in reading order. A unit is a node
 * with an id that is not inside another unit, found by descending through
 * 编/章/节; an article is one unit with all its 款/项/目 and 解读. Sections
 * (一、) and commentary headings are split: their own heading is a unit and
 * so is each child with an id. Nodes without an id (titles, sign-offs) are
 * not searchable.
 */
export function searchUnits(doc: RegDocument): SearchUnit[] {
  const out: SearchUnit[] = [];
  const push = (path: ProvisionNode[], text: string): void => {
    const n = path[path.length - 1]!;
    if (!n.id || text.trim() === '') return;
    out.push({ id: n.id, label: unitLabel(doc.meta, path), text: text.trim() });
  };
  const visit = (n: ProvisionNode, path: ProvisionNode[]): void => {
    const here = [...path, n];
    if (CONTAINERS.has(n.kind)) {
      for (const c of n.children) visit(c, here);
      return;
    }
    if (!n.id) return;
    if (SPLIT.has(n.kind) && n.children.some((c) => c.id)) {
      push(here, ownText(n));
      for (const c of n.children) push([...here, c], fullText(c));
      return;
    }
    push(here, fullText(n));
  };
  visit(doc.root, []);
  return out;
}

/** A Pagefind custom record (the shape `addCustomRecord` takes). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Names of the Pagefind filters, in the order the search page shows them. */
export const FILTER_KEYS = ['doc', 'class', 'issuer', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chinese labels of the filters. */
export const FILTER_LABELS: Record<FilterKey, string> = { doc: '文件', class: '类别', issuer: '制定机关', year: '年份' };

/** Filter values of a document. Unknown issuer / year: no value (the document is simply not in those filters). */
export function documentFilters(meta: RegDocument['meta']): Record<string, string[]> {
  const f: Record<string, string[]> = { doc: [meta.shortTitle], class: [meta.class] };
  if (meta.issuer) f.issuer = [meta.issuer];
  const year = meta.issued?.slice(0, 4) ?? null;
  if (year) f.year = [year];
  return f;
}

/** The text with every traditional (or variant) character in its simplified form; null when nothing changes. */
export function simplifiedText(text: string): string | null {
  const folded = [...text].map(foldVariant).join('');
  return folded === text ? null : folded;
}

/**
 * Content of a record: the readable text, the mark, then what the index must
 * also hold: for a text with traditional characters its simplified form (so
 * the simplified pairs a folded query asks for are indexed), and the
 * boundary pairs (already simplified).
 */
export function recordContent(text: string): string {
  const pairs = tailPairs(text);
  const simplified = simplifiedText(text);
  const tail = [...(simplified === null ? [] : [simplified]), ...(pairs.length ? [pairs.join(' ')] : [])];
  return tail.length ? `${text}\n${TAIL_MARK}\n${tail.join('\n')}` : text;
}

/** The readable part of a record's content (what Pagefind's fragment gives back). */
export function readableContent(content: string): string {
  const at = content.indexOf(TAIL_MARK);
  return (at < 0 ? content : content.slice(0, at)).trim();
}

/** What a citation query needs of a document (the search page fetches the list only for such queries). */
export interface CitableDocument {
  slug: string;
  title: string;
  shortTitle: string;
  class: string;
  /** Issuing body, as in the `issuer` filter; null when unknown. */
  issuer: string | null;
  /** Year of issue, as in the `year` filter; null when unknown. */
  year: string | null;
  /** Page path without the base (`/regulations/<slug>/`). */
  path: string;
}

/** A document with every anchor id, in reading order (for citation jumps). */
export interface SearchDocument extends CitableDocument {
  ids: string[];
}

export function citableDocument(d: RegDocument): CitableDocument {
  const f = documentFilters(d.meta);
  return {
    slug: d.meta.slug,
    title: d.meta.title,
    shortTitle: d.meta.shortTitle,
    class: d.meta.class,
    issuer: f.issuer?.[0] ?? null,
    year: f.year?.[0] ?? null,
    path: documentPath(d.meta),
  };
}

/** Every anchor id of a document, in reading order. */
export function documentIds(d: RegDocument): string[] {
  return [...walk(d.root)].flatMap(([n]) => (n.id ? [n.id] : []));
}

/** Characters of a unit's text a citation result shows. */
export const CITED_TEXT_LENGTH = 80;

/** What a citation jump fetches of the document it lands in: its anchors and the beginning of each unit's text. */
export interface DocumentAnchors {
  ids: string[];
  /** [unit id, its text clipped to CITED_TEXT_LENGTH characters], reading order. */
  units: [string, string][];
}

export function documentAnchors(d: RegDocument): DocumentAnchors {
  return {
    ids: documentIds(d),
    units: searchUnits(d).map((u) => {
      const cps = [...u.text.replace(/\s+/g, ' ')];
      return [u.id, cps.length > CITED_TEXT_LENGTH ? `${cps.slice(0, CITED_TEXT_LENGTH).join('')}…` : cps.join('')];
    }),
  };
}

/** Documents with their anchors, corpus order (tests; the page fetches the parts it needs). */
export function searchDocuments(docs: readonly RegDocument[]): SearchDocument[] {
  return docs.map((d) => ({ ...citableDocument(d), ids: documentIds(d) }));
}

/**
 * The records of one document, in reading order. `base` is the site's base
 * path (`/` or `/docs/`).
 */
export function documentRecords(doc: RegDocument, base = '/'): SearchRecord[] {
  const page = base.replace(/\/+$/, '') + documentPath(doc.meta);
  const filters = documentFilters(doc.meta);
  return searchUnits(doc).map((u) => ({
    url: `${page}#${u.id}`,
    content: recordContent(u.text),
    language: RECORD_LANGUAGE,
    // Pagefind indexes every meta field; keep it to the label. The document's
    // titles come from the page (see `SearchDocument`), not from the index.
    meta: { label: u.label },
    filters,
  }));
}

/**
 * Records for every searchable unit of every document, in corpus order
 * (`documentRecords` of each). The build does not hold them all: it indexes
 * one document's records at a time (src/integrations/pagefind.ts).
 */
export function buildRecords(docs: readonly RegDocument[], base = '/'): SearchRecord[] {
  return docs.flatMap((doc) => documentRecords(doc, base));
}
