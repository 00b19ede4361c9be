/**
 * Text features for the crosswalk: Chinese has no spaces, so provisions are
 * compared by character n-grams (2–4 characters) taken inside runs of CJK
 * characters. Before that the text is normalised so that what differs between
 * any two regulations for reasons of form only does not count:
 * full-width/ASCII forms (NFKC), enumerators ((一), 1., 第三条), numbers and
 * dates, and the noun a document uses for itself (本条例 / 本办法 / 本规定 …).
 * `Intl.Segmenter('zh')` was tried and splits domain terms (问|责, 诫|勉), so
 * it is not used. Traditional characters are compared as simplified ones.
 */

import { toSimplified } from '../chinese-variants.ts';

/** How a document names itself; all become 本规 so 本条例 and 本办法 match. */
export const SELF_NOUN = /本(?:实施办法|实施细则|暂行办法|暂行规定|条例|办法|规定|细则|意见|准则|规则|法(?![律规院人]))/gu;
/** Titles of cited documents: what they say is the other document's subject, not this provision's. */
const TITLE = /《[^《》]{0,120}》|<<[^<>]{0,120}>>/gu;
/** Enumerators and cross-references that carry no meaning of their own. */
const ENUMERATOR = /[(]\s*[一二三四五六七八九十\d]+\s*[)]|(?<![\d.])\d+(?:\.\d+)*[.、](?!\d)|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[条款项目章节]/gu;
/** Any number, and years written digit by digit (二○○九年). */
const NUMBER = /\d+(?:\.\d+)?|[一二三四五六七八九〇○零]{4}(?=年)/gu;
/** What counts as a character worth comparing: CJK ideographs (and the placeholder #). */
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff#]+/gu;

/**
 * Normalised text of a provision: NFKC, traditional characters as simplified
 * (chinese-variants.ts), self-nouns unified, enumerators dropped, numbers as
 * `#`. Returns the runs of comparable characters (clauses).
 */
export function clauses(text: string): string[] {
  return simplifiedClauses(toSimplified(text.normalize('NFKC')));
}

/** `clauses` of a text already NFKC-normalised and in simplified characters (no conversion again). */
export function simplifiedClauses(text: string): string[] {
  const s = text
    .replace(TITLE, ' ')
    .replace(SELF_NOUN, '本规')
    .replace(ENUMERATOR, ' ')
    .replace(NUMBER, '#');
  return s.match(CJK_RUN) ?? [];
}

export const MIN_N = 2;
export const MAX_N = 4;

/** Characters of a run: the string itself when it has no surrogate pairs (the common case, and faster to slice). */
function charsOf(run: string): string | string[] {
  return /[\uD800-\uDFFF]/u.test(run) ? [...run] : run;
}

function sliceOf(chars: string | string[], i: number, n: number): string {
  return typeof chars === 'string' ? chars.slice(i, i + n) : chars.slice(i, i + n).join('');
}

/** Call `visit` with every n-gram (MIN_N..MAX_N) of each clause of `text`, in order. Grams made only of # are skipped. */
function forEachGram(text: string, visit: (gram: string) => void): void {
  for (const run of clauses(text)) {
    const chars = charsOf(run);
    for (let n = MIN_N; n <= MAX_N; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        const g = sliceOf(chars, i, n);
        if (g.charCodeAt(0) === 35 /* # */ && /^#+$/u.test(g)) continue;
        visit(g);
      }
    }
  }
}

/** Character n-grams (MIN_N..MAX_N) of each clause, with counts. Grams made only of # are skipped. */
export function gramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachGram(text, (g) => counts.set(g, (counts.get(g) ?? 0) + 1));
  return counts;
}

/**
 * The distinct n-grams (MIN_N..MAX_N) of a text, as `gramCounts(text).keys()` without the counts,
 * and only those `keep` accepts (the suggester needs no n-gram its parents lack).
 */
export function gramKeys(text: string, keep?: (gram: string) => boolean): Set<string> {
  const out = new Set<string>();
  forEachGram(text, (g) => {
    if (!keep || keep(g)) out.add(g);
  });
  return out;
}

/** The set of n-grams of a text (for containment / near-verbatim tests). */
export function gramSet(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (const run of clauses(text)) {
    const chars = charsOf(run);
    for (let i = 0; i + n <= chars.length; i++) out.add(sliceOf(chars, i, n));
  }
  return out;
}

/** Share of `a`'s elements that are in `b` (0 when `a` is empty). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let k = 0;
  for (const x of a) if (b.has(x)) k++;
  return k / a.size;
}

/** Characters that do not start or end a quotable phrase (particles, conjunctions, prepositions). */
const EDGE_LEAD = new Set([...'的和及与或并在对为了等之而被由将把']);
const EDGE_TRAIL = new Set([...'的和及与或并在对为了由将把被而']);
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word boundaries (character offsets) of a run, by Intl.Segmenter. */
function boundaries(run: string): Set<number> {
  const out = new Set<number>([0]);
  let k = 0;
  for (const { segment } of WORDS.segment(run)) out.add((k += [...segment].length));
  return out;
}

/**
 * The phrases two texts share, as a reader would quote them: maximal runs of
 * `text` covered by shared n-grams whose weight passes `minWeight`, longest and
 * heaviest first, without repeats or phrases contained in a longer one.
 */
export function sharedPhrases(
  text: string,
  other: ReadonlySet<string>,
  weight: (gram: string) => number,
  opts: { minWeight?: number; minLength?: number; max?: number; shortWeight?: number } = {},
): string[] {
  // A two-character phrase (予以, 整改) must weigh `shortWeight` to count: most are common words.
  const { minWeight = 0, minLength = 2, max = 6, shortWeight = minWeight } = opts;
  const scored = new Map<string, number>();
  for (const run of clauses(text)) {
    const chars = [...run];
    // Slices of the run itself when it has no surrogate pairs (the common case; joining arrays is slow).
    const flat = charsOf(run);
    const covered = new Array<boolean>(chars.length).fill(false);
    let bounds: Set<number> | undefined;
    for (let n = MAX_N; n >= MIN_N; n--) {
      for (let i = 0; i + n <= chars.length; i++) {
        const g = sliceOf(flat, i, n);
        if (!/^#+$/u.test(g) && other.has(g) && weight(g) >= minWeight) for (let k = i; k < i + n; k++) covered[k] = true;
      }
    }
    let i = 0;
    while (i < chars.length) {
      if (!covered[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < chars.length && covered[j]) j++;
      // Trim function characters at the edges: 的决 is not a phrase, 决定 would be.
      let a = i;
      let b = j;
      while (a < b && EDGE_LEAD.has(chars[a]!)) a++;
      while (b > a && EDGE_TRAIL.has(chars[b - 1]!)) b--;
      // A cut inside a word (违纪行|为) is widened by one character to the word's edge.
      const edges = (bounds ??= boundaries(run));
      if (a > 0 && !edges.has(a) && edges.has(a - 1) && !EDGE_LEAD.has(chars[a - 1]!)) a--;
      if (b < chars.length && !edges.has(b) && edges.has(b + 1) && !EDGE_TRAIL.has(chars[b]!)) b++;
      const phrase = chars.slice(a, b).join('');
      if (b - a >= minLength && !/#/u.test(phrase)) {
        let w = 0;
        for (let k = a; k + MIN_N <= b; k++) w += weight(sliceOf(flat, k, MIN_N));
        if (w >= (b - a <= 2 ? shortWeight : minWeight)) scored.set(phrase, Math.max(scored.get(phrase) ?? 0, w));
      }
      i = j;
    }
  }
  const ranked = [...scored.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [];
  for (const [p] of ranked) {
    if (out.some((q) => q.includes(p))) continue;
    out.push(p);
    if (out.length >= max) break;
  }
  return out;
}
