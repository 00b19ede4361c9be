/**
 * The relation rule's clauses and conditions (src/lib/crosswalk/relation.ts, README "The relation rule"): the parent's aims
 * read without its purpose frame (为/为了 … 根据… 制定本…), entry into force and repeal however punctuated, the rule of
 * the aims only for a purpose-clause parent, organs (the parents without one, an organ at the end of the text, more organs
 * than all the linked parent provisions name), a member put into the parent's phrase or pair. Each input is built inside its
 * test; the aims follow 反外国制裁法 第一条, the organs 城市居民委员会组织法 第六条, the water 水法 第三条.
 */
import { describe, expect, it } from 'vitest';
import { classifyRelation } from '../../src/lib/crosswalk/relation.ts';

const substantive = { formal: false, sameFunction: true };
/** A parent purpose clause, linked to a local provision that is no purpose clause. */
const purposeParent = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true, localWording: false };
const LOCAL_AIMS = '反外国制裁工作应当维护国家主权、安全、发展利益，保护我国公民的合法权益。';

describe('relation rule: the parent’s aims, read without the purpose frame', () => {
  it('为 or 为了, a basis with or without a comma, 制定 or 特制定, 本法 or 本条例, a final 。 or none: the aims alone are compared', () => {
    const aims = '维护国家主权、安全、发展利益，保护我国公民的合法权益';
    for (const parent of [
      `为${aims}，根据宪法，制定本法。`,
      `为了${aims}，制定本法。`,
      `为了${aims}，根据宪法制定本法。`,
      `为了${aims}，根据宪法，特制定本法`,
      `为了${aims}，制定本条例。`,
    ]) {
      const r = classifyRelation(LOCAL_AIMS, parent, purposeParent);
      expect(r.relation).toBe('restates');
      expect(r.why).toMatch(/^重申 · 上位条款所述目的原文保留 100%/);
    }
  });

  it('an aim with 为 inside (规范党员行为) keeps it', () => {
    const r = classifyRelation('反外国制裁工作应当规范党员行为，维护国家主权、安全、发展利益。', '为了规范党员行为，维护国家主权、安全、发展利益，制定本法。', purposeParent);
    expect(r.why).toBe('重申 · 上位条款所述目的原文保留 100% · 删去：制定本法');
  });

  it('the aims rule is for a parent purpose clause only: an interpretation clause or a rule copied with more of its own is not restated by it', () => {
    const interpretation = classifyRelation('本办法由中央纪律检查委员会负责解释，具体解释工作由学院纪委办公室承办。', '本条例由中央纪律检查委员会负责解释。', {
      formal: true,
      formalLabel: '解释',
      sameFunction: true,
      localWording: false,
    });
    expect(interpretation.relation).toBe('related');
    const rule = classifyRelation('投资者依法获得的投资收益，可以依法汇往境外，并报外汇管理部门备案。', '投资者依法获得的投资收益，可以依法汇往境外。', { ...substantive, localWording: false });
    expect(rule.relation).toBe('implements');
  });
});

describe('relation rule: entry into force and repeal, however punctuated', () => {
  it('a clause with nothing but its date is the measure’s own, with or without its final 。', () => {
    const r = classifyRelation('本办法自2021年1月1日起施行', '本法自公布之日起施行', { formal: true, sameFunction: true });
    expect(r.why).toBe('相关 · 本文件自定的施行条款（施行日期由本文件自定）');
  });

  it('a repeal is the measure’s own with 同时 or without it, with its final 。 or without it', () => {
    const effect = { formal: true, formalLabel: '施行', sameFunction: true };
    for (const local of ['本办法自2021年1月1日起施行。1998年发布的《北京市矿山安全管理办法》废止。', '本办法自2021年1月1日起施行。1998年发布的《北京市矿山安全管理办法》同时废止']) {
      const r = classifyRelation(local, '本法自1993年5月1日起施行。', effect);
      expect(r.relation).toBe('related');
      expect(r.why).toBe('相关 · 本文件自定的施行条款（施行日期由本文件自定）');
    }
  });
});

describe('relation rule: organs', () => {
  const parent = '居民委员会的设立，由不设区的市、市辖区的人民政府决定。';

  it('the measure’s organ in the parent’s sentence is form also when another linked parent provision names no organ', () => {
    const r = classifyRelation('居民委员会的设立，由区人民政府决定。', parent, { ...substantive, alsoFrom: ['居民委员会根据居民居住状况设立。'] });
    expect(r.own).toBe(0);
    expect(r.relation).toBe('restates');
  });

  it('more organs than all the linked parent provisions name together is an addition (a body and a step)', () => {
    const r = classifyRelation('居民委员会的设立，由街道办事处提出，报区人民政府决定。', parent, { ...substantive, alsoFrom: ['居民委员会根据居民居住状况设立。'] });
    expect(r.relation).toBe('implements');
  });

  it('an organ that ends the text, beside no character of the parent’s organ, keeps its name', () => {
    const r = classifyRelation('居民委员会的设立和撤销的决定权属于区县人民政府', parent, substantive);
    expect(r.relation).toBe('implements');
    expect(r.own).toBeGreaterThan(0.25);
  });
});

describe('relation rule: a member put into the parent’s phrase or pair', () => {
  it('a member of four characters put into the parent’s phrase (水库、山塘水坝中的水 for 水库中的水) is an addition, named', () => {
    const r = classifyRelation(
      '由农村集体经济组织修建管理的水库、山塘水坝中的水，归该农村集体经济组织使用。',
      '农村集体经济组织的水塘和由农村集体经济组织修建管理的水库中的水，归各该农村集体经济组织使用。',
      substantive,
    );
    expect(r.relation).toBe('implements');
    expect(r.added[0]).toBe('山塘水坝');
  });

  it('the parent’s pair written with 、 and nothing after it (任何部门、单位 for 任何部门和单位) adds nothing', () => {
    const r = classifyRelation('任何部门、单位不得侵犯居民委员会的财产所有权。', '居民委员会管理本居民委员会的财产，任何部门和单位不得侵犯居民委员会的财产所有权。', substantive);
    expect(r.added).toEqual([]);
    expect(r.relation).toBe('restates');
  });
});
