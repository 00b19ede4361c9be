/**
 * Citation jump: a query that cites a provision (《中国共产党问责条例》第七条,
 * 问责条例第七条第（二）项, 日照 第六条) is answered first with that provision.
 *
 * Parsing is `citation-parse.ts`; this module only finds the document the
 * query names (against the titles and short titles of the corpus) and the
 * anchor the path lands on in it.
 */
import { findCitations, parseProvisionPath, resolvePathInTree, type ProvisionPath } from '../citation-parse.ts';
import { toChineseNumber } from '../numerals.ts';
import type { ProvisionNode } from '../tree.ts';
import type { CitableDocument, SearchDocument } from './records.ts';
import { normalizeForSearch } from './text.ts';

/** One provision (or document) the query cites. */
export interface CitationHit {
  slug: string;
  /** Anchor id in the document; null when the query names only a document. */
  anchor: string | null;
  /** The provision as cited, canonical form: 第七条第（二）项 ('' for a whole document). */
  label: string;
  /** The cited path exists exactly (false: fell back to the article or a 款). */
  exact: boolean;
}

/** The parts of a query that cite something: a document name and maybe a path. */
export interface ParsedCitationQuery {
  name: string;
  path: Omit<ProvisionPath, 'length'> | null;
}

/**
 * Split a query into a document name and a provision path. Recognises
 * 《title》第N条…, name第N条…, name 第N条… and 《title》 alone. Returns null when
 * the query cites nothing (plain search terms).
 */
export function parseCitationQuery(query: string): ParsedCitationQuery | null {
  const q = query.trim();
  if (q === '') return null;
  const cites = findCitations(q);
  const titled = cites.find((c) => c.title);
  if (titled?.title) {
    const { length: _l, ...path } = titled.path ?? { length: 0, article: 0 };
    return { name: titled.title, path: titled.path ? path : null };
  }
  for (let i = q.indexOf('第'); i >= 0; i = q.indexOf('第', i + 1)) {
    const p = parseProvisionPath(q.slice(i));
    if (!p) continue;
    const name = q.slice(0, i).trim();
    // The rest after the path must be empty or trivial punctuation: otherwise it is a sentence, not a citation.
    if (normalizeForSearch(q.slice(i + p.length)) !== '') return null;
    const { length: _l, ...path } = p;
    return { name, path };
  }
  return null;
}

/** How well `name` names document `d`: 0 (not at all) … 4 (exactly). */
export function nameScore(name: string, d: Pick<SearchDocument, 'title' | 'shortTitle'>): number {
  const n = normalizeForSearch(name);
  if ([...n].length < 2) return 0;
  const titles = [normalizeForSearch(d.title), normalizeForSearch(d.shortTitle)];
  if (titles.includes(n)) return 4;
  if (titles.some((t) => t.includes(n) || n.includes(t))) return 3;
  // Every character in order (日照问责办法 in 日照职业技术学院党建工作问责（暂行）办法).
  const inOrder = (t: string): boolean => {
    let k = 0;
    for (const ch of t) if (k < n.length && ch === n[k]) k++;
    return k === n.length;
  };
  return titles.some(inOrder) ? 1 : 0;
}

/** Canonical label of a path: 第七条之一第二款第（三）项第4目. */
export function pathLabel(p: Omit<ProvisionPath, 'length'>): string {
  let s = `第${toChineseNumber(p.article)}条`;
  if (p.suffix) s += `之${toChineseNumber(p.suffix)}`;
  if (p.para) s += `第${toChineseNumber(p.para)}款`;
  if (p.item) s += `第（${toChineseNumber(p.item)}）项`;
  if (p.sub) s += `第${p.sub}目`;
  return s;
}

/** The label of an article-path anchor (art-7-para-2-item-2 → 第七条第二款第（二）项); null for other anchors. */
export function anchorLabel(anchor: string): string | null {
  const m = /^art-(\d+)(?:-(\d+))?(?:-para-(\d+))?(?:-item-(\d+))?(?:-sub-(\d+))?$/.exec(anchor);
  if (!m) return null;
  const n = (i: number): number | undefined => (m[i] === undefined ? undefined : Number(m[i]));
  const path: Omit<ProvisionPath, 'length'> = { article: n(1)! };
  if (n(2) !== undefined) path.suffix = n(2);
  if (n(3) !== undefined) path.para = n(3);
  if (n(4) !== undefined) path.item = n(4);
  if (n(5) !== undefined) path.sub = n(5);
  return pathLabel(path);
}

/** A stand-in tree holding just the ids (all `resolvePathInTree` looks at). */
function idTree(ids: readonly string[]): ProvisionNode {
  return {
    kind: 'document',
    text: '',
    line: 0,
    children: ids.map((id) => ({ kind: 'para', id, text: '', line: 0, children: [] })),
  };
}

/** At most this many documents are offered for one cited name (a vague name matches many in a large corpus). */
export const MAX_CITED_DOCUMENTS = 10;

/**
 * The documents a parsed citation names, best first: those whose title
 * matches the name best (ties in corpus order), at most `MAX_CITED_DOCUMENTS`.
 */
export function citedDocuments<D extends Pick<CitableDocument, 'title' | 'shortTitle'>>(parsed: ParsedCitationQuery, docs: readonly D[]): D[] {
  const scored = docs.map((d) => ({ d, s: nameScore(parsed.name, d) })).filter((x) => x.s > 0);
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((x) => x.s));
  return scored.filter((x) => x.s === best).slice(0, MAX_CITED_DOCUMENTS).map((x) => x.d);
}

/** The provisions of one document (slug, anchor ids) a parsed citation lands on. */
export function resolveInDocument(parsed: ParsedCitationQuery, slug: string, ids: readonly string[]): CitationHit[] {
  if (!parsed.path) return [{ slug, anchor: null, label: '', exact: true }];
  const r = resolvePathInTree(parsed.path, idTree(ids));
  if (!r) return [];
  // 第七条第（二）项 when both 款 have a (二): offer each, labelled with its 款.
  if (r.ambiguous) return r.candidates.map((c) => ({ slug, anchor: c, label: anchorLabel(c) ?? pathLabel(parsed.path!), exact: r.exact }));
  return [{ slug, anchor: r.anchor, label: pathLabel(parsed.path), exact: r.exact }];
}

/**
 * The provisions a query cites, best first: documents whose title matches the
 * name best (ties in corpus order), keeping only those where the path exists.
 */
export function resolveCitationQuery(query: string, docs: readonly SearchDocument[]): CitationHit[] {
  const parsed = parseCitationQuery(query);
  if (!parsed) return [];
  return citedDocuments(parsed, docs).flatMap((d) => resolveInDocument(parsed, d.slug, d.ids));
}
