/**
 * The crosswalk links the compare pages and data files align with: the
 * published crosswalk (src/data/crosswalk.ts), reduced to what alignment
 * reads. (Files starting with `_` are not routes.)
 */
import { getCrosswalk } from '../../data/crosswalk.ts';
import type { CrosswalkLinkLike } from '../../lib/compare/pairs.ts';

let cached: { links: readonly unknown[]; out: CrosswalkLinkLike[] } | undefined;

export function compareLinks(): CrosswalkLinkLike[] {
  const links = getCrosswalk().links;
  if (cached?.links !== links) {
    cached = { links, out: links.map((l) => ({ from: l.from, to: l.to, relation: l.relation, score: l.score })) };
  }
  return cached.out;
}
