/**
 * The 修订对照表 of one version as a Word .docx (docx-table.ts, the drafter
 * desk's 对照表 builder): 修改前 on the left with deletions struck through,
 * 修改后 on the right with additions bold and underlined, one row per changed
 * article, dated by the version (never by the build). Pure.
 */
import type { CompareUnit } from '../compare/units.ts';
import { sideRuns } from '../export/comparison-docx.ts';
import { chineseDate } from '../export/chinese-date.ts';
import type { DocxCell, DocxTableSpec } from '../export/docx-table.ts';
import { CHANGE_LABEL, isChange, type VersionRow } from './align.ts';
import type { VersionStep } from './history.ts';

function cell(units: readonly CompareUnit[], row: VersionRow, side: 'old' | 'new', note?: string): DocxCell | null {
  if (!units.length) return null;
  const marked = row.diff?.exact === true;
  return {
    num: units.map((u) => u.num || u.anchor).join('、'),
    ...(units.length === 1 && units[0]!.heading ? { heading: units[0]!.heading } : {}),
    runs: marked ? sideRuns(row.diff!.segments, side) : [{ text: units.map((u) => u.text).join('\n') }],
    ...(note ? { note } : {}),
  };
}

export function changesDocxSpec(title: string, step: VersionStep): DocxTableSpec {
  const rows = step.rows.filter(isChange).map((r) => {
    const label = [CHANGE_LABEL[r.kind], ...(r.moved ? ['移动'] : []), ...(r.renumbered ? ['条序调整'] : [])].filter((l) => l !== CHANGE_LABEL.unchanged).join('、');
    return { left: cell(r.old, r, 'old'), right: cell(r.new, r, 'new', label) };
  });
  return {
    title: `《${title}》修订对照表`,
    lines: [`修订日期：${chineseDate(step.to)}`, `左栏：修改前（${chineseDate(step.from)}版）`, `右栏：修改后（${chineseDate(step.to)}版）`],
    headers: [`修改前（${chineseDate(step.from)}）`, `修改后（${chineseDate(step.to)}）`],
    rows,
    empty: ['（无：本条为新增）', '（已删除）'],
    legend: '说明：左栏中加删除线的文字为修改时删去的内容，右栏中加粗并加下划线的文字为修改时增加的内容。',
    timestamp: `${step.to}T00:00:00Z`,
  };
}
