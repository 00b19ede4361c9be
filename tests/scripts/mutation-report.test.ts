import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../scripts/lib/bench-table.ts';
import { aggregate, countMutants, earlierTable, folderOf, folderTable, markdownTable, partialTable, score, type EarlierPart, type MutationReport } from '../../scripts/lib/mutation-report.ts';
import { errorOf } from '../support/thrown.ts';

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
    expect(errorOf(() => countMutants([{ status: 'Pending' }])).message).toMatch(/unknown mutant status "Pending"/);
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

  it('counts the figures of an earlier branch for files no report holds, marked, and drops them once a report holds one of their files', () => {
    const d: EarlierPart = { part: 'y/d.ts', files: ['src/lib/y/d.ts'], mutants: 10, killed: 6, timeout: 1, survived: 2, noCoverage: 1, measured: '2026-11-29 · branch b' };
    const gone: EarlierPart = { part: 'a and x/b', files: ['src/lib/x/b.ts'], mutants: 1, killed: 0, timeout: 0, survived: 1, noCoverage: 0, measured: 'older' };
    const withEarlier = aggregate(reports, sources, [], [d, gone]);
    expect(withEarlier.earlier).toEqual([d]);
    expect(withEarlier.superseded).toEqual([gone]);
    expect(withEarlier.unmeasured).toEqual([]);
    expect(withEarlier.files).toEqual(a.files);
    expect(withEarlier.folders.map((f) => [f.folder, f.earlier, f.mutants, f.killed, f.timeout, f.survived, f.noCoverage])).toEqual([
      ['(root)', false, 4, 1, 1, 1, 1],
      ['x/', false, 5, 3, 0, 0, 0],
      ['y/', true, 10, 6, 1, 2, 1],
    ]);
    // (5 + 7) / (7 + 10) = 12 / 17
    expect(score(withEarlier.total)).toBeCloseTo(12 / 17, 12);
    const md = markdownTable(folderTable(withEarlier)).split('\n');
    expect(md.at(-2)).toBe('| y/ * | 10 | 6 | 1 | 2 | 1 | 70.0 % |');
    expect(md.at(-1)).toBe('| everything measured | 19 | 10 | 2 | 3 | 2 | 70.6 % |');
    expect(markdownTable(earlierTable(withEarlier)).split('\n').at(-1)).toBe('| y/d.ts | 10 | 6 | 1 | 2 | 1 | 70.0 % | 2026-11-29 · branch b |');
  });

  it('refuses an earlier part with more mutants counted than it has, or whose files span folders', () => {
    const base: EarlierPart = { part: 'p', files: ['src/lib/y/d.ts'], mutants: 1, killed: 1, timeout: 0, survived: 1, noCoverage: 0, measured: 'm' };
    expect(errorOf(() => aggregate([], sources, [], [base])).message).toMatch(/earlier part "p": killed \+ timed out \+ survived \+ no coverage = 2, more than its 1 mutants/);
    // More mutants than counted: the others were compile errors, in the mutants column only.
    const errors = aggregate([], sources, [], [{ ...base, mutants: 5 }]);
    expect([errors.total.mutants, errors.total.other, score(errors.total)]).toEqual([5, 3, 0.5]);
    expect(errorOf(() => aggregate([], sources, [], [{ ...base, mutants: 2, files: ['src/lib/y/d.ts', 'src/lib/a.ts'] }])).message).toMatch(/earlier part "p": expected files of one folder of src\/lib\/, found y\/, \(root\)/);
  });

  it('files a path under its first folder below src/lib/', () => {
    expect(folderOf('src/lib/ingest/formats/pdf.ts')).toBe('ingest/');
    expect(folderOf('src/lib/tree.ts')).toBe('(root)');
  });
});
