/**
 * The relation rule's phrases and forms (src/lib/crosswalk/relation.ts, README "The relation rule"): which pieces are list
 * members (numbered lines in each numbering style, short names, enumerations with 、 up to ten characters a member), the
 * article number that opens a phrase, short glosses and 以下统称…, the measure named beside the law, the form swaps
 * (sources of law, the commendation formula, the territory of a duty). Each input is built inside its test; the sentences
 * follow real ones of the corpus (税收征收管理法实施细则 第十五条: 以下统称从事生产、经营的纳税人; 建（构）筑物; 职工（代表）大会;
 * 最高人民法院 民事证据规定 第十八条: 符合《…》第九十六条第一款规定情形的).
 */
import { describe, expect, it } from 'vitest';
import { classifyRelation, phrasesOf } from '../../src/lib/crosswalk/relation.ts';

const substantive = { formal: false, sameFunction: true };
const items = (text: string) => phrasesOf(text).filter((p) => p.item).map((p) => p.text);

describe('relation rule: list members', () => {
  it('a numbered line’s first piece is a member, whatever the numbering: （一） (2) 三、 十二、 4. 12、 （十二）', () => {
    const parent = '人民法院可以责令当事人提供有关证据。';
    const local = `${parent}\n（一）提醒，对苗头性问题及时提醒；\n(2) 函询，书面进行；\n三、诫勉，当面进行；\n十二、告诫，当面进行；\n4.通报，书面进行；\n12、调离，另行安排；\n（十二）训诫，当面进行。`;
    expect(items(local)).toEqual(['提醒', '函询', '诫勉', '告诫', '通报', '调离', '训诫']);
    // the members are named first, then the other phrases in text order; no enumerator is shown as a phrase
    expect(classifyRelation(local, parent, substantive).added).toEqual(['提醒', '函询', '诫勉', '告诫', '通报', '调离', '训诫', '对苗头性问题及时提醒', '书面进行', '当面进行', '另行安排']);
  });

  it('a numbered line of two digits (十二、 12.) is a member by its number, not only as a short piece of an enumeration', () => {
    const parent = '人民法院可以责令当事人提供有关证据。';
    // the first pieces are longer than ten characters: no enumeration makes them members
    const local = `${parent}\n另有新增的各项工作要求，应当一并执行；\n十二、其他应当予以问责的各种情形，依照规定处理；\n12.其他应当予以告诫的各种情形，依照规定处理。`;
    expect(items(local)).toEqual(['其他应当予以问责的各种情形', '其他应当予以告诫的各种情形']);
    expect(classifyRelation(local, parent, substantive).added.slice(0, 3)).toEqual(['其他应当予以问责的各种情形', '其他应当予以告诫的各种情形', '另有新增的各项工作要求']);
  });

  it('a line that opens with a short name ended by 。 or by the line’s end is a member; an enumerator inside a line makes none', () => {
    expect(items('人民法院可以责令当事人提供有关证据。\n提醒。对苗头性问题及时提醒；\n函询\n对一般性问题书面函询。')).toEqual(['提醒', '函询']);
    // （一） after a lead-in on the same line: the line is no numbered line, its lead-in no member
    const inline = classifyRelation('其他新增的要求，\n问责方式包括：（一）检查；（二）通报。', '人民法院可以责令当事人提供有关证据。', substantive);
    expect(inline.added).toEqual(['其他新增的要求', '问责方式包括', '检查', '通报']);
  });

  it('an enumeration with 、 of two pieces is a list when both are at most ten characters: a new member is an addition', () => {
    const parent = '无偿献血的动员对象包括：人民团体和企事业单位。';
    // 人民团体和企事业单位: ten characters, a member
    const ten = classifyRelation('无偿献血的动员对象包括：人民团体和企事业单位、个体工商户。', parent, substantive);
    expect(ten.added).toEqual(['个体工商户']);
    expect(ten.relation).toBe('implements');
    // twelve: a clause cut at a 、, no list (its new words are too few to be substance)
    const twelve = classifyRelation('无偿献血的动员对象包括：人民团体和企事业单位的职工、个体工商户。', '无偿献血的动员对象包括：人民团体和企事业单位的职工。', substantive);
    expect(twelve.relation).toBe('restates');
    // only Han characters count: PM10 is a short member
    const pm = classifyRelation('本市重点控制的大气污染物：PM10、二氧化硫。', '本市重点控制的大气污染物：PM10。', substantive);
    expect(pm.added).toEqual(['二氧化硫']);
    expect(pm.relation).toBe('implements');
  });
});

describe('relation rule: phrases as shown', () => {
  it('an article number opening a phrase is no part of it; one inside a phrase is', () => {
    const parent = '人民法院可以责令当事人提供有关证据。';
    // after the title taken out, the phrase opens with 第九十六条 (its 第一款 stays: one article number is taken off)
    const opening = classifyRelation(`双方当事人无争议的事实符合《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十六条第一款规定情形的，${parent}`, parent, substantive);
    expect(opening.added).toEqual(['双方当事人无争议的事实符合', '第一款规定情形的']);
    const inside = classifyRelation(`${parent.replace('。', '')}，但是不符合第九十六条规定的除外。`, parent, substantive);
    expect(inside.added).toEqual(['但是不符合第九十六条规定的除外']);
  });

  it('a piece that is a number alone is no phrase; a phrase that opens or ends with a numeral is shown whole', () => {
    const parent = '单位和个人都有保护环境的义务。';
    // （十二） alone is none; 一切… and …百分之十 keep their numerals (百分之十, a rate the parent does not state, is named first)
    const r = classifyRelation(`（十二）\n${parent}\n一切新建项目排放污染物不得超标，削减排放量至少百分之十。`, parent, substantive);
    expect(r.added).toEqual(['百分之十', '一切新建项目排放污染物不得超标', '削减排放量至少百分之十']);
  });

  it('the offence named by the measure’s own article numbers is named once, not also piece by piece', () => {
    const r = classifyRelation('违反本办法第十九条第三款、第二十六条规定的，由人民防空主管部门给予警告。', '违反本法规定，有下列行为之一的，由人民防空主管部门给予警告。', substantive);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(['违反本办法第十九条第三款、第二十六条规定的']);
  });
});

describe('relation rule: form', () => {
  it('short glosses in brackets are form: 建（构）筑物, 职工（代表）大会', () => {
    const built = classifyRelation('任何组织或者个人对建（构）筑物的安全负有责任。', '任何组织或者个人对建筑物的安全负有责任。', substantive);
    expect(built.own).toBe(0);
    expect(built.relation).toBe('restates');
    const congress = classifyRelation('职工（代表）大会依法行使职权。', '职工大会依法行使职权。', substantive);
    expect(congress.own).toBe(0);
    expect(congress.relation).toBe('restates');
  });

  it('以下统称… is form, also when what it names is a list (以下统称从事生产、经营的纳税人)', () => {
    const parent = '企业和从事生产、经营的事业单位，应当办理税务登记。';
    const r = classifyRelation('企业和从事生产、经营的事业单位（以下统称从事生产、经营的纳税人），应当办理税务登记。', parent, substantive);
    expect(r).toEqual(classifyRelation(parent, parent, substantive));
  });

  it('the measure named beside the law (…和本条例, 的规定, 规定, 有关规定) is form', () => {
    const plainLocal = classifyRelation('公民必须遵守宪法。', '公民必须遵守宪法。', substantive);
    for (const tail of ['和本条例', '和本条例的规定', '和本条例规定', '和本条例有关规定', '和本条例的有关规定']) {
      expect(classifyRelation(`公民必须遵守宪法${tail}。`, '公民必须遵守宪法。', substantive)).toEqual(plainLocal);
    }
    // the law beside itself in the parent too, before more words
    const both = classifyRelation('公民必须遵守宪法和本条例，不得损害公共利益。', '公民必须遵守宪法和本法，不得损害公共利益。', substantive);
    expect(both.own).toBe(0);
    expect(both.kept).toBe(1);
  });

  it('every enumeration of sources of law is one token, however often the text has one', () => {
    const r = classifyRelation('公民必须遵守宪法和法律、法规，遵守法律、法规的人员应当受到保护。', '公民必须遵守宪法和法律，遵守法律的人员应当受到保护。', substantive);
    expect(r.own).toBe(0);
    expect(r.relation).toBe('restates');
  });

  it('the commendation formula is form with or without 给予 and its 和 (表彰奖励, 表彰和奖励)', () => {
    const parent = '对在献血工作中作出显著成绩的单位和个人，给予奖励。';
    for (const local of ['对在献血工作中作出显著成绩的单位和个人，给予表彰奖励。', '对在献血工作中作出显著成绩的单位和个人，表彰和奖励。']) {
      const r = classifyRelation(local, parent, substantive);
      expect(r.own).toBe(0);
      expect(r.kept).toBe(1);
    }
  });

  it('the territory of a duty is form in each of its words: 本行政区域, 所辖区域, 本辖区, 全市 (for 全国)', () => {
    for (const territory of ['本行政区域', '所辖区域', '本辖区', '全市']) {
      const r = classifyRelation(`负责${territory}的防震减灾工作。`, '负责全国的防震减灾工作。', substantive);
      expect(r.own).toBe(0);
      expect(r.kept).toBe(1);
    }
  });
});
