import { describe, expect, it } from 'vitest';
import { parseDigitwise, parseNumber, toChineseNumber } from '../../src/lib/numerals.ts';
import { errorOf } from '../support/thrown.ts';

describe('parseNumber', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十二', 22], ['三十六', 36],
    ['九十九', 99], ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['一百二十三', 123],
    ['两百', 200], ['二百零一', 201], ['九百九十九', 999], ['一千零一', 1001],
    ['12', 12], ['１２', 12], [' 十二 ', 12], ['３６', 36],
  ])('%s → %i', (s, n) => expect(parseNumber(s)).toBe(n));

  it.each(['零', '〇', '○'])('%s → 0', (s) => expect(parseNumber(s)).toBe(0));
  it.each(['   ', '12a', 'a12', '１２条'])('rejects %j (not only digits)', (s) => expect(parseNumber(s)).toBeNull());
  it('answers null, not 0, for a shape nzh reads as nothing (零十)', () => expect(parseNumber('零十')).toBeNull());

  it.each(['', '十十', '一一', 'abc', '百一', '二○○九', '第一', '一、'])('rejects %j', (s) => expect(parseNumber(s)).toBeNull());
});

describe('parseDigitwise', () => {
  it.each([
    ['二○○九', 2009], ['二〇一一', 2011], ['二零一七', 2017], ['2021', 2021],
  ])('%s → %i', (s, n) => expect(parseDigitwise(s)).toBe(n));
  it('rejects counting numbers', () => expect(parseDigitwise('二十')).toBeNull());
  it.each([[' 二○二三 ', 2023], ['２０２３', 2023], ['两○', 20], ['○', 0]])('%j → %i', (s, n) => expect(parseDigitwise(s)).toBe(n));
  it.each(['', '  ', '2021年', '年2021', '二○二三年'])('rejects %j', (s) => expect(parseDigitwise(s)).toBeNull());
});

describe('toChineseNumber', () => {
  it.each([
    [1, '一'], [6, '六'], [10, '十'], [13, '十三'], [20, '二十'], [36, '三十六'], [105, '一百零五'], [110, '一百一十'],
  ])('%i → %s', (n, s) => expect(toChineseNumber(n)).toBe(s));
  it('writes 0 as 零', () => expect(toChineseNumber(0)).toBe('零'));
  it.each([-1, 1.5, Number.NaN])('refuses %d', (n) => expect(() => toChineseNumber(n)).toThrow(RangeError));
  it('names the number it refuses', () => expect(errorOf(() => toChineseNumber(-3), RangeError).message).toContain('not a non-negative integer: -3'));
  it('round-trips 1..300', () => {
    for (let n = 1; n <= 300; n++) expect(parseNumber(toChineseNumber(n))).toBe(n);
  });
});
