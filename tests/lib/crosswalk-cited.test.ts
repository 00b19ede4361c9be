/**
 * Link finding: the articles of the parent a local provision cites by number under one of the
 * parent's names (src/lib/crosswalk/suggest.ts, `withNames` and the cited articles put first). The
 * local texts share no words with the cited articles, so a link found here is found by the citation
 * alone (score 1), not by the words. Small inputs built inside each test; expectations by hand.
 */
import { describe, expect, it } from 'vitest';
import { ParentIndex, type Suggestion } from '../../src/lib/crosswalk/suggest.ts';
import { unit as article } from '../support/crosswalk-parent.ts';

const LAW = ['在中华人民共和国境内的车辆、船舶的所有人或者管理人，为车船税的纳税人。', '车船的适用税额依照本法所附税目税额表执行。', '下列车船免征车船税：\n（一）捕捞、养殖渔船；\n（二）警用车船。', '车船税由税务机关负责征收。'];
const law = (names: string[]) => new ParentIndex('parent', LAW.map((t, i) => article('parent', `art-${i + 1}`, t))).withNames(names);
const local = (text: string) => article('rules', 'art-1', text);
const targets = (s: Suggestion[]) => s.map((x) => x.to.anchor);
/** The first article linked, when it is linked as cited (score 1, put first). */
const first = (s: Suggestion[]) => (s[0]?.score === 1 ? s[0].to.anchor : undefined);

describe('link finding: the articles cited by number', () => {
  it('under 《short name》 only when the 《 is closed right after the name', () => {
    const ix = () => law(['中华人民共和国车船税法']);
    expect(first(ix().suggest(local('依照《车船税法》第四条的规定，对登记的渔业船舶办理手续。')))).toBe('art-4');
    expect(targets(ix().suggest(local('依照《车船税法第四条的规定，对登记的渔业船舶办理手续。')))).not.toContain('art-4');
    // closed by another mark, or not closed before the number
    expect(first(ix().suggest(local('依照《车船税法〉第四条的规定，对登记的渔业船舶办理手续。')))).toBeUndefined();
    expect(first(ix().suggest(local('依照《车船税法 第四条的规定，对登记的渔业船舶办理手续。')))).toBeUndefined();
  });

  it('under the full title after a word that is no lead-in: the short name inside it, after 国', () => {
    expect(first(law(['中华人民共和国车船税法']).suggest(local('即中华人民共和国车船税法第二条所说的登记船舶。')))).toBe('art-2');
    // a longer title ending with the short name is another law
    expect(targets(law(['车船税法']).suggest(local('即地方车船税法第二条所说的登记船舶。')))).not.toContain('art-2');
    // 中华人民共和国 is left out as a prefix only: 外国人在中华人民共和国收养子女登记办法 has no shorter name
    const adoption = law(['外国人在中华人民共和国收养子女登记办法']);
    expect(first(adoption.suggest(local('依照外国人在中华人民共和国收养子女登记办法第二条办理登记。')))).toBe('art-2');
    const shorter = local('依照外国人在收养子女登记办法第二条，由税务机关负责征收。');
    expect(adoption.suggest(shorter)).toEqual(law([]).suggest(shorter));
    expect(targets(adoption.suggest(shorter))).not.toContain('art-2');
  });

  it('an article the parent does not have is no link, and an article cited twice is one link', () => {
    const none = law(['车船税法']).suggest(local('车船税法第九条所称渔船，是指登记为捕捞船的船舶。'));
    expect(none.every((x) => x.score < 1 && /^art-[1-4]$/u.test(x.to.anchor))).toBe(true);
    const twice = law(['车船税法']).suggest(local('车船税法第四条所称机关，依照车船税法第四条确定。'));
    expect(twice.map((x) => x.to.anchor).filter((a) => a === 'art-4')).toEqual(['art-4']);
  });

  it('comes first, once, beside the articles found by their words', () => {
    const s = law(['车船税法']).suggest(local('车船税法第二条所称登记，下列车船免征车船税：捕捞、养殖渔船，警用车船。'));
    expect(s.map((x) => x.to.anchor)).toEqual(['art-2', 'art-3']);
    const again = law(['车船税法']).suggest(local('车船税法第三条所称渔船，下列车船免征车船税：捕捞、养殖渔船，警用车船。'));
    expect(again.map((x) => x.to.anchor)).toEqual(['art-3']);
  });

  it('under 《name》 at the very start of the text (the 《 is the first character)', () => {
    expect(first(law(['车船税法']).suggest(local('《车船税法》第四条所称机关，是指县级以上税务机关。')))).toBe('art-4');
  });

  it('under the name without 中华人民共和国 down to two characters (宪法), not one (a name of one character would take every 法第N条)', () => {
    expect(first(law(['中华人民共和国宪法']).suggest(local('依照宪法第二条的规定，办理渔业船舶登记。')))).toBe('art-2');
    const l = local('违反法第二条规定的，由税务机关负责处理。');
    expect(law(['法']).suggest(l)).toEqual(law([]).suggest(l));
    expect(targets(law([]).suggest(l))).not.toContain('art-2');
  });

  it('under a title written with spaces in it (the names are read without white space)', () => {
    expect(first(law(['中华人民共和国　车船税法']).suggest(local('依照车船税法第二条的规定，办理渔业船舶登记。')))).toBe('art-2');
  });

  it('an article with a 之N number (第二条之一 → art-2-1)', () => {
    const ix = new ParentIndex('parent', [...LAW, '车船税的征收管理，依照税收征收管理法的规定执行。'].map((t, i) => article('parent', i === 4 ? 'art-2-1' : `art-${i + 1}`, t))).withNames(['车船税法']);
    expect(first(ix.suggest(local('车船税法第二条之一所称征收管理，由税务机关负责。')))).toBe('art-2-1');
    expect(first(ix.suggest(local('车船税法第二条所称管理人，是指对车船具有管理权的单位。')))).toBe('art-2');
  });

  it('several articles in the order the text cites them, under whichever name each is cited', () => {
    // the full title is looked for first, but the text cites 第四条 (under the short name) before 第二条 (under the full one)
    const s = law(['中华人民共和国车船税法']).suggest(local('车船税法第四条所称机关，按照中华人民共和国车船税法第二条的规定认定纳税人。'));
    expect(s.filter((x) => x.score === 1).map((x) => x.to.anchor)).toEqual(['art-4', 'art-2']);
  });
});
