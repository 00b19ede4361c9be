/**
 * Query preparation for Chinese full-text search on top of Pagefind.
 *
 * Pagefind 1.6.0 (extended build) indexes Chinese as jieba words plus every
 * adjacent pair of Han characters; at query time its own JavaScript would cut
 * the query with the browser's Intl.Segmenter (追责 → 追 + 责) and match each
 * piece as a word prefix, ANDed without adjacency, so unrelated provisions come
 * back and some are missed. We therefore:
 *
 * 1. normalise the query like the text (letters and digits only, see
 *    `search-text.ts`);
 * 2. hand Pagefind the overlapping two-character pieces of every Han run
 *    (组织调整 → 组织 织调 调整), each of which is an indexed pair in every
 *    provision that contains the query — recall is complete by construction;
 * 3. keep only results whose text contains the normalised query
 *    (`textContains`) — precision is exact.
 *
 * The search page creates its Pagefind instance with a language that needs no
 * word segmentation, so Pagefind passes these space-separated pieces through
 * untouched (guarded by tests/e2e/pagefind-contract.test.ts).
 */
import { isHan, normalizeForSearch } from './search-text.ts';

export interface PreparedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Letters and digits only, NFKC, lower case: what a matching text must contain. */
  normalized: string;
  /** Pieces handed to Pagefind (ANDed by it). Empty when there is nothing to search for. */
  terms: string[];
}

/**
 * At most this many pieces go to Pagefind (a pasted paragraph would give
 * hundreds). Any subset keeps recall complete, since every piece occurs in
 * every matching text; `textContains` keeps precision exact.
 */
export const MAX_TERMS = 24;

/** `max` items spread evenly over `items` (first and last included), in order. */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(items[Math.round((k * (items.length - 1)) / (max - 1))]!);
  return out;
}

/** Split a normalised string into maximal runs of Han / non-Han characters. */
function runs(s: string): { han: boolean; text: string }[] {
  const out: { han: boolean; text: string }[] = [];
  for (const ch of s) {
    const han = isHan(ch);
    const last = out[out.length - 1];
    if (last && last.han === han) last.text += ch;
    else out.push({ han, text: ch });
  }
  return out;
}

/**
 * Prepare a query. Han runs of two or more characters give their overlapping
 * pairs; when the query has none (诫, 2017, 诫 2017), its runs are passed
 * whole (Pagefind matches them as word prefixes) and `textContains` decides.
 */
export function prepareQuery(input: string): PreparedQuery {
  const raw = input.trim();
  const normalized = normalizeForSearch(raw);
  const terms: string[] = [];
  const seen = new Set<string>();
  const add = (t: string): void => {
    if (!seen.has(t)) {
      seen.add(t);
      terms.push(t);
    }
  };
  const parts = runs(normalized);
  for (const r of parts) {
    if (!r.han) continue;
    const chars = [...r.text];
    for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  }
  if (terms.length === 0) for (const r of parts) add(r.text);
  return { raw, normalized, terms: spread(terms, MAX_TERMS) };
}

/** The string to hand to Pagefind's `search()`: the pieces separated by single spaces. */
export function pagefindTerm(q: PreparedQuery): string {
  return q.terms.join(' ');
}

/** Does `text` contain the (already normalised) query, whitespace and punctuation aside? */
export function textContains(text: string, normalizedQuery: string): boolean {
  if (normalizedQuery === '') return false;
  return normalizeForSearch(text).includes(normalizedQuery);
}
