/**
 * Quantities a provision states (src/lib/crosswalk/quantities.ts): what the relation rule counts as
 * a deadline, age, term, count, amount or rate a measure adds, and what it leaves out (dates,
 * ordinals, numerals inside words).
 */
import { describe, expect, it } from 'vitest';
import { newQuantities, quantitiesOf } from '../../src/lib/crosswalk/quantities.ts';

const keys = (t: string) => quantitiesOf(t).map((q) => q.key);

describe('quantitiesOf', () => {
  it('reads deadlines, ages, terms, counts, amounts and rates in Chinese or Arabic figures, as written and by value', () => {
    expect(quantitiesOf('应当自受理之日起十五日内作出决定')).toEqual([{ text: '十五日', key: '15日' }]);
    expect(keys('每届任期三年，由五至九人组成，年满十八周岁')).toEqual(['3年', '9人', '18周岁']);
    expect(keys('处5000元以上2万元以下的罚款，按职工工资总额千分之五收取，不低于百分之十')).toEqual(['5000元', '2万元', '5‰', '10%']);
    expect(keys('比例为10%，一百户至七百户')).toEqual(['10%', '100户', '700户']);
    expect(keys('两次以上；三个月；二个工作日')).toEqual(['2次', '3月', '2工作日']);
  });

  it('writes the same quantity alike: 天 as 日, 岁 as 周岁, 个月 as 月, Chinese figures as Arabic', () => {
    expect(keys('三十天')).toEqual(keys('30日'));
    expect(keys('十八岁')).toEqual(keys('十八周岁'));
    expect(keys('六个月')).toEqual(keys('6月'));
    expect(keys('１５日')).toEqual(['15日']);
  });

  it('leaves out dates, ordinals and numerals inside words', () => {
    expect(quantitiesOf('本办法自2009年5月1日起施行。1997年7月25日通过，二○一○年修正，十二月三十一日前')).toEqual([]);
    expect(quantitiesOf('依照本办法第三条，第一次会议，第三次会议')).toEqual([]);
    // only a bare 一 is read as part of a word after 同, 统 …: 会同三名专家 states three
    expect(keys('会同三名专家')).toEqual(['3名']);
    expect(quantitiesOf('统一年度考核，同一人，唯一次，一年级学生，一次性补助，二年度')).toEqual([]);
    // a bare 一 after another character is a quantity when the character makes no word with it
    expect(keys('应当有一年的试用期')).toEqual(['1年']);
  });

  it('reads numbers it cannot decode as no quantity', () => {
    expect(quantitiesOf('零零零日')).toEqual([]);
  });
});

describe('newQuantities', () => {
  it('names the local quantities none of the parent texts states, once each, as written', () => {
    expect(newQuantities('自接到申请之日起十五日内作出决定，十五日内通知', ['自接到申请之日起15日内作出决定'])).toEqual([]);
    expect(newQuantities('应当有一年的试用期，十五日内报告', ['应当有试用期'])).toEqual(['一年', '十五日']);
    expect(newQuantities('三年，三年', ['五年'])).toEqual(['三年']);
    // any of the parent texts: the provisions a local one is linked to
    expect(newQuantities('年满十八周岁，一年', ['应当有试用期', '年满18周岁'])).toEqual(['一年']);
  });
});
