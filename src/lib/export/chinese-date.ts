/**
 * A date as a Word 对照表 writes it. Its own module so that the modules that
 * build a table's rows (comparison-docx.ts, implementations-docx.ts) do not
 * pull the docx package into a browser bundle that only needs the rows.
 */

/** 2016-07-08 → 2016年7月8日 (anything else unchanged). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
