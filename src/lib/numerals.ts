/**
 * Chinese numerals. Counting numbers (第三十六条, 二百零一) are decoded by
 * `nzh`; this module only checks the shape first (nzh answers 0 for garbage)
 * and adds what it lacks: 两, digit-by-digit years (二○○九) and full-width
 * digits.
 */
import Nzh from 'nzh';

const DIGIT_VALUE: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A counting number: optional thousands, hundreds, tens and units, with 零
 * filling gaps. Matches 三, 十, 十一, 二十, 一百零五, 一百一十, 两百, 一千零一.
 */
const COUNTING =
  /^(?:(?:[一二两三四五六七八九]千)?(?:零?[一二两三四五六七八九]百)?(?:零?[一二三四五六七八九]?十)?(?:零?[一二三四五六七八九])?)$/u;

/** Decode a Chinese counting number (up to the thousands) or ASCII/full-width digits; null if it is not one. */
export function parseNumber(raw: string): number | null {
  const s = toAsciiDigits(raw.trim());
  if (s === '') return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '零' || s === '〇' || s === '○') return 0;
  if (!COUNTING.test(s)) return null;
  // nzh's typings say string; it returns a number (and 0 for what it cannot read).
  const value = Number(Nzh.cn.decodeS(s.replace(/两/g, '二')));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** Decode a number written digit by digit, as years are (二○○九 → 2009). */
export function parseDigitwise(raw: string): number | null {
  const s = toAsciiDigits(raw.trim());
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '' || [...s].some((c) => !(c in DIGIT_VALUE))) return null;
  return Number([...s].map((c) => DIGIT_VALUE[c]).join(''));
}

/** Encode a positive integer as a Chinese counting number (6 → 六, 13 → 十三, 105 → 一百零五). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  if (n === 0) return '零';
  return Nzh.cn.encodeS(n);
}

/** Full-width digits to ASCII (１２ → 12). */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}
