/**
 * The Word 对照表 of an implementations page: one row per local provision,
 * the local text on the left with what it adds marked, the parent text on
 * the right with what it leaves out struck through, grouped by relation.
 * When the article's provisions run over several pages
 * (crosswalk/implementations-pages.ts), each page has the file of its own
 * provisions, so that no file grows with the number of measures.
 */
import type { ImplementationsPage } from '../crosswalk/implementations.ts';
import type { ImplementationsSheet } from '../crosswalk/implementations-pages.ts';
import { latestDate, sideRuns } from './comparison-docx.ts';
import { chineseDate } from './chinese-date.ts';
import type { DocxRow, DocxTableSpec } from './docx-table.ts';

/** The 对照表 of an implementations page, or of one of its pages (`sheet`: that page's provisions only). */
export function implementationsSpec(page: ImplementationsPage, sheet?: ImplementationsSheet): DocxTableSpec {
  const meta = page.parent.meta;
  const article = [page.unit.num, page.unit.heading ?? page.unit.topic].filter(Boolean).join(' ');
  const all = page.groups.flatMap((g) => g.items);
  const items = sheet ? sheet.groups.flatMap((g) => g.items) : all;
  const part = sheet && sheet.count > 1 ? sheet : null;
  // Dated by all the article's documents, so every page's file carries the same date.
  const date = latestDate([meta.issued, ...all.map((i) => i.measure.issued)]);
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
    title: `《${meta.shortTitle}》${page.unit.num}各地落实情况对照表${part ? `（第${part.number}页）` : ''}`,
    lines: [
      `文件日期：${chineseDate(date)}`,
      `上位条款：《${meta.title}》${article}`,
      `${page.measures} 份文件的 ${all.length} 个条款${part ? `；本表为第 ${part.start + 1}–${part.start + items.length} 条（第 ${part.number} 页，共 ${part.count} 页）` : ''}`,
    ],
    headers: ['下位规定', `上位规定：${meta.shortTitle}${page.unit.num}`],
    rows,
    legend: '说明：左栏中加粗并加下划线的文字为该文件增加的内容，右栏中加删除线的文字为该文件未保留的内容；左栏括号内为对应关系及其理由。',
    timestamp: `${date}T00:00:00Z`,
  };
}
