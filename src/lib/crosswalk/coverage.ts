/**
 * Coverage for drafters: for each measure and each of its parents, which
 * parent articles it implements (and how), which it does not, and which of its
 * own provisions have no parent basis. Also the matrix the crosswalk page shows.
 */
import type { RegDocument } from '../document.ts';
import type { CrosswalkLink, Relation } from '../../schemas/crosswalk.ts';
import { linkedDocuments } from './build.ts';
import { unitsOf, type Unit } from './units.ts';

/** The unit (article, section, preamble) an anchor belongs to: art-6-para-2 → art-6. */
export function unitAnchorOf(anchor: string, units: readonly Pick<Unit, 'anchor'>[]): string | undefined {
  let best: string | undefined;
  for (const u of units) {
    if ((anchor === u.anchor || anchor.startsWith(`${u.anchor}-`)) && (!best || u.anchor.length > best.length)) best = u.anchor;
  }
  return best;
}

/** Strongest relation first: restates > implements > related. */
const STRENGTH: Record<Relation, number> = { restates: 3, implements: 2, related: 1 };

export function strongest(links: readonly CrosswalkLink[]): Relation | null {
  let best: Relation | null = null;
  for (const l of links) if (!best || STRENGTH[l.relation] > STRENGTH[best]) best = l.relation;
  return best;
}

export interface Cell {
  /** Parent unit (article) anchor. */
  parent: string;
  /** Links from any provision of the measure to this parent unit or inside it. */
  links: CrosswalkLink[];
  /** Local units behind those links, in document order. */
  local: Unit[];
  relation: Relation | null;
}

export interface MeasureCoverage {
  doc: RegDocument;
  parent: RegDocument;
  cells: Cell[];
  /** Parent units with at least one link. */
  implemented: Unit[];
  /** Parent units with none. */
  missing: Unit[];
  /** The measure's own units with no link to this parent. */
  unbased: Unit[];
}

export interface CoverageReport {
  parents: { doc: RegDocument; units: Unit[] }[];
  measures: MeasureCoverage[];
}

export function coverage(documents: readonly RegDocument[], links: readonly CrosswalkLink[]): CoverageReport {
  const { measures, parents } = linkedDocuments(documents);
  const parentUnits = new Map(parents.map((p) => [p.meta.slug, unitsOf(p)]));
  const bySlug = new Map(parents.map((p) => [p.meta.slug, p]));
  // Links grouped once by measure and parent: the corpus can have thousands of measures and links.
  const byPair = Map.groupBy(links, (l) => `${l.from.doc}\n${l.to.doc}`);
  const out: MeasureCoverage[] = [];
  for (const m of measures) {
    const own = unitsOf(m);
    for (const ref of m.meta.parents) {
      const parent = bySlug.get(ref.slug);
      if (!parent) continue;
      const pUnits = parentUnits.get(parent.meta.slug)!;
      const toParent = byPair.get(`${m.meta.slug}\n${parent.meta.slug}`) ?? [];
      // Each link's units, found once (a long measure has hundreds of units and links).
      const fromUnit = new Map(toParent.map((l) => [l, unitAnchorOf(l.from.anchor, own)]));
      const byUnit = Map.groupBy(toParent, (l) => unitAnchorOf(l.to.anchor, pUnits));
      const cells: Cell[] = pUnits.map((pu) => {
        const here = byUnit.get(pu.anchor) ?? [];
        const from = new Set(here.map((l) => fromUnit.get(l)));
        const local = own.filter((u) => from.has(u.anchor));
        return { parent: pu.anchor, links: here, local, relation: strongest(here) };
      });
      const linkedLocal = new Set(fromUnit.values());
      out.push({
        doc: m,
        parent,
        cells,
        implemented: pUnits.filter((_, i) => cells[i]!.links.length > 0),
        missing: pUnits.filter((_, i) => cells[i]!.links.length === 0),
        unbased: own.filter((u) => !linkedLocal.has(u.anchor)),
      });
    }
  }
  return { parents: parents.map((p) => ({ doc: p, units: parentUnits.get(p.meta.slug)! })), measures: out };
}

export interface Predating {
  measure: RegDocument;
  parent: RegDocument;
  /** The measure's date (issued, else in force) and the parent's (in force, else issued), YYYY-MM-DD. */
  measureDate: string;
  parentDate: string;
}

/**
 * Measures dated before the parent they are linked to (from the metadata: the
 * measure's issue date, else its entry into force, against the parent's entry
 * into force, else its issue date). Their links are correspondences of
 * content, not derivation. Measures or parents without a date are left out.
 */
export function predatingMeasures(documents: readonly RegDocument[]): Predating[] {
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  const out: Predating[] = [];
  for (const measure of linkedDocuments(documents).measures) {
    const measureDate = measure.meta.issued ?? measure.meta.effective;
    for (const p of measure.meta.parents) {
      const parent = bySlug.get(p.slug);
      const parentDate = parent?.meta.effective ?? parent?.meta.issued;
      if (parent && measureDate && parentDate && measureDate < parentDate) out.push({ measure, parent, measureDate, parentDate });
    }
  }
  return out.sort((a, b) => (a.measureDate < b.measureDate ? -1 : a.measureDate > b.measureDate ? 1 : a.measure.meta.slug < b.measure.meta.slug ? -1 : 1));
}
