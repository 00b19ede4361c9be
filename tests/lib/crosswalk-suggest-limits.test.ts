/**
 * The scorer at its limits (src/lib/crosswalk/suggest.ts): two functions of exactly equal strength
 * (a tie makes no provision mainly about a matter the parent lacks, and does make it mainly principles), the local heading that says what a whole provision is about, principles
 * shown too weakly, and the limits of completing a joined provision (a sentence of exactly
 * `joinedSentenceMin` characters, exactly `joinedKept` of an article kept, a sentence of two-character
 * words, runs across the local text's punctuation, and no link to complete). Small inputs built in
 * each test; every expectation worked out by hand from the rule in the code's comments and the README.
 */
import { describe, expect, it } from 'vitest';
import { functionTable, profile } from '../../src/lib/crosswalk/functions.ts';
import { Background, ParentIndex, SUGGEST_PARAMS, type Suggestion } from '../../src/lib/crosswalk/suggest.ts';
import { gramKeys } from '../../src/lib/crosswalk/text.ts';
import { DONATION, DONATION_KEPT, DONATION_OTHERS, DUTY, unit as article } from '../support/crosswalk-parent.ts';

const local = (text: string, heading?: string) => article('college', 'art-1', text, heading);
const targets = (s: Suggestion[]) => s.map((x) => x.to.anchor);
const parentOf = (texts: string[], table = functionTable()) => new ParentIndex('parent', texts.map((t, i) => article('parent', `art-${i + 1}`, t)), table);

/**
 * A parent of `texts` (no headings) with a corpus background of `units` units in which every n-gram of the parent is in
 * all of them (no information) but the `telling` ones of each article, each in `count` units; each telling n-gram is
 * checked to be in its article only.
 */
function withTelling(texts: string[], telling: string[][], units: number, count: number): ParentIndex {
  const df = new Map<string, number>();
  for (const t of texts) for (const g of gramKeys(t)) df.set(g, units);
  for (const [i, grams] of telling.entries()) {
    for (const g of grams) {
      expect(texts.filter((t) => t.includes(g))).toEqual([texts[i]]);
      df.set(g, count);
    }
  }
  return parentOf(texts).withBackground(Background.fromData({ units, df: [...df].sort(([a], [b]) => (a < b ? -1 : 1)) }));
}

describe('the local provision’s main function, and ties', () => {
  it('an appeal exactly as strong as the forms of accountability is not mainly about the appeal (mainIsOrphan)', () => {
    // the parent's topic cue weighs as much as the appeal's (申诉|复核|复查|不服, 2): the two strengths tie
    const tableOf = (weight: number) => functionTable([{ id: 'sanctions', label: '问责方式', heading: '问责方式', cues: [{ re: '检查|通报|改组|诫勉', weight }] }]);
    const SANCTIONS = '对党组织的问责方式包括检查、通报、改组。';
    const ix = (weight: number) => new ParentIndex('parent', [article('parent', 'art-1', SANCTIONS, '【问责方式】'), article('parent', 'art-2', DUTY, '【纪律】')], tableOf(weight));
    const l = local('对问责决定不服的，可以申诉；申诉期间不停止通报的执行。');
    const p = profile(l.text, undefined, tableOf(2));
    expect(p.appeal).toBeGreaterThan(0.5);
    expect(p.appeal).toBe(p.sanctions);
    expect(Object.entries(p).filter(([f, v]) => v > 0 && f !== 'appeal' && f !== 'sanctions')).toEqual([]);
    expect(ix(2).relate(l, l.text, 'art-1', SANCTIONS).relation).toBe('implements');
    // the parent's cue lighter (1.5): the appeal is the stronger, the provision is mainly about it, another matter
    expect(ix(1.5).relate(l, l.text, 'art-1', SANCTIONS).relation).toBe('related');
  });

  it('principles as strong as another function are mainly principles, weaker ones not (mainlyPrinciples)', () => {
    // a topic whose cue (履职) weighs as much as 原则 (1.5), then more; a parent without headings, so the link is the shared matter
    const tableOf = (weight: number) => functionTable([{ id: 'staff', label: '教职工履职', heading: '履职', cues: [{ re: '履职', weight }] }]);
    const ix = (weight: number) => parentOf([DUTY, '学院教职工应当遵守学院规章制度。'], tableOf(weight));
    const l = local('学院教职工履职坚持严管厚爱、权责统一、惩教结合的原则。');
    const p = profile(l.text, undefined, tableOf(1.5));
    expect(p.principles).toBeGreaterThanOrEqual(0.5);
    expect(p.principles).toBe(p.staff);
    expect(ix(1.5).relate(l, l.text, 'art-1', DUTY).relation).toBe('related');
    // the other function stronger: a rule on the shared matter naming a principle, 细化
    expect(ix(2).relate(l, l.text, 'art-1', DUTY).relation).toBe('implements');
  });

  it('principles shown only weakly (坚持以下, no 原则) are not mainly principles though no other function shows', () => {
    const ix = parentOf([DUTY, '学院教职工应当遵守学院规章制度。']);
    const l = local('学院教职工履行职责，坚持以下做法：严管厚爱、权责统一、惩教结合。');
    const p = profile(l.text);
    expect(p.principles).toBeGreaterThan(0);
    expect(p.principles).toBeLessThan(0.5);
    expect(Math.max(...Object.values(p))).toBe(p.principles);
    expect(ix.relate(l, l.text, 'art-1', DUTY).relation).toBe('implements');
  });

  it('a whole provision is read with its heading: 【基本原则】 over a rule makes it mainly principles', () => {
    const ix = parentOf([DUTY, '学院教职工应当遵守学院规章制度。']);
    const text = '学院教职工履职应当严管厚爱、权责统一、惩教结合。';
    expect(ix.relate(local(text, '【基本原则】'), text, 'art-1', DUTY).relation).toBe('related');
    expect(ix.relate(local(text), text, 'art-1', DUTY).relation).toBe('implements');
  });
});

describe('completing a joined provision: the limits of what a further article must give', () => {
  // as in crosswalk-relate.test.ts: the local provision keeps art-2 nearly whole; a further article (art-1) opens
  // with a clause of art-2's words, so that its score alone clears `joinedMinScore`; what else it gives decides
  const P2 = DONATION;
  const OTHER = DONATION_OTHERS;
  const KEPT = DONATION_KEPT;
  const OPENING = '国家鼓励国家工作人员率先献血';
  const suggest = (further: string, tail: string) => targets(parentOf([further, P2, ...OTHER]).suggest(local(KEPT + tail)));

  it(`a sentence of exactly joinedSentenceMin (${SUGGEST_PARAMS.joinedSentenceMin}) characters kept whole, in an article kept less than half`, () => {
    const rest = '献血者的健康检查费用由血站承担，不得向献血者收取，也不得以任何名义变相收取，违者由卫生行政部门责令退还。';
    expect([...'血站应当登记备案']).toHaveLength(SUGGEST_PARAMS.joinedSentenceMin);
    expect(suggest(`${OPENING}。血站应当登记备案。${rest}`, '血站应当登记备案。')).toEqual(['art-2', 'art-1']);
    // one character fewer: no sentence it keeps
    expect(suggest(`${OPENING}。血站须登记备案。${rest}`, '血站须登记备案。')).toEqual(['art-2']);
  });

  it(`exactly joinedKept (${SUGGEST_PARAMS.joinedKept}) of the article’s runs kept is enough`, () => {
    // 12 runs in the opening (8 kept by the local text) and 12 in 献血者健康检查费用由血站承担 (4 kept: 健康检查费用): 12 of 24
    const further = `${OPENING}，献血者健康检查费用由血站承担。`;
    expect(suggest(further, '献血前的健康检查费用，由单位承担。')).toEqual(['art-2', 'art-1']);
    // one run fewer (康检查费用: 3 of 24, and five characters of its own): not enough
    expect(suggest(further, '献血前的康检查费用，由单位承担。')).toEqual(['art-2']);
  });

  it('a list of two-character words is no sentence of the article the local text could keep', () => {
    // 财政、税务、审计、民政 has eight characters and no run of three; the article is kept less than half otherwise
    const further = `${OPENING}，献血者健康检查费用由血站承担，各级财政予以保障。\n（一）财政、税务、审计、民政；\n（二）教育、文化、体育、卫生。`;
    expect(suggest(further, '献血前的健康检查费用，由单位承担。')).toEqual(['art-2']);
  });

  it('the runs it keeps may cross the local text’s punctuation (检查、通报 for 检查通报)', () => {
    // 开展检查通报 is six characters of its own only with the run 检查通 / 查通报 across the 、
    expect(suggest(`${OPENING}，开展检查通报。`, '定期开展检查、通报。')).toEqual(['art-2', 'art-1']);
    // written apart by more (检查，并通报) it keeps four: not enough
    expect(suggest(`${OPENING}，开展检查通报。`, '定期开展检查，并通报。')).toEqual(['art-2']);
  });

  it('completes only a link found: a provision held back (mainly an appeal) gets none, however much of an article it keeps', () => {
    const ix = parentOf(['国家实行无偿献血制度。国家提倡健康公民自愿献血。', P2, ...OTHER]);
    const kept = '全省实行无偿献血制度，提倡健康公民自愿献血。';
    expect(targets(ix.suggest(local(kept)))).toEqual(['art-1']);
    // the same words in a provision mainly about an appeal (申诉, a matter the parent has no article for)
    expect(ix.suggest(local(`献血者对血站的处理不服的，可以向卫生行政部门申诉。${kept}`))).toEqual([]);
  });
});

describe('the minimum score is reached by a score equal to it', () => {
  it(`two thirds of the words in one article and nothing else: exactly minScore (${SUGGEST_PARAMS.minScore}), linked`, () => {
    // a parent with headings (its articles' functions known); the local text shows none: score = shareWeight × share + rankWeight
    const ix = new ParentIndex(
      'parent',
      [
        article('parent', 'art-1', '财政部门、税务部门按照各自职责做好保障。', '【保障】'),
        article('parent', 'art-2', '审计机关依法进行监督。', '【监督】'),
        article('parent', 'art-3', '本办法自发布之日起施行。', '【施行】'),
      ],
      functionTable(),
    );
    // 财政 and 税务 only in art-1, 审计 only in art-2 (each word one vote): art-1 has 2 of 3
    const s = ix.suggest(local('参加单位：财政、税务、审计。'));
    expect(SUGGEST_PARAMS.shareWeight * (2 / 3) + SUGGEST_PARAMS.rankWeight).toBe(SUGGEST_PARAMS.minScore);
    expect(s.map((x) => [x.to.anchor, x.score])).toEqual([['art-1', SUGGEST_PARAMS.minScore]]);
    // one of two: under the minimum, no link
    expect(ix.suggest(local('参加单位：财政、审计。'))).toEqual([]);
  });
});

describe('the completion of a joined provision starts at a score equal to joinedMinScore', () => {
  it(`a further article scoring exactly joinedMinScore (${SUGGEST_PARAMS.joinedMinScore}) on words alone is taken when the local text keeps it`, () => {
    // A parent without headings (links on words alone). A corpus background in which every n-gram of the parent is
    // common (no information) but fifteen: ten only in art-1, four only in art-2, one only in art-3. The local text
    // has all fifteen, so art-2's score is (0.3 × 4/15 + 0.1 × 4/10) / 0.4 = 0.3 exactly, art-1's 0.75.
    const texts = ['国家实行无偿献血制度，提倡健康公民自愿献血。', '血站应当登记备案。', '卫生行政部门监督管理献血工作。'];
    const telling = [['实行', '无偿', '偿献', '制度', '提倡', '健康', '公民', '自愿', '愿献', '行无'], ['血站', '应当', '登记', '备案'], ['监督']];
    const ix = withTelling(texts, telling, 4, 1);
    const s = ix.suggest(local('全省实行无偿献血制度，提倡健康公民自愿献血。血站应当登记备案，由卫生行政部门监督。'));
    expect((SUGGEST_PARAMS.shareWeight * (4 / 15) + SUGGEST_PARAMS.rankWeight * (4 / 10)) / (SUGGEST_PARAMS.shareWeight + SUGGEST_PARAMS.rankWeight)).toBe(SUGGEST_PARAMS.joinedMinScore);
    // art-2 is under relativeToBest × art-1 (no link on its score), and joined for what the local text keeps of it
    expect(s.map((x) => [x.to.anchor, x.score])).toEqual([['art-1', 0.75], ['art-2', SUGGEST_PARAMS.joinedMinScore]]);
  });
});

describe('a link on words alone is made from a score equal to lexicalOnlyMinScore', () => {
  it(`the best article of a parent without headings scoring exactly lexicalOnlyMinScore (${SUGGEST_PARAMS.lexicalOnlyMinScore}) is linked`, () => {
    // A corpus background of 3 units in which every n-gram of the parent is in all three (no information) but fifteen,
    // each in two (information log 1.5 / log 3): four only in art-1, and eleven in the other articles. The local text has
    // all fifteen: art-1's share is 4 of 15 equal weights, which in floating point is the double just above 4/15, and
    // (0.3 × share + 0.1) / 0.4 is then 0.45 exactly.
    const texts = ['国家实行无偿献血制度。', '血站应当登记备案。', '卫生行政部门监督管理献血工作。', '医疗机构临床用血应当制定用血计划。', '各级人民政府领导本行政区域内的献血工作。'];
    const telling = [['实行', '无偿', '制度', '行无'], ['血站', '登记', '备案'], ['卫生', '监督', '管理'], ['医疗', '临床', '计划'], ['各级', '领导']];
    const units = 3;
    const ix = withTelling(texts, telling, units, 2);
    const w = Math.log(units / 2) / Math.log(units);
    let votes = 0;
    let total = 0;
    for (let k = 0; k < 15; k++) total += w;
    for (let k = 0; k < 4; k++) votes += w;
    const share = votes / total;
    expect((SUGGEST_PARAMS.shareWeight * share + SUGGEST_PARAMS.rankWeight) / (SUGGEST_PARAMS.shareWeight + SUGGEST_PARAMS.rankWeight)).toBe(SUGGEST_PARAMS.lexicalOnlyMinScore);
    const s = ix.suggest(local('全省实行无偿献血制度，涉及血站、登记、备案，卫生、监督、管理，医疗、临床、计划，各级、领导。'));
    expect(s.map((x) => [x.to.anchor, x.score])).toEqual([['art-1', SUGGEST_PARAMS.lexicalOnlyMinScore]]);
  });
});
