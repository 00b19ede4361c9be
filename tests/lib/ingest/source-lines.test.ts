/**
 * Stage 1 of the converter (src/lib/ingest/source-lines.ts): raw text into numbered lines, and the
 * manifest's exclusions and corrections (README, "The manifest") applied and accounted for — every
 * problem a diagnostic naming file and line. Inputs are built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { prepareLines, splitLines, trimLine, type LineSpec } from '../../../src/lib/ingest/source-lines.ts';

const spec = (from: number, to: number, more: Partial<LineSpec> = {}): LineSpec => ({ from, to, exclude: [], corrections: [], ...more });
const rows = (r: ReturnType<typeof prepareLines>) => r.lines.map((l) => [l.line, l.raw, l.text]);

describe('splitLines', () => {
  it('ends a line at CRLF, CR or LF, and drops a leading BOM only', () => {
    expect(splitLines('\ufeff甲\r\n乙\r丙\n丁')).toEqual(['甲', '乙', '丙', '丁']);
    expect(splitLines('甲\ufeff')).toEqual(['甲\ufeff']);
    expect(splitLines('\ufeff')).toEqual(['']);
  });

  it('a final line break ends the last line, it does not open an empty one; blank lines inside stay', () => {
    expect(splitLines('甲\n乙\n')).toEqual(['甲', '乙']);
    expect(splitLines('甲\n\n')).toEqual(['甲', '']);
    expect(splitLines('甲\n\n乙')).toEqual(['甲', '', '乙']);
    expect(splitLines('')).toEqual(['']);
    expect(splitLines('\n')).toEqual(['']);
  });
});

describe('trimLine', () => {
  it('trims spaces, ideographic and no-break spaces, tabs, BOMs and zero-width spaces at both ends, all of them', () => {
    expect(trimLine('\u3000\u3000 \t\u00a0\ufeff\u200b\u200c\u200d\u2060第一条 甲。\u3000\u200b \t')).toBe('第一条 甲。');
    expect(trimLine('\u3000\u200b\u3000')).toBe('');
    expect(trimLine('甲\u3000乙')).toBe('甲\u3000乙');
  });
});

describe('prepareLines', () => {
  it('cuts the document’s lines out of the file, numbered as in the file, raw keeping its leading tab', () => {
    const r = prepareLines(['题', '\t甲\u3000', '', '乙', '尾'], spec(2, 4), 'a.txt');
    expect(rows(r)).toEqual([
      [2, '\t甲\u3000', '甲'],
      [3, '', ''],
      [4, '乙', '乙'],
    ]);
    expect(r.excluded).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('a range past the last line is an error at the last line (line 1 of an empty file), and the lines there are kept', () => {
    const r = prepareLines(['甲', '乙'], spec(1, 5), 'a.txt');
    expect(rows(r)).toEqual([
      [1, '甲', '甲'],
      [2, '乙', '乙'],
    ]);
    expect(r.diagnostics).toEqual([{ file: 'a.txt', line: 2, severity: 'error', ruleId: 'range-past-end', message: 'the range 1-5 goes past the last line (2)' }]);
    expect(prepareLines([], spec(1, 1), 'e.txt').diagnostics).toEqual([{ file: 'e.txt', line: 1, severity: 'error', ruleId: 'range-past-end', message: 'the range 1-1 goes past the last line (0)' }]);
    expect(prepareLines(['甲', '乙'], spec(1, 2), 'a.txt').diagnostics).toEqual([]);
  });

  it('drops whole excluded lines and lists each exclusion that touches the document, with its whole range', () => {
    const all = ['一', '二', '三', '四', '五', '六'];
    const exclude = [
      { lines: [1, 1] as [number, number], reason: 'before' },
      { lines: [2, 3] as [number, number], reason: 'junk' },
      { lines: [5, 5] as [number, number], reason: 'page number' },
      { lines: [6, 6] as [number, number], reason: 'after' },
    ];
    const r = prepareLines(all, spec(3, 5, { exclude }), 'a.txt');
    expect(rows(r)).toEqual([[4, '四', '四']]);
    expect(r.excluded).toEqual([
      { from: 2, to: 3, reason: 'junk' },
      { from: 5, to: 5, reason: 'page number' },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('cuts excluded text out of a line, each piece listed with its text; text not in the line is an error', () => {
    const exclude = [
      { line: 2, text: '【发布部门】某委', reason: 'database field' },
      { line: 2, text: '（删）', reason: 'a note' },
      { line: 2, text: '不在此行', reason: 'wrong' },
      { line: 3, reason: 'a part exclusion without text is no exclusion' },
    ];
    const r = prepareLines(['题', '第一条 甲（删）。【发布部门】某委', '乙'], spec(1, 3, { exclude }), 'a.txt');
    expect(rows(r)).toEqual([
      [1, '题', '题'],
      [2, '第一条 甲。', '第一条 甲。'],
      [3, '乙', '乙'],
    ]);
    expect(r.excluded).toEqual([
      { from: 2, to: 2, reason: 'database field', text: '【发布部门】某委' },
      { from: 2, to: 2, reason: 'a note', text: '（删）' },
    ]);
    expect(r.diagnostics).toEqual([{ file: 'a.txt', line: 2, severity: 'error', ruleId: 'exclusion-not-found', message: 'the text to exclude (“不在此行”) is not in this line' }]);
  });

  it('applies every correction of a line in order, and a \\n in the replacement splits the line', () => {
    const corrections = [
      { line: 1, find: '重4 大', replace: '重大', reason: 'leaked page number' },
      { line: 1, find: '大事', replace: '大事项', reason: 'second fix of the same line' },
      { line: 2, find: ' 广州市', replace: '\n广州市', reason: 'title runs on' },
    ];
    const r = prepareLines(['重4 大事。', '第一条 甲。 广州市委'], spec(1, 2, { corrections }), 'a.txt');
    expect(rows(r)).toEqual([
      [1, '重大事项。', '重大事项。'],
      [2, '第一条 甲。', '第一条 甲。'],
      [2, '广州市委', '广州市委'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('a correction whose text is not in its line, or that names a line outside the document, is an error', () => {
    const corrections = [
      { line: 2, find: '无此字', replace: '有', reason: 'wrong' },
      { line: 5, find: '甲', replace: '乙', reason: 'below the document' },
      { line: 1, find: '甲', replace: '乙', reason: 'above the document' },
    ];
    const r = prepareLines(['甲', '第一条 甲。', '第二条 乙。', '尾', '甲'], spec(2, 3, { corrections }), 'a.txt');
    expect(rows(r).map((x) => x[1])).toEqual(['第一条 甲。', '第二条 乙。']);
    expect(r.diagnostics).toEqual([
      { file: 'a.txt', line: 5, severity: 'error', ruleId: 'correction-outside', message: "a correction names line 5, outside the document's lines 2-3" },
      { file: 'a.txt', line: 1, severity: 'error', ruleId: 'correction-outside', message: "a correction names line 1, outside the document's lines 2-3" },
      { file: 'a.txt', line: 2, severity: 'error', ruleId: 'correction-not-found', message: 'the correction expects “无此字” in this line, which is not there' },
    ]);
    // the edges of the range are inside it
    const edges = [
      { line: 2, find: '甲', replace: '丙', reason: 'first line' },
      { line: 3, find: '乙', replace: '丁', reason: 'last line' },
    ];
    const e = prepareLines(['甲', '第一条 甲。', '第二条 乙。'], spec(2, 3, { corrections: edges }), 'a.txt');
    expect(e.diagnostics).toEqual([]);
    expect(e.lines.map((l) => l.text)).toEqual(['第一条 丙。', '第二条 丁。']);
  });

  it('join: the line continues the previous non-blank line, trimmed; only the first piece of a split line joins', () => {
    const corrections = [
      { line: 4, join: true, reason: 'the last word broke onto a line of its own' },
      { line: 4, find: '度。', replace: '度。\n第二条', reason: 'and runs on' },
    ];
    const r = prepareLines(['第一条 甲乙制', '', '', '\u3000 度。 乙。'], spec(1, 4, { corrections }), 'a.txt');
    expect(rows(r)).toEqual([
      [1, '第一条 甲乙制度。', '第一条 甲乙制度。'],
      [2, '', ''],
      [3, '', ''],
      [4, '第二条 乙。', '第二条 乙。'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('join with nothing before it is an error, and the line is kept as it is', () => {
    const r = prepareLines(['', '度。'], spec(1, 2, { corrections: [{ line: 2, join: true, reason: 'x' }] }), 'a.txt');
    expect(rows(r)).toEqual([
      [1, '', ''],
      [2, '度。', '度。'],
    ]);
    expect(r.diagnostics).toEqual([{ file: 'a.txt', line: 2, severity: 'error', ruleId: 'join-nothing', message: 'a `join` correction, but no earlier line to join' }]);
  });
});
