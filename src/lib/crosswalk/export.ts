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
