/** The crosswalk export split by document, memoised with the crosswalk (files starting with `_` are not routes). */
import { getCrosswalk } from '../../data/crosswalk.ts';
import { crosswalkParts, type CrosswalkPart } from '../../lib/crosswalk/export.ts';

let cached: { cw: unknown; parts: Map<string, CrosswalkPart> } | undefined;

export function partsBySlug(): Map<string, CrosswalkPart> {
  const cw = getCrosswalk();
  if (cached?.cw !== cw) cached = { cw, parts: new Map(crosswalkParts(cw).map((p) => [p.doc, p])) };
  return cached.parts;
}
