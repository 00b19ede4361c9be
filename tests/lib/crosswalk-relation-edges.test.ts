/**
 * The relation rule at its edges (src/lib/crosswalk/relation.ts, README "The relation rule"): the thresholds of 重申 and 相关
 * where a count lands exactly on them, the reasons as the site shows them, the texts of the other linked parent provisions,
 * and the phrases shown as added (list members, article numbers, enumerators). Each input is built inside its test; each
 * expectation is read from the README or the module's comments.
 */
import { describe, expect, it } from 'vitest';
import { classifyRelation, listPhrases, phrasesOf } from '../../src/lib/crosswalk/relation.ts';

const substantive = { formal: false, sameFunction: true };

describe('relation rule: thresholds where a share lands exactly on them', () => {
  it('own exactly 25 % (4 of 16 folded characters) with nothing of substance added is still 重申; a little more is 细化', () => {
    const parent = '问责决定应当及时书面宣布。';
    const edge = classifyRelation('问责决定应当及时书面宣布，并予存档。', parent, substantive);
    expect(edge.own).toBe(0.25);
    expect(edge.relation).toBe('restates');
    // the reason says how much of the provision is the parent's: 75 %, not 100 %
    expect(edge.why).toBe('重申 · 保留上位条款文字 100%，本条 75% 出自上位条款');
    expect(edge.added).toEqual(['并予存档']);
    const over = classifyRelation('问责决定应当及时宣布，并且存档。', '问责决定应当及时宣布。', substantive);
    expect(over.own).toBeGreaterThan(0.25);
    expect(over.relation).toBe('implements');
  });

  it('kept exactly 30 % is no longer "little kept": another matter is then 细化, not 相关', () => {
    const parent = '问责决定应当及时宣布。';
    // 应当及 is the one run of three the two share: 3 of the parent's 10 characters
    const edge = classifyRelation('考核结果必须应当及送达。', parent, { formal: false, sameFunction: false });
    expect(edge.kept).toBe(0.3);
    expect(edge.relation).toBe('implements');
    expect(classifyRelation('考核结果应当报送上级。', parent, { formal: false, sameFunction: false }).relation).toBe('related');
  });

  it('a purpose clause exactly half its own that keeps between 30 % and 60 % of the parent’s words restates (the parent’s aims, shortened)', () => {
    const parent = '为了规范问责工作，加强党的建设，制定本条例。';
    const wording = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true };
    const r = classifyRelation('为了加强党的建设，推进全面从严治党，制定本办法。', parent, wording);
    expect(r.own).toBe(0.5);
    expect(r.kept).toBeGreaterThanOrEqual(0.3);
    expect(r.kept).toBeLessThan(0.6);
    expect(r.relation).toBe('restates');
  });

  it('a purpose clause keeping exactly 60 % of the parent’s words restates though more than half of it is its own; one keeping exactly 30 % restates when at most half is its own', () => {
    const parent = '为了规范党的问责工作，加强党的建设，制定本条例。';
    const wording = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true };
    // 为了规范, 问责工作 and 制定本…: 12 of the parent's 20 folded characters
    const sixty = classifyRelation('为了规范问责工作，推进学院事业持续健康快速发展，制定本办法。', parent, wording);
    expect(sixty.kept).toBe(0.6);
    expect(sixty.own).toBeGreaterThan(0.5);
    expect(sixty.relation).toBe('restates');
    // 加强党的建设: 6 of 20
    const thirty = classifyRelation('为了加强党的建设。', parent, wording);
    expect(thirty.kept).toBe(0.3);
    expect(thirty.own).toBeLessThanOrEqual(0.5);
    expect(thirty.relation).toBe('restates');
  });

  it('a purpose clause that keeps all the parent’s words restates however much of its own it adds (its own aims, basis, scope)', () => {
    const parent = '为了规范问责工作，加强党的建设，制定本条例。';
    const wording = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true };
    const r = classifyRelation('为了规范问责工作，加强党的建设，推进学院事业持续健康快速发展，提升学院治理水平和人才培养质量，制定本办法。', parent, wording);
    expect(r.kept).toBe(1);
    expect(r.own).toBeGreaterThan(0.5);
    expect(r.relation).toBe('restates');
    expect(r.added).toEqual(['推进学院事业持续健康快速发展', '提升学院治理水平和人才培养质量']);
  });

  it('the parent’s words used exactly one and a half times over are no repeat of its rule; more are', () => {
    const parent = '投资者依法获得的投资收益，可以依法汇往境外。';
    // 20 folded characters in the parent, 30 of the local text's in its runs: not more than 1.5 times
    const edge = classifyRelation(`${parent}投资收益可以依法汇往。`, parent, substantive);
    expect(edge.relation).toBe('restates');
    const more = classifyRelation(`${parent}投资收益可以依法汇往境外。`, parent, substantive);
    expect(more.relation).toBe('implements');
    expect(more.why).toBe('细化 · 上位条款的规定另扩及其他人员或情形');
  });

  it('a run of exactly six characters of its own is an addition of substance; five are not', () => {
    const lead = '问责决定作出后，应当及时向被问责的党组织、党员干部及其所在党组织宣布并督促执行，';
    const parent = `${lead}并且存档。`;
    // 另行汇总整理: six characters the parent has in no run of three (整理并 is none of its runs either)
    const six = classifyRelation(`${lead}另行汇总整理并且存档。`, parent, substantive);
    expect(six.added).toEqual(['另行汇总整理并且存档']);
    expect(six.own).toBeLessThanOrEqual(0.25);
    expect(six.relation).toBe('implements');
    expect(six.why).toBe('细化 · 增加：另行汇总整理并且存档');
    const five = classifyRelation(`${lead}另行汇总后并且存档。`, parent, substantive);
    expect(five.own).toBeLessThanOrEqual(0.25);
    expect(five.relation).toBe('restates');
  });

  it('a sentence of exactly ten folded characters, more than half of them its own, is an addition; one of nine is not', () => {
    const parent = '国家实行无偿献血制度。国家提倡十八周岁至五十五周岁的健康公民自愿献血。血站应当为献血者提供安全、卫生、便利的条件。';
    // 倡导职工自愿献血活动: ten characters, six its own (倡导职工, 活动) in runs too short to count alone
    const ten = classifyRelation(`${parent}倡导职工自愿献血活动。`, parent, substantive);
    expect(ten.own).toBeLessThanOrEqual(0.25);
    expect(ten.relation).toBe('implements');
    // 职工都踊跃自愿献血: nine characters, five its own: too short to be a sentence of its own
    const nine = classifyRelation(`${parent}职工都踊跃自愿献血。`, parent, substantive);
    expect(nine.relation).toBe('restates');
  });
});

describe('relation rule: the reasons as the site shows them', () => {
  it('a formal clause of its own without a label is a 程式 clause; an entry into force without a label is a 施行 clause, nothing added or dropped', () => {
    const interpretation = classifyRelation('本办法由学院纪委负责解释。', '本条例由中央纪律检查委员会负责解释。', { formal: true, sameFunction: true });
    expect(interpretation.relation).toBe('related');
    expect(interpretation.why).toBe('相关 · 本文件自定的程式条款，保留上位条款文字 44%');
    const effect = classifyRelation('本办法自2020年1月1日起施行。', '本法自公布之日起施行。', { formal: true, sameFunction: true });
    expect(effect).toEqual({ relation: 'related', kept: 0, own: 1, added: [], dropped: [], why: '相关 · 本文件自定的施行条款（施行日期由本文件自定）' });
  });

  it('principles of its own are named by the shared topic, or as 原则 when there is none', () => {
    const local = '问责坚持严格要求、权责统一的原则。';
    const parent = '党的问责工作应当坚持的原则：依规依纪、实事求是。';
    const ctx = { formal: false, sameFunction: true, declaratory: true };
    expect(classifyRelation(local, parent, ctx).why).toBe('相关 · 自行规定原则，保留上位条款文字 14%');
    expect(classifyRelation(local, parent, { ...ctx, topicLabel: '问责原则' }).why).toBe('相关 · 自行规定“问责原则”，保留上位条款文字 14%');
  });

  it('细化 with no phrase of its own to name says it adds a specific rule', () => {
    // its own words (并公开, 同时送达: 29 %) lie in phrases at least half the parent's, so no phrase is new
    const r = classifyRelation('问责决定应当及时宣布并公开，同时送达并且存档。', '问责决定应当及时宣布，并且存档。', substantive);
    expect(r.added).toEqual([]);
    expect(r.relation).toBe('implements');
    expect(r.why).toBe('细化 · 增加具体规定');
  });

  it('lists at most twelve added and twelve dropped phrases, in text order, list members first', () => {
    const members = ['提醒', '函询', '诫勉', '通报', '检查', '改组', '停职', '调离', '降职', '免职', '辞退', '撤职', '留用', '警告'];
    const r = classifyRelation(`对党员干部的问责方式包括：${members.join('、')}。`, '对党员干部的问责方式包括：批评教育。', substantive);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(members.slice(0, 12));
    expect(r.why).toBe('细化 · 增加：提醒、函询、诫勉、通报 等 14 处 · 删去：批评教育');
    const dropped = classifyRelation('对党员干部的问责方式包括：批评教育。', `对党员干部的问责方式包括：${members.join('、')}。`, substantive);
    expect(dropped.dropped).toEqual(members.slice(0, 12));
  });

  it('listPhrases: four phrases without a count, a phrase of fourteen characters whole, one of fifteen shortened', () => {
    expect(listPhrases(['提醒', '函询', '诫勉', '通报'])).toBe('提醒、函询、诫勉、通报');
    expect(listPhrases(['提醒', '函询', '诫勉', '通报', '检查'])).toBe('提醒、函询、诫勉、通报 等 5 处');
    expect(listPhrases(['取消当年年度考核评优和评选各'])).toBe('取消当年年度考核评优和评选各');
    expect(listPhrases(['取消当年年度考核评优和评选各类'])).toBe('取消当年年度考核评优和评…');
    expect(listPhrases(['提醒', '函询'], 1)).toBe('提醒 等 2 处');
  });
});

describe('relation rule: the other parent provisions a local provision is linked to', () => {
  it('the parent provision itself among them counts once (its words used twice are still a repeat)', () => {
    const parent = '投资者依法获得的投资收益，可以依法汇往境外。';
    const twice = `${parent}${parent}`;
    expect(classifyRelation(twice, parent, substantive).relation).toBe('implements');
    const listed = classifyRelation(twice, parent, { ...substantive, alsoFrom: [parent, ''] });
    expect(listed.relation).toBe('implements');
    expect(listed.why).toBe('细化 · 上位条款的规定另扩及其他人员或情形');
  });

  it('a provision that repeats the words of both its parent articles twice over extends their rule', () => {
    const art1 = '投资者依法获得的投资收益，可以依法汇往境外。';
    const art2 = '企业职工的合法收入，可以依法汇往境外。';
    expect(classifyRelation(`${art1}${art2}`, art1, { ...substantive, alsoFrom: [art2] }).relation).toBe('restates');
    const twice = classifyRelation(`${art1}${art2}${art1}${art2}`, art1, { ...substantive, alsoFrom: [art2] });
    expect(twice.relation).toBe('implements');
    expect(twice.why).toBe('细化 · 上位条款的规定另扩及其他人员或情形');
  });

  it('a short list member the other linked article names is not the provision’s own', () => {
    const art1 = '对党的领导干部的问责方式包括：通报、诫勉。';
    const art2 = '问责方式还包括函询。';
    const local = '对党的领导干部的问责方式包括：通报、诫勉、函询。';
    expect(classifyRelation(local, art1, substantive).added).toEqual(['函询']);
    const joined = classifyRelation(local, art1, { ...substantive, alsoFrom: [art2] });
    expect(joined.added).toEqual([]);
    expect(joined.relation).toBe('restates');
  });
});

describe('relation rule: the measure’s own body (学校, 单位 …) where it names it', () => {
  it('at a clause’s start, after 各/全/于 …, and at the text’s very end it is form; after another word (其他单位) it is not', () => {
    const parent = '用人单位应当为职工缴纳社会保险费。';
    expect(classifyRelation('单位应当为职工缴纳社会保险费。', parent, substantive).own).toBe(0);
    expect(classifyRelation('其他单位应当为职工缴纳社会保险费。', parent, substantive).own).toBeGreaterThan(0);
    expect(classifyRelation('本办法适用于全校', '本条例适用于全体党员', substantive).own).toBe(0);
    // a piece that is nothing but such a noun (学院、单位…) is no phrase of its own
    const r = classifyRelation('党委统一领导问责工作，学院、单位负责实施。', '党委统一领导问责工作，各级党组织负责实施。', substantive);
    expect(r.added).toEqual([]);
    expect(r.own).toBe(0);
  });

  it('a run of three characters the parent has counts whole, though it opens with such a noun (各单位负担 for 单位负责)', () => {
    // 单位负 is the parent's; of 各单位负担职工工资 only 各 and 担 are the provision's own
    const r = classifyRelation('各单位负担职工工资。', '用人单位负责支付职工工资。', substantive);
    expect(r.own).toBeCloseTo(2 / 9, 3);
  });
});

describe('relation rule: the measure’s own body in the runs of its own words', () => {
  const lead = '问责决定作出后，应当及时向被问责的党组织、党员干部及其所在党组织宣布并督促执行';
  const parent = `${lead}，并且存档。`;

  it('a noun that opens a clause (单位另行汇总) or follows 各 (另行分送各单位) is the body: the words beside it are too few to be an addition', () => {
    const opening = classifyRelation(`${lead}，单位另行汇总。`, parent, substantive);
    expect(opening.own).toBeCloseTo(4 / 43, 3);
    expect(opening.relation).toBe('restates');
    expect(classifyRelation(`${lead}，另行分送各单位。`, parent, substantive).relation).toBe('restates');
  });

  it('the same noun inside its own words (另行汇总单位材料) is part of a run of its own: an addition', () => {
    const r = classifyRelation(`${lead}，另行汇总单位材料。`, parent, substantive);
    expect(r.own).toBeLessThanOrEqual(0.25);
    expect(r.relation).toBe('implements');
  });
});
