/**
 * The search index holds one record per provision, not per page: a result is
 * an article (or a section 一、, the 印发通知, an annex, a commentary heading)
 * and its URL carries the anchor (`/regulations/rizhao-polytechnic-2017/#art-6`).
 *
 * A record's content is the provision's text as the reader sees it, then
 * `TAIL_MARK`, then the Han pairs that straddle whitespace or punctuation in
 * that text (see `boundaryPairs`). The search page shows only the part before
 * the mark.
 */
import type { RegDocument } from './document.ts';
import { fullText, walk, type ProvisionNode } from './tree.ts';
import { documentPath } from './citation.ts';
import { boundaryPairs } from './search-text.ts';

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

/** The label of a unit in results. */
export function unitLabel(n: ProvisionNode): string {
  switch (n.kind) {
    case 'article':
      return n.num ?? `第${n.ordinal ?? '?'}条`;
    case 'notice':
      return '印发通知';
    case 'preamble':
      return '序言';
    case 'annex':
      return clip(`${n.num ?? `附件${n.ordinal ?? ''}`}${n.heading ? ` ${n.heading}` : ''}`, 24);
    case 'section':
      return clip(`${n.num ?? ''}${n.heading ?? ''}`, 24) || clip(n.text, 24);
    case 'heading':
      return clip(n.heading || n.text, 24);
    default:
      return clip(`${n.num ?? ''}${n.heading ?? ''}`, 24) || clip(n.text, 24) || n.kind;
  }
}

/**
 * The searchable units of a document, in reading order: every node with an
 * id that is not inside another unit, descending through 编/章/节. Nodes
 * without an id (sign-offs) are not searchable.
 */
export function searchUnits(doc: RegDocument): SearchUnit[] {
  const out: SearchUnit[] = [];
  const visit = (n: ProvisionNode): void => {
    if (CONTAINERS.has(n.kind)) {
      for (const c of n.children) visit(c);
      return;
    }
    if (!n.id) return;
    const text = fullText(n).trim();
    if (text === '') return;
    out.push({ id: n.id, label: unitLabel(n), text });
  };
  visit(doc.root);
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

/** Content of a record: the readable text, the mark, the boundary pairs. */
export function recordContent(text: string): string {
  const pairs = boundaryPairs(text);
  return pairs.length ? `${text}\n${TAIL_MARK}\n${pairs.join(' ')}` : text;
}

/** The readable part of a record's content (what Pagefind's fragment gives back). */
export function readableContent(content: string): string {
  const at = content.indexOf(TAIL_MARK);
  return (at < 0 ? content : content.slice(0, at)).trim();
}

/** What the search page knows about a document (embedded in the page at build time). */
export interface SearchDocument {
  slug: string;
  title: string;
  shortTitle: string;
  class: string;
  /** Page path without the base (`/regulations/<slug>/`). */
  path: string;
  /** Every anchor id of the document, in reading order (for citation jumps). */
  ids: string[];
}

/** The table the search page embeds: one entry per document, corpus order. */
export function searchDocuments(docs: readonly RegDocument[]): SearchDocument[] {
  return docs.map((d) => ({
    slug: d.meta.slug,
    title: d.meta.title,
    shortTitle: d.meta.shortTitle,
    class: d.meta.class,
    path: documentPath(d.meta),
    ids: [...walk(d.root)].flatMap(([n]) => (n.id ? [n.id] : [])),
  }));
}

/**
 * Records for every searchable unit of every document, in corpus order.
 * `base` is the site's base path (`/` or `/docs/`).
 */
export function buildRecords(docs: readonly RegDocument[], base = '/'): SearchRecord[] {
  const prefix = base.replace(/\/+$/, '');
  const out: SearchRecord[] = [];
  for (const doc of docs) {
    const page = prefix + documentPath(doc.meta);
    const filters = documentFilters(doc.meta);
    for (const u of searchUnits(doc)) {
      out.push({
        url: `${page}#${u.id}`,
        content: recordContent(u.text),
        language: RECORD_LANGUAGE,
        // Pagefind indexes every meta field; keep it to the label. The document's
        // titles come from the page (see `SearchDocument`), not from the index.
        meta: { label: u.label },
        filters,
      });
    }
  }
  return out;
}
