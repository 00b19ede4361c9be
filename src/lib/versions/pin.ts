/**
 * Crosswalk links computed against the parent version a measure pins,
 * carried over to the parent's current anchors (where the site shows and
 * exports every link). Pure.
 */
import type { CrosswalkLink } from '../../schemas/crosswalk.ts';
import { traceForward, type History } from './history.ts';

/** The article (or section) anchor of a deeper anchor: art-7-para-2 → art-7, art-6-1-item-1 → art-6-1. */
export function articleOf(anchor: string): string {
  return /^(?:art|sec)-\d+(?:-\d+)?(?=$|-(?:para|item|sub|interp))/.exec(anchor)?.[0] ?? anchor;
}

/**
 * Each link's parent anchor, an anchor of version `version`, becomes the
 * current version's anchor of the provision that carries its text (the
 * deeper part kept when the current version has it, else the article).
 * Links to a provision a later version deleted cannot be shown on the
 * current text: they are returned apart.
 */
export function carryPinnedLinks(links: readonly CrosswalkLink[], history: History, version: string, currentIds: ReadonlySet<string>): { links: CrosswalkLink[]; deleted: CrosswalkLink[] } {
  const out: CrosswalkLink[] = [];
  const deleted: CrosswalkLink[] = [];
  for (const l of links) {
    const article = articleOf(l.to.anchor);
    const { current } = traceForward(history, version, article);
    if (!current) {
      deleted.push(l);
      continue;
    }
    const deeper = `${current}${l.to.anchor.slice(article.length)}`;
    out.push({ ...l, to: { ...l.to, anchor: currentIds.has(deeper) ? deeper : current } });
  }
  return { links: out, deleted };
}
