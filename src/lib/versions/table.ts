/**
 * The 修订对照表 of one version as plain data for the page (and any other
 * renderer, e.g. a Word file): the changed rows only, each with the numbers
 * and the marked-up text of both sides. Pure; every text escaped here.
 */
import { renderPlain, renderSide } from '../compare/render.ts';
import type { CompareUnit } from '../compare/units.ts';
import { CHANGE_LABEL, isChange, summarise, type ChangeSummary, type VersionRow } from './align.ts';
import { rowId, type VersionStep } from './history.ts';

export interface ChangeCell {
  /** Anchors and numbers of the provisions on this side (several for a split or merge). */
  provisions: { anchor: string; num: string; heading?: string }[];
  /** The text, escaped, with <del> (old side) or <ins> (new side) marks when a character diff is readable. */
  html: string;
}

export interface ChangeTableRow {
  id: string;
  kind: VersionRow['kind'];
  /** 修改 / 新增 / 删除 / 拆分 / 合并, plus 移动 and 条序调整 when they apply. */
  labels: string[];
  before?: ChangeCell;
  after?: ChangeCell;
}

export interface ChangeTable {
  rows: ChangeTableRow[];
  summary: ChangeSummary;
  /** Provisions of the new version neither changed nor moved (renumbered or not). */
  unchanged: number;
}

const cellOf = (units: readonly CompareUnit[], html: string): ChangeCell => ({
  provisions: units.map((u) => ({ anchor: u.anchor, num: u.num, ...(u.heading ? { heading: u.heading } : {}) })),
  html,
});

export function changeTable(step: VersionStep): ChangeTable {
  const rows: ChangeTableRow[] = [];
  for (const r of step.rows.filter(isChange)) {
    const marked = r.diff?.exact === true;
    const labels = [CHANGE_LABEL[r.kind], ...(r.moved ? ['移动'] : []), ...(r.renumbered ? ['条序调整'] : [])].filter((l) => l !== CHANGE_LABEL.unchanged);
    const row: ChangeTableRow = { id: rowId(r), kind: r.kind, labels };
    if (r.old.length) row.before = cellOf(r.old, marked ? renderSide(r.diff!.segments, 'old') : renderPlain(r.old.map((u) => u.text).join('\n')));
    if (r.new.length) row.after = cellOf(r.new, marked ? renderSide(r.diff!.segments, 'new') : renderPlain(r.new.map((u) => u.text).join('\n')));
    rows.push(row);
  }
  return { rows, summary: summarise(step.rows), unchanged: step.rows.filter((r) => !isChange(r)).length };
}
