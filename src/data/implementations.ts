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
    // The documents at either end of a link, read once and held while the pages are computed (the
    // pages keep their nodes); the others stay references (implementationPages reads only their slug).
    const corpus = getCorpus();
    const linked = new Set(links.flatMap((l) => [l.from.doc, l.to.doc]));
    const pages = implementationPages(
      corpus.documents.map((d) => (linked.has(d.meta.slug) ? corpus.get(d.meta.slug)! : d)),
      links,
    );
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
