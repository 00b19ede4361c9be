/**
 * References to documents outside the corpus, grouped by title (code-unit
 * order), with the documents citing each; shown on /crosswalk/ while they
 * fit on one page, else on /crosswalk/external/ (+ page/N/). Not a route.
 */
import { getCrosswalk } from '../../data/crosswalk.ts';
import { paginate, type Page } from '../../lib/listing/paginate.ts';
import { EXTERNAL_PER_PAGE } from '../../lib/listing/sizes.ts';

export interface ExternalTitle {
  title: string;
  /** Slugs of the citing documents, sorted. */
  from: string[];
}

let cached: { cw: unknown; list: ExternalTitle[] } | undefined;

export function externalTitles(): ExternalTitle[] {
  const cw = getCrosswalk();
  if (cached?.cw === cw) return cached.list;
  const byTitle = new Map<string, Set<string>>();
  for (const r of cw.references) {
    if (!r.external || !r.title) continue;
    const from = byTitle.get(r.title) ?? new Set<string>();
    from.add(r.from.doc);
    byTitle.set(r.title, from);
  }
  const list = [...byTitle.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([title, from]) => ({ title, from: [...from].sort() }));
  cached = { cw, list };
  return list;
}

export function externalPages(): Page<ExternalTitle>[] {
  return paginate(externalTitles(), EXTERNAL_PER_PAGE);
}

export const EXTERNAL_BASE = '/crosswalk/external/';
