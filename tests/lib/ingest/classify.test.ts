/**
 * One line against the numbering table (src/lib/ingest/classify.ts): the number as written, its ordinal,
 * and the rest of the line as written; a number that is no number (第十十条, 第零条) is no marker.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/ingest/classify.ts';

describe('classify', () => {
  it('reads a one-character enclosed numeral at the start as 1. or (1), keeping the num and the rest as written', () => {
    expect(classify('⑴甲')).toEqual({ level: 'item', style: 'arabic-paren', num: '⑴', ordinal: 1, suffix: undefined, rest: '甲' });
    expect(classify('⒈甲')).toMatchObject({ level: 'sub', style: 'arabic-dot', num: '⒈', ordinal: 1, rest: '甲' });
  });

  it('an enclosed numeral later in the line stays as written in the rest', () => {
    expect(classify('第一条 甲⑴乙⒈丙')).toMatchObject({ level: 'article', num: '第一条', ordinal: 1, rest: '甲⑴乙⒈丙' });
  });

  it('traditional forms are read, the num keeps them', () => {
    expect(classify('第一條 甲')).toMatchObject({ level: 'article', num: '第一條', ordinal: 1, rest: '甲' });
  });

  it('no marker when the number is no number or zero; a suffix that is no number is left out', () => {
    expect(classify('第十十条 甲')).toBeNull();
    expect(classify('第零条 甲')).toBeNull();
    expect(classify('（十十）甲')).toBeNull();
    expect(classify('第二条之一 甲')).toMatchObject({ ordinal: 2, suffix: 1, rest: '甲' });
    expect(classify('第二条之十十 甲')).toMatchObject({ num: '第二条之十十', ordinal: 2, suffix: undefined, rest: '甲' });
  });
});
