/**
 * The relation rule's drafting formulas and clauses of the measure's own (src/lib/crosswalk/relation.ts, README "The
 * relation rule"): referrals, divisions of duties, the territory of a duty, military organs, an organ's 的, a repeal
 * beside the entry into force, and the measure's own scope sentence before the parent's rule. Each input is built here.
 */
import { describe, expect, it } from 'vitest';
import { classifyRelation, foldOrgans } from '../../src/lib/crosswalk/relation.ts';

const substantive = { formal: false, sameFunction: true };

describe('relation rule: referrals are form', () => {
  it('a referral to the law’s article or to a text by its title (按照《…》第四十四条的规定处理) is form', () => {
    const parent = '矿山开采必须具备保障安全生产的条件。不具备安全生产条件的矿山企业，由劳动行政主管部门责令限期改进。';
    const local = '矿山开采必须具备保障安全生产的条件。对不具备安全生产条件的矿山企业，按照《矿山安全法》第四十四条和《实施条例》第五十四条的规定处理。';
    const r = classifyRelation(local, parent, substantive);
    expect(r.relation).toBe('restates');
    expect(r.added).toEqual([]);
    // the text itself by article (依照本办法第八条的规定) is a referral too
    expect(classifyRelation('对不具备安全生产条件的矿山企业，依照本办法第八条的规定处理。', parent, substantive).relation).toBe('restates');
    // what the measure does instead of referring is no form: a fine of its own
    expect(classifyRelation('对不具备安全生产条件的矿山企业，处一万元以上五万元以下罚款。', parent, substantive).relation).toBe('implements');
  });

  it('a referral to the state’s and the city’s rules, and a sentence that is nothing but one (…工作按照国家和市人民政府的有关规定执行), are form', () => {
    const parent = '特种作业人员必须接受专门培训，经考核合格取得操作资格证书的，方可上岗作业。';
    expect(classifyRelation(`${parent}考核发证工作按照国家和市人民政府的有关规定执行。`, parent, substantive).relation).toBe('restates');
    expect(classifyRelation(`特种作业人员必须按照国家和本市有关规定接受专门培训，经考核合格取得操作资格证书的，方可上岗作业。`, parent, substantive).relation).toBe('restates');
    // a sentence that gives the task to a body is a rule of its own
    const own = classifyRelation(`${parent}考核发证工作由市人力资源部门负责。`, parent, substantive);
    expect(own.relation).toBe('implements');
  });
});

describe('relation rule: referrals to the relevant rules or to law', () => {
  it('按照有关规定 and 依照有关法律、法规的规定 are referrals, form; a sentence that is nothing but one too', () => {
    const parent = '台湾同胞投资企业享受优惠待遇。';
    expect(classifyRelation('台湾同胞投资企业依照有关法律、行政法规的规定，享受优惠待遇。', parent, substantive).relation).toBe('restates');
    expect(classifyRelation('台湾同胞投资企业按照有关规定享受优惠待遇。', parent, substantive).relation).toBe('restates');
    expect(classifyRelation(`${parent}优惠待遇的具体办法按照有关规定执行。`, parent, substantive).relation).toBe('restates');
    // sources of law beside the text itself (依照国家有关法律、行政法规和本实施细则的规定)
    const referring = classifyRelation('台湾同胞投资企业享受优惠待遇。', '台湾同胞投资企业依照国家有关法律、行政法规和本法的规定享受优惠待遇。', substantive);
    expect(referring.kept).toBe(1);
    expect(referring.relation).toBe('restates');
    // rules of its own named instead are none
    expect(classifyRelation('台湾同胞投资企业按照市人民政府规定的标准享受优惠待遇。', parent, substantive).relation).toBe('implements');
  });
});

describe('relation rule: organs in the parent’s sentence', () => {
  it('a division of duties between the organ and its verb (按照职责分工, 和市人民政府确定的职责) is form', () => {
    const parent = '县级以上地方各级人民政府劳动行政主管部门对本行政区域内的矿山安全工作实施统一监督。';
    expect(classifyRelation('市和区矿山安全主管部门按照职责分工，对本行政区域内的矿山安全工作实施统一监督。', parent, substantive).relation).toBe('restates');
    expect(classifyRelation('市和区矿山安全主管部门按照《矿山安全法》的规定和市人民政府确定的职责，对本行政区域内的矿山安全工作实施统一监督。', parent, substantive).relation).toBe(
      'restates',
    );
    // the verb of such a clause is said either way (按照各自职责做好 / 在各自职责范围内负责)
    expect(classifyRelation('各有关部门按照各自职责做好工作。', '各有关部门在各自职责范围内负责工作。', substantive).relation).toBe('restates');
    // a step of its own between them is none
    expect(classifyRelation('市和区矿山安全主管部门会同应急管理部门，对本行政区域内的矿山安全工作实施统一监督。', parent, substantive).relation).toBe('implements');
  });

  it('the territory of a duty is the measure’s own (主管本行政区域内的 for 主管全国的)', () => {
    const parent = '国务院教育行政部门主管全国的教师工作。';
    expect(classifyRelation('县级以上人民政府教育行政部门主管本行政区域内的教师工作。', parent, substantive).relation).toBe('restates');
    // 本行政区域内 is a territory with 的 after it or not
    expect(classifyRelation('县级以上人民政府教育行政部门主管本行政区域内民办教育工作。', '国务院教育行政部门主管全国的民办教育工作。', substantive).relation).toBe('restates');
    // a field of its own is not a territory
    expect(classifyRelation('县级以上人民政府教育行政部门主管中等职业学校的教师工作。', parent, substantive).relation).toBe('implements');
  });

  it('the State Council and military organs are organs (国务院、中央军事委员会 / 省人民政府、省军区)', () => {
    const parent = '国务院、中央军事委员会领导全国的人民防空工作。县级以上地方各级人民政府和同级军事机关领导本行政区域的人民防空工作。';
    const local = '省人民政府、省军区领导全省的人民防空工作。县级以上人民政府和同级军事机关领导本行政区域的人民防空工作。';
    expect(foldOrgans(local, [parent]).added).toBe(false);
    expect(classifyRelation(local, parent, substantive).relation).toBe('restates');
  });

  it('an organ’s possessive 的 is form: the organ stands where the parent’s does (主管部门工作人员 for 主管部门的工作人员)', () => {
    const parent = '人民防空主管部门的工作人员玩忽职守、滥用职权、徇私舞弊的，依法给予行政处分。';
    const local = '人民防空主管部门和其他有关部门工作人员玩忽职守、滥用职权、徇私舞弊的，依法给予行政处分。';
    expect(foldOrgans(local, [parent]).folded).toBe(true);
    expect(classifyRelation(local, parent, substantive).relation).toBe('restates');
    // and the other way round: the measure's organ with 的, the parent's without
    expect(foldOrgans('市人民防空主管部门的工作人员滥用职权的，依法给予处分。', ['人民防空主管部门工作人员滥用职权的，依法给予处分。']).folded).toBe(true);
  });
});

describe('relation rule: clauses of the measure’s own', () => {
  const schedules = '本法自2018年1月1日起施行。\n附表一 环境保护税税目税额表\n大气污染物 每污染当量1.2元至12元';

  it('an entry into force with a repeal is the measure’s own, though the parent’s last article carries its schedules', () => {
    const local = '本条例自2018年1月1日起施行。2003年1月2日国务院公布的《排污费征收使用管理条例》同时废止。';
    const r = classifyRelation(local, schedules, substantive);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/施行日期由本文件自定/u);
    expect(classifyRelation(local, '本法自2018年1月1日起施行。', { formal: true, sameFunction: true, formalLabel: '施行' }).relation).toBe('related');
    // a local article with a rule beside its entry into force is judged as any other
    expect(classifyRelation('本条例自2018年1月1日起施行。纳税人应当按季申报缴纳。', schedules, substantive).relation).not.toBe('related');
    expect(classifyRelation('本条例自2018年1月1日起施行。纳税人应当按季申报缴纳。', '本法自2018年1月1日起施行。', substantive).relation).toBe('implements');
    // 自…起…实施 in a rule is no entry into force
    expect(classifyRelation('主管部门应当自受理之日起组织实施。', '主管部门应当自受理之日起组织实施。本法自2018年1月1日起施行。', substantive).relation).toBe('restates');
  });

  it('the measure’s own scope sentence before the parent’s rule in the parent’s words: the rule restates (本条例适用于本市行政区域内…)', () => {
    const definition = '人民调解，是指人民调解委员会通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成调解协议，解决民间纠纷的活动。';
    const r = classifyRelation(`本条例适用于本市行政区域内的人民调解活动。\n本条例所称${definition}`, `本法所称${definition}`, substantive);
    expect(r.relation).toBe('restates');
    expect(r.why).toMatch(/另有本文件自定的适用范围$/u);
    // with a rule of its own after it, the provision stays the measure's own scope clause (相关)
    const donors = '国家机关、社会团体、企业事业组织，应当动员和组织本单位的适龄公民参加献血。';
    const own = classifyRelation('在本省行政区域内的国家机关、社会团体和公民，均应遵守本办法。\n本省现役军人的献血组织动员工作，按军队卫生主管部门规定执行。', donors, substantive);
    expect(own.relation).toBe('related');
    // the whole provision a scope sentence: 相关 as before
    expect(classifyRelation('本条例适用于本市行政区域内的人民调解活动。', `本法所称${definition}`, substantive).relation).toBe('related');
  });
});

describe('relation rule: offences named by the measure’s own articles', () => {
  const parent = '有下列行为之一的，由县级以上人民政府人民防空主管部门对当事人给予警告，并责令限期改正违法行为，可以对个人并处五千元以下的罚款；造成损失的，应当依法赔偿损失：\n（一）侵占人民防空工程的；\n（二）拆除人民防空工程后拒不补建的。';

  it('违反本办法第十九条第三款、第二十六条规定的: the offences are the measure’s own rules, an addition named', () => {
    const local = '违反本办法第十九条第三款、第二十六条规定的，由县级以上人民防空主管部门责令限期改正，给予警告，可以对个人并处五千元以下罚款；造成损失的，应当依法赔偿损失。';
    const r = classifyRelation(local, parent, substantive);
    expect(r.relation).toBe('implements');
    expect(r.added[0]).toBe('违反本办法第十九条第三款、第二十六条规定的');
    // the same clause without the article numbers (违反本办法规定的) is a formula, no addition
    expect(classifyRelation(local.replace('第十九条第三款、第二十六条', ''), parent, substantive).relation).toBe('restates');
    // a parent that names its own articles the same way (违反本法第十二条规定的) is parallel: no addition
    const parallel = classifyRelation(local, `违反本法第十二条规定的，${parent.slice('有下列行为之一的，'.length)}`, substantive);
    expect(parallel.relation).toBe('restates');
  });
});

describe('relation rule: a member added to the parent’s pair', () => {
  it('任何部门、单位和个人 for 任何部门和单位 adds 个人 (memberJoined); the parent’s own pair regrouped adds nothing', () => {
    const parent = '居民委员会管理本居民委员会的财产，任何部门和单位不得侵犯居民委员会的财产所有权。';
    const r = classifyRelation('居民委员会管理本居民委员会的财产。任何部门、单位和个人不得侵犯居民委员会的财产所有权。', parent, substantive);
    expect(r.relation).toBe('implements');
    expect(r.added[0]).toBe('个人');
    // a third member the parent has elsewhere is none
    expect(classifyRelation('居民委员会管理本居民委员会的财产。任何部门、单位和居民不得侵犯居民委员会的财产所有权。', `${parent}居民应当爱护公共财产。`, substantive).relation).toBe('restates');
  });
});
