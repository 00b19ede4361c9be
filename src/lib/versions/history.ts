/**
 * The revision history of one document: its versions oldest first, and for
 * each version after the first its alignment against the one before. From
 * it: the 本条于YYYY年修改 notes of each provision, the anchors of earlier
 * versions that the current one no longer has (aliases), and where a
 * provision of an old version went (for crosswalk links pinned to it).
 * Pure.
 */
import type { RegDocument } from '../document.ts';
import { compareUnits, type CompareUnit } from '../compare/units.ts';
import { alignVersions, carriedAnchors, isChange, type VersionRow } from './align.ts';

export interface VersionStep {
  /** Date of the earlier version. */
  from: string;
  /** Date of this version: the changes page is /regulations/<slug>/changes/<to>/. */
  to: string;
  rows: VersionRow[];
}

export interface History {
  slug: string;
  /** Version dates, oldest first. */
  dates: string[];
  steps: VersionStep[];
  /** Units of each version by date. */
  units: Map<string, CompareUnit[]>;
}

/** A change to a provision: the version that made it and the row on its changes page. */
export interface ProvisionChange {
  date: string;
  /** Id of the row on the changes page. */
  row: string;
}

/** Id of a row of a 修订对照表: the anchor of its (first) new provision; `deleted-<old anchor>` for a deletion. */
export function rowId(row: VersionRow): string {
  return row.new.length ? row.new[0]!.anchor : `deleted-${row.old[0]!.anchor}`;
}

/** History of a document from its versions (any order; each with `meta.version`). */
export function buildHistory(versions: readonly RegDocument[]): History {
  const sorted = [...versions].sort((a, b) => (a.meta.version ?? '').localeCompare(b.meta.version ?? ''));
  const units = new Map(sorted.map((d) => [d.meta.version ?? '', compareUnits(d)]));
  const dates = sorted.map((d) => d.meta.version ?? '');
  const steps: VersionStep[] = [];
  for (let i = 1; i < dates.length; i++) steps.push({ from: dates[i - 1]!, to: dates[i]!, rows: alignVersions(units.get(dates[i - 1]!)!, units.get(dates[i]!)!) });
  return { slug: sorted[0]?.meta.slug ?? '', dates, steps, units };
}

/** The row of a step holding new anchor `anchor`. */
function rowOfNew(step: VersionStep, anchor: string): VersionRow | undefined {
  return step.rows.find((r) => r.new.some((u) => u.anchor === anchor));
}

/**
 * For each provision of version `date`, the versions up to it that changed it
 * (newest first), traced back through renumberings.
 */
export function provisionChanges(history: History, date: string): Map<string, ProvisionChange[]> {
  const out = new Map<string, ProvisionChange[]>();
  const at = history.dates.indexOf(date);
  if (at < 1) return out;
  for (const unit of history.units.get(date) ?? []) {
    const changes: ProvisionChange[] = [];
    let anchor: string | undefined = unit.anchor;
    for (let k = at - 1; k >= 0 && anchor; k--) {
      const step = history.steps[k]!;
      const row = rowOfNew(step, anchor);
      if (!row) break;
      if (isChange(row)) changes.push({ date: step.to, row: rowId(row) });
      anchor = row.old[0]?.anchor;
    }
    if (changes.length) out.set(unit.anchor, changes);
  }
  return out;
}

/**
 * Where a provision of version `date` stands in the current version, and the
 * later versions that changed it on the way (oldest first). `current` is
 * undefined when a later version deleted it.
 */
export function traceForward(history: History, date: string, anchor: string): { current?: string; changes: ProvisionChange[] } {
  const changes: ProvisionChange[] = [];
  let here: string | undefined = anchor;
  for (let k = Math.max(history.dates.indexOf(date), 0); k < history.steps.length && here; k++) {
    const step = history.steps[k]!;
    const row = step.rows.find((r) => r.old.some((u) => u.anchor === here));
    if (!row) return { changes };
    if (isChange(row)) changes.push({ date: step.to, row: rowId(row) });
    here = carriedAnchors([row]).get(here);
  }
  return { current: here, changes };
}

/**
 * Anchors of earlier versions that the current version no longer has, each
 * to the current provision that carries its text (deleted ones are left out):
 * old links land on the successor.
 */
export function derivedAliases(history: History): Record<string, string> {
  const current = history.dates.at(-1);
  if (!current || history.dates.length < 2) return {};
  const have = new Set((history.units.get(current) ?? []).map((u) => u.anchor));
  const out: Record<string, string> = {};
  // Newest first: a link made while a later version was current most likely means its provision.
  for (const date of history.dates.slice(0, -1).reverse()) {
    for (const u of history.units.get(date) ?? []) {
      if (have.has(u.anchor) || out[u.anchor]) continue;
      const { current: to } = traceForward(history, date, u.anchor);
      if (to) out[u.anchor] = to;
    }
  }
  return out;
}
