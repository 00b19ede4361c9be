/**
 * Quantities a provision states: deadlines, ages, terms, counts, amounts and rates (十五日内,
 * 年满十八周岁, 每届任期三年, 五人以上, 5000元, 百分之十). The crosswalk folds numbers alike
 * (text.ts: an enumerator or a date is form), so a deadline a measure adds (首次任教，应当有一年的
 * 试用期 for 应当有试用期) would be invisible to the relation rule; this module names them, so that
 * a quantity the parent does not state counts as an addition of substance (relation.ts).
 *
 * Not quantities: ordinals (第三条, 第一次), dates (2009年5月1日, 1997年7月25日) and numerals inside
 * words (统一, 一般, 一年级).
 */
import { toSimplified } from '../chinese-variants.ts';
import { parseNumber } from '../numerals.ts';

/** Units of a quantity, longest first (个工作日 before 日, 万元 before 元). */
const UNITS = ['个工作日', '工作日', '个月', '周岁', '小时', '万元', '亿元', '平方米', '公里', '公顷', '日', '天', '周', '月', '年', '岁', '人', '名', '户', '元', '倍', '次', '届', '米', '亩', '%', '‰'];
const NUMERAL = '[\\d.]+|[零〇○一二两三四五六七八九十百千]+';
const QUANTITY = new RegExp(`(百分之|千分之)(${NUMERAL})|(${NUMERAL})\\s*(${UNITS.join('|')})`, 'gu');
/** Dates: 2009年5月1日, 二○○九年, 5月1日, 十二月三十一日 (a date is form: an entry into force, a record of adoption). */
const DATE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?)?|[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日/gu;
/** Characters before a bare 一 that make it part of a word (统一, 同一, 唯一, 进一步, 第一, 逐一, 单一, 划一, 专一, 万一). */
const WORD_BEFORE_ONE = new Set([...'统同唯进第逐单划专万']);
/** Characters after a unit that make the numeral part of a word (一年级, 一次性, 一日游, 二年度). */
const WORD_AFTER = new Set([...'级性度份游制']);

export interface Quantity {
  /** As written (NFKC, simplified): 十五日, 百分之十, 5000元. */
  text: string;
  /** Value and unit, comparable across writings: 15日, 10%, 5000元. */
  key: string;
}

/** The quantities of a text, in text order (dates and ordinals left out). */
export function quantitiesOf(text: string): Quantity[] {
  const s = toSimplified(text.normalize('NFKC')).replace(DATE, (m) => ' '.repeat(m.length));
  const out: Quantity[] = [];
  for (const m of s.matchAll(QUANTITY)) {
    const whole = m[0];
    const per = m[1];
    const num = (m[2] ?? m[3])!;
    const unit = m[4] ?? '';
    const at = m.index!;
    const before = s[at - 1] ?? '';
    const after = s[at + whole.length] ?? '';
    if (before === '第' || WORD_AFTER.has(after)) continue;
    if (num === '一' && !per && WORD_BEFORE_ONE.has(before)) continue;
    const value = /^[\d.]+$/u.test(num) ? Number(num) : parseNumber(num.replace(/两/gu, '二'));
    if (value === null || Number.isNaN(value)) continue;
    const key = per === '百分之' ? `${value}%` : per === '千分之' ? `${value}‰` : `${value}${unit === '天' ? '日' : unit === '岁' ? '周岁' : unit.replace(/^个/u, '')}`;
    out.push({ text: whole, key });
  }
  return out;
}

/** The quantities of `local` that none of `parents` states (by value and unit), as written, in text order. */
export function newQuantities(local: string, parents: readonly string[]): string[] {
  const known = new Set(parents.flatMap((p) => quantitiesOf(p).map((q) => q.key)));
  const out: string[] = [];
  for (const q of quantitiesOf(local)) if (!known.has(q.key) && !out.includes(q.text)) out.push(q.text);
  return out;
}
