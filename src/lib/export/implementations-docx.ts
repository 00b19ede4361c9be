/**
 * The Word 对照表 of an implementations page: one row per local provision,
 * the local text on the left with what it adds marked, the parent text on
 * the right with what it leaves out struck through, grouped by relation.
 */
import type { ImplementationsPage } from '../crosswalk/implementations.ts';
import { latestDate, sideRuns } from './comparison-docx.ts';
import { chineseDate } from './chinese-date.ts';
import type { DocxRow, DocxTableSpec } from './docx-table.ts';

export function implementationsSpec(page: ImplementationsPage): DocxTableSpec {
  const meta = page.parent.meta;
  const article = [page.unit.num, page.unit.heading ?? page.unit.topic].filter(Boolean).join(' ');
  const items = page.groups.flatMap((g) => g.items);
  const date = latestDate([meta.issued, ...items.map((i) => i.measure.issued)]);
  const rows: DocxRow[] = items.map((i) => ({
    left: {
      num: `《${i.measure.shortTitle}》${i.num}`,
      ...(i.heading ? { heading: i.heading } : {}),
      runs: i.showDiff ? sideRuns(i.diff.segments, 'new') : [{ text: i.localText }],
      note: i.why,
    },
    right: {
      num: i.parent.label,
      runs: i.showDiff ? sideRuns(i.diff.segments, 'old') : [{ text: i.parentText }],
      ...(i.showDiff ? {} : { note: '两者文字差异较大，未逐字标注' }),
    },
  }));
  return {
    title: `《${meta.shortTitle}》${page.unit.num}各地落实情况对照表`,
    lines: [`文件日期：${chineseDate(date)}`, `上位条款：《${meta.title}》${article}`, `${page.measures} 份文件的 ${items.length} 个条款`],
    headers: ['下位规定', `上位规定：${meta.shortTitle}${page.unit.num}`],
    rows,
    legend: '说明：左栏中加粗并加下划线的文字为该文件增加的内容，右栏中加删除线的文字为该文件未保留的内容；左栏括号内为对应关系及其理由。',
    timestamp: `${date}T00:00:00Z`,
  };
}
