/**
 * Build-time access to the implementations pages' data
 * (src/lib/crosswalk/implementations.ts), from the published corpus and
 * crosswalk, memoised with the crosswalk.
 */
import { getCorpus } from './corpus.ts';
import { getCrosswalk } from './crosswalk.ts';
import { implementationPages, type ImplementationsPage } from '../lib/crosswalk/implementations.ts';

let cached: { links: unknown; pages: ImplementationsPage[]; byKey: Map<string, ImplementationsPage> } | null = null;

function load() {
  const links = getCrosswalk().links;
  if (cached?.links !== links) {
    const pages = implementationPages(getCorpus().documents, links);
    cached = { links, pages, byKey: new Map(pages.map((p) => [`${p.parent.meta.slug}#${p.unit.anchor}`, p])) };
  }
  return cached;
}

/** Every parent article with local links. */
export function getImplementationPages(): ImplementationsPage[] {
  return load().pages;
}

/** The page of one parent article, if it has local links. */
export function getImplementationPage(parent: string, anchor: string): ImplementationsPage | undefined {
  return load().byKey.get(`${parent}#${anchor}`);
}
