/**
 * The downloads: /crosswalk.json (also what `npm run crosswalk -- --json`
 * prints) and /crosswalk.csv, one row per link. The schema is documented in
 * the README (section "Crosswalk exports").
 */
import { stringify } from 'csv-stringify/sync';
import type { Crosswalk } from './build.ts';

export const EXPORT_VERSION = 1;

/** What the relation rule says of a link (src/lib/crosswalk/relation.ts), as every export writes it. */
export function ruleFields(l: { why?: string; kept?: number; added?: string[]; dropped?: string[] }) {
  return { why: l.why ?? '', kept: l.kept ?? 0, added: l.added ?? [], dropped: l.dropped ?? [] };
}

/** The JSON export: stable key order, two-space indentation, trailing newline. */
export function crosswalkJson(cw: Pick<Crosswalk, 'links' | 'references'>): string {
  const links = cw.links.map((l) => ({
    from: { doc: l.from.doc, anchor: l.from.anchor },
    to: { doc: l.to.doc, anchor: l.to.anchor },
    relation: l.relation,
    source: l.source,
    score: l.score,
    evidence: l.evidence,
    ...ruleFields(l),
    ...(l.note ? { note: l.note } : {}),
  }));
  const external = cw.references
    .filter((r) => r.external)
    .map((r) => ({ from: { doc: r.from.doc, anchor: r.from.anchor }, raw: r.raw, ...(r.title ? { title: r.title } : {}) }));
  return `${JSON.stringify({ version: EXPORT_VERSION, links, external }, null, 2)}\n`;
}

export const CSV_COLUMNS = ['from.doc', 'from.anchor', 'to.doc', 'to.anchor', 'relation', 'source', 'score', 'evidence', 'why', 'kept', 'added', 'dropped'] as const;

/** The CSV export: a header row, then one row per link; evidence, added and dropped phrases joined with " | ". */
export function crosswalkCsv(cw: Pick<Crosswalk, 'links'>): string {
  const rows = cw.links.map((l) => [
    l.from.doc,
    l.from.anchor,
    l.to.doc,
    l.to.anchor,
    l.relation,
    l.source,
    l.score.toFixed(3),
    l.evidence.join(' | '),
    l.why ?? '',
    (l.kept ?? 0).toFixed(3),
    (l.added ?? []).join(' | '),
    (l.dropped ?? []).join(' | '),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: '\n' });
}

/**
 * The site's exports are split by document, so no file grows with the corpus:
 * /crosswalk/<slug>.json and /crosswalk/<slug>.csv hold the links *from* one
 * document (and its external references), in exactly the format of the full
 * export above; /crosswalk.json and /crosswalk.csv list those files.
 */
export interface CrosswalkPart {
  doc: string;
  links: Crosswalk['links'];
  references: Crosswalk['references'];
}

/** Path of a document's part of the crosswalk export. */
export function crosswalkPartPath(slug: string, ext: 'json' | 'csv'): string {
  return `/crosswalk/${encodeURIComponent(slug)}.${ext}`;
}

/** The links and external references of each document that has any, by slug in code-unit order (links keep the crosswalk's order). */
export function crosswalkParts(cw: Pick<Crosswalk, 'links' | 'references'>): CrosswalkPart[] {
  const parts = new Map<string, CrosswalkPart>();
  const part = (doc: string) => {
    let p = parts.get(doc);
    if (!p) parts.set(doc, (p = { doc, links: [], references: [] }));
    return p;
  };
  for (const l of cw.links) part(l.from.doc).links.push(l);
  for (const r of cw.references) if (r.external) part(r.from.doc).references.push(r);
  return [...parts.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
}

/** /crosswalk.json: the list of per-document files, with how many links and external references each holds. */
export function crosswalkIndexJson(parts: readonly CrosswalkPart[]): string {
  const documents = parts.map((p) => ({
    doc: p.doc,
    links: p.links.length,
    external: p.references.length,
    json: crosswalkPartPath(p.doc, 'json'),
    csv: crosswalkPartPath(p.doc, 'csv'),
  }));
  const total = { links: parts.reduce((n, p) => n + p.links.length, 0), external: parts.reduce((n, p) => n + p.references.length, 0) };
  return `${JSON.stringify({ version: EXPORT_VERSION, split: 'document', total, documents }, null, 2)}\n`;
}

export const CSV_INDEX_COLUMNS = ['doc', 'links', 'external', 'json', 'csv'] as const;

/** /crosswalk.csv: one row per per-document file. */
export function crosswalkIndexCsv(parts: readonly CrosswalkPart[]): string {
  const rows = parts.map((p) => [p.doc, String(p.links.length), String(p.references.length), crosswalkPartPath(p.doc, 'json'), crosswalkPartPath(p.doc, 'csv')]);
  return stringify([[...CSV_INDEX_COLUMNS], ...rows], { record_delimiter: '\n' });
}
