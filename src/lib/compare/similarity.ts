/**
 * Fallback alignment: which provision of the base document each provision of
 * the compared document corresponds to, by character-bigram overlap (Dice
 * coefficient over the Han characters, punctuation and numbering ignored).
 * Used when no crosswalk link is available (the crosswalk is preferred for a
 * measure and its parent), and for comparing any two documents.
 */
import type { CompareUnit } from './units.ts';

export type Relation = 'restates' | 'implements' | 'related';

/** A link from a provision of the compared document to one of the base document. */
export interface AlignLink {
  /** Anchor of the compared (local) provision. */
  local: string;
  /** Anchor of the base (parent) provision. */
  base: string;
  relation: Relation;
  /** 0..1, higher is surer. */
  score: number;
}

/** Produces links between the units of two documents. */
export type Linker = (local: readonly CompareUnit[], base: readonly CompareUnit[]) => AlignLink[];

export const BIGRAM_PARAMS = {
  /** Minimum Dice similarity for a link. */
  minScore: 0.2,
  /** A second link must reach this share of the best one. */
  relativeToBest: 0.75,
  /** At most this many base provisions per compared provision. */
  maxPerUnit: 2,
  /** Similarity from which a link is `restates`. */
  restates: 0.8,
  /** Similarity from which a link is `implements` rather than `related`. */
  implements: 0.35,
} as const;

/** Bigram multiset of the Han characters of a text (NFKC folded). */
export function bigramCounts(text: string): Map<string, number> {
  const chars = [...text.normalize('NFKC').replace(/[^\u3400-\u9fff\u{20000}-\u{2ffff}]/gu, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function total(m: Map<string, number>): number {
  let t = 0;
  for (const v of m.values()) t += v;
  return t;
}

/** Dice coefficient of two bigram multisets: 2·|A∩B| / (|A|+|B|). */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  const ta = total(a);
  const tb = total(b);
  if (!ta || !tb) return 0;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return (2 * common) / (ta + tb);
}

/** Bigram similarity of two texts. */
export function textSimilarity(a: string, b: string): number {
  return dice(bigramCounts(a), bigramCounts(b));
}

function relationOf(score: number): Relation {
  if (score >= BIGRAM_PARAMS.restates) return 'restates';
  if (score >= BIGRAM_PARAMS.implements) return 'implements';
  return 'related';
}

/** The fallback linker: for each compared unit, the best base unit(s) by bigram similarity of heading plus text. */
export const bigramLinker: Linker = (local, base) => {
  const grams = (u: CompareUnit) => bigramCounts(`${u.heading ?? ''}\n${u.text}`);
  const baseGrams = base.map(grams);
  const links: AlignLink[] = [];
  for (const u of local) {
    const g = grams(u);
    const scored = base
      .map((b, i) => ({ b, score: dice(g, baseGrams[i]!) }))
      .filter((s) => s.score >= BIGRAM_PARAMS.minScore)
      // Best first; ties in document order, so the result never depends on sort stability.
      .sort((x, y) => y.score - x.score || x.b.index - y.b.index);
    const best = scored[0]?.score ?? 0;
    for (const s of scored.slice(0, BIGRAM_PARAMS.maxPerUnit)) {
      if (s.score < best * BIGRAM_PARAMS.relativeToBest) break;
      links.push({ local: u.anchor, base: s.b.anchor, relation: relationOf(s.score), score: s.score });
    }
  }
  return links;
};

/** The unit whose text is closest to `text` by bigram similarity (the first on a tie); undefined when there are none. */
export function closestUnit<U extends Pick<CompareUnit, 'text'>>(units: readonly U[], text: string): U | undefined {
  const g = bigramCounts(text);
  let best: U | undefined;
  let score = -1;
  for (const u of units) {
    const s = dice(g, bigramCounts(u.text));
    if (s > score) [best, score] = [u, s];
  }
  return best;
}
