/**
 * Grouping of documents for listing pages and the compare picker: by issuer
 * (发布机关), ordered by the pinyin of the issuer's name, each group under the
 * pinyin initial of its first character (A–Z; # for anything else). A group
 * larger than a bound is split into numbered parts, so no group, and no
 * page or data file built from one, grows with the corpus.
 *
 * Group keys are stable: a hash of the issuer's name (and the part number),
 * so a group keeps its address when documents are added elsewhere.
 */

/** The label of documents whose issuer is not known. */
export const UNKNOWN_ISSUER = '未注明发布机关';

/** One group of items sharing an issuer. */
export interface Group<T> {
  /** Stable, URL-safe key (`i-<hash>`, `i-<hash>-2` for the second part of a split group). */
  key: string;
  /** The issuer as written (UNKNOWN_ISSUER when unknown). */
  issuer: string;
  /** Shown: the issuer, with （2/3） for a part of a split group. */
  label: string;
  /** Pinyin initial of the issuer (A–Z), '#' when it has none. */
  initial: string;
  items: T[];
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

/** Code-unit order, the same everywhere (tie-break of the collator). */
const byCode = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Pinyin order of Chinese text (ICU's zh-CN collation), code-unit order for ties: deterministic. */
export function comparePinyin(a: string, b: string): number {
  return collator.compare(a, b) || byCode(a, b);
}

/**
 * The first character of each pinyin initial in ICU's pinyin collation
 * (no syllable starts with i, u or v): a character sorts under the last
 * boundary it does not precede.
 */
const BOUNDARIES: readonly [string, string][] = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'], ['H', '哈'],
  ['J', '讥'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'], ['P', '妑'], ['Q', '七'],
  ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '穵'], ['X', '夕'], ['Y', '丫'], ['Z', '帀'],
];

/** Pinyin initial (A–Z) of the first character of `s`: a Latin letter is its own initial; '#' for digits, symbols and characters outside the pinyin range. */
export function pinyinInitial(s: string): string {
  const c = [...s.trim()][0];
  if (!c) return '#';
  if (/^[a-z]$/i.test(c)) return c.toUpperCase();
  if (!/^\p{Script=Han}$/u.test(c)) return '#';
  let found = '#';
  for (const [letter, first] of BOUNDARIES) {
    if (collator.compare(c, first) >= 0) found = letter;
    else break;
  }
  return found;
}

/** cyrb53: a 53-bit string hash, as base-36 (deterministic, no dependency; for keys, not security). */
export function stableHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The key of an issuer's group. */
export function issuerKey(issuer: string): string {
  return `i-${stableHash(issuer)}`;
}

/**
 * Items grouped by issuer (null → UNKNOWN_ISSUER), groups in pinyin order of
 * the issuer (the unknown group last), items in their given order; a group
 * of more than `maxPerGroup` items is split into parts of at most that many
 * (labelled （2/3）, plus what `partNote` says of the part).
 * Throws if two issuers hash to the same key (never silently merged).
 */
export function groupByIssuer<T>(
  items: readonly T[],
  issuerOf: (item: T) => string | null,
  maxPerGroup = Infinity,
  /** What a part of a split group holds, added to its label: （2/3，A–C）. */
  partNote?: (part: readonly T[]) => string,
): Group<T>[] {
  const byIssuer = new Map<string, T[]>();
  for (const item of items) {
    const issuer = issuerOf(item)?.trim() || UNKNOWN_ISSUER;
    const list = byIssuer.get(issuer);
    if (list) list.push(item);
    else byIssuer.set(issuer, [item]);
  }
  const issuers = [...byIssuer.keys()].sort((a, b) => (a === UNKNOWN_ISSUER ? 1 : b === UNKNOWN_ISSUER ? -1 : comparePinyin(a, b)));
  const seen = new Map<string, string>();
  const out: Group<T>[] = [];
  for (const issuer of issuers) {
    const key = issuerKey(issuer);
    const clash = seen.get(key);
    if (clash !== undefined) throw new Error(`groupByIssuer: issuers "${clash}" and "${issuer}" have the same key ${key}`);
    seen.set(key, issuer);
    const all = byIssuer.get(issuer)!;
    const parts = Number.isFinite(maxPerGroup) ? Math.ceil(all.length / maxPerGroup) : 1;
    const initial = issuer === UNKNOWN_ISSUER ? '#' : pinyinInitial(issuer);
    for (let p = 0; p < parts; p++) {
      const part = parts > 1 ? all.slice(p * maxPerGroup, (p + 1) * maxPerGroup) : all;
      out.push({
        key: p === 0 ? key : `${key}-${p + 1}`,
        issuer,
        label: parts > 1 ? `${issuer}（${p + 1}/${parts}${partNote ? `，${partNote(part)}` : ''}）` : issuer,
        initial,
        items: part,
      });
    }
  }
  return out;
}

/** Groups under their initials, in A–Z order then '#', as [initial, groups]. */
export function byInitial<G extends { initial: string }>(groups: readonly G[]): [string, G[]][] {
  const map = new Map<string, G[]>();
  for (const g of groups) {
    const list = map.get(g.initial);
    if (list) list.push(g);
    else map.set(g.initial, [g]);
  }
  return [...map.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : byCode(a, b)));
}
