/**
 * Traditional and simplified Chinese: the one place that folds the two
 * (opencc-js, OpenCC's dictionaries). Texts are published as written; what
 * compares texts (the crosswalk's n-grams and relation rule; later search)
 * compares them after `toSimplified`, so 中國共產黨問責條例 matches
 * 中国共产党问责条例.
 *
 * Both Taiwan and Hong Kong forms are folded (tw → cn, then hk → cn). OpenCC
 * converts character for character here, so the result has as many
 * characters as the input: offsets into the folded text are offsets into
 * the text as written.
 */
import { Converter, Locale } from 'opencc-js/t2cn';

const fromTw = Converter({ from: 'tw', to: 'cn' });
const fromHk = Converter({ from: 'hk', to: 'cn' });

/**
 * Characters a conversion can change: for every dictionary entry used (tw → t,
 * hk → t, t → cn), the characters of its key that the whole conversion turns
 * into another character. A text with none of them converts to itself, so it
 * is returned at once (most texts are simplified).
 */
const CHANGEABLE: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const groups = [...(Locale.from['tw'] ?? []), ...(Locale.from['hk'] ?? []), ...(Locale.to['cn'] ?? [])];
  for (const group of groups) {
    for (const dict of group as readonly unknown[]) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const key = [...(entry.split(' ')[0] ?? '')];
        const converted = [...fromHk(fromTw(key.join('')))];
        key.forEach((c, i) => {
          if (converted.length !== key.length || converted[i] !== c) out.add(c);
        });
      }
    }
  }
  return out;
})();

/**
 * Every character that converts to another single character on its own
 * (tw → cn, then hk → cn), as a string of (traditional, simplified) pairs in
 * code-point order: the table the search folds with in the browser
 * (src/lib/search/variant-map.ts is generated from it by
 * `npm run gen:variants`, so the search page never ships OpenCC's
 * dictionaries). Characters OpenCC converts only inside a phrase are not in it.
 */
export function singleCharacterPairs(): string {
  const out: string[] = [];
  for (const c of [...CHANGEABLE].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)) {
    const s = fromHk(fromTw(c));
    if (s !== c && [...s].length === 1) out.push(c + s);
  }
  return out.join('');
}

/** The same as one character class: testing a text with it is much faster than a loop over its characters. */
const CHANGEABLE_RE = new RegExp(`[${[...CHANGEABLE].map((c) => c.replace(/[\\\]\[^-]/gu, '\\$&')).join('')}]`, 'u');

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** The text in simplified characters (unchanged when it has no traditional ones). */
export function toSimplified(text: string): string {
  if (text.length === 0) return text;
  if (!CHANGEABLE_RE.test(text)) return text;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = fromHk(fromTw(text));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** Whether a text has characters that differ in simplified form (a measure written in traditional characters). */
export function hasTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}
