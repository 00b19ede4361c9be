/**
 * Quantities at the edges of what quantities.ts reads (src/lib/crosswalk/quantities.ts): a term in Arabic figures, a
 * decimal multiple, and dates written with a year alone, a year and a month, or a month and a day in Arabic figures,
 * which are form (an entry into force, a deadline's calendar day), not quantities. Inputs built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { newQuantities, quantitiesOf } from '../../src/lib/crosswalk/quantities.ts';

const keys = (t: string) => quantitiesOf(t).map((q) => q.key);

describe('quantitiesOf: figures and dates', () => {
  it('a term in Arabic figures (5年) and a decimal multiple (2.5倍) are quantities', () => {
    expect(quantitiesOf('服务期为5年。')).toEqual([{ text: '5年', key: '5年' }]);
    expect(quantitiesOf('处违法所得2.5倍的罚款。')).toEqual([{ text: '2.5倍', key: '2.5倍' }]);
    expect(keys('服务期为5年，期满后续签3年')).toEqual(['5年', '3年']);
  });

  it('a year alone, a year and a month, and a month and a day in Arabic figures are dates, not quantities', () => {
    expect(quantitiesOf('本办法2009年公布。')).toEqual([]);
    expect(quantitiesOf('本办法2009年12月公布。')).toEqual([]);
    expect(quantitiesOf('于每年12月31日前报送。')).toEqual([]);
    // a date beside a deadline: only the deadline
    expect(keys('自2009年1月1日起30日内申报')).toEqual(['30日']);
  });

  it('a measure that only names its own dates adds no quantity', () => {
    expect(newQuantities('2009年12月起，服务期为5年', ['服务期为五年'])).toEqual([]);
    expect(newQuantities('服务期为5年', ['服务期为三年'])).toEqual(['5年']);
  });
});
