/** The commentary, sorted (files starting with `_` are not routes). */
import { classListings } from '../documents/_listing.ts';
import type { DocMeta } from '../../schemas/meta.ts';

export function commentaryMetas(): DocMeta[] {
  return classListings().find((c) => c.list === '/commentary/')?.metas ?? [];
}
