/**
 * Promises of the README about compare (照录 / 基本照录 / 改写 / 新增, diffs
 * only where readable), on hand-written provisions with expected statuses.
 */
import { describe, expect, it } from 'vitest';
import { alignDocuments, alignProvisions, DIFF_READABLE, statusLabel } from '../../../src/lib/compare/align.ts';
import type { CompareUnit } from '../../../src/lib/compare/units.ts';

const unit = (doc: string, anchor: string, text: string, index = 0): CompareUnit => ({ doc, anchor, kind: 'article', num: anchor, index, text });
// 2016 第五条 (raw seed 002, line 592) and 日照 第四条 (raw seed 000, line 23) are near-verbatim; here the texts are made by hand.
const BASE = '问责应当分清责任。党组织领导班子在职责范围内负有全面领导责任，领导班子主要负责人和直接主管的班子成员承担主要领导责任，参与决策和工作的班子其他成员承担重要领导责任。';

describe('照录 rows exist and are detected', () => {
  it('the same words are 照录 (verbatim)', () => {
    const r = alignProvisions(unit('m', 'art-1', BASE), unit('p', 'art-5', BASE));
    expect(r.status).toBe('verbatim');
  });
  it('punctuation width and whitespace aside: half-width , ; and spaces are still 照录', () => {
    // ，(U+FF0C) and ；(U+FF1B) are the full-width forms of , and ; (NFKC); 。 has no half-width ASCII form
    const halfWidth = BASE.replaceAll('，', ',').replace('。', ';').replace('党组织', '党 组织');
    const fullBase = BASE.replace('。', '；');
    expect(halfWidth).not.toBe(BASE);
    const r = alignProvisions(unit('m', 'art-1', halfWidth), unit('p', 'art-5', fullBase));
    expect(r.status).toBe('verbatim');
    expect(r.diff!.inserted).toEqual([]);
    expect(r.diff!.deleted).toEqual([]);
  });
  it('one word changed (应当 → 坚持) is 基本照录, not 照录', () => {
    const r = alignProvisions(unit('m', 'art-4', BASE.replace('应当', '坚持')), unit('p', 'art-5', BASE));
    expect(r.status).toBe('near-verbatim');
    expect(r.diff!.inserted).toEqual(['坚持']);
    expect(r.diff!.deleted).toEqual(['应当']);
  });
  it('the summary of an alignment counts 照录 rows', () => {
    const base = [unit('p', 'art-1', BASE, 0), unit('p', 'art-2', '对党组织的问责，可以采取检查、通报、改组等方式。', 1)];
    const local = [unit('m', 'art-1', BASE.replaceAll('，', ','), 0), unit('m', 'art-2', '本办法由党委办公室负责解释。', 1)];
    const a = alignDocuments(local, base, [{ local: 'art-1', base: 'art-1', relation: 'restates', score: 1 }]);
    expect(a.rows.map((r) => r.status)).toEqual(['verbatim', 'added', 'uncovered']);
    expect(a.summary).toMatchObject({ verbatim: 1, nearVerbatim: 0, adapted: 0, added: 1, covered: 1 });
    expect(a.rows.map((r) => statusLabel(r.status, true))).toEqual(['照录', '新增', '未涉及']);
  });
});

describe('diffs are shown only where readable', () => {
  it('a near-verbatim pair shows its diff', () => {
    const r = alignProvisions(unit('m', 'art-4', BASE.replace('应当', '坚持')), unit('p', 'art-5', BASE));
    expect(r.showDiff).toBe(true);
    expect(r.diff!.exact).toBe(true);
  });
  it('two unrelated texts (similarity below DIFF_READABLE) are shown side by side, without marks', () => {
    const r = alignProvisions(unit('m', 'art-9', '本办法自发布之日起施行，由学校党委办公室负责解释。'), unit('p', 'art-5', BASE));
    expect(r.diff!.similarity).toBeLessThan(DIFF_READABLE);
    expect(r.status).toBe('adapted');
    expect(r.showDiff).toBe(false);
  });
  it('in an alignment, a linked but unrelated row has no diff, a close one has', () => {
    const base = [unit('p', 'art-1', BASE, 0), unit('p', 'art-2', '对党组织的问责，可以采取检查、通报、改组等方式。', 1)];
    const local = [unit('m', 'art-1', BASE.replace('应当', '坚持'), 0), unit('m', 'art-2', '本办法自发布之日起施行。', 1)];
    const a = alignDocuments(local, base, [
      { local: 'art-1', base: 'art-1', relation: 'restates', score: 0.9 },
      { local: 'art-2', base: 'art-2', relation: 'related', score: 0.2 },
    ]);
    expect(a.rows.map((r) => [r.status, r.showDiff])).toEqual([
      ['near-verbatim', true],
      ['adapted', false],
    ]);
  });
});
