/**
 * Text normalisation shared by the search index (build) and the search page
 * (browser), so both sides agree on what "the text contains the query" means.
 *
 * Matching ignores whitespace, punctuation and symbols: only letters (Han
 * characters included) and digits count, after NFKC (full-width Ａ１ → a1) and
 * lower-casing. 组织调整 therefore matches 组织 调整 and 组织、调整.
 *
 * Traditional and simplified characters are one: every character is folded
 * to its simplified form (問責 → 问责) with a single-character table taken
 * from OpenCC (src/lib/search/variant-map.ts, generated from opencc-js), so
 * a query in either form finds a text in either form. Folding is one code
 * point for one, so offsets map back to the characters as written.
 */
import { VARIANT_PAIRS } from './variant-map.ts';

const KEEP = /[\p{L}\p{N}]/u;

/**
 * Characters Pagefind 1.6.0's extended indexer pairs with their neighbours:
 * the CJK Unified Ideographs block. Other Han-script characters (〇, 々, the
 * extension blocks) are not paired by it, not even when handed over as a
 * two-character token, so query preparation treats them like digits: they
 * are checked by the text comparison, not looked up as pairs.
 */
const IDEOGRAPH = /^[\u4E00-\u9FFF]$/u;

/** Is the UTF-16 unit at `i` of `s` a CJK unified ideograph (`isHan`; they are all in the BMP, one unit each)? */
export function isHanUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Is this one code point a CJK unified ideograph (a character Pagefind pairs)? */
export function isHan(ch: string): boolean {
  return IDEOGRAPH.test(ch);
}

/** Traditional (or variant) code point → simplified code point. */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const cps = [...VARIANT_PAIRS];
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) m.set(cps[i]!, cps[i + 1]!);
  return m;
})();

/** One code point in its simplified form (itself when it has none). */
export function foldVariant(ch: string): string {
  return VARIANTS.get(ch) ?? ch;
}

/** A normalised string and, for each of its UTF-16 units, where it came from in the original. */
export interface NormalizedText {
  /** Letters and digits only, NFKC, lower case, simplified characters. */
  text: string;
  /** `start[i]`: UTF-16 index in the original of the code point that produced `text[i]`. */
  start: number[];
  /** `end[i]`: UTF-16 index just after that code point. */
  end: number[];
}

/** Normalise `s` for matching, keeping a map back to the original offsets. */
export function normalizeWithMap(s: string): NormalizedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const cp of s) {
    const next = i + cp.length;
    if (isHanUnit(cp, 0)) {
      // a unified ideograph is its own NFKC form and lower case, and a letter: only its variant is looked up
      const ch = foldVariant(cp);
      for (let k = 0; k < ch.length; k++) {
        start.push(i);
        end.push(next);
      }
      text += ch;
      i = next;
      continue;
    }
    for (const c of cp.normalize('NFKC').toLowerCase()) {
      if (!KEEP.test(c)) continue;
      const ch = foldVariant(c);
      for (let k = 0; k < ch.length; k++) {
        start.push(i);
        end.push(next);
      }
      text += ch;
    }
    i = next;
  }
  return { text, start, end };
}

/** Normalise `s` for matching (see the module comment): `normalizeWithMap(s).text`, without the map. */
export function normalizeForSearch(s: string): string {
  let text = '';
  for (const cp of s) {
    if (isHanUnit(cp, 0)) {
      text += foldVariant(cp);
      continue;
    }
    for (const c of cp.normalize('NFKC').toLowerCase()) if (KEEP.test(c)) text += foldVariant(c);
  }
  return text;
}

/**
 * Adjacent ideograph pairs of the normalised text that Pagefind's extended
 * indexer does not record by itself: it records every adjacent pair inside a
 * run of text, but none across punctuation or whitespace (问责、诫勉 → no
 * 责诫). The index gets these pairs separately (see search-records.ts), so
 * every pair of a text is a word of the index and a query is found whatever
 * it spans. Sorted and unique.
 */
export function tailPairs(s: string): string[] {
  const n = normalizeWithMap(s);
  const chars = [...n.text];
  const out = new Set<string>();
  // Walk code points of the normalised text together with their UTF-16 offsets.
  let u = 0;
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = chars[k]!;
    const b = chars[k + 1]!;
    const ua = u;
    const ub = u + a.length;
    u = ub;
    if (!isHan(a) || !isHan(b)) continue;
    if (n.end[ua] !== n.start[ub]) out.add(a + b);
  }
  return [...out].sort();
}
