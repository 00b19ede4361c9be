/**
 * Alignment of two documents provision by provision, and its summary.
 *
 * The compared document (a local measure) is read in its own order; each of
 * its provisions sits next to the base (parent) provisions it is linked to.
 * Base provisions no compared provision links to are not covered: they are
 * put in place, just before the first row that links to a later base
 * provision. Compared provisions with no link are additions.
 */
import { diffText, sameText, type TextDiff } from './diff.ts';
import type { AlignLink, Relation } from './similarity.ts';
import type { CompareUnit } from './units.ts';

/**
 * - `verbatim`: the same words (punctuation width aside);
 * - `near-verbatim`: restated almost word for word (similarity ≥ NEAR_VERBATIM);
 * - `adapted`: linked to a base provision, with real changes;
 * - `added`: no basis in the base document;
 * - `uncovered`: a base provision no compared provision takes up.
 */
export type RowStatus = 'verbatim' | 'near-verbatim' | 'adapted' | 'added' | 'uncovered';

/** Similarity (see `diffText`) from which a linked pair is near-verbatim. */
export const NEAR_VERBATIM = 0.85;
/** Below this similarity an inline diff is mostly noise: the two texts are shown side by side without marks. */
export const DIFF_READABLE = 0.45;

export interface LinkedBase {
  unit: CompareUnit;
  relation: Relation;
  score: number;
}

export interface AlignedRow {
  status: RowStatus;
  /** The compared provision; absent for an uncovered base provision. */
  local?: CompareUnit;
  /** Linked base provisions, the best first (for `uncovered`, the one base provision). */
  base: LinkedBase[];
  /** Diff of the best base provision (old) against the compared one (new), for linked rows. */
  diff?: TextDiff;
  /** Whether the inline diff is worth showing (similarity ≥ DIFF_READABLE). */
  showDiff: boolean;
}

export interface CompareSummary {
  /** Provisions of the compared document. */
  localTotal: number;
  /** Provisions of the base document. */
  baseTotal: number;
  verbatim: number;
  nearVerbatim: number;
  adapted: number;
  added: number;
  /** Base provisions taken up by at least one compared provision. */
  covered: number;
  /** Base provisions not taken up, in base order. */
  uncovered: CompareUnit[];
}

export interface Alignment {
  rows: AlignedRow[];
  summary: CompareSummary;
}

function statusOf(local: CompareUnit, base: CompareUnit, diff: TextDiff): RowStatus {
  if (sameText(local.text, base.text)) return 'verbatim';
  return diff.similarity >= NEAR_VERBATIM ? 'near-verbatim' : 'adapted';
}

/** Align `local` against `base` using `links` (from the crosswalk or a fallback linker). */
export function alignDocuments(local: readonly CompareUnit[], base: readonly CompareUnit[], links: readonly AlignLink[]): Alignment {
  const baseByAnchor = new Map(base.map((b) => [b.anchor, b]));
  const rows: AlignedRow[] = [];
  for (const u of local) {
    const linked: LinkedBase[] = links
      .filter((l) => l.local === u.anchor && baseByAnchor.has(l.base))
      .map((l) => ({ unit: baseByAnchor.get(l.base)!, relation: l.relation, score: l.score }))
      .sort((x, y) => y.score - x.score || x.unit.index - y.unit.index)
      // One entry per base provision.
      .filter((l, i, all) => all.findIndex((m) => m.unit.anchor === l.unit.anchor) === i);
    if (!linked.length) {
      rows.push({ status: 'added', local: u, base: [], showDiff: false });
      continue;
    }
    // Diff against the base provision the text is closest to (the link score may weigh topic, not words).
    const diffs = linked.map((l) => diffText(l.unit.text, u.text, { minSimilarity: DIFF_READABLE }));
    let best = 0;
    for (let i = 1; i < diffs.length; i++) if (diffs[i]!.similarity > diffs[best]!.similarity) best = i;
    const ordered = [linked[best]!, ...linked.filter((_, i) => i !== best)];
    const diff = diffs[best]!;
    rows.push({ status: statusOf(u, linked[best]!.unit, diff), local: u, base: ordered, diff, showDiff: diff.exact && diff.similarity >= DIFF_READABLE });
  }

  const covered = new Set(rows.flatMap((r) => r.base.map((b) => b.unit.anchor)));
  const uncovered = base.filter((b) => !covered.has(b.anchor));
  for (const b of uncovered) {
    const at = rows.findIndex((r) => r.base.some((l) => l.unit.index > b.index));
    const row: AlignedRow = { status: 'uncovered', base: [{ unit: b, relation: 'related', score: 0 }], showDiff: false };
    if (at < 0) rows.push(row);
    else rows.splice(at, 0, row);
  }

  const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
  return {
    rows,
    summary: {
      localTotal: local.length,
      baseTotal: base.length,
      verbatim: count('verbatim'),
      nearVerbatim: count('near-verbatim'),
      adapted: count('adapted'),
      added: count('added'),
      covered: base.length - uncovered.length,
      uncovered,
    },
  };
}

/** Two provisions chosen by hand (the picker): their status and diff, as a row of an alignment would have them. */
export function alignProvisions(local: CompareUnit, base: CompareUnit): AlignedRow {
  const diff = diffText(base.text, local.text, { minSimilarity: DIFF_READABLE });
  return {
    status: statusOf(local, base, diff),
    local,
    base: [{ unit: base, relation: 'related', score: diff.similarity }],
    diff,
    showDiff: diff.exact && diff.similarity >= DIFF_READABLE,
  };
}

/** Chinese labels of the statuses (UI text), for a measure against its parent. */
export const STATUS_LABEL: Record<RowStatus, string> = {
  verbatim: '照录',
  'near-verbatim': '基本照录',
  adapted: '改写',
  added: '新增',
  uncovered: '未涉及',
};

/** Labels when the two documents are not measure and parent (two sibling measures, say): nothing is "adapted from" the other. */
export const PEER_STATUS_LABEL: Record<RowStatus, string> = {
  verbatim: '文字相同',
  'near-verbatim': '基本相同',
  adapted: '文字不同',
  added: '无对应',
  uncovered: '无对应',
};

export function statusLabel(status: RowStatus, parentPair: boolean): string {
  return (parentPair ? STATUS_LABEL : PEER_STATUS_LABEL)[status];
}
