/**
 * Tables exported as one cell per line (src/lib/ingest/table.ts), as its contract states: a tab starts a
 * cell, a line without a tab continues the cell before it, a blank line ends a row once the row holds two
 * cells; leading empty cells merge into the cell above (rowspan), a short row's last non-empty cell spans
 * the missing columns (colspan); both are reported. Lines are built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/lib/ingest/table.ts';
import type { SourceLine } from '../../../src/lib/ingest/source-lines.ts';

/** Source lines numbered from 10, as the converter hands them over (text trimmed, raw as written). */
const linesOf = (...raw: string[]): SourceLine[] => raw.map((r, i) => ({ line: 10 + i, raw: r, text: r.trim() }));
const texts = (rows: { text: string }[][]) => rows.map((r) => r.map((c) => c.text));

describe('parseTable', () => {
  it('a tab starts a cell, a blank line ends a row; cells keep their line and lose spaces at both ends', () => {
    const t = parseTable(linesOf('\t序号', '\t\u3000 项目 \u3000', '\t分值', '', '\t1', '\t政治 建设', '\t10 ', ''));
    expect(t.rows).toEqual([
      [
        { text: '序号', line: 10 },
        { text: '项目', line: 11 },
        { text: '分值', line: 12 },
      ],
      [
        { text: '1', line: 14 },
        { text: '政治 建设', line: 15 },
        { text: '10', line: 16 },
      ],
    ]);
    expect(t.problems).toEqual([]);
  });

  it('a line without a tab continues the cell before it; before any cell it opens one', () => {
    const t = parseTable(linesOf('标题', '\t甲', '\t乙', '  续行  ', '\u3000再续', '', '\t丙', '\t丁'));
    expect(texts(t.rows)).toEqual([
      ['标题', '甲', '乙\n续行\n再续'],
      ['丙', '丁'],
    ]);
    expect(t.rows[0][2]).toEqual({ text: '乙\n续行\n再续', line: 12 });
    expect(t.rows[1][1]).toEqual({ text: '丁', line: 17, colspan: 2 });
  });

  it('a blank line inside a row of one cell does not end it', () => {
    const t = parseTable(linesOf('\t甲', '', '\t乙', '', '\t丙', '\t丁'));
    expect(texts(t.rows)).toEqual([
      ['甲', '乙'],
      ['丙', '丁'],
    ]);
    expect(t.problems).toEqual([]);
  });

  it('a continuation line of an empty cell becomes its text', () => {
    const t = parseTable(linesOf('\t甲', '\t', '下一行', '', '\t丙', '\t丁'));
    expect(texts(t.rows)).toEqual([
      ['甲', '下一行'],
      ['丙', '丁'],
    ]);
  });

  it('leading empty cells merge into the cells above (rowspan), an empty cell after a full one does not', () => {
    const t = parseTable(linesOf('\t类别', '\t情形', '\t处理', '', '\t党组织', '\t甲', '\t一', '', '\t', '\t乙', '\t二', '', '\t', '\t', '\t三', '', '\t个人', '\t', '\t四'));
    expect(texts(t.rows)).toEqual([
      ['类别', '情形', '处理'],
      ['党组织', '甲', '一'],
      ['乙', '二'],
      ['三'],
      ['个人', '', '四'],
    ]);
    expect(t.rows[1][0]).toEqual({ text: '党组织', line: 14, rowspan: 3 });
    expect(t.rows[2][0]).toEqual({ text: '乙', line: 19, rowspan: 2 });
    expect(t.rows[4][1]).toEqual({ text: '', line: 27 });
    expect(t.problems).toEqual([]);
  });

  it('a row longer than the header is reported and kept whole', () => {
    const t = parseTable(linesOf('\t甲', '\t乙', '', '\t一', '\t二', '\t三'));
    expect(texts(t.rows)).toEqual([
      ['甲', '乙'],
      ['一', '二', '三'],
    ]);
    expect(t.problems).toEqual([{ line: 13, message: 'table row has 3 cells; the header has 2' }]);
  });

  it('a short row: its last non-empty cell spans the missing columns, reported with its first 12 characters', () => {
    const t = parseTable(linesOf('\t甲', '\t乙', '\t丙', '\t丁', '', '\t一二三四五六七八九十壹贰叁', '\t', ''));
    expect(texts(t.rows)).toEqual([
      ['甲', '乙', '丙', '丁'],
      ['一二三四五六七八九十壹贰叁', ''],
    ]);
    expect(t.rows[1][0].colspan).toBe(3);
    expect(t.rows[1][1].colspan).toBeUndefined();
    expect(t.problems).toEqual([{ line: 15, message: 'table row has 2 of 4 cells; “一二三四五六七八九十壹贰” spans 3 columns' }]);
  });

  it('a short row of empty cells: the last one spans; the row after a short row merges nothing into it', () => {
    const t = parseTable(linesOf('\t甲', '\t乙', '\t丙', '', '\t', '\t', '', '\t', '\t二', '\t三'));
    expect(t.rows[1]).toEqual([
      { text: '', line: 14 },
      { text: '', line: 15, colspan: 2 },
    ]);
    expect(texts(t.rows)).toEqual([
      ['甲', '乙', '丙'],
      ['', ''],
      ['', '二', '三'],
    ]);
    expect(t.problems).toEqual([{ line: 14, message: 'table row has 2 of 3 cells; “” spans 2 columns' }]);
  });

  it('no cells: no rows and nothing to report', () => {
    expect(parseTable([])).toEqual({ rows: [], problems: [] });
    expect(parseTable(linesOf('', '\u3000', ''))).toEqual({ rows: [], problems: [] });
  });
});
