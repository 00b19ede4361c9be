/**
 * The relation rule reads a law naming itself as a measure names itself (src/lib/crosswalk/relation.ts, README "The
 * relation rule": self-nouns, the measure naming itself beside the law, 违反本办法规定 and referrals are form). A law writes
 * 本法规定 far more often than 本法的规定 (1,844 against a few hundred in the real corpus, 违反本法规定 1,121 times); the 规
 * after 本法 there is 规定's, not a word 本法规 (which the corpus never has). Each input is built inside its test.
 */
import { describe, expect, it } from 'vitest';
import { classifyRelation } from '../../src/lib/crosswalk/relation.ts';

const substantive = { formal: false, sameFunction: true };

describe('relation rule: 本法 before 规定 is the law naming itself', () => {
  it('违反本法规定 is the same formula as 违反本办法规定, with 的 or without', () => {
    const local = '违反本办法规定，拒绝献血的，给予批评教育。';
    for (const parent of ['违反本法规定，拒绝献血的，给予批评教育。', '违反本法的规定，拒绝献血的，给予批评教育。']) {
      const r = classifyRelation(local, parent, substantive);
      expect(r.kept).toBe(1);
      expect(r.dropped).toEqual([]);
      expect(r.why).toBe('重申 · 保留上位条款文字 100%，本条 100% 出自上位条款');
    }
  });

  it('a referral to the law itself (依照本法规定) is form, as 依照本办法规定 is', () => {
    const r = classifyRelation('血站应当依照本办法规定采集血液。', '血站应当依照本法规定采集血液。', substantive);
    expect(r.kept).toBe(1);
    expect(r.own).toBe(0);
    expect(r.relation).toBe('restates');
  });

  it('the measure beside the law (宪法和本条例规定) is form on both sides', () => {
    const r = classifyRelation('公民必须遵守宪法和本条例规定。', '公民必须遵守宪法和本法规定。', substantive);
    expect(r.kept).toBe(1);
    expect(r.dropped).toEqual([]);
  });

  it('本法律, 本法院 and 本法人 are still no self-noun', () => {
    // 本法院 (this court) is a body, not the text: not taken out as the text naming itself
    const r = classifyRelation('当事人不服的，可以向本法院申请复议。', '当事人不服的，可以申请复议。', substantive);
    expect(r.added).toEqual(['可以向本法院申请复议']);
  });
});

describe('relation rule: an organ’s name is shown as written', () => {
  it('the 、 inside an organ’s name stays a 、 in the phrases shown (不设区的市、市辖区的人民政府), though the name is one phrase', () => {
    const parent = '居民委员会的设立，由不设区的市、市辖区的人民政府决定。';
    const r = classifyRelation('居民委员会的设立，由街道办事处提出，报区人民政府决定。', parent, substantive);
    expect(r.relation).toBe('implements');
    expect(r.dropped).toEqual(['由不设区的市、市辖区的人民政府决定']);
    expect(r.why).toBe('细化 · 增加具体规定 · 删去：由不设区的市、市辖区的人…');
  });
});
