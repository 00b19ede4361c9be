/**
 * A comparison (src/lib/compare: the aligned rows of a measure and its parent,
 * a draft and its parent, any two documents) as the rows of a Word 对照表
 * (docx-table.ts): the compared document on the left with its additions
 * marked, the base document on the right with what the left drops struck
 * through — the same marks as the compare pages' <ins>/<del>.
 */
import { statusLabel, type AlignedRow } from '../compare/align.ts';
import type { Segment } from '../compare/diff.ts';
import type { CompareUnit } from '../compare/units.ts';
import { chineseDate } from './chinese-date.ts';
import type { DocxCell, DocxRow, DocxRun, DocxTableSpec } from './docx-table.ts';

const RELATION: Record<string, string> = { restates: '重申', implements: '细化', related: '相关' };

/** The runs of one side of a diff: `new` marks insertions, `old` deletions. */
export function sideRuns(segments: readonly Segment[], side: 'old' | 'new'): DocxRun[] {
  const out: DocxRun[] = [];
  for (const s of segments) {
    const text = side === 'old' ? s.old : s.new;
    if (!text) continue;
    out.push(s.op === 'equal' ? { text } : { text, mark: side === 'new' ? 'ins' : 'del' });
  }
  return out;
}

function plainCell(u: CompareUnit, note?: string): DocxCell {
  return { num: u.num || u.anchor, ...(u.heading ? { heading: u.heading } : {}), runs: [{ text: u.text }], ...(note ? { note } : {}) };
}

/** One aligned row as a row of the 对照表. */
export function docxRow(row: AlignedRow, parentPair = true): DocxRow {
  const [first, ...others] = row.base;
  const marked = row.showDiff && row.diff;
  const status = statusLabel(row.status, parentPair);
  const left: DocxCell | null = row.local
    ? { ...plainCell(row.local, status), ...(marked ? { runs: sideRuns(row.diff!.segments, 'new') } : {}) }
    : null;
  let right: DocxCell | null = null;
  if (first) {
    const relation = row.local ? `对应关系：${RELATION[first.relation] ?? first.relation}` : status;
    const unmarked = row.local && row.diff && !row.showDiff ? '；两者文字差异较大，未逐字标注' : '';
    right = { ...plainCell(first.unit, relation + unmarked), ...(marked ? { runs: sideRuns(row.diff!.segments, 'old') } : {}) };
    for (const o of others) right.runs = [...right.runs, { text: `\n另见${o.unit.num || o.unit.anchor}（${RELATION[o.relation] ?? o.relation}）：${o.unit.text}` }];
  }
  return { left, right };
}

export interface ComparisonDocxInput {
  rows: readonly AlignedRow[];
  local: { title: string; shortTitle: string; issued?: string | null };
  base: { title: string; shortTitle: string; issued?: string | null };
  /** Whether base is local's parent (labels of the statuses and columns). */
  parentPair: boolean;
  /** Date printed at the top (YYYY-MM-DD) and written into the package. */
  date: string;
  /** What the date is (制表日期, or 文件日期 for a static file). */
  dateLabel?: string;
}

export const LEGEND = '说明：左栏中加粗并加下划线的文字为本文件增加的内容，右栏中加删除线的文字为本文件未保留的内容。';

/** The 对照表 of a comparison. */
export function comparisonSpec(c: ComparisonDocxInput): DocxTableSpec {
  const dated = (d: { issued?: string | null }) => (d.issued ? `（${chineseDate(d.issued)}）` : '');
  return {
    title: `《${c.local.shortTitle}》与《${c.base.shortTitle}》对照表`,
    lines: [`${c.dateLabel ?? '制表日期'}：${chineseDate(c.date)}`, `左栏：《${c.local.title}》${dated(c.local)}`, `右栏：《${c.base.title}》${dated(c.base)}${c.parentPair ? '（上位规定）' : ''}`],
    headers: [`本文件：${c.local.shortTitle}`, `${c.parentPair ? '上位规定' : '对方文件'}：${c.base.shortTitle}`],
    rows: c.rows.map((r) => docxRow(r, c.parentPair)),
    empty: [c.parentPair ? '（本文件未涉及此条上位规定）' : '（本文件没有对应条款）', c.parentPair ? '（无对应的上位规定，本文件新增）' : '（对方文件没有对应条款）'],
    legend: LEGEND,
    timestamp: `${c.date}T00:00:00Z`,
  };
}

/** The later of the dates given (YYYY-MM-DD), or a fixed date when none is known: a static file's date must not depend on the day it is built. */
export function latestDate(dates: readonly (string | null | undefined)[], fallback = '2000-01-01'): string {
  const known = dates.filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return known[known.length - 1] ?? fallback;
}
