/**
 * The sections of the import report page (/import-report/) and their files:
 * refused, accepted with warnings, accepted, and the others (unchanged,
 * skipped), in the report's order. A section longer than a page lists its
 * first files on /import-report/ and all of them, paginated, on
 * /import-report/<section>/.
 */
import type { ImportedFile, ImportReport } from '../../schemas/import-report.ts';

export const IMPORT_SECTIONS = ['refused', 'warnings', 'accepted', 'other'] as const;
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

/** Headings of the sections (the count is added where shown). */
export const IMPORT_SECTION_HEADING: Record<ImportSection, string> = {
  refused: '被拒绝的文件',
  warnings: '接受但有警告',
  accepted: '接受',
  other: '未导入的其他文件',
};

/** The files of each section, in the report's order. */
export function importSections(report: ImportReport | null): Record<ImportSection, ImportedFile[]> {
  const of = (...status: ImportedFile['status'][]) => report?.files.filter((f) => status.includes(f.status)) ?? [];
  return { refused: of('refused'), warnings: of('warnings'), accepted: of('accepted'), other: [...of('unchanged'), ...of('skipped')] };
}

/** Address of a section's own, paginated list. */
export function importSectionPath(section: ImportSection): string {
  return `/import-report/${section}/`;
}
