/**
 * Hand-checked crosswalks with relation labels (tests/fixtures/crosswalk-gold.yaml,
 * tests/fixtures/unseen/…/gold.yaml): the links alone, as `evaluate` scores them,
 * and the relation accuracy of published links against the labels.
 */
import type { RegDocument } from '../document.ts';
import type { CrosswalkLink, GoldFile, LabelledGoldFile, Relation } from '../../schemas/crosswalk.ts';
import { unitAnchorOf } from './coverage.ts';
import { unitsOf } from './units.ts';

/** The links of a labelled gold, without their relations. */
export function linkGold(g: LabelledGoldFile): GoldFile {
  const documents: GoldFile['documents'] = {};
  for (const [doc, map] of Object.entries(g.documents)) {
    documents[doc] = {};
    for (const [a, t] of Object.entries(map)) documents[doc][a] = Array.isArray(t) ? [...t] : Object.keys(t);
  }
  return { parent: g.parent, documents };
}

/** `doc#local → parent` → relation, for every labelled link. */
export function goldRelations(g: LabelledGoldFile): Map<string, Relation> {
  const out = new Map<string, Relation>();
  for (const [doc, map] of Object.entries(g.documents)) {
    for (const [a, t] of Object.entries(map)) {
      if (Array.isArray(t)) continue;
      for (const [to, r] of Object.entries(t)) out.set(`${doc}#${a} → ${to}`, r);
    }
  }
  return out;
}

export interface RelationScore {
  /** Labelled gold links that were published (at unit level). */
  found: number;
  /** Of those, published with the gold relation. */
  correct: number;
  accuracy: number;
  /** `pair: got (want)` for each wrong one. */
  wrong: string[];
  /** Confusions, `want→got` → count. */
  confusion: Record<string, number>;
}

/**
 * Relation accuracy of published links against a labelled gold, at unit level
 * (a link from art-6-para-2 counts for art-6; when several links map to the
 * same unit pair, the one from the unit itself, else the first, is read).
 */
export function relationAccuracy(links: readonly CrosswalkLink[], gold: LabelledGoldFile, documents: readonly RegDocument[]): RelationScore {
  const want = goldRelations(gold);
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  const parent = bySlug.get(gold.parent);
  const parentUnits = parent ? unitsOf(parent) : [];
  const got = new Map<string, { relation: Relation; exact: boolean }>();
  for (const l of links) {
    if (l.to.doc !== gold.parent || !gold.documents[l.from.doc]) continue;
    const d = bySlug.get(l.from.doc);
    const from = d ? unitAnchorOf(l.from.anchor, unitsOf(d)) : undefined;
    const to = unitAnchorOf(l.to.anchor, parentUnits);
    if (!from || !to) continue;
    const key = `${l.from.doc}#${from} → ${to}`;
    const exact = from === l.from.anchor && to === l.to.anchor;
    const before = got.get(key);
    if (!before || (exact && !before.exact)) got.set(key, { relation: l.relation, exact });
  }
  let found = 0;
  let correct = 0;
  const wrong: string[] = [];
  const confusion: Record<string, number> = {};
  for (const [key, r] of want) {
    const g = got.get(key);
    if (!g) continue;
    found++;
    if (g.relation === r) correct++;
    else {
      wrong.push(`${key}: ${g.relation} (gold ${r})`);
      confusion[`${r}→${g.relation}`] = (confusion[`${r}→${g.relation}`] ?? 0) + 1;
    }
  }
  return { found, correct, accuracy: found ? correct / found : 1, wrong: wrong.sort(), confusion };
}
