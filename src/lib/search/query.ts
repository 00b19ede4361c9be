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
 * 2. cut every Han run into overlapping two-character pieces (组织调整 →
 *    组织 织调 调整); each is an indexed pair in every provision that contains
 *    the query, so recall is complete by construction whichever pieces we
 *    hand to Pagefind — we hand it the rarest one (fewest bytes to fetch;
 *    the search page learns which from the pair table, pair-table.ts);
 * 3. keep only results whose text contains the normalised query
 *    (`textContains`) — precision is exact.
 *
 * The search page creates its Pagefind instance with a language that needs no
 * word segmentation, so Pagefind passes these space-separated pieces through
 * untouched (guarded by tests/e2e/pagefind-contract.test.ts).
 */
import { isHan, normalizeForSearch } from './text.ts';

export interface PreparedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Letters and digits only, NFKC, lower case: what a matching text must contain. */
  normalized: string;
  /** All overlapping Han pairs of the query (or its runs when it has none). */
  pieces: string[];
  /** The pieces handed to Pagefind (ANDed by it). Empty when there is nothing to search for. */
  terms: string[];
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
 * How many provisions contain each common Han pair (document frequency).
 * Pairs not listed are rare. (The search page plans queries with the pair
 * table of pair-table.ts, which also says which shards hold each pair.)
 */
export type PairFrequencies = Readonly<Record<string, number>>;

/** Pairs rarer than this are left out of `pairFrequencies` (they count as rare). */
export const COMMON_PAIR_MIN = 8;

/** Han pairs of a normalised text, each once, in order. */
export function hanPairs(normalized: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of runs(normalized)) {
    if (!r.han) continue;
    const chars = [...r.text];
    for (let i = 0; i + 1 < chars.length; i++) {
      const p = chars[i]! + chars[i + 1]!;
      if (!seen.has(p)) {
        seen.add(p);
        out.push(p);
      }
    }
  }
  return out;
}

/**
 * Document frequency of every Han pair over `texts` (each text counted once
 * per pair), keeping pairs found in at least `min` texts. Keys sorted.
 */
export function pairFrequencies(texts: Iterable<string>, min = COMMON_PAIR_MIN): Record<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const p of hanPairs(normalizeForSearch(t))) df.set(p, (df.get(p) ?? 0) + 1);
  const out: Record<string, number> = {};
  for (const k of [...df.keys()].sort()) if (df.get(k)! >= min) out[k] = df.get(k)!;
  return out;
}

/**
 * Prepare a query. `pieces` are the overlapping pairs of every Han run
 * (组织调整 → 组织 织调 调整). Every provision that contains the query
 * contains each piece as an indexed pair, so ANY subset of the pieces keeps
 * recall complete; `terms` is the rarest piece alone (by `frequencies`; ties
 * keep query order), which loads one index chunk and the fewest fragments.
 * When the query has no Han pair (诫, 2017, 诫 2017) its runs are passed
 * whole (Pagefind matches them as word prefixes) and `textContains` decides.
 */
export function prepareQuery(input: string, frequencies: PairFrequencies = {}): PreparedQuery {
  const raw = input.trim();
  const normalized = normalizeForSearch(raw);
  const pieces = hanPairs(normalized);
  if (pieces.length === 0) {
    const whole = [...new Set(runs(normalized).map((r) => r.text))];
    return { raw, normalized, pieces: whole, terms: whole };
  }
  let best = pieces[0]!;
  for (const p of pieces) if ((frequencies[p] ?? 0) < (frequencies[best] ?? 0)) best = p;
  return { raw, normalized, pieces, terms: [best] };
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
