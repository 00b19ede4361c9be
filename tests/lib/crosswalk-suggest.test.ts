/**
 * The crosswalk scorer (src/lib/crosswalk/suggest.ts) on its own: a small
 * parent and small measures written for the purpose, so that each behaviour
 * the README promises (which parent article a provision is linked to, the
 * evidence shown, what is held back, at most three suggestions, the corpus
 * background) is pinned down without the whole quality sets. Every input is
 * built inside its test, so that mutation testing can tell which test covers
 * which code (stryker.config.mjs, FOLDER_TESTS).
 */
import { describe, expect, it } from 'vitest';
import { Background, ParentIndex, SUGGEST_PARAMS, type Suggestion } from '../../src/lib/crosswalk/suggest.ts';
import { gramKeys } from '../../src/lib/crosswalk/text.ts';
import type { Unit } from '../../src/lib/crosswalk/units.ts';
import { parseNumber } from '../../src/lib/numerals.ts';
import { node } from '../../src/lib/tree.ts';

/** A parent whose articles carry headings (it says what each article is about). */
const PARENT = [
  '某某工作问责条例',
  '第一条 【目的和依据】为了规范问责工作，根据党章，制定本条例。',
  '第二条 【问责原则】问责工作坚持以下原则：依规依纪、实事求是，失责必问、问责必严。',
  '第三条 【问责对象】本条例适用于各级党组织和党员领导干部。',
  '第四条 【问责情形】党组织和党的领导干部有下列情形之一的，应当予以问责：党的领导弱化，党的建设缺失，全面从严治党不力。',
  '第五条 【问责方式】对党组织的问责方式包括检查、通报、改组。对党的领导干部的问责方式包括通报、诫勉、组织调整、纪律处分。',
  '第六条 【解释】本条例由中央纪律检查委员会负责解释。',
  '第七条 【施行】本条例自2016年7月8日起施行。',
].join('\n');

const MEASURE = [
  '某学院问责办法',
  '第一条 为了规范学院问责工作，根据《某某工作问责条例》，制定本办法。',
  '第二条 【问责方式】对党总支的问责方式包括检查、通报、改组。',
  '第三条 【申诉】被问责的党员领导干部对问责决定不服的，可以自接到决定之日起一个月内提出申诉。',
  '第四条 本办法由学院党委负责解释。',
  '第五条 本辦法自印發之日起施行。',
  '第六条 ABC DEF GHI.',
].join('\n');

/**
 * The crosswalk units of a text of articles (a title line, then `第N条 【heading】text` lines), as
 * unitsOf gives them for such a document; built here so that this file loads the scorer and not the
 * whole ingest pipeline (each mutant reruns the file).
 */
function units(slug: string, text: string): Unit[] {
  return text
    .split('\n')
    .slice(1)
    .map((line, i) => {
      const m = /^(第([〇零一二两三四五六七八九十百千]+)条)\s*(【[^】]+】)?(.*)$/u.exec(line);
      if (!m) throw new Error(`not an article: ${line}`);
      const n = node('article', i + 2, '', { num: m[1]!, ordinal: parseNumber(m[2]!)!, id: `art-${parseNumber(m[2]!)}` });
      if (m[3]) n.heading = m[3];
      n.children.push(node('para', i + 2, m[4]!.trim(), { id: `${n.id}-para-1` }));
      return { doc: slug, anchor: n.id!, kind: n.kind, num: n.num!, heading: m[3], text: m[4]!.trim(), node: n, path: [n] };
    });
}

/** A parent index with a background counted over the parent and the given measures, as the build does. */
function index(parentText: string | Unit[], ...measures: Unit[][]): ParentIndex {
  const parent = typeof parentText === 'string' ? units('parent', parentText) : parentText;
  const ix = new ParentIndex('parent', parent);
  const bg = new Background();
  for (const u of [...parent, ...measures.flat()]) bg.add(u.text, ix.knows);
  return ix.withBackground(bg);
}

const unit = (us: Unit[], anchor: string) => us.find((u) => u.anchor === anchor)!;
const targets = (s: Suggestion[]) => s.map((x) => x.to.anchor);

describe('Background (how common an n-gram is)', () => {
  it('an n-gram in one unit of many is fully informative, one in every unit says nothing', () => {
    const bg = new Background();
    for (const t of ['问责方式包括通报', '问责情形包括失职', '问责对象是干部', '问责程序由纪委负责']) bg.add(t, () => true);
    expect(bg.info('问责')).toBe(0);
    expect(bg.info('通报')).toBe(1);
    // in two units of four: log(4/2) / log(4)
    bg.add('通报批评', () => true);
    expect(bg.info('通报')).toBeCloseTo(Math.log(5 / 2) / Math.log(5), 10);
    // an n-gram no unit has counts as rare
    expect(bg.info('改组')).toBe(1);
  });

  it('with fewer than two units every n-gram counts as rare; from two on, one in every unit says nothing', () => {
    const bg = new Background();
    expect(bg.info('问责')).toBe(1);
    bg.add('问责方式', () => true);
    expect(bg.info('问责')).toBe(1);
    bg.add('问责情形', () => true);
    expect(bg.info('问责')).toBe(0);
    expect(bg.info('方式')).toBe(1);
  });

  it('toData sorts by n-gram whatever order the units came in', () => {
    const bg = new Background();
    for (const t of ['通报', '诫勉', '改组', '检查', '通报']) bg.add(t, () => true);
    const grams = bg.toData().df.map(([g]) => g);
    expect(grams).toEqual(['改组', '检查', '诫勉', '通报']);
    expect(bg.toData().df).toContainEqual(['通报', 2]);
  });

  it('counts only the n-grams `known` accepts, and each once per unit', () => {
    const bg = new Background();
    bg.add('通报通报通报', (g) => g === '通报');
    bg.add('诫勉谈话', (g) => g === '通报');
    expect(bg.toData()).toEqual({ units: 2, df: [['通报', 1]] });
  });

  it('toData lists the counts sorted by n-gram, filtered by `keep`; fromData is a copy', () => {
    const bg = new Background();
    bg.add('诫勉', () => true);
    bg.add('通报', () => true);
    bg.add('通报', () => true);
    const data = bg.toData();
    expect(data).toEqual({ units: 3, df: [['诫勉', 1], ['通报', 2]].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)) });
    expect(data.df.map(([g]) => g)).toEqual([...data.df.map(([g]) => g)].sort());
    expect(bg.toData((g) => g === '通报')).toEqual({ units: 3, df: [['通报', 2]] });
    const copy = Background.fromData(data);
    expect(copy.info('通报')).toBe(bg.info('通报'));
    expect(copy.toData()).toEqual(data);
    copy.add('通报', () => true);
    expect(bg.toData()).toEqual(data);
    expect(copy.toData().units).toBe(4);
  });
});

describe('ParentIndex.suggest', () => {
  it('a provision that copies a parent article is linked to it first, as 重申, with the shared words as evidence', () => {
    const m = units('college', MEASURE);
    const s = index(PARENT, m).suggest(unit(m, 'art-1'));
    expect(s[0]).toMatchObject({ from: { doc: 'college', anchor: 'art-1' }, to: { doc: 'parent', anchor: 'art-1' }, relation: 'restates' });
    expect(s[0]!.score).toBeGreaterThan(0.5);
    expect(s[0]!.score).toBeLessThanOrEqual(1);
    // 本规 (the folded self noun) is shown as the measure writes it: 本办法, not 本条例
    expect(s[0]!.evidence).toContain('制定本办法');
    expect(s[0]!.evidence.join()).not.toContain('本规');
    // the function both provisions have closes the evidence
    expect(s[0]!.evidence.at(-1)).toBe('目的和依据');
    expect(s[0]!.why).toMatch(/^重申/);
  });

  it('evidence is quoted as the measure writes it (traditional characters kept)', () => {
    const m = units('college', MEASURE);
    const s = index(PARENT, m).suggest(unit(m, 'art-5'));
    expect(targets(s)).toEqual(['art-7']);
    expect(s[0]!.evidence).toContain('本辦法自');
    expect(s[0]!.evidence.join()).not.toContain('本办法自');
    expect(s[0]!.why).toMatch(/施行条款/);
  });

  it('a purpose clause that keeps the parent’s words and adds its own aim is still 重申 (its substance is its wording)', () => {
    const m = units('college', ['某学院问责办法', '第一条 为了规范学院问责工作，推进全面从严治党，根据党章，制定本办法。'].join('\n'));
    const s = index(PARENT, m).suggest(m[0]!);
    expect(targets(s)).toEqual(['art-1']);
    expect(s[0]!.relation).toBe('restates');
  });

  it('an article that merely opens with 为了 is no purpose clause: its copy with details added is 细化', () => {
    const parent = units('parent', ['某某法', '第一条 为了保障游行的行进，人民警察可以采取必要措施。', '第二条 游行的时间和路线由公安机关决定。'].join('\n'));
    const m = units('city', ['某市办法', '第一条 为了保障游行的行进，人民警察可以采取必要的交通管制措施。'].join('\n'));
    const s = new ParentIndex('parent', parent).suggest(m[0]!);
    expect(targets(s)).toEqual(['art-1']);
    expect(s[0]!.relation).toBe('implements');
    expect(s[0]!.why).not.toMatch(/本文件自定/);
  });

  it('a measure’s sanctions are linked to the parent’s sanctions article (the relation is relation.ts’s call)', () => {
    const m = units('college', MEASURE);
    const s = index(PARENT, m).suggest(unit(m, 'art-2'));
    expect(targets(s)).toEqual(['art-5']);
    expect(s[0]!.evidence).toEqual(expect.arrayContaining(['通报', '改组']));
  });

  it('a provision mainly about a matter the parent has no article for (an appeal) is held back', () => {
    const m = units('college', MEASURE);
    expect(index(PARENT, m).suggest(unit(m, 'art-3'))).toEqual([]);
  });

  it('a provision sharing nothing with the parent gets no suggestion', () => {
    const m = units('college', MEASURE);
    expect(index(PARENT, m).suggest(unit(m, 'art-6'))).toEqual([]);
  });

  it('an adoption record is no provision: not linked, and not a target', () => {
    const RECORD = '2016年6月28日中共中央政治局会议审议通过';
    const parentUnits = units('parent', PARENT);
    const asRecord = (u: Unit, text: string): Unit => ({ ...u, kind: 'preamble', anchor: 'preamble', num: '', heading: undefined, text });
    const ix = index([asRecord(parentUnits[0]!, RECORD), ...parentUnits]);
    const m = units('college', ['某学院问责办法', `第一条 ${RECORD}。`].join('\n'));
    // the measure's record is not linked to anything, though it shares every word with the parent's
    expect(ix.suggest(asRecord(m[0]!, RECORD))).toEqual([]);
    // a provision of the measure that says the same is linked, but never to the parent's record
    expect(targets(ix.suggest(m[0]!))).not.toContain('preamble');
    // a parent preamble that is more than a record is a target like any provision
    const ix2 = index([asRecord(parentUnits[0]!, `${RECORD}。为了规范问责工作，根据党章，制定本条例。`), ...parentUnits.slice(1)]);
    const m2 = units('college', MEASURE);
    expect(targets(ix2.suggest(unit(m2, 'art-1')))).toContain('preamble');
  });

  it('a preamble that states a purpose is a target, whatever record of adoption it begins or ends with', () => {
    const RECORD = '2016年6月28日中共中央政治局会议审议通过';
    const PURPOSE = '为了规范问责工作，根据党章，制定本条例';
    const parentUnits = units('parent', PARENT).slice(1);
    const preamble = (text: string): Unit => ({ ...parentUnits[0]!, kind: 'preamble', anchor: 'preamble', num: '', heading: undefined, text });
    const m = units('college', MEASURE);
    for (const text of [`${PURPOSE}。${RECORD}`, `${RECORD}。${PURPOSE}。`]) {
      expect(targets(index([preamble(text), ...parentUnits]).suggest(unit(m, 'art-1')))).toEqual(['preamble']);
    }
    // one sentence, no full stop, too long for a record (more than 80 characters before or after 通过)
    const aims = '坚持和加强党的全面领导，坚持党要管党、全面从严治党，规范和强化党的问责工作，推动党组织和党的领导干部担当作为、履职尽责';
    for (const long of [`为了${aims}，${PURPOSE}，经中央政治局会议审议通过`, `经中央政治局会议审议通过，为了${aims}，${PURPOSE}`]) {
      expect(targets(index([preamble(long), ...parentUnits]).suggest(unit(m, 'art-1')))).toEqual(['preamble']);
    }
  });

  it('suggestions are best first, at most three, none far below the best', () => {
    // Five parent articles about the same matter (调查程序), a measure article about it too.
    const parent = [
      '某某调查规定',
      '第一条 【调查】调查组应当收集证据，核实问题线索。',
      '第二条 【调查】调查组应当听取被调查人的陈述和申辩。',
      '第三条 【调查】调查人员与案件有利害关系的，应当回避。',
      '第四条 【调查】调查应当在九十个工作日内完成。',
      '第五条 【调查】调查组应当形成调查报告，核实证据。',
    ].join('\n');
    const m = units('college', ['某学院调查办法', '第一条 【调查】调查组应当收集证据，听取陈述和申辩，有利害关系的应当回避，在工作日内完成调查报告。'].join('\n'));
    const s = index(parent, m).suggest(m[0]!);
    expect(s).toHaveLength(SUGGEST_PARAMS.maxPerUnit);
    const scores = s.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const x of scores) expect(x).toBeGreaterThanOrEqual(SUGGEST_PARAMS.relativeToBest * scores[0]! - 0.001);
  });

  it('a weaker candidate below the best by more than the margin is left out', () => {
    const m = units('college', MEASURE);
    // 第一条 shares 规范…问责工作 with the parent's 第二条 too, but only 第一条 is its match
    const s = index(PARENT, m).suggest(unit(m, 'art-1'));
    expect(targets(s)).toEqual(['art-1']);
  });
});

describe('what the provisions do (their function)', () => {
  const LOCAL = [
    '某学院问责办法',
    '第一条 【基本原则】学院问责工作坚持党要管党、从严治党，做到权责一致、错责相当。',
    '第二条 【考核评价】学院党委每年对党总支开展考核评价，考核结果分为优秀、合格、不合格三个等次，作为问责的依据。',
    '第三条 学院问责工作坚持以下原则：依规依纪、实事求是，失责必问、问责必严。',
  ].join('\n');

  it('principles in the measure’s own words: linked to the parent’s principles, as its own (相关), the headings shown side by side', () => {
    const m = units('college', LOCAL);
    const s = new ParentIndex('parent', units('parent', PARENT)).suggest(unit(m, 'art-1'));
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.relation).toBe('related');
    expect(s[0]!.why).toMatch(/^相关 · 自行规定“原则”/);
    expect(s[0]!.evidence).toContain('【基本原则】 ≈ 原则');
  });

  it('the parent’s principles copied word for word are 重申, the longest shared phrase first', () => {
    const m = units('college', LOCAL);
    const s = new ParentIndex('parent', units('parent', PARENT)).suggest(unit(m, 'art-3'));
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.relation).toBe('restates');
    expect(s[0]!.evidence[0]).toBe('问责工作坚持以下原则');
    expect(s[0]!.evidence).toEqual(expect.arrayContaining(['依规依纪', '实事求是', '失责必问', '问责必严']));
    // no heading on the local side: the function alone
    expect(s[0]!.evidence.at(-1)).toBe('原则');
  });

  it('the topic a parent article’s 解读 names is what the article is about, and is shown', () => {
    const bare = units('parent', PARENT.replace(/【[^】]+】/gu, ''));
    const withTopic = bare.map((u) => (u.anchor === 'art-2' ? { ...u, topic: '问责原则' } : u));
    const m = units('college', LOCAL);
    const s = new ParentIndex('parent', withTopic).suggest(unit(m, 'art-1'));
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.evidence).toContain('【基本原则】 ≈ 问责原则');
    expect(s[0]!.why).toMatch(/^相关 · 自行规定“问责原则”/);
  });

  it('a provision about a matter the parent has no article for (an appraisal) is not linked, and not the same matter', () => {
    const m = units('college', LOCAL);
    const parent = units('parent', PARENT);
    const ix = new ParentIndex('parent', parent);
    const appraisal = unit(m, 'art-2');
    expect(ix.suggest(appraisal)).toEqual([]);
    const r = ix.relate(appraisal, appraisal.text, 'art-5', unit(parent, 'art-5').text);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/所涉事项与上位条款不尽相同$/);
  });

  it('words found only in a parent article’s 解读 count less than words of its text', () => {
    const parent = units('parent', PARENT);
    const local = units('college', ['某学院办法', '第一条 学院着力解决管党治党宽松软的问题。'].join('\n'))[0]!;
    const phrase = '着力解决管党治党宽松软的问题';
    // the same words in the text of 第四条: a link …
    const inText = parent.map((u) => (u.anchor === 'art-4' ? { ...u, text: `${u.text}${phrase}。` } : u));
    expect(targets(new ParentIndex('parent', inText).suggest(local))).toEqual(['art-4']);
    // … only in its 解读: too weak for one
    const inInterpretation = parent.map((u) => (u.anchor === 'art-4' ? { ...u, interpretation: `本条规定了“问责情形”。${phrase}。` } : u));
    expect(new ParentIndex('parent', inInterpretation).suggest(local)).toEqual([]);
  });
});

describe('a parent that does not say what its articles are about (no headings)', () => {
  const BARE = PARENT.replace(/【[^】]+】/gu, '');

  it('a copy is still linked on its words alone', () => {
    const m = units('college', MEASURE);
    const ix = index(BARE, m);
    expect(targets(ix.suggest(unit(m, 'art-1')))).toEqual(['art-1']);
    expect(targets(ix.suggest(unit(m, 'art-2')))).toEqual(['art-5']);
  });

  it('a provision whose words spread over many parent articles is linked to none of them', () => {
    const PARENT6 = ['某某规定', '第一条 思想教育。', '第二条 日常管理。', '第三条 民主监督。', '第四条 干部考察。', '第五条 业务培训。', '第六条 奖励惩戒。'].join('\n');
    const local = (text: string) => units('college', ['某学院办法', `第一条 ${text}`].join('\n'))[0]!;
    // (no background: every n-gram counts as rare)
    const ix = new ParentIndex('parent', units('parent', PARENT6));
    // a third of its words each: linked to all three
    expect(targets(ix.suggest(local('思想教育、日常管理、民主监督。')))).toEqual(['art-1', 'art-2', 'art-3']);
    // a sixth each: too little for a link on words alone
    expect(ix.suggest(local('思想教育、日常管理、民主监督、干部考察、业务培训、奖励惩戒。'))).toEqual([]);
  });
});

describe('ParentIndex.relate', () => {
  it('a link to a paragraph of a formal clause is judged against that clause (the measure’s own interpretation clause)', () => {
    const m = units('college', MEASURE);
    const ix = index(PARENT, m);
    const local = unit(m, 'art-4');
    const parentText = '本条例由中央纪律检查委员会负责解释。';
    const deep = ix.relate(local, local.text, 'art-6-para-1', parentText);
    expect(deep.relation).toBe('related');
    expect(deep.why).toMatch(/解释条款/);
    // an anchor of no parent unit: no formal clause to go by
    const unknown = ix.relate(local, local.text, 'art-66', parentText);
    expect(unknown.why).not.toMatch(/解释条款/);
  });
});

describe('the index of the parent', () => {
  /** A unit as unitsOf gives it, for a parent article given by its text alone. */
  const article = (anchor: string, text: string, extra: Partial<Unit> = {}): Unit => ({ ...units('parent', `某某条例\n第一条 ${text}`)[0]!, anchor, ...extra });

  it('an n-gram two parent articles share votes for both', () => {
    const ix = new ParentIndex('parent', [article('art-1', '调查组核实。'), article('art-2', '调查组取证。')]);
    const local = units('college', '某办法\n第一条 调查组')[0]!;
    expect(targets(ix.suggest(local))).toEqual(['art-1', 'art-2']);
  });

  it('words only in an article’s 解读 still link to it, more weakly than the same words in its text', () => {
    const phrase = '着力解决管党治党宽松软的问题。';
    const local = units('college', `某办法\n第一条 学院${phrase}`)[0]!;
    const base = [article('art-1', '为了规范问责工作。'), article('art-4', '党组织有下列情形的，应当问责。'), article('art-5', '问责方式包括检查、通报。')];
    const inInterpretation = base.map((u) => (u.anchor === 'art-4' ? { ...u, interpretation: phrase } : u));
    const inText = base.map((u) => (u.anchor === 'art-4' ? { ...u, text: u.text + phrase } : u));
    const weak = new ParentIndex('parent', inInterpretation).suggest(local);
    const strong = new ParentIndex('parent', inText).suggest(local);
    expect(targets(weak)).toEqual(['art-4']);
    expect(targets(strong)).toEqual(['art-4']);
    expect(weak[0]!.score).toBeLessThan(strong[0]!.score);
  });

  it('a parent article that reports an adoption (no full stop) is a provision like any other', () => {
    const ix = new ParentIndex('parent', [article('art-1', '为了规范问责工作，根据党章，制定本条例。'), article('art-7', '本条例经中央政治局会议审议通过')]);
    const local = units('college', '某办法\n第九条 本办法经学院党委会议审议通过')[0]!;
    expect(targets(ix.suggest(local))).toEqual(['art-7']);
  });

  it('a 解读 topic says what an article is about even when its text does not', () => {
    const parent = [
      article('art-1', '为了规范问责工作。'),
      article('art-2', '问责工作要依规依纪、实事求是。', { topic: '问责原则' }),
      article('art-5', '问责方式包括检查、通报。', { topic: '问责方式' }),
    ];
    const local = units('college', '某办法\n第一条 【基本原则】学院问责工作坚持党要管党、从严治党。')[0]!;
    const s = new ParentIndex('parent', parent).suggest(local);
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.evidence).toContain('【基本原则】 ≈ 问责原则');
    expect(s[0]!.score).toBeGreaterThan(0.9);
  });
});

describe('what a local heading says', () => {
  it('principles under a heading that names a matter the parent has no article for (考核原则) are not the parent’s principles', () => {
    const ix = new ParentIndex('parent', units('parent', PARENT));
    const text = '考核工作坚持党要管党、从严治党，做到权责一致。';
    const appraisal = units('college', `某办法\n第一条 【考核原则】${text}`)[0]!;
    const principles = units('college', `某办法\n第一条 【基本原则】${text}`)[0]!;
    const parentText = unit(units('parent', PARENT), 'art-2').text;
    expect(ix.relate(appraisal, text, 'art-2', parentText).why).toMatch(/所涉事项与上位条款不尽相同$/);
    expect(ix.relate(principles, text, 'art-2', parentText).why).toMatch(/^相关 · 自行规定“原则”/);
  });

  it('a clause headed as an appraisal matter is held back against the same clause without that heading', () => {
    const ix = new ParentIndex('parent', units('parent', PARENT));
    const headed = units('college', '某办法\n第三条 【考核评价】本办法由学院党委负责解释。')[0]!;
    const plain = units('college', '某办法\n第三条 本办法由学院党委负责解释。')[0]!;
    const [h, p] = [ix.suggest(headed), ix.suggest(plain)];
    expect(targets(h)).toEqual(['art-6']);
    expect(targets(p)).toEqual(['art-6']);
    expect(h[0]!.score).toBeLessThan(p[0]!.score);
    expect(h[0]!.evidence).toContain('【考核评价】 ≈ 解释');
    expect(p[0]!.evidence.at(-1)).toBe('解释');
  });
});

describe('formal clauses and the matter a provision is mainly about', () => {
  const article = (anchor: string, text: string, heading?: string): Unit => ({ ...units('parent', `某某条例\n第一条 ${text}`)[0]!, anchor, heading });
  const local = (text: string) => units('college', `某办法\n第一条 ${text}`)[0]!;

  it('a parent clause whose heading alone says it is the purpose clause is one: a measure’s own purpose clause is its own (相关)', () => {
    const ix = new ParentIndex('parent', [article('art-1', '规范问责工作，依据党章。', '【目的和依据】'), article('art-6', '本条例由中央纪律检查委员会负责解释。', '【解释】')]);
    const l = local('为了加强学院建设，制定本办法。');
    expect(ix.relate(l, l.text, 'art-1', '规范问责工作，依据党章。').why).toMatch(/^相关 · 本文件自定的目的和依据条款/);
  });

  it('a parent article about its purpose and its principles both is no formal clause', () => {
    const text = '为了规范问责工作，坚持依规依纪，根据党章，制定本条例。';
    const ix = new ParentIndex('parent', [article('art-1', text, '【目的和原则】'), article('art-6', '本条例由中央纪律检查委员会负责解释。', '【解释】')]);
    const l = local('为了加强学院建设，制定本办法。');
    const r = ix.relate(l, l.text, 'art-1', text);
    expect(r.why).toMatch(/^相关 · 自行规定“目的和依据”/);
  });

  it('a provision mainly about a procedure the parent has none of is not the parent’s principles, though it names principles', () => {
    const ix = new ParentIndex('parent', units('parent', PARENT));
    const l = local('调查坚持以下原则，调查人员应当回避。');
    const r = ix.relate(l, l.text, 'art-2', unit(units('parent', PARENT), 'art-2').text);
    expect(r.why).toMatch(/所涉事项与上位条款不尽相同$/);
  });
});

describe('several parent articles in one provision', () => {
  it('a provision that joins two parent articles word for word restates both (the words of each come from the other)', () => {
    const article = (anchor: string, text: string): Unit => ({ ...units('parent', `某某规定\n第一条 ${text}`)[0]!, anchor });
    const ix = new ParentIndex('parent', [article('art-1', '调查组应当核实问题线索。'), article('art-2', '调查组应当听取陈述和申辩。'), article('art-3', '本条例由中央纪律检查委员会负责解释。')]);
    const local = units('college', '某办法\n第一条 调查组应当核实问题线索，听取陈述和申辩。')[0]!;
    const s = ix.suggest(local);
    expect(s.map((x) => [x.to.anchor, x.relation])).toEqual([['art-1', 'restates'], ['art-2', 'restates']]);
    expect(s.every((x) => x.why.includes('本条 100% 出自上位条款'))).toBe(true);
  });

  it('the evidence of a link on shared words alone is those words, with no function named', () => {
    const m = units('college', MEASURE);
    const s = index(PARENT, m).suggest(unit(m, 'art-2'));
    expect(targets(s)).toEqual(['art-5']);
    expect(s[0]!.evidence).toEqual(['问责方式包括检查', '改组', '通报']);
  });
});

describe('what a provision does mainly and what it does in passing', () => {
  /** A parent with an article for each of five formal and substantive matters, headed. */
  const FIVE = [
    '某某条例',
    '第一条 【目的和依据】为了规范问责工作，根据党章，制定本条例。',
    '第二条 【问责原则】问责工作坚持以下原则：依规依纪、实事求是。',
    '第三条 【问责对象】本条例适用于各级党组织和党员领导干部。',
    '第四条 【解释】本条例由中央纪律检查委员会负责解释。',
    '第五条 【施行】本条例自2016年7月8日起施行。',
  ].join('\n');
  const local = (text: string) => units('college', `某学院办法\n第一条 ${text}`)[0]!;

  it('a heading that names one matter damps what the text does only in passing (principles under 【解释】)', () => {
    const ix = new ParentIndex('parent', units('parent', FIVE));
    const text = '本办法由学院党委负责解释。学院问责工作坚持以下原则：依规依纪、实事求是。';
    // Without a heading the principles, copied word for word, are the link …
    expect(targets(ix.suggest(local(text)))).toEqual(['art-2']);
    // … under a heading that names the interpretation clause they are what the article does in passing.
    // (The principles, copied whole, then join as a further article: a provision that keeps a parent
    // article's words whole also gets that article, after the one it is mainly about.)
    const headed = ix.suggest(local(`【解释】${text}`));
    expect(targets(headed)).toEqual(['art-4', 'art-2']);
    expect(headed[0]!.evidence.at(-1)).toBe('【解释】 ≈ 解释');
  });

  it('what the text does plainly counts although the heading names another matter (an entry into force under 【解释】)', () => {
    const ix = new ParentIndex('parent', units('parent', FIVE));
    const s = ix.suggest(local('【解释】本办法由学院党委负责解释，自印发之日起施行。'));
    expect(targets(s)).toEqual(['art-4', 'art-5']);
    // the named matter first: a heading's function counts at 0.9 at least
    expect(s[0]!.score).toBeGreaterThan(s[1]!.score);
    expect(s[1]!.evidence).toEqual(['日起施行', '【解释】 ≈ 施行']);
  });

  it('a provision mainly about its scope that names principles in passing is linked to the scope article first', () => {
    const parent = FIVE.replace('问责工作坚持以下原则：依规依纪、实事求是。', '问责工作遵循原则。');
    const ix = new ParentIndex('parent', units('parent', parent));
    // the same words alone are the parent's principles
    expect(targets(ix.suggest(local('问责工作遵循原则。')))).toEqual(['art-2']);
    // linked to the scope article first; the principles sentence, kept whole, joins after it
    const s = ix.suggest(local('问责工作遵循原则，对象是班子成员，适用于学院领导班子。'));
    expect(targets(s)).toEqual(['art-3', 'art-2']);
    expect(s[0]!.evidence.at(-1)).toBe('主体和对象');
  });

  it('a provision is held back for a matter the parent has no article for only when that matter leads clearly', () => {
    const ix = new ParentIndex('parent', units('parent', FIVE));
    // investigation (回避) a little ahead of principles: linked to the parent's principles at full score
    const close = ix.suggest(local('调查工作坚持以下原则，调查人员应当回避。'));
    expect(targets(close)).toEqual(['art-2']);
    expect(close[0]!.score).toBeGreaterThan(0.8);
    // investigation well ahead (回避, 核实问题线索): the same link at half its score
    const ahead = ix.suggest(local('调查工作坚持以下原则，调查人员应当回避，核实问题线索。'));
    expect(targets(ahead)).toEqual(['art-2']);
    expect(ahead[0]!.score).toBeLessThan(close[0]!.score * 0.6);
  });

  it('a guidance clause that keeps the parent’s words and adds its own aim is 重申 (its substance is its wording)', () => {
    const parent = units('parent', ['某某条例', '第一条 【指导思想】以习近平新时代中国特色社会主义思想为指导，坚持党要管党、全面从严治党。', '第二条 【解释】本条例由中央纪律检查委员会负责解释。'].join('\n'));
    const s = new ParentIndex('parent', parent).suggest(local('【指导思想】以习近平新时代中国特色社会主义思想为指导，坚持党要管党、全面从严治党，推动学院事业高质量发展。'));
    expect(targets(s)).toEqual(['art-1']);
    expect(s[0]!.relation).toBe('restates');
    expect(s[0]!.evidence[0]).toBe('以习近平新时代中国特色社会主义思想为指导');
  });
});

describe('links below an article, and the parent’s vocabulary', () => {
  const article = (anchor: string, text: string, heading?: string): Unit => ({ ...units('parent', `某某条例\n第一条 ${text}`)[0]!, anchor, heading });

  it('a link to a paragraph is judged by the article it belongs to, not by an article whose anchor merely starts the same', () => {
    const purpose = '规范问责工作，依据党章。';
    const interpretation = '本条例由中央纪律检查委员会负责解释。';
    const ix = new ParentIndex('parent', [article('art-1', purpose, '【目的和依据】'), article('art-10', interpretation, '【解释】')]);
    const l = units('college', '某办法\n第一条 为了加强学院建设，制定本办法。')[0]!;
    expect(ix.relate(l, l.text, 'art-1-para-2', purpose).why).toMatch(/^相关 · 本文件自定的目的和依据条款/);
    expect(ix.relate(l, l.text, 'art-10-para-1', interpretation).why).toMatch(/^相关 · 本文件自定的解释条款/);
    expect(ix.relate(l, l.text, 'art-10', interpretation).why).toMatch(/^相关 · 本文件自定的解释条款/);
    // the deepest unit that holds the anchor decides, in whatever order the units come
    const nested = [article('art-1', purpose, '【目的和依据】'), article('art-1-para-2', interpretation, '【解释】')];
    for (const us of [nested, [...nested].reverse()]) {
      const deep = new ParentIndex('parent', us);
      expect(deep.relate(l, l.text, 'art-1-para-2-item-1', interpretation).why).toMatch(/^相关 · 本文件自定的解释条款/);
      expect(deep.relate(l, l.text, 'art-1-para-1', purpose).why).toMatch(/^相关 · 本文件自定的目的和依据条款/);
    }
  });

  it('knows the parent’s n-grams only, so a background counted with it holds the parent’s vocabulary alone', () => {
    const ix = new ParentIndex('parent', units('parent', PARENT));
    expect(ix.knows('问责方式')).toBe(true);
    expect(ix.knows('学院')).toBe(false);
    const bg = new Background();
    bg.add('学院问责方式', ix.knows);
    expect(bg.toData().df.map(([g]) => g)).toEqual([...gramKeys('问责方式')].sort());
  });

  it('words a parent uses in several articles vote less for each than words of one article', () => {
    // 调查组应当 is in every article; 核实问题线索 in the first only
    const ix = new ParentIndex('parent', [article('art-1', '调查组应当核实问题线索。'), article('art-2', '调查组应当听取陈述。'), article('art-3', '调查组应当形成报告。')]);
    const l = units('college', '某办法\n第一条 调查组应当核实问题线索。')[0]!;
    expect(targets(ix.suggest(l))).toEqual(['art-1']);
  });

  it('a common two-character word of many parent articles is not quoted as evidence; rarer shared words are', () => {
    const parent = [
      article('art-1', '问责方式包括通报、诫勉、组织调整。'),
      article('art-2', '党组织应当及时通报。'),
      article('art-3', '纪委应当及时通报。'),
      article('art-4', '组织部门应当及时通报。'),
    ];
    const l = units('college', '某办法\n第一条 问责方式包括诫勉。')[0]!;
    const s = new ParentIndex('parent', parent).suggest(l);
    expect(targets(s)).toEqual(['art-1']);
    expect(s[0]!.evidence).toEqual(['问责方式包括诫勉']);
    const l2 = units('college', '某办法\n第一条 对失职的，予以通报、诫勉。')[0]!;
    const s2 = new ParentIndex('parent', parent).suggest(l2);
    expect(s2[0]!.to.anchor).toBe('art-1');
    // 通报 is in all four parent articles (weight 1/4 < 0.6): not evidence; 诫勉 is in one
    expect(s2[0]!.evidence).toContain('诫勉');
    expect(s2[0]!.evidence).not.toContain('通报');
  });

  it('a phrase every unit of the corpus uses is no evidence, though shared', () => {
    const parent = [article('art-1', '问责方式包括通报、诫勉，及时报告。'), article('art-2', '问责程序由纪委负责，及时报告。')];
    const ix = new ParentIndex('parent', parent);
    const l = units('college', '某办法\n第一条 问责方式包括诫勉，及时报告。')[0]!;
    const bg = new Background();
    for (const t of ['学院工作及时报告', '学院对象及时报告', ...parent.map((u) => u.text), l.text]) bg.add(t, ix.knows);
    const s = ix.withBackground(bg).suggest(l);
    expect(targets(s)).toEqual(['art-1']);
    expect(s[0]!.evidence).toEqual(['问责方式包括诫勉']);
  });
});

describe('the measure’s title and the words quoted as evidence', () => {
  const PARENT2 = ['某某条例', '第一条 【领导责任】党组织领导班子在职责范围内负有全面领导责任。', '第二条 【解释】本条例由中央纪律检查委员会负责解释。'].join('\n');

  it('the words of the measure’s title are its own body, not added text (withTitles)', () => {
    const l = units('city', '某市办法\n第一条 市直机关党组织领导班子在职责范围内负有全面领导责任。')[0]!;
    const ix = new ParentIndex('parent', units('parent', PARENT2));
    expect(ix.suggest(l)[0]!.why).toBe('重申 · 保留上位条款文字 100%，本条 84% 出自上位条款');
    ix.withTitles(new Map([['city', '某市市直机关问责实施办法']]));
    expect(ix.suggest(l)[0]!.why).toBe('重申 · 保留上位条款文字 100%，本条 100% 出自上位条款');
    // another measure's title says nothing about this one
    const other = units('town', '某镇办法\n第一条 市直机关党组织领导班子在职责范围内负有全面领导责任。')[0]!;
    expect(ix.suggest(other)[0]!.why).toBe('重申 · 保留上位条款文字 100%，本条 84% 出自上位条款');
  });

  it('a phrase with 本规 that is no self-noun (本规划) is quoted as written', () => {
    const l = units('city', '某市规划\n第一条 本规划由市委负责解释。')[0]!;
    const s = new ParentIndex('parent', units('parent', PARENT2)).suggest(l);
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.evidence).toEqual(['负责解释', '本规划', '解释']);
  });

  it('each self-noun is quoted as written where the measure names itself twice over (本细则 … 本办法)', () => {
    const l = units('city', '某市细则\n第一条 本办法另有规定的，从其规定；本细则由市委负责解释。')[0]!;
    const s = new ParentIndex('parent', units('parent', PARENT2)).suggest(l);
    expect(targets(s)).toEqual(['art-2']);
    for (const p of s[0]!.evidence.slice(0, -1)) expect(l.text).toContain(p);
  });
});

describe('what the evidence names, and parents with little to go by', () => {
  const article = (anchor: string, text: string, extra: Partial<Unit> = {}): Unit => ({ ...units('parent', `某某条例\n第一条 ${text}`)[0]!, anchor, ...extra });
  const local = (text: string, heading?: string): Unit => ({ ...units('college', `某办法\n第一条 ${text}`)[0]!, heading });

  it('a function shared only weakly is not named in the evidence', () => {
    const s = new ParentIndex('parent', units('parent', PARENT)).suggest(local('问责工作坚持以下要求。'));
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.evidence).toEqual(['问责工作坚持以下']);
  });

  it('a function whose label the shared words already show is not named twice', () => {
    const s = new ParentIndex('parent', units('parent', PARENT)).suggest(local('学院各项工作遵循原则。'));
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.evidence).toEqual(['原则']);
  });

  it('a local heading that is the parent’s topic word for word is shown once, not as “X ≈ X”', () => {
    const parent = [article('art-2', '问责工作要依规依纪、实事求是。', { topic: '问责原则' }), article('art-5', '问责方式包括检查、通报。', { topic: '问责方式' })];
    const s = new ParentIndex('parent', parent).suggest(local('学院问责工作坚持党要管党、从严治党。', '问责原则'));
    expect(targets(s)).toEqual(['art-2']);
    expect(s[0]!.evidence.at(-1)).toBe('问责原则');
  });

  it('a parent without headings: a provision doing what an article does is linked by that, though it shares few words', () => {
    const ix = new ParentIndex('parent', units('parent', PARENT.replace(/【[^】]+】/gu, '')));
    const s = ix.suggest(local('本细则由市委组织部负责解释，自发布之日起施行。'));
    expect(targets(s)).toEqual(['art-6', 'art-7']);
    expect(s[1]!.evidence.at(-1)).toBe('施行');
  });

  it('a parent with no provisions (only its adoption record) suggests nothing', () => {
    const record: Unit = { ...article('preamble', '2016年6月28日中共中央政治局会议审议通过'), kind: 'preamble' };
    expect(new ParentIndex('parent', [record]).suggest(local('为了规范问责工作，制定本办法。'))).toEqual([]);
  });

  it('a measure’s record of adoption that also names the day it takes effect is not linked either', () => {
    const ix = index(PARENT);
    const record: Unit = { ...local('2016年6月28日中共中央政治局会议审议通过，自2016年7月8日起施行'), kind: 'preamble', anchor: 'preamble' };
    expect(ix.suggest(record)).toEqual([]);
  });

  it('a local 附则 linked to a parent 附则: of the two functions both headings name equally, the first labels the link', () => {
    const ix = new ParentIndex('parent', [article('art-1', '为了规范问责工作，制定本条例。'), article('art-9', '本条例未尽事宜，按照党内有关规定办理。', { heading: '附则' })]);
    const s = ix.suggest(local('本办法未尽事宜，按照上级有关规定办理。', '附则'));
    expect(targets(s)).toEqual(['art-9']);
    expect(s[0]!.evidence.at(-1)).toBe('附则 ≈ 解释');
  });
});
