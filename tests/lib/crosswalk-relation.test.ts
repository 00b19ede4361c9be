/**
 * The relation rule (src/lib/crosswalk/relation.ts, README "Crosswalk"): 重申 /
 * 细化 / 相关 decided from what the local provision keeps, adds and drops.
 */
import { describe, expect, it } from 'vitest';
import { classifyRelation, foldOrgans, listPhrases, phrasesOf, principleInPassing } from '../../src/lib/crosswalk/relation.ts';

const substantive = { formal: false, sameFunction: true };
const PARENT_7 =
  '对党组织的问责方式包括：\n（一）检查。对履行职责不力、情节较轻的，应当责令其作出书面检查并切实整改。\n（二）通报。对履行职责不力、情节较重的，应当责令整改，并在一定范围内通报。\n（三）改组。对失职失责，严重违反党的纪律、本身又不能纠正的，应当予以改组。';

describe('relation rule', () => {
  it('重申: the parent’s words after folding width, 本条例→本办法 and the scope noun', () => {
    const parent = '问责应当分清责任。党组织领导班子在职责范围内负有全面领导责任，领导班子主要负责人和直接主管的班子成员承担主要领导责任。';
    const local = '问责应当分清责任.党组织领导班子在职责范围内负有全面领导责任,领导班子主要负责人和直接主管的班子成员承担主要领导责任.';
    const r = classifyRelation(local, parent, substantive);
    expect(r.relation).toBe('restates');
    expect(r.kept).toBeGreaterThan(0.95);
    expect(r.why).toMatch(/^重申 · 保留上位条款文字 (9\d|100)%/);
    expect(r.added).toEqual([]);
    const selfNoun = classifyRelation('本办法自印发之日起施行。此前学校有关问责的规定，凡与本办法不一致的，按照本办法执行。', '本条例自2016年7月8日起施行。此前发布的有关问责的规定，凡与本条例不一致的，按照本条例执行。', {
      formal: true,
      sameFunction: true,
      localTitle: '某某学校问责办法',
    });
    expect(selfNoun.kept).toBeGreaterThan(0.7);
  });

  it('细化: list members added are named, those left out too', () => {
    const local =
      '对党组织的问责方式包括：\n（一）检查。对履行职责不力、情节较轻的，应当责令其作出书面检查并切实整改。\n（二）通报。对履行职责不力、情节较重的，应当责令整改，并在一定范围内通报。\n（三）提醒。对苗头性问题，及时进行提醒。\n（四）函询。对一般性问题，向当事人书面函询。';
    const r = classifyRelation(local, PARENT_7, substantive);
    expect(r.relation).toBe('implements');
    expect(r.added.slice(0, 2)).toEqual(['提醒', '函询']);
    expect(r.dropped[0]).toBe('改组');
    expect(r.why).toMatch(/^细化 · 增加：提醒、函询.* · 删去：改组/);
  });

  it('an enumeration with 、 counts its new members as additions', () => {
    const r = classifyRelation('对党的领导干部的问责方式包括：提醒、函询、通报、诫勉。', '对党的领导干部的问责方式包括：通报、诫勉。', substantive);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(['提醒', '函询']);
  });

  it('a shortened copy that adds nothing is 重申', () => {
    const r = classifyRelation('上述问责方式，可以单独使用，也可以合并使用。', `${PARENT_7}\n上述问责方式，可以单独使用，也可以合并使用。`, substantive);
    expect(r.relation).toBe('restates');
    expect(r.kept).toBeLessThan(0.3);
  });

  it('相关: a formal clause of its own (its own interpreting organ), whatever it shares', () => {
    const r = classifyRelation('本办法由学校纪委负责解释。', '本条例由中央纪律检查委员会负责解释。', { formal: true, formalLabel: '解释', sameFunction: true });
    expect(r.relation).toBe('related');
    expect(r.why).toContain('相关 · 本文件自定的解释条款');
  });

  it('相关: little kept and another matter; 细化 when the same matter is ruled on', () => {
    const local = '考核对象为学校二级部门中层领导班子及其班子成员。';
    const parent = '问责对象是各级党委（党组）、党的工作部门及其领导成员，各级纪委（纪检组）及其领导成员，重点是主要负责人。';
    expect(classifyRelation(local, parent, { formal: false, sameFunction: false }).relation).toBe('related');
    expect(classifyRelation(local, parent, { formal: false, sameFunction: true }).relation).toBe('implements');
    expect(classifyRelation('问责坚持严格要求、权责统一、惩教结合的原则。', '党的问责工作应当坚持的原则：依规依纪、实事求是，失责必问、问责必严。', { formal: false, sameFunction: true, declaratory: true }).relation).toBe('related');
  });

  it('重申 for a purpose or guiding-thought clause that keeps 60 % of the parent’s words, its own basis and scope added; 相关 when its aim is its own', () => {
    const parent = '为了保障公民依法行使集会、游行、示威的权利，维护社会安定和公共秩序，根据宪法，制定本法。';
    const wording = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true };
    const kept = classifyRelation('为了保障公民依法行使集会、游行、示威的权利，维护社会治安和公共秩序，根据《中华人民共和国集会游行示威法》和国务院有关规定，结合本市实际，制定本办法。', parent, wording);
    expect(kept.relation).toBe('restates');
    expect(kept.kept).toBeGreaterThanOrEqual(0.6);
    const own = classifyRelation('为了加强本市大型群众性活动的安全管理，预防和减少事故，根据有关法律，制定本办法。', parent, wording);
    expect(own.relation).toBe('related');
    expect(own.kept).toBeLessThan(0.6);
    // The same share kept by an entry-into-force clause with its own date is not enough: its substance is the date.
    const effect = classifyRelation('本办法自1997年10月1日起施行。', '本法自公布之日起施行。', { formal: true, formalLabel: '施行', sameFunction: true });
    expect(effect.relation).toBe('related');
  });

  it('a provision joining two parent articles restates both: what it takes from the other is not its own', () => {
    const art3 = '公民行使集会、游行、示威的权利，各级人民政府应当依照本法规定，予以保障。';
    const art4 = '公民在行使集会、游行、示威的权利的时候，必须遵守宪法和法律，不得反对宪法所确定的基本原则，不得损害国家的、社会的、集体的利益和其他公民的合法的自由和权利。';
    const local = `各级人民政府应当依照本办法规定，保障公民行使集会、游行、示威的权利。${art4}`;
    expect(classifyRelation(local, art4, substantive).relation).toBe('implements');
    const joined = classifyRelation(local, art4, { ...substantive, alsoFrom: [art3] });
    expect(joined.relation).toBe('restates');
    expect(joined.added).toEqual([]);
    // Another article's text does not count for this one's kept share.
    expect(joined.kept).toBe(classifyRelation(local, art4, substantive).kept);
  });

  it('the measure’s own body is form: the words of its title, and 学校/单位 … where they name it', () => {
    const parent = '党组织领导班子在职责范围内负有全面领导责任。';
    const local = '市直机关党组织领导班子在职责范围内负有全面领导责任。';
    const titled = classifyRelation(local, parent, { ...substantive, localTitle: '某市市直机关问责实施办法' });
    expect(titled.own).toBe(0);
    expect(titled.added).toEqual([]);
    // Without the title 市直机关 is the provision's own text (机关 inside a word is no scope noun).
    const untitled = classifyRelation(local, parent, substantive);
    expect(untitled.own).toBeGreaterThan(0.1);
    // A generic scope noun counts where it names the body (各单位, 全校), not inside another word (责任单位).
    expect(classifyRelation('各单位党组织领导班子在职责范围内负有全面领导责任。', parent, { ...substantive, localTitle: '某办法' }).own).toBeCloseTo(1 / 24, 3);
    expect(classifyRelation('责任单位党组织领导班子在职责范围内负有全面领导责任。', parent, { ...substantive, localTitle: '某办法' }).own).toBeCloseTo(4 / 25, 3);
  });

  it('book titles, 以下简称… and 结合…实际 are form, not additions', () => {
    const parent = '为全面从严治党，规范和强化党的问责工作，根据《中国共产党章程》，制定本条例。';
    const local = '为全面从严治党，规范和强化党的问责工作，根据《中国共产党问责条例》（以下简称《条例》），结合学校实际，制定本办法。';
    const ctx = { ...substantive, localTitle: '某某学院问责实施办法' };
    const r = classifyRelation(local, parent, ctx);
    // The same as the parent's sentence with only the self-noun changed (根据 alone, two characters between titles, is too short to count as taken).
    expect(r).toEqual(classifyRelation('为全面从严治党，规范和强化党的问责工作，根据，制定本办法。', parent, ctx));
    expect(r.added).toEqual([]);
    expect(r.kept).toBeGreaterThan(0.9);
    expect(r.relation).toBe('restates');
  });

  it('the reason shows at most four phrases, long ones shortened, and says how many there are', () => {
    const local = '对党的领导干部的问责方式包括：提醒、函询、诫勉、调离岗位、责令公开道歉、取消当年年度考核评优和评选各类先进的资格。';
    const r = classifyRelation(local, '对党的领导干部的问责方式包括：通报、组织处理。', substantive);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(['提醒', '函询', '诫勉', '调离岗位', '责令公开道歉', '取消当年年度考核评优和评选各类先进的资格']);
    expect(r.why).toBe('细化 · 增加：提醒、函询、诫勉、调离岗位 等 6 处 · 删去：通报、组织处理');
    expect(listPhrases(['取消当年年度考核评优和评选各类先进的资格'])).toBe('取消当年年度考核评优和评…');
  });

  it('phrases are cut as written and list members are marked', () => {
    const ps = phrasesOf('（一）检查。对履行职责不力的，应当检查；\n包括：提醒、函詢。');
    expect(ps.map((p) => p.text)).toEqual(['检查', '对履行职责不力的', '应当检查', '包括', '提醒', '函詢']);
    expect(ps.filter((p) => p.item).map((p) => p.text)).toEqual(['检查', '提醒', '函詢']);
    expect(ps.find((p) => p.text === '函詢')!.folded).toBe('函询');
  });

  it('an entry-into-force clause: its date is its own (相关); what it copies besides can restate (重申)', () => {
    const effect = { formal: true, formalLabel: '施行', sameFunction: true };
    // Numbers fold alike, so the bare sentences would be identical: the date is still the measure's own.
    const own = classifyRelation('本办法自2006年3月1日起施行。', '本法自2001年1月1日起施行。', effect);
    expect(own.relation).toBe('related');
    expect(own.why).toBe('相关 · 本文件自定的施行条款（施行日期由本文件自定）');
    // The same answer every time (no state kept between calls).
    for (let i = 0; i < 3; i++) expect(classifyRelation('本规定自2010年1月1日起施行。', '本法自2001年1月1日起施行。', effect).relation).toBe('related');
    const copied = classifyRelation('本办法自印发之日起施行。此前市直机关有关问责的规定，凡与本办法不一致的，按照本办法执行。', '本条例自2016年7月8日起施行。此前发布的有关问责的规定，凡与本条例不一致的，按照本条例执行。', {
      ...effect,
      localTitle: '某市市直机关问责实施办法',
    });
    expect(copied.relation).toBe('restates');
    // Only the date sentence in the parent, more in the local clause: still its own.
    expect(classifyRelation('本办法自发布之日起施行。2001年的暂行办法同时废止。', '本法自公布之日起施行。', effect).relation).toBe('related');
  });

  it('a parent list member with a short qualifier (公民集会 for 集会) is no new member; a new member still is', () => {
    const parent = '集会、游行、示威的主管机关，是集会、游行、示威举行地的公安机关。';
    const qualified = classifyRelation('公民集会、游行、示威的主管机关，是集会、游行、示威举行地的公安机关。', parent, substantive);
    expect(qualified.relation).toBe('restates');
    expect(qualified.added).toEqual(['公民集会']);
    expect(classifyRelation('集会、静坐、游行、示威的主管机关，是集会、游行、示威举行地的公安机关。', parent, substantive).relation).toBe('implements');
  });

  it('short glosses in brackets (区县（自治县）), the measure named beside the law (…和本办法) and punctuation are form', () => {
    const parent = '外国人在中国境内举行集会、游行、示威，适用本法规定。外国人在中国境内未经主管机关批准不得参加中国公民举行的集会、游行、示威。';
    const local = '外国人在本市举行集会、游行、示威适用《中华人民共和国集会游行示威法》和本办法。外国人未经主管机关批准不得参加本市公民举行的集会、游行、示威。';
    const r = classifyRelation(local, parent, { ...substantive, localTitle: '重庆市实施《中华人民共和国集会游行示威法》办法' });
    expect(r.relation).toBe('restates');
    expect(r.own).toBeLessThanOrEqual(0.25);
    const gloss = classifyRelation('主管机关是举行地的区县（自治县）公安机关。', '主管机关是举行地的区县公安机关。', substantive);
    expect(gloss.own).toBe(0);
    expect(gloss.relation).toBe('restates');
    // A bracketed enumerator is not a gloss: the members stay members.
    expect(phrasesOf('包括：\n（一）提醒；\n（二）函询。').filter((p) => p.item).map((p) => p.text)).toEqual(['提醒', '函询']);
    // 与本办法 in 凡与本办法不一致的 is no conjunction: it stays compared.
    expect(classifyRelation('凡与本办法不一致的，按照本办法执行。', '凡与本条例不一致的，按照本条例执行。', substantive).kept).toBe(1);
  });

  it('the measure’s own scope clause (在本市行政区域内…遵守/适用本办法, 比照适用) is 相关 unless it restates', () => {
    const parent = '在中华人民共和国境内举行集会、游行、示威，均适用本法。\n本法所称集会，是指聚集于露天公共场所，发表意见、表达意愿的活动。';
    const own = classifyRelation('在本市行政区域内的公共道路和露天公共场所举行的集会、游行、示威，必须遵守《中华人民共和国集会游行示威法》及其实施条例和本办法。', parent, substantive);
    expect(own.relation).toBe('related');
    expect(own.why).toMatch(/^相关 · 本文件自定的适用范围条款/);
    const extended = classifyRelation('台湾同胞以其设在其他国家或者地区的公司作为投资者在大陆投资的，可以比照适用本实施细则。', '台湾同胞投资适用本法。本法所称台湾同胞投资是指台湾地区的公司、企业作为投资者在其他省、自治区和直辖市投资。', substantive);
    expect(extended.relation).toBe('related');
    // A scope clause in the parent's words restates; one naming its own subjects (no 行政区域内) is ruled as before.
    const copied = classifyRelation('本办法适用于在本省各级各类学校和其他教育机构中专门从事教育教学工作的教师。', '本法适用于在各级各类学校和其他教育机构中专门从事教育教学工作的教师。', { ...substantive, localTitle: '浙江省实施《中华人民共和国教师法》办法' });
    expect(copied.relation).toBe('restates');
    expect(classifyRelation('本办法适用于全县各级党组织、党政机关、事业单位及其工作人员。', '问责对象是各级党委（党组）、党的工作部门及其领导成员。', substantive).relation).toBe('implements');
  });

  it('a quantity the parent does not state (a deadline, an age, a term) is an addition of substance, named first; the same quantity in other figures is none', () => {
    const parent = '取得教师资格的人员首次任教时，应当有试用期。';
    const deadline = classifyRelation('取得教师资格的人员首次任教时，应当有一年的试用期。', parent, substantive);
    expect(deadline.relation).toBe('implements');
    expect(deadline.added[0]).toBe('一年');
    // without the number the same words restate
    expect(classifyRelation('取得教师资格的人员首次任教时，应当有试用期。', parent, substantive).relation).toBe('restates');
    // 十五日 for 15日: the parent's own deadline, written in other figures
    expect(classifyRelation('当事人可以自接到通知之日起十五日内申请复议。', '当事人可以自接到通知之日起15日内申请复议。', substantive).relation).toBe('restates');
    // a quantity another linked parent provision states is not the local provision's own
    const other = '献血者的年龄为十八周岁至五十五周岁。';
    const local = '鼓励十八周岁以上的国家工作人员率先献血。';
    const p = '鼓励国家工作人员率先献血。';
    expect(classifyRelation(local, p, substantive).relation).toBe('implements');
    expect(classifyRelation(local, p, { ...substantive, alsoFrom: [other] }).added).not.toContain('十八周岁');
  });

  it('the parent’s words used twice extend its rule (to other persons): 细化, said so', () => {
    const parent = '投资者依法获得的投资收益和其他合法收入，可以依法汇往境外。';
    const twice = classifyRelation(`${parent}\n企业中的职工依法获得的其他合法收入，可以依法汇往境外。`, parent, substantive);
    expect(twice.relation).toBe('implements');
    expect(twice.why).toBe('细化 · 上位条款的规定另扩及其他人员或情形');
    // once: 重申
    expect(classifyRelation(parent, parent, substantive).relation).toBe('restates');
    // twice over two linked parent provisions (a provision joining them) is no repeat
    const second = '企业中的职工依法获得的其他合法收入，可以依法汇往境外。';
    expect(classifyRelation(`${parent}\n${second}`, parent, { ...substantive, alsoFrom: [second] }).relation).toBe('restates');
  });

  it('a purpose clause at least half in the parent’s words that keeps a third of them restates (the parent’s aims, shortened); one that keeps less is its own', () => {
    const parent = '为了保障教师的合法权益，建设具有良好思想品德修养和业务素质的教师队伍，促进社会主义教育事业的发展，制定本法。';
    const wording = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true };
    const shortened = classifyRelation('为了维护教师的合法权益，提高教师素质，促进教育事业的发展，根据《中华人民共和国教师法》，结合本省实际，制定本办法。', parent, wording);
    expect(shortened.kept).toBeLessThan(0.6);
    expect(shortened.own).toBeLessThanOrEqual(0.5);
    expect(shortened.relation).toBe('restates');
    // its own aims, little of the parent's: 相关
    const own = classifyRelation('为了加强教师队伍建设，提高教育质量，制定本办法。', parent, wording);
    expect(own.relation).toBe('related');
    // half its own words but keeping little of the parent's (为了实施…制定本办法): 相关
    const bare = classifyRelation('为了保障教师，制定本办法。', parent, wording);
    expect(bare.own).toBeLessThanOrEqual(0.5);
    expect(bare.relation).toBe('related');
  });

  it('the parent’s wording with an insertion of at most two characters is no addition (自愿参加献血 for 自愿献血); a longer insertion is', () => {
    const parent = '国家实行无偿献血制度。国家提倡十八周岁至五十五周岁的健康公民自愿献血。血站应当为献血者提供安全、卫生、便利的条件。';
    const measure = (s: string) => `国家实行无偿献血制度。血站应当为献血者提供安全、卫生、便利的条件。十八周岁至五十五周岁的健康公民依照《献血法》${s}。`;
    const two = classifyRelation(measure('自愿参加献血'), parent, substantive);
    expect(two.relation).toBe('restates');
    expect(two.own).toBeLessThanOrEqual(0.25);
    const three = classifyRelation(measure('自愿再参加献血'), parent, substantive);
    expect(three.own).toBeLessThanOrEqual(0.25);
    expect(three.relation).toBe('implements');
  });

  it('the thresholds of 重申, at their edges: own 25 %, a formal clause’s 75 % kept, a wording clause’s 60 %, a qualifier of two characters, a repeat of one and a half times', () => {
    // own 31 %, no run of six new characters: 细化
    const own = classifyRelation('问责决定应当及时宣布，并且存档。', '问责决定应当及时宣布。', substantive);
    expect(own.own).toBeGreaterThan(0.25);
    expect(own.own).toBeLessThan(0.35);
    expect(own.relation).toBe('implements');
    // an interpretation clause with little of its own but keeping 44 % of the parent's: its own (相关)
    const formal = classifyRelation('本办法由纪委负责解释。', '本条例由中央纪律检查委员会负责解释。', { formal: true, formalLabel: '解释', sameFunction: true });
    expect(formal.own).toBeLessThanOrEqual(0.25);
    expect(formal.relation).toBe('related');
    // a purpose clause keeping 55 % of the parent's words, most of it its own: 相关
    const purpose = classifyRelation('为了规范问责工作，提升学院管理和师生教育引导水平，推动学院事业科学发展，制定本办法。', '为了规范问责工作，加强党的建设，根据党章，制定本条例。', {
      formal: true,
      formalWording: true,
      formalLabel: '目的和依据',
      sameFunction: true,
    });
    expect(purpose.kept).toBeGreaterThanOrEqual(0.5);
    expect(purpose.kept).toBeLessThan(0.6);
    expect(purpose.relation).toBe('related');
    // … and one a little more than half its own (56 %): still its own
    const half = classifyRelation('为了规范问责工作，提升学院治理水平和人才培养质量，制定本办法。', '为了规范问责工作，加强党的建设，根据党章，制定本条例。', {
      formal: true,
      formalWording: true,
      formalLabel: '目的和依据',
      sameFunction: true,
    });
    expect(half.own).toBeGreaterThan(0.5);
    expect(half.own).toBeLessThan(0.65);
    expect(half.relation).toBe('related');
    // a qualifier of three characters makes a new member
    expect(classifyRelation('外地人集会、游行、示威的主管机关，是集会、游行、示威举行地的公安机关。', '集会、游行、示威的主管机关，是集会、游行、示威举行地的公安机关。', substantive).relation).toBe('implements');
    // a phrase of the parent said again within the provision (1.4 times its words): no repeat of the rule
    const parent = '投资者依法获得的投资收益和其他合法收入，可以依法汇往境外。';
    expect(classifyRelation(`${parent}其他合法收入可以汇往境外。`, parent, substantive).relation).toBe('restates');
  });

  it('a scope clause against the law’s: the territory is the measure’s own; the rest kept (≥ 60 %) restates, whatever it adds; less is its own', () => {
    const law = '在中华人民共和国的内水、滩涂、领海以及中华人民共和国管辖的一切其他海域从事养殖和捕捞水生动物、水生植物等渔业生产活动，都必须遵守本法。';
    const local = '在本省行政区域内的水域、滩涂从事养殖和捕捞水生动物、水生植物等渔业生产活动，应当遵守本办法。';
    const r = classifyRelation(local, law, substantive);
    // the territory counted, as any other words: the measure's own scope clause (相关)
    expect(r.kept).toBeLessThan(0.6);
    expect(r.relation).toBe('restates');
    expect(r.why).toMatch(/^重申 · 上位适用范围条款（地域除外）保留 (\d+)%/);
    expect(Number(/保留 (\d+)%/.exec(r.why)![1])).toBeGreaterThanOrEqual(60);
    // a scope clause in its own words keeps little of the law's once its territory is set aside: its own
    expect(classifyRelation('在本省行政区域内从事渔业执法监督及其相关管理活动的，应当遵守本办法。', law, substantive).relation).toBe('related');
    // a parent provision that is no scope clause: compared as any other (the local scope clause is its own)
    const notScope = '在中华人民共和国的内水、滩涂、领海从事养殖和捕捞水生动物、水生植物等渔业生产活动，应当持有许可证。';
    expect(classifyRelation(local, notScope, substantive).relation).toBe('related');
  });

  it('the parent’s discretion decided (可以设 → 设): an addition of substance, said so; the discretion kept (可 / 可以) is none', () => {
    const parent = '中国红十字会总会可以设名誉会长和名誉副会长。名誉会长和名誉副会长由中国红十字会总会理事会聘请。';
    const decided = classifyRelation('中国红十字会总会设名誉会长和名誉副会长。名誉会长和名誉副会长由中国红十字会总会理事会聘请。', parent, substantive);
    expect(decided.own).toBeLessThanOrEqual(0.25);
    expect(decided.relation).toBe('implements');
    expect(decided.why).toBe('细化 · 上位条款“可以”之事由本条确定');
    expect(classifyRelation('中国红十字会总会可设名誉会长和名誉副会长。名誉会长和名誉副会长由中国红十字会总会理事会聘请。', parent, substantive).relation).toBe('restates');
    expect(classifyRelation(parent, parent, substantive).relation).toBe('restates');
  });

  it('a purpose clause restates the parent’s aims whatever it adds only when it is one (localWording); a provision that is not one is read as any other', () => {
    const parent = '为了保护人的生命和健康，维护人的尊严，发扬人道主义精神，促进和平进步事业，制定本法。';
    const wording = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true };
    const aims = '本市红十字会发扬人道主义精神，保护人的生命和健康，为促进和平进步事业和首都经济发展服务。';
    const asPurpose = classifyRelation(aims, parent, wording);
    expect(asPurpose.kept).toBeGreaterThanOrEqual(0.6);
    expect(asPurpose.relation).toBe('restates');
    const notPurpose = classifyRelation(aims, parent, { ...wording, localWording: false });
    expect(notPurpose.relation).toBe('related');
    expect(notPurpose.why).toMatch(/^相关 · 本文件自定的目的和依据条款/);
    // the parent's aims word for word, nothing added, restate though the provision is no purpose clause
    expect(classifyRelation('保护人的生命和健康，维护人的尊严，发扬人道主义精神，促进和平进步事业。', parent, { ...wording, localWording: false }).relation).toBe('restates');
  });

  it('有权 for the parent’s 可以 (a right) decides no discretion: 重申; the words without any modal do', () => {
    const parent = '组织和个人违反前款规定，侵害我国公民、组织合法权益的，我国公民、组织可以依法向人民法院提起诉讼，要求其停止侵害、赔偿损失。';
    const right = classifyRelation('组织和个人违反前款规定，侵害我国公民、组织合法权益的，我国公民、组织有权依法向人民法院提起诉讼，要求其停止侵害、赔偿损失。', parent, substantive);
    expect(right.relation).toBe('restates');
    const decided = classifyRelation('组织和个人违反前款规定，侵害我国公民、组织合法权益的，我国公民、组织依法向人民法院提起诉讼，要求其停止侵害、赔偿损失。', parent, substantive);
    expect(decided.relation).toBe('implements');
    expect(decided.why).toBe('细化 · 上位条款“可以”之事由本条确定');
  });

  it('the parent’s aims word for word, in their order, restate in a provision that is no purpose clause, whatever it puts before them', () => {
    const parent = '为了维护国家主权、安全、发展利益，保护我国公民、组织的合法权益，根据宪法，制定本法。';
    const notPurpose = { formal: true, formalWording: true, formalLabel: '目的和依据', sameFunction: true, localWording: false };
    const r = classifyRelation('反外国制裁工作贯彻总体国家安全观，维护国家主权、安全、发展利益，保护我国公民、组织的合法权益。', parent, notPurpose);
    expect(r.relation).toBe('restates');
    expect(r.why).toMatch(/^重申 · 上位条款所述目的原文保留 100%/);
    // a part of the aims only: the provision's own (相关)
    expect(classifyRelation('反外国制裁工作贯彻总体国家安全观，维护国家主权，促进对外开放和国际合作。', parent, notPurpose).relation).toBe('related');
    // the aims reordered, one of its own put among them (the red-cross case above): not word for word
    expect(classifyRelation('反外国制裁工作保护我国公民、组织的合法权益，维护国家主权、促进对外开放和国际合作。', parent, notPurpose).relation).toBe('related');
  });

  it('a 原则 named as the criterion of a rule is in passing; one stated (坚持…原则, …的原则。) is not', () => {
    expect(principleInPassing('供水价格应当按照补偿成本、合理收益、优质优价、公平负担的原则确定。')).toBe(true);
    expect(principleInPassing('按照谁投资建设谁管理和谁受益的原则，对水工程设施及其蓄水进行管理和合理使用。')).toBe(true);
    expect(principleInPassing('问责工作坚持以下原则：依规依纪、实事求是。')).toBe(false);
    expect(principleInPassing('开发、利用水资源，应当遵循兴利与除害相结合的原则。')).toBe(false);
    // one in passing and one stated: the provision states principles
    expect(principleInPassing('价格按照公平负担的原则确定。水资源管理坚持节约优先的原则。')).toBe(false);
    expect(principleInPassing('价格由省人民政府确定。')).toBe(false);
  });

  it('a provision that says it adds to the parent’s rule (除…规定的职责外) is 细化, though it keeps little and the parent states principles', () => {
    const parent = '红十字会履行下列职责：开展救援、救灾的相关工作；开展应急救护培训；参加国际人道主义救援工作。';
    const declaratory = { formal: false, sameFunction: true, declaratory: true };
    const more = classifyRelation('本市红十字会除履行法律规定的职责外，还应当兴办社会福利事业，完成人民政府委托事宜。', parent, declaratory);
    expect(more.kept).toBeLessThan(0.3);
    expect(more.relation).toBe('implements');
    // the same duties of its own, not said to be besides the parent's: principles of its own (相关)
    expect(classifyRelation('本市红十字会还应当兴办社会福利事业，完成人民政府委托事宜。', parent, declaratory).relation).toBe('related');
    // … and so when the provisions do different things
    expect(classifyRelation('本市红十字会除履行法律规定的职责外，还应当兴办社会福利事业，完成人民政府委托事宜。', parent, { formal: false, sameFunction: false }).relation).toBe('implements');
  });

  it('a provision that is no formal clause is compared whole, although it says 自…起…实施', () => {
    const text = '主管部门应当自受理之日起组织实施。';
    expect(classifyRelation(text, text, substantive).relation).toBe('restates');
  });
});

describe('relation rule: a measure’s own organs, sources of law and drafting formulas are form', () => {
  const PARENT_ORGANS = '不设区的市、市辖区的人民政府或者它的派出机关对居民委员会的工作给予指导、支持和帮助。';

  it('its own organs in the parent’s sentence, for the parent’s, restate (organs folded to one)', () => {
    const r = classifyRelation('本市各级人民政府和街道办事处对居民委员会的工作给予指导、支持和帮助。', PARENT_ORGANS, substantive);
    expect(r.relation).toBe('restates');
    // the organs are shown as written when something is dropped
    expect(classifyRelation('本市各级人民政府和街道办事处对居民委员会的工作给予指导。', PARENT_ORGANS, substantive).why).toMatch(/^重申 .*删去：支持和帮助/);
  });

  it('folds an organ only where the parent has one beside the same character', () => {
    const parent = '居民公约由居民会议讨论制定，报不设区的市的人民政府备案。';
    const aligned = foldOrgans('居民公约报街道办事处备案。', [parent]);
    expect(aligned.folded).toBe(true);
    expect(aligned.local).not.toContain('街道办事处');
    // an organ in a sentence of its own: its name stays (a body given a power is substance)
    const own = foldOrgans('街道办事处可以召集居民会议。', [parent]);
    expect(own.folded).toBe(false);
    expect(own.local).toBe('街道办事处可以召集居民会议。');
    expect(classifyRelation('街道办事处可以召集居民会议。', '居民会议由居民委员会召集和主持，报不设区的市的人民政府备案。', substantive).relation).toBe('implements');
  });

  it('does not fold when the parent names no organ: a deciding body added is substance', () => {
    const r = foldOrgans('居民委员会的设立由区人民政府决定。', ['居民委员会的设立依照规定办理。']);
    expect(r.folded).toBe(false);
    expect(classifyRelation('居民委员会的设立由区人民政府决定。', '居民委员会的设立由居民会议决定。', substantive).relation).toBe('implements');
  });

  it('more organs than the parent names add a body or a step (added)', () => {
    const parent = '居民委员会的设立，由不设区的市、市辖区的人民政府决定。';
    const local = '居民委员会的设立，由街道办事处提出，报区人民政府决定。';
    expect(foldOrgans(local, [parent]).added).toBe(true);
    expect(classifyRelation(local, parent, substantive).relation).toBe('implements');
    expect(foldOrgans('居民委员会的设立，由区人民政府决定。', [parent]).added).toBe(false);
    expect(classifyRelation('居民委员会的设立，由区人民政府决定。', parent, substantive).relation).toBe('restates');
  });

  it('the state as the parent’s subject is an organ the measure may name for itself (国家鼓励 / 各级人民政府鼓励)', () => {
    expect(classifyRelation('各级人民政府鼓励社会力量兴办职业教育。', '国家鼓励社会力量兴办职业教育。', substantive).relation).toBe('restates');
    // 国家 inside a word or as an attribute is no subject
    expect(foldOrgans('各级人民政府执行国家标准。', ['执行国家标准。']).folded).toBe(false);
  });

  it('an enumeration of sources of law is form; one of other things is not', () => {
    expect(classifyRelation('依照宪法、法律、行政法规、规章办事。', '依照宪法、法律办事。', substantive).relation).toBe('restates');
    const r = classifyRelation('依照章程、规则、纪律、制度办事。', '依照章程、规则办事。', substantive);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(['纪律', '制度办事']);
  });

  it('drafting formulas that add no rule are form: a referral to the state’s rules, a saving clause for other law, 违反本办法规定, a list’s lead-in', () => {
    const ranges = '在气象台站周边划定气象探测环境保护范围，并纳入城市规划。';
    expect(classifyRelation(`本市依照国家的规定，${ranges}`, ranges, substantive).relation).toBe('restates');
    expect(classifyRelation(`本市按照国家有关规定${ranges}`, ranges, substantive).relation).toBe('restates');
    // the rules of another body than the state's are no referral folded: 依照市人民政府的规定 stays an addition
    expect(classifyRelation(`本市依照市人民政府的决定，${ranges}`, ranges, substantive).relation).toBe('implements');
    const licence = '直接取用水资源的单位和个人，应当申请领取取水许可证，并缴纳水资源费，取得取水权。';
    expect(classifyRelation(`${licence}法律、法规另有规定的除外。`, licence, substantive).relation).toBe('restates');
    expect(classifyRelation(`${licence}法律另有规定的，从其规定。`, licence, substantive).relation).toBe('restates');
    const penalty = '建设单位未依法报批建设项目环境影响报告书，擅自开工建设的，由生态环境主管部门责令停止建设。';
    const listed = '违反本办法规定，建设单位有下列情形之一的，由生态环境主管部门责令停止建设：\n（一）未依法报批建设项目环境影响报告书，擅自开工建设的。';
    expect(classifyRelation(listed, penalty, substantive).relation).toBe('restates');
    // the same lead-in with an offence of its own: 细化
    expect(classifyRelation(`${listed}\n（二）未按照规定公开环境影响报告书全文的。`, penalty, substantive).relation).toBe('implements');
  });

  it('a sentence of its own among the parent’s words is an addition, though no run of its own is six characters long (ownSentence)', () => {
    const parent = '当事人可以依据合同中的仲裁条款或者事后达成的书面仲裁协议，提交仲裁机构仲裁。台湾同胞投资者的合法权益受国家法律保护。';
    const r = classifyRelation(`${parent}大陆的仲裁机构可以聘请台湾同胞担任仲裁员。`, parent, substantive);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(['大陆的仲裁机构可以聘请台湾同胞担任仲裁员']);
    // a short sentence (fewer than ten characters), half of it the parent's, is none
    expect(classifyRelation(`${parent}仲裁机构应当受理。`, parent, substantive).relation).toBe('restates');
  });

  it('a list member put into one of the parent’s phrases (水库、塘坝中的水 for 水库中的水) is an addition, named (memberInserted)', () => {
    const parent = '农村集体经济组织的水塘和由农村集体经济组织修建管理的水库中的水，归各该农村集体经济组织使用。';
    const r = classifyRelation('农村集体经济组织的水塘和由农村集体经济组织修建管理的水库、塘坝中的水，归各该农村集体经济组织使用。', parent, substantive);
    expect(r.relation).toBe('implements');
    expect(r.why).toBe('细化 · 增加：塘坝');
    // a word put before the parent's next member (…、本地区经济技术条件 for …、经济技术条件) is no member
    expect(classifyRelation('根据用水定额、本地区经济技术条件制定年度用水计划。', '根据用水定额、经济技术条件制定年度用水计划。', substantive).relation).toBe('restates');
    // a member the parent has elsewhere is none
    expect(classifyRelation('水库、水塘中的水，归集体使用。', '水库中的水和水塘，归集体使用。', substantive).added).not.toContain('水塘');
  });

  it('the commendation formula and 做出 / 作出 are form', () => {
    expect(classifyRelation('对先进个人予以表彰。', '对先进个人给予奖励。', substantive).relation).toBe('restates');
    expect(classifyRelation('应当做出决定。', '应当作出决定。', substantive).relation).toBe('restates');
  });

  it('in an enumeration of three pieces or more, the short pieces are list members though the first carries the lead-in', () => {
    const parent = '协助人民政府做好与居民利益有关的公共卫生、计划生育、优抚救济、青少年教育等项工作。';
    const r = classifyRelation('协助人民政府做好与居民利益有关的公共卫生、计划生育、社会福利、优抚救济、青少年教育等项工作。', parent, substantive);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(['社会福利']);
    expect(phrasesOf('做好与居民利益有关的公共卫生、计划生育、社会福利等项工作。').filter((p) => p.item).map((p) => p.text)).toEqual(['计划生育', '社会福利等项工作']);
    // two pieces, one of them long: a clause cut at a 、, no list
    expect(phrasesOf('做好与居民利益有关的公共卫生、计划生育。').filter((p) => p.item)).toEqual([]);
  });
});
