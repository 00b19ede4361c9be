import { describe, expect, it } from 'vitest';
import { IMPORT_SECTIONS, IMPORT_SECTION_HEADING, importSectionPath, importSections } from '../../../src/lib/listing/import-sections.ts';
import type { ImportReport } from '../../../src/schemas/import-report.ts';

const file = (source: string, status: string) => ({ source, status }) as unknown as ImportReport['files'][number];
const report = (...files: ReturnType<typeof file>[]) => ({ files }) as unknown as ImportReport;

describe('import report sections', () => {
  it('puts each file in the section of its status, keeping the report order; unchanged before skipped in "other"', () => {
    const r = report(file('a.txt', 'accepted'), file('b.txt', 'skipped'), file('c.txt', 'refused'), file('d.txt', 'warnings'), file('e.txt', 'unchanged'), file('f.txt', 'accepted'), file('g.txt', 'refused'));
    const s = importSections(r);
    const names = (k: keyof typeof s) => s[k].map((f) => (f as unknown as { source: string }).source);
    expect(names('refused')).toEqual(['c.txt', 'g.txt']);
    expect(names('warnings')).toEqual(['d.txt']);
    expect(names('accepted')).toEqual(['a.txt', 'f.txt']);
    expect(names('other')).toEqual(['e.txt', 'b.txt']);
  });

  it('gives four empty sections when there is no report', () => {
    expect(importSections(null)).toEqual({ refused: [], warnings: [], accepted: [], other: [] });
  });

  it('has the sections in the page order with a Chinese heading each, and a path per section', () => {
    expect(IMPORT_SECTIONS).toEqual(['refused', 'warnings', 'accepted', 'other']);
    expect(IMPORT_SECTION_HEADING).toEqual({ refused: '被拒绝的文件', warnings: '接受但有警告', accepted: '接受', other: '未导入的其他文件' });
    expect(importSectionPath('warnings')).toBe('/import-report/warnings/');
  });
});
