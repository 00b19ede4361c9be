/**
 * `ParentIndex.relate` (src/lib/crosswalk/suggest.ts): what the index tells the relation rule about a
 * link — whether the parent provision is a formal clause (and whether its substance is its wording),
 * whether it states principles, whether the two provisions do the same thing (a function both have,
 * not a matter the parent has no article for; the link itself when nothing says otherwise, and for a
 * parent that does not say what its articles are about), the local measure's title and the other
 * parent provisions of the same local one. Also the two parts of link finding that feed it: when a
 * parent says what its articles are about, and a provision joining several parent articles. Each
 * condition has a test with a small input built here that fails when the condition is removed or
 * inverted; the rule itself is tested in crosswalk-relation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildIndexes, suggestAll } from '../../src/lib/crosswalk/build.ts';
import { measureFromText } from '../../src/lib/crosswalk/evaluate.ts';
import { functionTable } from '../../src/lib/crosswalk/functions.ts';
import { ParentIndex, type Suggestion } from '../../src/lib/crosswalk/suggest.ts';
import { DONATION, DONATION_OTHERS, DUTY, headed, INTERPRETATION, PRINCIPLES, PURPOSE, SANCTIONS, TABLE, unit as article } from '../support/crosswalk-parent.ts';

const local = (text: string, heading?: string, doc = 'college') => article(doc, 'art-1', text, heading);
const targets = (s: Suggestion[]) => s.map((x) => x.to.anchor);

describe('ParentIndex.relate: formal clauses', () => {
  it('a purpose clause is judged by its wording: the parent’s aims kept with an aim of its own added restate (formal, formalWording)', () => {
    const l = local('为了规范问责工作，加强学院党的建设，促进学院事业发展，根据党章，制定本办法。');
    const r = headed().relate(l, l.text, 'art-1', PURPOSE);
    // by its wording (kept ≥ 60 %): 重申; were it judged as an organ-or-date clause (own ≤ 25 %) it would be 相关, as a rule 细化
    expect(r.relation).toBe('restates');
    expect(r.own).toBeGreaterThan(0.25);
  });

  it('a local provision that is no purpose clause is not judged by its wording against the parent’s purpose clause (localWording)', () => {
    // the parent's aim and basis kept, no 为了 and no 制定本办法: read as any other provision, the parent's being formal, 相关
    const aims = local('学院规范问责工作，根据党章开展。');
    const r = headed().relate(aims, aims.text, 'art-1', PURPOSE);
    // (judged by its wording, half in the parent's words keeping a third of them, it would restate)
    expect(r.kept).toBeGreaterThanOrEqual(0.3);
    expect(r.own).toBeLessThanOrEqual(0.5);
    expect(r.relation).toBe('related');
    // the same words opening with 为了: a purpose clause, judged by its wording
    const purpose = local('为了规范问责工作，根据党章开展。');
    expect(headed().relate(purpose, purpose.text, 'art-1', PURPOSE).relation).toBe('restates');
  });

  it('an interpretation clause of its own is the measure’s own (formal, its label in the reason)', () => {
    const l = local('本办法由学院党委负责解释。');
    const r = headed().relate(l, l.text, 'art-4', INTERPRETATION);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/^相关 · 本文件自定的解释条款/);
  });

  it('an interpretation clause is no wording clause: keeping the parent’s words is not enough when its organ is its own', () => {
    const l = local('本办法由中央纪律检查委员会授权学院纪委负责解释。');
    const r = headed().relate(l, l.text, 'art-4', INTERPRETATION);
    expect(r.relation).toBe('related');
    expect(r.kept).toBeGreaterThanOrEqual(0.6);
  });
});

describe('ParentIndex.relate: principles and the same matter', () => {
  it('principles of its own against the parent’s principles are 相关, named by the function (declaratory)', () => {
    const l = local('学院问责坚持严管厚爱、权责统一的原则。');
    const r = headed().relate(l, l.text, 'art-2', PRINCIPLES);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/^相关 · 自行规定“原则”/);
  });

  it('a parent provision that names a 原则 only as the criterion of its rule (…的原则确定) states no principles: 细化, not 相关 (principleInPassing)', () => {
    const WATER = '使用水工程供应的水，应当按照国家规定向供水单位缴纳水费。供水价格应当按照补偿成本、合理收益、优质优价、公平负担的原则确定。具体办法由省级以上人民政府价格主管部门会同同级水行政主管部门依据职权制定。';
    const ix = new ParentIndex('parent', [article('parent', 'art-1', WATER), article('parent', 'art-2', DUTY)], TABLE);
    const l = local('使用水工程供应的水，应当向供水单位缴纳水费。水工程供水应逐步推行基本水价和计量水价相结合的两部制水价。');
    const r = ix.relate(l, l.text, 'art-1', WATER);
    expect(r.kept).toBeLessThan(0.3);
    expect(r.relation).toBe('implements');
    // a parent provision that states principles (坚持以下原则：…): the local provision's own are 相关
    const STATED = '水资源管理坚持以下原则：统一规划、节约优先、保护为主。';
    const stated = new ParentIndex('parent', [article('parent', 'art-1', STATED), article('parent', 'art-2', DUTY)], TABLE);
    const own = local('本市水资源管理实行总量控制和定额管理相结合的制度。');
    expect(stated.relate(own, own.text, 'art-1', STATED).relation).toBe('related');
  });

  it('the parent article’s 解读 topic names the shared matter in the reason (topicLabel)', () => {
    const withTopic = new ParentIndex('parent', [article('parent', 'art-2', PRINCIPLES), article('parent', 'art-3', SANCTIONS, '【问责方式】')].map((u) => (u.anchor === 'art-2' ? { ...u, topic: '问责原则' } : u)), TABLE);
    const l = local('学院问责坚持严管厚爱、权责统一的原则。');
    expect(withTopic.relate(l, l.text, 'art-2', PRINCIPLES).why).toMatch(/^相关 · 自行规定“问责原则”/);
  });

  it('the same function, the local provision’s main one, is the same matter: 细化 with little kept (shared)', () => {
    const l = local('对学院党总支的问责，可以采取约谈、检查、通报方式，情节严重的予以改组。');
    const r = headed().relate(l, l.text, 'art-3', SANCTIONS);
    expect(r.kept).toBeLessThan(0.3);
    expect(r.relation).toBe('implements');
  });

  it('a function shared but not the local provision’s main one is no shared matter', () => {
    // mainly principles (its heading says so), naming a form of accountability in passing
    const l = local('问责坚持惩前毖后、治病救人，情节轻微的可以通报。', '【基本原则】');
    const r = headed().relate(l, l.text, 'art-3', SANCTIONS);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/所涉事项与上位条款不尽相同$/);
  });

  it('a provision mainly about a matter the parent has no article for (an appeal) is another matter, though it shares a function (mainIsOrphan, by its text)', () => {
    const l = local('对问责决定不服的，可以申诉；申诉期间不停止通报的执行。');
    const r = headed().relate(l, l.text, 'art-3', SANCTIONS);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/所涉事项与上位条款不尽相同$/);
    // the same words mainly about the forms of accountability (检查、通报、改组、诫勉): the same matter
    const sanctions = local('问责决定作出后，不停止检查、通报、改组、诫勉的执行。');
    expect(headed().relate(sanctions, sanctions.text, 'art-3', SANCTIONS).relation).toBe('implements');
  });

  it('a heading that names a matter the parent has no article for says what the provision is about (mainIsOrphan, by its heading)', () => {
    const text = '问责可以采取：约谈、检查、通报。';
    const headedAppeal = local(text, '【申诉】');
    const plain = local(text);
    const ix = headed();
    expect(ix.relate(headedAppeal, text, 'art-3', SANCTIONS).relation).toBe('related');
    expect(ix.relate(plain, text, 'art-3', SANCTIONS).relation).toBe('implements');
    // a heading naming the parent's matter and one it has no article for (问责对象): the latter still says it is another matter
    expect(ix.relate(local(text, '【问责方式和对象】'), text, 'art-3', SANCTIONS).relation).toBe('related');
  });

  it('a function shown only weakly is no evidence of the same matter (SAME_FUNCTION)', () => {
    const table = functionTable([{ id: 'duty', label: '遵守纪律', heading: '纪律', cues: [{ re: '遵守', weight: 1 }] }]);
    const ix = new ParentIndex('parent', [article('parent', 'art-1', DUTY, '【纪律】'), article('parent', 'art-2', PURPOSE, '【目的和依据】')], table);
    // one weak cue (遵守) of the parent article's topic, and nothing else
    const l = local('教职工应当遵守学校规章，认真履行岗位职责。');
    expect(ix.relate(l, l.text, 'art-1', DUTY).relation).toBe('related');
    // the topic shown plainly (its heading): the same matter
    expect(ix.relate(local(l.text, '【纪律要求】'), l.text, 'art-1', DUTY).relation).toBe('implements');
  });

  it('a local provision mainly stating principles of its own, keeping little, is 相关 though the parent article states none (declaratory, by the local provision)', () => {
    // a parent without headings: the link is the evidence of the same matter
    const bare = new ParentIndex('parent', [DUTY, SANCTIONS, INTERPRETATION].map((t, i) => article('parent', `art-${i + 1}`, t)), TABLE);
    const l = local('学院教职工履职坚持严管厚爱、权责统一、惩教结合的原则。');
    const r = bare.relate(l, l.text, 'art-1', DUTY);
    expect(r.kept).toBeLessThan(0.3);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/^相关 · 自行规定/);
    // the same words with no principle stated: a rule on the same matter, 细化
    const duty = local('学院教职工履职应当严管厚爱、权责统一、惩教结合。');
    expect(bare.relate(duty, duty.text, 'art-1', DUTY).relation).toBe('implements');
    // a link from one paragraph is read by that paragraph: the article's first paragraph states principles, its second does not
    const both = local(`学院问责坚持严管厚爱、权责统一、惩教结合的原则。\n${duty.text}`);
    expect(bare.relate(both, both.text, 'art-1', DUTY).relation).toBe('related');
    expect(bare.relate(both, duty.text, 'art-1', DUTY).relation).toBe('implements');
  });

  it('when neither provision shows a function, topic or heading, the link itself is the evidence of the same matter', () => {
    const l = local('学院教职工应当认真履行岗位职责，自觉接受师生监督。');
    const r = headed().relate(l, l.text, 'art-5', DUTY);
    expect(r.kept).toBeLessThan(0.3);
    expect(r.relation).toBe('implements');
    // the same local provision against a parent article that does show a function: another matter
    expect(headed().relate(l, l.text, 'art-3', SANCTIONS).relation).toBe('related');
  });
});

describe('ParentIndex.relate: a parent that does not say what its articles are about', () => {
  const bare = (headings: number) =>
    new ParentIndex(
      'parent',
      [PURPOSE, PRINCIPLES, SANCTIONS, INTERPRETATION].map((t, i) => article('parent', `art-${i + 1}`, t, i < headings ? '【某某】' : undefined)),
      TABLE,
    );

  it('is one whose articles have headings less than half the time: the link is the evidence of the same matter (topical share)', () => {
    // an appraisal, a matter the parent has no article for
    const l = local('学院每年对党总支进行考核，评定等次，考核结果作为通报的依据。', '【考核】');
    // one article in four with a heading (a colon lead-in, say): no parent with headings
    expect(bare(1).relate(l, l.text, 'art-3', SANCTIONS).relation).toBe('implements');
    // half of them: a parent with headings, so the appraisal is another matter
    expect(bare(2).relate(l, l.text, 'art-3', SANCTIONS).relation).toBe('related');
  });
});

describe('ParentIndex.relate: the local measure and the other linked provisions', () => {
  it('the words of the local measure’s title are its scope noun (withTitles → localTitle)', () => {
    const text = '某某职业技术学院党员领导干部应当带头遵守党的纪律。';
    const l = local(text, undefined, 'college');
    const untitled = headed();
    const titled = headed().withTitles(new Map([['college', '某某职业技术学院问责办法']]));
    expect(titled.relate(l, text, 'art-5', DUTY).relation).toBe('restates');
    expect(untitled.relate(l, text, 'art-5', DUTY).relation).toBe('implements');
  });

  it('words of the title the parent itself uses are no scope noun (parentHas)', () => {
    // 问责 is in the title and in the parent: 责 stays the provision's own text here (院问 covers 问), where the parent has no run of three around it
    const text = '学院问责从严。';
    const ix = headed().withTitles(new Map([['college', '某某学院问责办法']]));
    const r = ix.relate(local(text, undefined, 'college'), text, 'art-5', DUTY);
    expect(r.own).toBeCloseTo(3 / 6, 3);
  });

  it('what the local provision takes from the other parent provisions it is linked to is not its own (alsoFrom)', () => {
    const text = `${DUTY}本办法由学院党委负责解释。`;
    const l = local(text);
    const ix = headed();
    expect(ix.relate(l, text, 'art-5', DUTY).relation).toBe('implements');
    expect(ix.relate(l, text, 'art-5', DUTY, ['本办法由学院党委负责解释。']).relation).toBe('restates');
  });
});

describe('link finding: a provision that joins several parent articles', () => {
  const P1 = '国家实行无偿献血制度。国家提倡健康公民自愿献血。';
  const P2 = DONATION;
  const OTHER = DONATION_OTHERS;
  const parent = (first = P1) =>
    new ParentIndex('parent', [first, P2, ...OTHER].map((t, i) => article('parent', `art-${i + 1}`, t)));
  const JOINED = '鼓励国家工作人员和高等院校在校学生率先献血，为树立社会新风尚作表率。全省实行无偿献血制度，提倡健康公民自愿献血。';

  it('gets the further parent article it keeps most of and takes text from that the first one does not give', () => {
    const s = parent().suggest(local(JOINED));
    expect(targets(s)).toEqual(['art-2', 'art-1']);
    // and restates both, each one's words coming from the other
    expect(s.map((x) => x.relation)).toEqual(['restates', 'restates']);
  });

  it('not an article it keeps less than half of (nor most of one sentence of it)', () => {
    // one long sentence: the local provision keeps its first half
    const longer = `${P1.replace(/。/gu, '，')}国家鼓励单位组织职工参加献血，献血后可以给予适当补贴，并由卫生行政部门统一发给献血证书。`;
    expect(targets(parent(longer).suggest(local(JOINED)))).toEqual(['art-2']);
  });

  it('an article of which it keeps one sentence nearly whole, though less than half of the article (joinedSentenceKept)', () => {
    const longer = `${P1}国家鼓励单位组织职工参加献血，献血后可以给予适当补贴，并由卫生行政部门统一发给献血证书。`;
    expect(targets(parent(longer).suggest(local(JOINED)))).toEqual(['art-2', 'art-1']);
  });

  it('not for a sentence that other articles of the parent have too (构成犯罪的，依法追究刑事责任)', () => {
    const texts = [
      '血站违反操作规程采集血液的，由卫生行政部门责令改正，给予警告，可以并处一万元以下的罚款；构成犯罪的，依法追究刑事责任。',
      '医疗机构的医务人员违反本法规定，将不符合国家规定标准的血液用于患者的，由卫生行政部门责令改正；给患者健康造成损害的，应当依法赔偿，对直接负责的主管人员和其他直接责任人员，依法给予行政处分；构成犯罪的，依法追究刑事责任。',
      '卫生行政部门的工作人员玩忽职守，造成严重后果的，依法给予行政处分；构成犯罪的，依法追究刑事责任。',
      '国家实行无偿献血制度。',
    ];
    const ix = new ParentIndex('parent', texts.map((t, i) => article('parent', `art-${i + 1}`, t)));
    // the first article has no criminal clause: the local one's is taken from no article in particular
    const first = texts[0]!.replace('；构成犯罪的，依法追究刑事责任', '');
    const ix2 = new ParentIndex('parent', [first, ...texts.slice(1)].map((t, i) => article('parent', `art-${i + 1}`, t)));
    const L = '血站违反操作规程采集血液的，由市卫生行政部门责令改正，给予警告，并处一万元以下的罚款；构成犯罪的，依法追究刑事责任。';
    expect(targets(ix.suggest(local(L)))).toEqual(['art-1']);
    expect(targets(ix2.suggest(local(L)))).toEqual(['art-1']);
  });

  it('not for a short sentence (fewer than joinedSentenceMin characters)', () => {
    const texts = [
      '血站采集血液应当遵守操作规程。',
      '血站须登记备案。献血者的健康检查费用由血站承担，不得向献血者收取，也不得以任何名义变相收取，违者由卫生行政部门责令退还。',
      '国家实行无偿献血制度。',
      '医疗机构临床用血应当制定用血计划。',
    ];
    const ix = new ParentIndex('parent', texts.map((t, i) => article('parent', `art-${i + 1}`, t)));
    expect(targets(ix.suggest(local('血站采集血液应当遵守操作规程。血站须登记备案。')))).toEqual(['art-1']);
  });

  it('not a second further article whose text the first further one already gives', () => {
    const texts = ['调查组应当核实问题线索和有关情况。', '处理意见应当经集体讨论通过。', '处理意见应当经集体讨论通过，并报党委备案。', '本条例自发布之日起施行。', '问责决定应当由党委作出。'];
    const ix = new ParentIndex('parent', texts.map((t, i) => article('parent', `art-${i + 1}`, t)));
    expect(targets(ix.suggest(local('调查组应当核实问题线索和有关情况，处理意见应当经集体讨论通过。')))).toEqual(['art-1', 'art-2']);
  });

  it('for a parent matched on its words alone, only the best article on its score (a joined one still by what it keeps)', () => {
    // art-1 scores over 80 % of art-2 but the local provision keeps less than half of it
    const texts = [
      '居民委员会的设立、撤销、规模调整，由不设区的市、市辖区的人民政府决定，并报上一级人民政府备案，同时向社会公布，接受居民监督。',
      '居民委员会的设立、撤销，应当听取居民的意见。居民委员会的办公用房，由当地人民政府统筹解决。居民委员会的工作经费由人民政府拨付。',
      '居民会议由居民委员会召集和主持。',
      '居民公约由居民会议讨论制定。',
    ];
    const ix = new ParentIndex('parent', texts.map((t, i) => article('parent', `art-${i + 1}`, t)));
    expect(targets(ix.suggest(local('居民委员会的设立、撤销，应当听取居民的意见，报市辖区的人民政府决定。')))).toEqual(['art-2']);
  });

  it('at most three articles in all', () => {
    const texts = ['调查组应当核实问题线索。', '调查组应当听取陈述和申辩。', '调查组应当收集相关证据材料。', '调查组应当形成书面调查报告。', '问责决定应当由党委作出。', '本条例自发布之日起施行。'];
    const ix = new ParentIndex('parent', texts.map((t, i) => article('parent', `art-${i + 1}`, t)));
    expect(ix.suggest(local('调查组应当核实问题线索，听取陈述和申辩，收集相关证据材料，形成书面调查报告。'))).toHaveLength(3);
  });

  it('not an article whose own score is too low (a short article, a small part of a long provision)', () => {
    const L = '鼓励国家工作人员和高等院校在校学生率先献血，为树立社会新风尚作表率。全省实行无偿献血制度。';
    expect(targets(parent('国家实行无偿献血制度。').suggest(local(L)))).toEqual(['art-2']);
  });

  it('not an article that gives nothing the chosen ones do not, however much of it is kept', () => {
    // art-1 is kept whole, but every word of it is in art-2 too
    expect(targets(parent('国家鼓励国家工作人员率先献血。').suggest(local(JOINED)))).toEqual(['art-2']);
  });
});

describe('link finding: an article of the parent cited by number', () => {
  const LAW = ['在中华人民共和国境内的车辆、船舶的所有人或者管理人，为车船税的纳税人。', '车船的适用税额依照本法所附税目税额表执行。', '下列车船免征车船税：\n（一）捕捞、养殖渔船；\n（二）警用车船。', '车船税由税务机关负责征收。'];
  const law = () => new ParentIndex('parent', LAW.map((t, i) => article('parent', `art-${i + 1}`, t)));
  const DEFINITION = '车船税法第三条第一项所称的捕捞、养殖渔船，是指在渔业船舶登记管理部门登记为捕捞船或者养殖船的船舶。';

  it('is linked, first, under one of the parent’s names (withNames), whatever its words', () => {
    const named = law().withNames(['中华人民共和国车船税法', '车船税法']).suggest(local(DEFINITION));
    expect(targets(named)[0]).toBe('art-3');
    expect(named[0]!.score).toBe(1);
    // without the parent's names, the definition shares too few words with the article that uses the term
    expect(targets(law().suggest(local(DEFINITION)))).not.toContain('art-3');
  });

  it('under its name in 《》, or its full title; not under a longer title ending with it, nor an unclosed 《', () => {
    const ix = () => law().withNames(['中华人民共和国车船税法']);
    expect(targets(ix().suggest(local('依照《车船税法》第四条的规定征收。')))).toContain('art-4');
    expect(targets(ix().suggest(local('依照中华人民共和国车船税法第四条的规定征收。')))).toContain('art-4');
    // 地方车船税法 is another title that ends with the parent's name
    expect(targets(ix().suggest(local('依照地方车船税法第四条的规定办理登记手续。')))).not.toContain('art-4');
    expect(targets(ix().suggest(local('依照《车船税法第四条的规定办理登记手续。')))).not.toContain('art-4');
  });

  it('each of the articles cited one after the other (第三条第一项、第四条; 第一条和第二条), not an article cited apart', () => {
    const ix = () => law().withNames(['中华人民共和国车船税法', '车船税法']);
    const listed = targets(ix().suggest(local('车船税法第三条第一项、第四条所称的渔船，是指登记为捕捞船的船舶。')));
    expect(listed.slice(0, 2)).toEqual(['art-3', 'art-4']);
    expect(targets(ix().suggest(local('车船税法第一条和第二条所称的车船，是指依法登记的车船。'))).slice(0, 2)).toEqual(['art-1', 'art-2']);
    // a number after other words is no article of the law (本条例第四条)
    expect(targets(ix().suggest(local('车船税法第三条第一项及本条例第四条所称的渔船，是指登记为捕捞船的船舶。'))).slice(0, 2)).not.toContain('art-4');
  });

  it('is found by the build with the parent’s title and short title (buildIndexes)', () => {
    const lawText = ['中华人民共和国车船税法', ...LAW.map((t, i) => `第${'一二三四'[i]}条 ${t}`)].join('\n');
    const lawDoc = measureFromText('vehicle-tax-law', lawText, 'none');
    const docs = [{ ...lawDoc, meta: { ...lawDoc.meta, parents: [] } }, measureFromText('vehicle-tax-rules', `中华人民共和国车船税法实施条例\n第一条 ${DEFINITION}`, 'vehicle-tax-law')];
    const links = suggestAll(docs, buildIndexes(docs));
    expect(links.filter((l) => l.from.anchor === 'art-1').map((l) => l.to.anchor)[0]).toBe('art-3');
  });
});
