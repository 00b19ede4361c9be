/**
 * The relation rule's clauses and conditions (src/lib/crosswalk/relation.ts, README "The relation rule"): the parent's aims
 * read without its purpose frame (为/为了 … 根据… 制定本…), entry into force and repeal however punctuated, the rule of
 * the aims only for a purpose-clause parent, organs (the parents without one, an organ at the end of the text, more organs
 * than all the linked parent provisions name), a member put into the parent's phrase or pair. Each input is built inside its
 * test; the aims follow 反外国制裁法 第一条, the organs 城市居民委员会组织法 第六条, the water 水法 第三条.
 */
import { describe, expect, it } from 'vitest';
import { classifyRelation, foldOrgans } from '../../src/lib/crosswalk/relation.ts';

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

describe('relation rule: more clauses at their edges', () => {
  it('aims of exactly eight characters are compared; six of them in one stretch (75 %) restate', () => {
    const r = classifyRelation('反外国制裁工作应当保障公民合法利益。', '为了保障公民合法权益，制定本法。', purposeParent);
    expect(r.relation).toBe('restates');
    expect(r.why).toBe('重申 · 上位条款所述目的原文保留 75% · 删去：制定本法');
  });

  it('the later aims without the first (the first ends in 为) are not the aims word for word', () => {
    const r = classifyRelation('反外国制裁工作应当维护国家主权、安全、发展利益。', '为了规范党员行为，维护国家主权、安全、发展利益，制定本法。', purposeParent);
    expect(r.relation).toBe('related');
  });

  it('the law’s territory without 在 (中华人民共和国领域内的…) is set aside in its scope clause', () => {
    const r = classifyRelation('本市行政区域内的一切组织和个人，都必须遵守本办法。', '中华人民共和国领域内的一切组织和个人，都必须遵守本法。', substantive);
    expect(r.why).toBe('重申 · 上位适用范围条款（地域除外）保留 100%，地域为本文件自定');
  });

  it('a decision taking effect on service (…自送达之日起生效) is a rule, not the measure’s entry into force', () => {
    const r = classifyRelation('问责决定自送达之日起生效。', '处理决定自送达之日起生效。', substantive);
    expect(r.relation).toBe('restates');
  });

  it('the rest of an entry-into-force clause is compared without its repeal, with or without 同时 and its final 。', () => {
    const parent = '本法自1993年5月1日起施行。此前有关规定与本法不一致的，以本法为准。';
    const effect = { formal: true, formalLabel: '施行', sameFunction: true };
    for (const repeal of ['1998年发布的《北京市矿山安全管理办法》废止。', '1998年发布的《北京市矿山安全管理办法》同时废止']) {
      const r = classifyRelation(`本办法自2021年1月1日起施行。此前本市有关规定与本办法不一致的，以本办法为准。${repeal}`, parent, effect);
      expect(r.why).toBe('重申 · 保留上位条款文字 89%，本条 80% 出自上位条款');
    }
  });

  it('the measure’s own scope sentence is set aside before a rule that has no final 。', () => {
    const definition = '人民调解，是指人民调解委员会通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成调解协议，解决民间纠纷的活动';
    const r = classifyRelation(`本条例适用于本市行政区域内的人民调解活动。\n本条例所称${definition}`, `本法所称${definition}。`, substantive);
    expect(r.relation).toBe('restates');
    expect(r.why).toMatch(/另有本文件自定的适用范围$/u);
  });

  it('a provision that says it adds to what other law provides (除法律、法规规定的情形外) is 细化, though it keeps nothing', () => {
    const r = classifyRelation('除法律、法规规定的情形外，学校还应当建立教职工考核档案。', '学校应当坚持立德树人的原则。', { formal: false, sameFunction: false });
    expect(r.relation).toBe('implements');
  });

  it('every drafting formula of a text is form, three in one text too (按照国家有关规定执行；有下列情形之一的，违反本办法规定)', () => {
    const r = classifyRelation('按照国家有关规定执行；有下列情形之一的，违反本办法规定，予以处罚。', '按照国家有关规定执行；有下列情形之一的，违反本法规定，予以处罚。', substantive);
    expect(r.kept).toBe(1);
    expect(r.own).toBe(0);
  });

  it('a new list member of two characters beside the parent’s formulas (违反本法规定, 有下列情形之一的) is an addition', () => {
    const r = classifyRelation('违反本办法规定，有下列情形之一的，给予通报、诫勉、函询。', '违反本法规定，有下列情形之一的，给予通报、诫勉。', substantive);
    expect(r.added).toEqual(['函询']);
    expect(r.relation).toBe('implements');
  });

  it('an offence by article numbers is parallel when the parent names its own, whatever the other linked provisions say', () => {
    const r = classifyRelation('违反本条例第二十条规定的，由人民防空主管部门给予警告。', '违反本法第二十条规定的，由人民防空主管部门给予警告。', {
      ...substantive,
      alsoFrom: ['人民防空主管部门应当加强监督检查。'],
    });
    expect(r.relation).toBe('restates');
  });
});

describe('relation rule: foldOrgans beside the parent’s organ', () => {
  const parent = '居民会议由居民委员会召集和主持，报不设区的市的人民政府备案。';

  it('folds an organ standing beside a character the parent has beside its organ, also within the first four characters', () => {
    expect(foldOrgans('由区人民政府统一审批。', ['由不设区的市的人民政府审批。']).folded).toBe(true);
  });

  it('does not fold an organ beside a character the parent has only elsewhere (召 beside no organ of the parent)', () => {
    expect(foldOrgans('街道办事处召集居民会议。', [parent]).folded).toBe(false);
  });
});

describe('relation rule: the aims at the very start of the local text', () => {
  it('a provision that opens with the parent’s aims word for word keeps all of them', () => {
    const r = classifyRelation('维护国家主权、安全、发展利益，保护我国公民的合法权益，是反外国制裁工作的任务。', '为了维护国家主权、安全、发展利益，保护我国公民的合法权益，制定本法。', purposeParent);
    expect(r.why).toBe('重申 · 上位条款所述目的原文保留 100% · 删去：制定本法');
  });
});
