import { describe, expect, it } from 'vitest';
import { tailPairs, isHan, isHanUnit, normalizeForSearch, normalizeWithMap } from '../../../src/lib/search/text.ts';

describe('normalizeForSearch', () => {
  it('keeps letters and digits only, NFKC, lower case', () => {
    expect(normalizeForSearch('“三会一课”制度')).toBe('三会一课制度');
    expect(normalizeForSearch('组织 调整、或者\n组织处理')).toBe('组织调整或者组织处理');
    expect(normalizeForSearch('５次／学期 ABC')).toBe('5次学期abc');
    expect(normalizeForSearch('×××同志')).toBe('同志');
    expect(normalizeForSearch('（一）')).toBe('一');
  });
  it('maps every normalised character back to the original', () => {
    const s = '诫勉、组织 调整';
    const n = normalizeWithMap(s);
    expect(n.text).toBe('诫勉组织调整');
    expect(n.start).toEqual([0, 1, 3, 4, 6, 7]);
    expect(n.end).toEqual([1, 2, 4, 5, 7, 8]);
  });
  it('folds traditional characters to simplified, one for one (a query in either form finds either)', () => {
    expect(normalizeForSearch('中國共產黨問責條例')).toBe('中国共产党问责条例');
    expect(normalizeForSearch('问责条例')).toBe('问责条例');
    const n = normalizeWithMap('問責、條例');
    expect(n.text).toBe('问责条例');
    expect(n.start).toEqual([0, 1, 3, 4]);
  });
  it('handles characters outside the BMP', () => {
    const n = normalizeWithMap('𠀀党');
    expect(n.text).toBe('𠀀党');
    expect(n.start).toEqual([0, 0, 2]);
  });
});

describe('isHan', () => {
  it('tells Han from other scripts', () => {
    expect(isHan('党')).toBe(true);
    expect(isHan('〇')).toBe(false);
    expect(isHan('𠀀')).toBe(false);
    expect(isHan('a')).toBe(false);
    expect(isHan('5')).toBe(false);
    expect(isHan('、')).toBe(false);
  });
  it('takes the whole block of CJK unified ideographs, U+4E00 一 to U+9FFF, and nothing on either side', () => {
    expect([0x4dff, 0x4e00, 0x9fff, 0xa000].map((c) => isHan(String.fromCharCode(c)))).toEqual([false, true, true, false]);
  });
});

describe('isHanUnit', () => {
  it('agrees with isHan on every code unit of the BMP, at any index of a string', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // halves of a surrogate pair: no character alone
      const ch = String.fromCharCode(c);
      if (isHanUnit(`a${ch}`, 1) !== isHan(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
  it('is false for either half of a character outside the BMP', () => {
    expect([isHanUnit('𠀀', 0), isHanUnit('𠀀', 1)]).toEqual([false, false]);
  });
});

describe('normalizeForSearch and normalizeWithMap: one normalisation', () => {
  it('the premise of their fast path: every unified ideograph is its own NFKC form and lower case, and a letter', () => {
    const not: number[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFKC') !== ch || ch.toLowerCase() !== ch || !/^\p{L}$/u.test(ch)) not.push(c);
    }
    expect(not).toEqual([]);
  });
  it('give the same text, ideographs at the block’s edges, traditional forms, full-width and other scripts alike', () => {
    const s = '一鿿䷿ꀀ中國共產黨　ＡＢＣ①（二）第5条𠀀 Ⅻ ﬁ';
    expect(normalizeForSearch(s)).toBe(normalizeWithMap(s).text);
    // letters and digits of every script kept (ꀀ is a Yi syllable, 𠀀 an ideograph outside the BMP), the hexagram ䷿ and punctuation not
    expect(normalizeForSearch(s)).toBe('一鿿ꀀ中国共产党abc1二第5条𠀀xiifi');
  });
});

describe('tailPairs', () => {
  it('lists Han pairs split by whitespace or punctuation, sorted and unique', () => {
    expect(tailPairs('通报、诫勉、组织调整')).toEqual(['勉组', '报诫']);
    expect(tailPairs('党 费收缴　党费')).toEqual(['党费', '缴党']);
    expect(tailPairs('问责、诫勉；问责、诫勉')).toEqual(['勉问', '责诫']);
  });
  it('ignores pairs that are adjacent already or not both Han', () => {
    expect(tailPairs('组织调整')).toEqual([]);
    expect(tailPairs('达到5次/学期')).toEqual(['次学']);
    expect(tailPairs('2017年 6月')).toEqual([]);
  });
  it('leaves characters outside the ideograph block (〇) unpaired', () => {
    expect(tailPairs('二〇一一年、五月')).toEqual(['年五']);
  });
});
