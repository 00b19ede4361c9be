/**
 * A comparison as the rows and texts of a Word 对照表 (src/lib/export/comparison-docx.ts), as data
 * (no Word file written): each cell's number, heading, text runs and note, for a parent pair and for
 * two peers, rows of every status, and the title, lines, headers and empty-column marks. The
 * expectations follow README "Word 对照表" and the compare pages' wording; built inside each test.
 */
import { describe, expect, it } from 'vitest';
import type { AlignedRow } from '../../../src/lib/compare/align.ts';
import type { CompareUnit } from '../../../src/lib/compare/units.ts';
import { comparisonSpec, docxRow, latestDate, sideRuns } from '../../../src/lib/export/comparison-docx.ts';

const unit = (doc: string, anchor: string, num: string, text: string, extra: Partial<CompareUnit> = {}): CompareUnit => ({ doc, anchor, kind: 'article', num, index: 0, text, ...extra });

const marked: AlignedRow = {
  status: 'adapted',
  local: unit('m', 'art-2', '第二条', '应当问责', { heading: '情形' }),
  base: [
    { unit: unit('p', 'art-5', '第五条', '应当追责'), relation: 'implements', score: 0.8 },
    { unit: unit('p', 'art-9', '', '另条', { anchor: 'sec-9' }), relation: 'restates', score: 0.3 },
    { unit: unit('p', 'art-11', '第十一条', '他条'), relation: 'other' as never, score: 0.2 },
    { unit: unit('p', 'art-12', '第十二条', '再条'), relation: 'related', score: 0.1 },
  ],
  diff: {
    segments: [
      { op: 'equal', old: '应当', new: '应当' },
      { op: 'change', old: '追', new: '问' },
      { op: 'equal', old: '责', new: '责' },
    ],
    similarity: 0.75,
    exact: true,
    inserted: ['问'],
    deleted: ['追'],
  },
  showDiff: true,
};

describe('docxRow', () => {
  it('marks the additions on the left and the dropped words on the right, the status and relation as notes, further links after the text', () => {
    expect(docxRow(marked)).toEqual({
      left: { num: '第二条', heading: '情形', runs: [{ text: '应当' }, { text: '问', mark: 'ins' }, { text: '责' }], note: '改写' },
      right: {
        num: '第五条',
        runs: [{ text: '应当' }, { text: '追', mark: 'del' }, { text: '责' }, { text: '\n另见sec-9（重申）：另条' }, { text: '\n另见第十一条（other）：他条' }, { text: '\n另见第十二条（相关）：再条' }],
        note: '对应关系：细化',
      },
    });
  });

  it('shows texts too different to mark as they are, and says so', () => {
    const r = docxRow({ ...marked, showDiff: false, base: [marked.base[0]!] }, false);
    expect(r.left).toEqual({ num: '第二条', heading: '情形', runs: [{ text: '应当问责' }], note: '文字不同' });
    expect(r.right).toEqual({ num: '第五条', runs: [{ text: '应当追责' }], note: '对应关系：细化；两者文字差异较大，未逐字标注' });
    // a row without a diff says nothing about marks
    expect(docxRow({ ...marked, showDiff: false, diff: undefined, base: [marked.base[0]!] }).right!.note).toBe('对应关系：细化');
  });

  it('leaves the empty side null: an addition has no right cell, an uncovered base provision no left cell', () => {
    expect(docxRow({ status: 'added', local: unit('m', 'art-3', '第三条', '新增。'), base: [], showDiff: false })).toEqual({ left: { num: '第三条', runs: [{ text: '新增。' }], note: '新增' }, right: null });
    expect(docxRow({ status: 'uncovered', base: [{ unit: unit('p', 'art-4', '第四条', '旧。'), relation: 'related', score: 0 }], showDiff: false })).toEqual({ left: null, right: { num: '第四条', runs: [{ text: '旧。' }], note: '未涉及' } });
    expect(docxRow({ status: 'uncovered', base: [{ unit: unit('p', 'art-4', '第四条', '旧。'), relation: 'related', score: 0 }], showDiff: false }, false).right!.note).toBe('无对应');
  });

  it('gives each side its own text of a diff, skipping what the side does not have', () => {
    const segs = [
      { op: 'equal' as const, old: '甲', new: '甲' },
      { op: 'change' as const, old: '乙', new: '' },
      { op: 'change' as const, old: '', new: '丙' },
    ];
    expect(sideRuns(segs, 'old')).toEqual([{ text: '甲' }, { text: '乙', mark: 'del' }]);
    expect(sideRuns(segs, 'new')).toEqual([{ text: '甲' }, { text: '丙', mark: 'ins' }]);
  });
});

describe('comparisonSpec', () => {
  const input = {
    rows: [marked],
    local: { title: '某办法全称', shortTitle: '某办法', issued: '2017-03-01' },
    base: { title: '某条例全称', shortTitle: '某条例', issued: '2016-07-08' },
    date: '2024-05-06',
  };

  it('titles a parent pair’s table and dates it, the documents with their dates', () => {
    const s = comparisonSpec({ ...input, parentPair: true });
    expect(s).toEqual({
      title: '《某办法》与《某条例》对照表',
      lines: ['制表日期：2024年5月6日', '左栏：《某办法全称》（2017年3月1日）', '右栏：《某条例全称》（2016年7月8日）（上位规定）'],
      headers: ['本文件：某办法', '上位规定：某条例'],
      rows: [docxRow(marked, true)],
      empty: ['（本文件未涉及此条上位规定）', '（无对应的上位规定，本文件新增）'],
      legend: '说明：左栏中加粗并加下划线的文字为本文件增加的内容，右栏中加删除线的文字为本文件未保留的内容。',
      timestamp: '2024-05-06T00:00:00Z',
    });
  });

  it('words a table of two peers without 上位规定, undated documents without a date', () => {
    const s = comparisonSpec({ ...input, local: { title: '甲', shortTitle: '甲' }, base: { title: '乙', shortTitle: '乙', issued: null }, parentPair: false });
    expect(s.lines).toEqual(['制表日期：2024年5月6日', '左栏：《甲》', '右栏：《乙》']);
    expect(s.headers).toEqual(['本文件：甲', '对方文件：乙']);
    expect(s.empty).toEqual(['（本文件没有对应条款）', '（对方文件没有对应条款）']);
    expect(s.rows[0]!.left!.note).toBe('文字不同');
  });
});

describe('latestDate', () => {
  it('takes the latest full date given, ignoring anything else', () => {
    expect(latestDate(['2016-07-09', '2017', '2018-1-1', 'x2019-01-01', '2019-01-01x', '2016-07-08', null, undefined])).toBe('2016-07-09');
    expect(latestDate(['2017', ''], '1999-12-31')).toBe('1999-12-31');
  });
});
