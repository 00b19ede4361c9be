/**
 * The document listings, computed once per build from the corpus metadata:
 * the class groups of the home page (each with its full list at
 * CLASS_GROUPS[].list, paginated) and the issuer groups of /documents/
 * (each at /documents/issuer/<key>/, paginated). (Files starting with `_`
 * are not routes.)
 */
import { classListings as ofMetas, sortDocuments, type ClassListing } from '../../components/view.ts';
import { getCorpus } from '../../data/corpus.ts';
import { groupByIssuer, type Group } from '../../lib/listing/groups.ts';
import type { DocMeta } from '../../schemas/meta.ts';

let cached: { docs: unknown; metas: DocMeta[]; classes: ClassListing[]; issuers: Group<DocMeta>[] } | undefined;

function compute() {
  const docs = getCorpus().documents;
  if (cached?.docs === docs) return cached;
  const metas = docs.map((d) => d.meta);
  cached = { docs, metas, classes: ofMetas(metas), issuers: groupByIssuer(sortDocuments(metas), (m) => m.issuer) };
  return cached;
}

/** Metadata of every document, in corpus order. */
export function allMetas(): DocMeta[] {
  return compute().metas;
}

/** The class groups, documents sorted (sortDocuments); empty groups included. */
export function classListings(): ClassListing[] {
  return compute().classes;
}

/** The class groups listed under /documents/<segment>/ (commentary has /commentary/). */
export function documentClassListings(): (ClassListing & { segment: string })[] {
  return classListings().flatMap((c) => {
    const m = /^\/documents\/([a-z-]+)\/$/.exec(c.list);
    return m ? [{ ...c, segment: m[1]! }] : [];
  });
}

/** Every document grouped by issuer (pinyin order), documents sorted within each group. */
export function issuerListings(): Group<DocMeta>[] {
  return compute().issuers;
}

export function issuerPath(key: string): string {
  return `/documents/issuer/${key}/`;
}
