/**
 * Crosswalk links for the compare pages, read through `getCrosswalk()` from
 * src/data/crosswalk.ts when that loader exists (it is optional: without it,
 * or when it has no link between two documents, the compare pages align by
 * text similarity). Accepts either an array of links or `{ links: [...] }`.
 * (Files starting with `_` are not routes.)
 */
import type { CrosswalkLinkLike } from '../../lib/compare/pairs.ts';

const loaders = import.meta.glob('../../data/crosswalk.ts');

function isLink(x: unknown): x is CrosswalkLinkLike {
  const l = x as CrosswalkLinkLike;
  return (
    typeof l === 'object' && l !== null &&
    typeof l.from?.doc === 'string' && typeof l.from?.anchor === 'string' &&
    typeof l.to?.doc === 'string' && typeof l.to?.anchor === 'string' &&
    ['restates', 'implements', 'related'].includes(l.relation) &&
    typeof l.score === 'number'
  );
}

let cached: Promise<CrosswalkLinkLike[]> | undefined;

export function compareLinks(): Promise<CrosswalkLinkLike[]> {
  cached ??= (async () => {
    const load = Object.values(loaders)[0];
    if (!load) return [];
    const mod = (await load()) as { getCrosswalk?: () => unknown };
    if (typeof mod.getCrosswalk !== 'function') return [];
    const data = (await mod.getCrosswalk()) as unknown;
    const list = Array.isArray(data) ? data : (data as { links?: unknown })?.links;
    return Array.isArray(list) ? list.filter(isLink) : [];
  })();
  return cached;
}
