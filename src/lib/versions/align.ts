/**
 * Alignment of two versions of one document, article by article: what a
 * revision kept, changed, inserted (第N条之一, or a new article that
 * renumbers the rest), deleted, moved, split or merged. Pure: units in
 * (`compareUnits` of each version), rows out, in the new version's order
 * with deleted provisions kept where they stood.
 *
 * Method (no crosswalk between versions: the two texts are all there is):
 * 1. the same text (punctuation width aside) pairs one to one, nearest
 *    position first;
 * 2. the remaining provisions pair one to one, best bigram similarity first,
 *    down to MATCH_MIN;
 * 3. a provision left over whose text lies mostly inside one that was paired
 *    (containment ≥ PART_MIN) is part of a split (new side) or a merge (old
 *    side) with it;
 * 4. pairs outside the longest run in the same relative order are moved.
 */
import { diffText, foldedText, sameText, type TextDiff } from '../compare/diff.ts';
import { bigramCounts, dice } from '../compare/similarity.ts';
import type { CompareUnit } from '../compare/units.ts';

export type ChangeKind = 'unchanged' | 'modified' | 'inserted' | 'deleted' | 'split' | 'merged';

export interface VersionRow {
  kind: ChangeKind;
  /** The provisions of the earlier version (several for a merge; none for an insertion). */
  old: CompareUnit[];
  /** The provisions of the later version (several for a split; none for a deletion). */
  new: CompareUnit[];
  /** The pair left the relative order of the other provisions (moved), as well as `kind`. */
  moved: boolean;
  /** Renumbered: same provision, another number (第七条 → 第八条). */
  renumbered: boolean;
  /** Character diff of the old text(s) against the new text(s), joined in order. */
  diff?: TextDiff;
}

export const VERSION_PARAMS = {
  /** Minimum bigram similarity for two provisions to be the same provision, revised. */
  matchMin: 0.5,
  /** Share of a left-over provision's bigrams found in a paired one, to call it part of a split or merge. */
  partMin: 0.7,
} as const;

/** Share of `a`'s bigrams that `b` has (multiset). */
function containment(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const [g, n] of a) {
    total += n;
    common += Math.min(n, b.get(g) ?? 0);
  }
  return total ? common / total : 0;
}

const body = (u: CompareUnit) => `${u.heading ?? ''}\n${u.text}`;

/** One-to-one pairs: identical texts first, then by similarity. Returns old index → new index. */
function pairUnits(oldUnits: readonly CompareUnit[], newUnits: readonly CompareUnit[], og: Map<string, number>[], ng: Map<string, number>[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const candidates: { i: number; j: number; score: number; same: boolean }[] = [];
  // Each text folded and counted once: the pair loop only compares strings and, where the sizes allow a match, bigrams.
  const of = oldUnits.map((u) => foldedText(body(u)));
  const nf = newUnits.map((u) => foldedText(body(u)));
  const size = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const os = og.map(size);
  const ns = ng.map(size);
  for (let i = 0; i < oldUnits.length; i++) {
    for (let j = 0; j < newUnits.length; j++) {
      const same = of[i] === nf[j];
      // Dice cannot exceed 2·min/(a+b): skip pairs whose sizes alone rule a match out.
      if (!same && (2 * Math.min(os[i]!, ns[j]!)) / (os[i]! + ns[j]! || 1) < VERSION_PARAMS.matchMin) continue;
      const score = same ? 1 : dice(og[i]!, ng[j]!);
      if (same || score >= VERSION_PARAMS.matchMin) candidates.push({ i, j, score, same });
    }
  }
  // Identical first, then the best score; ties by distance in position, then in order: deterministic.
  candidates.sort((a, b) => Number(b.same) - Number(a.same) || b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i || a.j - b.j);
  for (const c of candidates) {
    if (pairs.has(c.i) || taken.has(c.j)) continue;
    pairs.set(c.i, c.j);
    taken.add(c.j);
  }
  return pairs;
}

/** Old indexes whose pair keeps the relative order (longest increasing run of new indexes). */
function inOrder(pairs: Map<number, number>): Set<number> {
  const olds = [...pairs.keys()].sort((a, b) => a - b);
  const seq = olds.map((i) => pairs.get(i)!);
  const len = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let k = 0; k < seq.length; k++) {
    for (let m = 0; m < k; m++) {
      if (seq[m]! < seq[k]! && len[m]! + 1 > len[k]!) {
        len[k] = len[m]! + 1;
        prev[k] = m;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < seq.length; k++) if (end < 0 || len[k]! > len[end]!) end = k;
  const keep = new Set<number>();
  for (let k = end; k >= 0; k = prev[k]!) keep.add(olds[k]!);
  return keep;
}

const joined = (units: readonly CompareUnit[]) => units.map((u) => u.text).join('\n');

function makeRow(kind: ChangeKind, oldUnits: CompareUnit[], newUnits: CompareUnit[], moved: boolean): VersionRow {
  const row: VersionRow = { kind, old: oldUnits, new: newUnits, moved, renumbered: false };
  if (oldUnits.length && newUnits.length) {
    row.diff = diffText(joined(oldUnits), joined(newUnits), { minSimilarity: 0.3 });
    row.renumbered = oldUnits.length === 1 && newUnits.length === 1 && oldUnits[0]!.num !== newUnits[0]!.num;
    if (kind === 'modified' && sameText(body(oldUnits[0]!), body(newUnits[0]!))) row.kind = 'unchanged';
  }
  return row;
}

/** Align two versions' units. Every unit of each side is in exactly one row. */
export function alignVersions(oldUnits: readonly CompareUnit[], newUnits: readonly CompareUnit[]): VersionRow[] {
  const og = oldUnits.map((u) => bigramCounts(body(u)));
  const ng = newUnits.map((u) => bigramCounts(body(u)));
  const pairs = pairUnits(oldUnits, newUnits, og, ng);
  const newOf = new Map([...pairs].map(([i, j]) => [j, i]));
  // Left-over provisions that are part of a paired one: split (new side) or merge (old side).
  const extraNew = new Map<number, number[]>(); // old index → further new indexes
  const extraOld = new Map<number, number[]>(); // new index → further old indexes
  for (let j = 0; j < newUnits.length; j++) {
    if (newOf.has(j)) continue;
    let best = -1;
    let score = 0;
    for (const [i] of pairs) {
      const s = containment(ng[j]!, og[i]!);
      if (s > score) [best, score] = [i, s];
    }
    if (best >= 0 && score >= VERSION_PARAMS.partMin) extraNew.set(best, [...(extraNew.get(best) ?? []), j]);
  }
  for (let i = 0; i < oldUnits.length; i++) {
    if (pairs.has(i)) continue;
    let best = -1;
    let score = 0;
    for (const [, j] of pairs) {
      const s = containment(og[i]!, ng[j]!);
      if (s > score) [best, score] = [j, s];
    }
    if (best >= 0 && score >= VERSION_PARAMS.partMin && !extraNew.has(newOf.get(best)!)) extraOld.set(best, [...(extraOld.get(best) ?? []), i]);
  }
  const ordered = inOrder(pairs);
  const rowOfNew = new Map<number, VersionRow>();
  const placedOld = new Set<number>();
  const placedNew = new Set<number>();
  for (const [i, j] of pairs) {
    const news = [j, ...(extraNew.get(i) ?? [])].sort((a, b) => a - b);
    const olds = [i, ...(extraOld.get(j) ?? [])].sort((a, b) => a - b);
    const kind: ChangeKind = news.length > 1 ? 'split' : olds.length > 1 ? 'merged' : 'modified';
    const row = makeRow(kind, olds.map((k) => oldUnits[k]!), news.map((k) => newUnits[k]!), !ordered.has(i));
    rowOfNew.set(news[0]!, row);
    for (const k of olds) placedOld.add(k);
    for (const k of news) placedNew.add(k);
  }
  const rows: VersionRow[] = [];
  for (let j = 0; j < newUnits.length; j++) {
    const row = rowOfNew.get(j);
    if (row) rows.push(row);
    else if (!placedNew.has(j)) rows.push(makeRow('inserted', [], [newUnits[j]!], false));
  }
  // Deleted provisions go back where they stood: before the first row holding a later old provision.
  for (let i = 0; i < oldUnits.length; i++) {
    if (placedOld.has(i)) continue;
    const row = makeRow('deleted', [oldUnits[i]!], [], false);
    const at = rows.findIndex((r) => r.old.some((u) => u.index > i));
    if (at < 0) rows.push(row);
    else rows.splice(at, 0, row);
  }
  return rows;
}

/** Whether a row is a change a reader should see (anything but an unchanged, unmoved provision). */
export function isChange(row: VersionRow): boolean {
  return row.kind !== 'unchanged' || row.moved;
}

/**
 * Where each anchor of the old version went: old anchor → the new anchor that
 * carries its text (for a split, the first part); deleted anchors are absent.
 */
export function carriedAnchors(rows: readonly VersionRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) if (r.new.length) for (const u of r.old) out.set(u.anchor, r.new[0]!.anchor);
  return out;
}

export interface ChangeSummary {
  unchanged: number;
  modified: number;
  inserted: number;
  deleted: number;
  moved: number;
  split: number;
  merged: number;
  renumbered: number;
}

export function summarise(rows: readonly VersionRow[]): ChangeSummary {
  const count = (k: ChangeKind) => rows.filter((r) => r.kind === k).length;
  return {
    unchanged: count('unchanged'),
    modified: count('modified'),
    inserted: count('inserted'),
    deleted: count('deleted'),
    moved: rows.filter((r) => r.moved).length,
    split: count('split'),
    merged: count('merged'),
    renumbered: rows.filter((r) => r.renumbered).length,
  };
}

/** Chinese labels of the change kinds (UI text). */
export const CHANGE_LABEL: Record<ChangeKind, string> = {
  unchanged: '未修改',
  modified: '修改',
  inserted: '新增',
  deleted: '删除',
  split: '拆分',
  merged: '合并',
};
