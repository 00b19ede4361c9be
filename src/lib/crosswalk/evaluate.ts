/**
 * Measuring the suggester: precision, recall and F1 of links against a
 * hand-checked crosswalk at article level (tests/fixtures/crosswalk-gold.yaml),
 * and building a measure from plain text the way `npm run ingest -- FILE.txt
 * --parent …` would, for measures the suggester has never seen.
 */
import type { RegDocument } from '../document.ts';
import { buildDocument } from '../ingest/pipeline.ts';
import { splitLines } from '../ingest/source-lines.ts';
import { documentSpec } from '../../schemas/manifest.ts';
import type { CrosswalkLink, GoldFile } from '../../schemas/crosswalk.ts';
import { unitAnchorOf } from './coverage.ts';
import { unitsOf } from './units.ts';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold pairs not found: `doc#local → parent-anchor`. */
  missed: string[];
  /** Links not in the gold. */
  extra: string[];
}

/**
 * Compare links with a gold file at unit level (a link from art-6-para-2 counts
 * for art-6). Only links from the gold's documents to its parent are scored.
 */
export function evaluate(links: readonly CrosswalkLink[], gold: GoldFile, documents: readonly RegDocument[]): Score {
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  const parent = bySlug.get(gold.parent);
  const parentUnits = parent ? unitsOf(parent) : [];
  const want = new Set<string>();
  for (const [doc, map] of Object.entries(gold.documents)) for (const [a, targets] of Object.entries(map)) for (const t of targets) want.add(`${doc}#${a} → ${t}`);
  const got = new Set<string>();
  for (const l of links) {
    if (l.to.doc !== gold.parent || !gold.documents[l.from.doc]) continue;
    const d = bySlug.get(l.from.doc);
    const from = d ? unitAnchorOf(l.from.anchor, unitsOf(d)) : undefined;
    const to = unitAnchorOf(l.to.anchor, parentUnits);
    if (from && to) got.add(`${l.from.doc}#${from} → ${to}`);
  }
  const tp = [...got].filter((k) => want.has(k)).length;
  const fp = got.size - tp;
  const fn = want.size - tp;
  const precision = got.size ? tp / got.size : 1;
  const recall = want.size ? tp / want.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    missed: [...want].filter((k) => !got.has(k)).sort(),
    extra: [...got].filter((k) => !want.has(k)).sort(),
  };
}

/** A measure built from plain text, as `npm run ingest -- FILE.txt --slug S --parent P` would build it. */
export function measureFromText(slug: string, text: string, parent: string, file = `${slug}.txt`): RegDocument {
  const lines = splitLines(text);
  const spec = documentSpec.parse({ slug, lines: [1, Math.max(1, lines.length)], meta: { parents: [{ slug: parent }] } });
  return buildDocument({ file, documents: [spec], exclude: [] }, spec, lines).doc;
}
