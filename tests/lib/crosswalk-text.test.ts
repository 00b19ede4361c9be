import { describe, expect, it } from 'vitest';
import { clauses, containment, gramCounts, gramSet, sharedPhrases } from '../../src/lib/crosswalk/text.ts';
import { dominant, functionTable, GENERIC_FUNCTIONS, headingFunctions, primaryFunctions, profile } from '../../src/lib/crosswalk/functions.ts';
import { readTopics } from '../../src/data/crosswalk.ts';
import { loadTopics } from '../../src/lib/crosswalk/topics.ts';

/** The 2016 问责条例's topics file (content/crosswalk/topics) with the generic functions. */
// Loaded in each test (not while vitest collects the file), so that mutation testing covers topics.ts and functions.ts per test.
const ccp = () => functionTable(loadTopics(readTopics()).get('ccp-accountability-2016'));
import { leadingHeading, topicOf } from '../../src/lib/crosswalk/units.ts';

describe('text normalisation', () => {
  const cases: [string, string, string[]][] = [
    ['self-nouns are one', '本条例由中央纪律检查委员会负责解释。', ['本规由中央纪律检查委员会负责解释']],
    ['本实施办法 too', '本实施办法自印发之日起施行', ['本规自印发之日起施行']],
    ['enumerators and article references go', '（一）检查。(2)通报；1.诫勉 依照第七条', ['检查', '通报', '诫勉', '依照']],
    ['numbers become #', '自2016年7月8日起施行', ['自#年#月#日起施行']],
    ['digit-wise years become #', '二○○九年三月四日', ['#年三月四日']],
    ['full-width forms are folded', '第３条　（二）问责', ['问责']],
    ['cited titles are dropped', '根据《中国共产党问责条例》等党内法规', ['根据', '等党内法规']],
  ];
  it.each(cases)('%s', (_n, input, want) => expect(clauses(input)).toEqual(want));

  it('counts 2–4-character n-grams inside clauses only', () => {
    const g = gramCounts('诫勉谈话，诫勉');
    expect(g.get('诫勉')).toBe(2);
    expect(g.get('诫勉谈话')).toBe(1);
    expect(g.has('话诫')).toBe(false);
    expect([...g.keys()].every((k) => k.length >= 2 && k.length <= 4)).toBe(true);
  });

  it('containment of 4-gram sets', () => {
    const a = gramSet('问责应当分清责任', 4);
    expect(containment(a, gramSet('问责坚持分清责任。问责应当分清责任', 4))).toBe(1);
    expect(containment(a, gramSet('完全不同的文字内容', 4))).toBe(0);
    expect(containment(new Set(), a)).toBe(0);
  });

  it('shared phrases are whole, trimmed of particles, heaviest first', () => {
    const other = gramCounts('对失职失责、情节较轻的，应当以谈话或者书面方式进行诫勉');
    const got = sharedPhrases('对失职失责、情节较轻的，以谈话方式进行诫勉', new Set(other.keys()), () => 1);
    expect(got).toContain('失职失责');
    expect(got).toContain('情节较轻');
    expect(got.some((p) => p.startsWith('的') || p.endsWith('的'))).toBe(false);
  });
});

describe('drafting functions', () => {
  const cases: [string, string | undefined, string][] = [
    ['为规范问责工作，根据有关规定，结合实际，制定本办法。', undefined, 'purpose'],
    ['问责工作坚持实事求是、权责一致的原则。', undefined, 'principles'],
    ['本办法适用于学校各级党组织及其领导班子成员。', undefined, 'scope'],
    ['领导班子主要负责人承担主要领导责任，分管负责人承担重要领导责任。', undefined, 'responsibility'],
    ['有下列情形之一的，应当予以问责：（一）……', undefined, 'grounds'],
    ['对党员干部可以采取诫勉、通报批评、停职检查、免职等方式。以上方式可以单独使用，也可以合并使用。', undefined, 'sanctions'],
    ['问责决定由学校党委作出。', undefined, 'decision'],
    ['问责决定作出后，应当及时宣布并督促执行，材料归入个人档案。', undefined, 'execution'],
    ['不论其是否调离、提拔或者退休，都应当严肃问责。', undefined, 'lifelong'],
    ['各二级党组织可以根据本办法制定实施细则。', undefined, 'delegation'],
    ['本办法由学校纪委负责解释。', undefined, 'interpretation'],
    ['本办法自印发之日起施行。', undefined, 'effect'],
    ['调查组应当听取被调查人的陈述和申辩，并在十个工作日内完成调查。', undefined, 'procedure'],
    ['被问责人对问责决定不服的，可以提出申诉。', undefined, 'appeal'],
    ['有下列情形之一的，应当从重问责：', undefined, 'gradation'],
    ['考核采用自查自评和现场考评相结合的方式进行。', '考核方式', 'appraisal'],
    ['检查。', '问责方式', 'sanctions'],
  ];
  it.each(cases)('%s (%s) → %s', (text, heading, want) => {
    expect(dominant(profile(text, heading, ccp()), 0.6, ccp())[0]).toBe(want);
  });

  it('a heading names the function; a 解读 topic decides for a parent article', () => {
    expect(headingFunctions('问责方式', ccp())).toEqual(['sanctions']);
    expect(headingFunctions('考核原则', ccp()).sort()).toEqual(['appraisal', 'principles']);
    expect(headingFunctions('考核方式', ccp())).not.toContain('sanctions');
    expect(primaryFunctions('问责决定应当由党中央或者有管理权限的党组织作出。其中……有权采取通报、诫勉方式', '问责决定', ccp())).toEqual(['decision']);
  });

  it("the built-in functions know no subject: accountability topics come from the parent's topics file only", () => {
    const sources = GENERIC_FUNCTIONS.flatMap((f) => f.cues.map((c) => c.re.source)).join(' ');
    for (const word of ['问责', '追责', '诫勉', '责任落实', '情形', '终身']) expect(sources, word).not.toContain(word);
    expect(GENERIC_FUNCTIONS.map((f) => f.id)).not.toContain('sanctions');
    expect(headingFunctions('问责方式')).toEqual([]);
    expect(headingFunctions('问责方式', ccp())).toEqual(['sanctions']);
  });
});

describe('units', () => {
  it('reads the topic a 解读 names', () => {
    expect(topicOf('本条规定了“问责方式”。现有各类问责规定中……')).toBe('问责方式');
    expect(topicOf('没有主题')).toBeUndefined();
  });
  it('finds a heading the parser left in the text', () => {
    expect(leadingHeading('【问责方式】对党组织可以采取……')).toEqual(['问责方式', '对党组织可以采取……']);
    expect(leadingHeading('问责方式:\n（一）诫勉谈话。')).toEqual(['问责方式', '（一）诫勉谈话。']);
    expect(leadingHeading('问责决定由承办机关制作，具体内容包括:')).toBeNull();
  });
});
