/**
 * The pages of the crosswalk matrix: for each parent, its measures cut into
 * pages of MATRIX_ROWS_PER_PAGE rows, at /crosswalk/matrix/<parent>/ and
 * /crosswalk/matrix/<parent>/page/N/ (each with the coverage summary of its rows).
 */
import { getCoverage } from '../../data/crosswalk.ts';
import type { MeasureCoverage } from '../../lib/crosswalk/coverage.ts';
import type { RegDocument } from '../../lib/document.ts';
import type { Unit } from '../../lib/crosswalk/units.ts';
import { paginate, pagePath, type Page } from '../../lib/listing/paginate.ts';
import { MATRIX_ROWS_PER_PAGE } from '../../lib/listing/sizes.ts';

export interface MatrixPages {
  parent: RegDocument;
  units: Unit[];
  measures: MeasureCoverage[];
  pages: Page<MeasureCoverage>[];
  /** Address of page 1: /crosswalk/matrix/<parent>/. */
  base: string;
}

export function matrixBase(parent: string): string {
  return `/crosswalk/matrix/${encodeURIComponent(parent)}/`;
}

export function matrixPages(): MatrixPages[] {
  const cov = getCoverage();
  return cov.parents.map((p) => {
    const measures = cov.measures.filter((m) => m.parent === p.doc);
    return { parent: p.doc, units: p.units, measures, pages: paginate(measures, MATRIX_ROWS_PER_PAGE), base: matrixBase(p.doc.meta.slug) };
  });
}

/** Where a measure's row and coverage summary against a parent are: the page's address and the anchor. */
export function coverageHref(mp: MatrixPages, measure: string): string {
  const i = mp.measures.findIndex((m) => m.doc.meta.slug === measure);
  const page = mp.pages.find((p) => i >= p.start && i < p.start + p.items.length) ?? mp.pages[0]!;
  return `${pagePath(mp.base, page.number)}#coverage-${measure}-${mp.parent.meta.slug}`;
}
