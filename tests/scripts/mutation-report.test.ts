import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../scripts/lib/bench-table.ts';
import { aggregate, countMutants, folderOf, folderTable, markdownTable, partialTable, score, type MutationReport } from '../../scripts/lib/mutation-report.ts';

const fixture = (name: string): MutationReport => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/mutation', name), 'utf8'));

/** The code base of the fixture: a.ts and x/b.ts as the reports saw them, x/c.ts changed since, y/d.ts never run. */
const sources = new Map([
  ['src/lib/a.ts', 'export const a = 1;\n'],
  ['src/lib/x/b.ts', 'export const b = 2;\n'],
  ['src/lib/x/c.ts', 'export const c = 33;\n'],
  ['src/lib/y/d.ts', 'export const d = 4;\n'],
]);

describe('mutation report aggregation (scripts/lib/mutation-report.ts)', () => {
  // older.json: a.ts 2 survived; x/c.ts 1 killed, 1 compile error. newer.json: a.ts again (1 killed,
  // 1 survived, 1 timed out, 1 no coverage) and x/b.ts (2 killed, 1 ignored).
  const reports = [
    { name: 'newer', time: 2, report: fixture('newer.json') },
    { name: 'older', time: 1, report: fixture('older.json') },
  ];
  const a = aggregate(reports, sources);

  it('takes each file from the newest report that holds it, whatever the order given', () => {
    expect(a.files.map((f) => [f.file, f.run])).toEqual([
      ['src/lib/a.ts', 'newer'],
      ['src/lib/x/b.ts', 'newer'],
      ['src/lib/x/c.ts', 'older'],
    ]);
    expect(aggregate([...reports].reverse(), sources).files.map((f) => f.run)).toEqual(['newer', 'newer', 'older']);
  });

  it('counts each status, and leaves compile errors and ignored mutants out of the score', () => {
    const fa = a.files[0];
    expect([fa.mutants, fa.killed, fa.timeout, fa.survived, fa.noCoverage, fa.other]).toEqual([4, 1, 1, 1, 1, 0]);
    expect(score(fa)).toBe(0.5);
    const fb = a.files[1];
    expect([fb.mutants, fb.killed, fb.other]).toEqual([3, 2, 1]);
    expect(score(fb)).toBe(1);
  });

  it('sums per folder and overall: (killed + timed out) / (killed + timed out + survived + no coverage)', () => {
    expect(a.folders.map((f) => [f.folder, f.mutants, f.killed, f.timeout, f.survived, f.noCoverage])).toEqual([
      ['(root)', 4, 1, 1, 1, 1],
      ['x/', 5, 3, 0, 0, 0],
    ]);
    expect(score(a.folders[1])).toBe(1);
    // (1 + 1 + 2 + 1) / (1 + 1 + 2 + 1 + 1 + 1) = 5 / 7
    expect(score(a.total)).toBeCloseTo(5 / 7, 12);
  });

  it('names the files no report holds, and flags a file changed since its report', () => {
    expect(a.unmeasured).toEqual(['src/lib/y/d.ts']);
    expect(a.files.filter((f) => f.stale).map((f) => f.file)).toEqual(['src/lib/x/c.ts']);
  });

  it('prints one row per folder and the overall row with the score in per cent', () => {
    const text = formatTable(folderTable(a));
    const lines = text.split('\n');
    expect(lines.at(-1)).toMatch(/^everything measured\s+9\s+4\s+1\s+1\s+1\s+71\.4 %$/);
    expect(lines.find((l) => l.startsWith('x/'))).toMatch(/\s5\s+3\s+0\s+0\s+0\s+100\.0 %$/);
  });

  it('prints the same table as Markdown for the README, numbers right-aligned', () => {
    expect(markdownTable(folderTable(a)).split('\n')).toEqual([
      '| code | mutants | killed | timed out | survived | no coverage | score |',
      '|---|---:|---:|---:|---:|---:|---:|',
      '| (root) | 4 | 1 | 1 | 1 | 1 | 50.0 % |',
      '| x/ | 5 | 3 | 0 | 0 | 0 | 100.0 % |',
      '| everything measured | 9 | 4 | 1 | 1 | 1 | 71.4 % |',
    ]);
  });

  it('has no score for a file without countable mutants, and refuses an unknown status', () => {
    expect(score(countMutants([{ status: 'CompileError' }]))).toBeNull();
    expect(() => countMutants([{ status: 'Pending' }])).toThrow(/unknown mutant status "Pending"/);
  });

  it('lists what a stopped run finished for files no complete report holds, outside the totals', () => {
    // partial.json (an incremental file): a.ts, which newer.json holds, and y/d.ts (1 killed, 1 without coverage)
    const withPartial = aggregate(reports, sources, [{ name: 'stopped', time: 3, report: fixture('partial.json') }]);
    expect(withPartial.partial.map((f) => [f.file, f.run, f.mutants, f.killed, f.noCoverage])).toEqual([['src/lib/y/d.ts', 'stopped', 2, 1, 1]]);
    expect(withPartial.total).toEqual(a.total);
    expect(withPartial.files).toEqual(a.files);
    expect(withPartial.unmeasured).toEqual([]);
    expect(markdownTable(partialTable(withPartial)).split('\n').at(-1)).toBe('| src/lib/y/d.ts | 2 | 1 | 0 | 0 | 1 | 50.0 % | stopped |');
  });

  it('files a path under its first folder below src/lib/', () => {
    expect(folderOf('src/lib/ingest/formats/pdf.ts')).toBe('ingest/');
    expect(folderOf('src/lib/tree.ts')).toBe('(root)');
  });
});
