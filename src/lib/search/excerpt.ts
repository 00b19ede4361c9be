/**
 * Excerpts for search results: a window of the provision's text around the
 * first occurrence of the query, HTML-escaped, with every occurrence inside
 * the window wrapped in <mark>. Occurrences are found on the normalised text
 * (whitespace and punctuation aside), so 组织调整 also highlights 组织、调整.
 */
import { escapeHtml } from '../html.ts';
import { normalizeWithMap } from './text.ts';

export interface ExcerptOptions {
  /** Characters of context before the first occurrence (default 24). */
  before?: number;
  /** Total length of the window in characters, at least the match (default 80). */
  length?: number;
  /** Marks cut ends (default …). */
  ellipsis?: string;
}

/** Occurrence ranges of `normalizedQuery` in `text`, as [start, end) UTF-16 offsets into `text`. */
export function findOccurrences(text: string, normalizedQuery: string): [number, number][] {
  if (normalizedQuery === '') return [];
  const n = normalizeWithMap(text);
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const at = n.text.indexOf(normalizedQuery, from);
    if (at < 0) break;
    const last = at + normalizedQuery.length - 1;
    out.push([n.start[at]!, n.end[last]!]);
    from = at + normalizedQuery.length;
  }
  return out;
}

/**
 * HTML excerpt of `text` around the query. When the query does not occur,
 * the beginning of the text (escaped, no marks).
 */
export function buildExcerpt(text: string, normalizedQuery: string, opts: ExcerptOptions = {}): string {
  const before = opts.before ?? 24;
  const length = opts.length ?? 80;
  const ellipsis = opts.ellipsis ?? '…';
  const flat = text.replace(/\s+/g, ' ').trim();
  const occ = findOccurrences(flat, normalizedQuery);
  const first = occ[0];
  let from = 0;
  let to = Math.min(flat.length, length);
  if (first) {
    from = Math.max(0, first[0] - before);
    to = Math.min(flat.length, Math.max(first[1], from + length));
    // Do not split a surrogate pair.
    if (from > 0 && /[\uDC00-\uDFFF]/.test(flat[from]!)) from--;
    if (to < flat.length && /[\uDC00-\uDFFF]/.test(flat[to]!)) to++;
  }
  let html = '';
  let pos = from;
  for (const [s, e] of occ) {
    if (e <= from || s >= to) continue;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    html += escapeHtml(flat.slice(pos, a)) + '<mark>' + escapeHtml(flat.slice(a, b)) + '</mark>';
    pos = b;
  }
  html += escapeHtml(flat.slice(pos, to));
  return (from > 0 ? ellipsis : '') + html + (to < flat.length ? ellipsis : '');
}
