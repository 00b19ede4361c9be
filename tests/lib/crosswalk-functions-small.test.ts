/**
 * The generic drafting functions (src/lib/crosswalk/functions.ts): every stock phrase of the table
 * is recognised in a provision and counts its weight once (a cue marked `heading` only in the
 * heading, `start` only in the first clause), the profile saturates as 1 − e^(−raw / 2), and the
 * helpers built on it (dominant functions, functions a heading names, labels, a parent's table).
 * Expected values are computed by hand from the table's weights.
 */
import { describe, expect, it } from 'vitest';
import { dominant, FORMAL_FUNCTIONS, functionLabel, functionTable, GENERIC_FUNCTIONS, headingFunctions, primaryFunctions, profile } from '../../src/lib/crosswalk/functions.ts';

const sat = (raw: number) => 1 - Math.exp(-raw / 2);

describe('profile: each stock phrase, at its weight', () => {
  const cases: [string, string, string | undefined, number][] = [
    // [function, text, heading, raw weight]
    ['purpose', '为规范工作，制定本办法。', undefined, 1 + 2],
    ['purpose', '结合实际，特制定如下规定。', undefined, 2],
    ['purpose', '这是目的。', '目的和依据', 3],
    ['guidance', '以习近平新时代中国特色社会主义思想为指导。', undefined, 1.5],
    ['guidance', '全面贯彻总体要求。', undefined, 1.5],
    ['guidance', '主要目标是完善制度。', undefined, 0.5],
    ['guidance', '略。', '指导原则', 3],
    ['principles', '问责工作坚持以下要求：', undefined, 1],
    ['principles', '依规依纪的原则。', undefined, 1.5],
    ['scope', '本办法所称领导干部，是指各级负责人。', undefined, 2.5 + 0.5],
    ['scope', '监督对象为全体党员。', undefined, 1.5],
    ['scope', '按照职责分工负责。', undefined, 0.5],
    ['scope', '略。', '适用范围', 3],
    ['delegation', '各单位可以制定具体的实施细则。', undefined, 2],
    ['delegation', '各二级党组织可以依照本办法，结合实际制定。', undefined, 2],
    ['delegation', '略。', '授权规定', 3],
    ['delegation', '可以制定实施细则。', undefined, 2],
    ['delegation', '可以制定相应实施办法。', undefined, 2],
    ['delegation', '可以制定具体实施办法。', undefined, 2],
    ['delegation', '可以根据本办法结合实际制定。', undefined, 2],
    ['interpretation', '本办法由学校纪委负责解释。', undefined, 3],
    ['interpretation', '略。', '解释', 1.5],
    ['interpretation', '本办法由学校纪委解释。', undefined, 3],
    ['effect', '本办法自印发之日起施行。', undefined, 3 + 1],
    ['effect', '本辦法自印發之日起施行。', undefined, 3 + 1],
    ['effect', '以前的规定与本办法不一致的，以本办法为准。', undefined, 1.5],
    ['effect', '原办法同时废止。', undefined, 1.5],
    ['effect', '与本办法不一致，以本办法为准。', undefined, 1.5],
    // 本法 (not 本法律) is the document itself
    ['effect', '本法自公布之日起施行。', undefined, 3 + 1],
    ['effect', '本法律自公布之日起施行。', undefined, 1],
    ['effect', '略。', '效力', 1.5],
    ['procedure', '应当在五个工作日内核实。', undefined, 1.5 + 1],
    ['procedure', '与本人有利害关系的应当回避。', undefined, 2],
    ['procedure', '听取本人的陈述。', undefined, 2],
    ['procedure', '组织开展调查。', undefined, 1],
    ['procedure', '略。', '问责程序', 3],
    ['appeal', '对处理决定不服的，可以提出申诉。', undefined, 2],
    ['appeal', '略。', '复核', 3],
    ['gradation', '可以从轻处理。', undefined, 3],
    ['gradation', '略。', '从重情形', 3],
    ['appraisal', '年度考核结果分为四个等次。', undefined, 1],
    ['appraisal', '略。', '评价办法', 2],
    ['organisation', '成立工作领导小组，办公室设在组织部。', undefined, 1.5],
    ['organisation', '略。', '组织保障', 3],
  ];
  it.each(cases)('%s: %s (heading %s) → raw %d', (id, text, heading, raw) => {
    expect(profile(text, heading)[id]).toBeCloseTo(sat(raw), 12);
  });

  it('has a value for every function of the table, 0 where no cue is found', () => {
    const p = profile('略。');
    expect(Object.keys(p)).toEqual(GENERIC_FUNCTIONS.map((f) => f.id));
    expect(Object.values(p).every((v) => v === 0)).toBe(true);
  });

  it('finds a cue that is not a start cue in any clause', () => {
    expect(profile('第一句。本办法由纪委负责解释。').interpretation).toBeCloseTo(sat(3), 12);
    expect(profile('第一句\n在五个工作日内核实').procedure).toBeCloseTo(sat(1 + 1.5), 12);
  });

  it('counts a heading cue only in the heading, a start cue only in the first clause', () => {
    expect(profile('目的和依据').purpose).toBe(0);
    expect(profile('第一句。为了规范').purpose).toBe(0);
    expect(profile('甲；为了规范').purpose).toBe(0);
    expect(profile('甲\n为了规范').purpose).toBe(0);
    expect(profile('为了规范；甲').purpose).toBeCloseTo(sat(1), 12);
    expect(profile('为了规范，甲').purpose).toBeCloseTo(sat(1), 12);
  });
});

describe('the helpers', () => {
  it('dominant: the functions at or above the share of the strongest, strongest first, ties by id', () => {
    const p = { ...profile('略。'), purpose: 0.5, scope: 0.3, effect: 0.5, appeal: 0.29 };
    expect(dominant(p)).toEqual(['effect', 'purpose', 'scope']);
    expect(dominant(p, 0.9)).toEqual(['effect', 'purpose']);
    expect(dominant(profile('略。'))).toEqual([]);
    // at share 0, still only the functions found
    expect(dominant(p, 0)).toEqual(['effect', 'purpose', 'scope', 'appeal']);
    // ties by id, whatever the table's order
    const ties = { ...profile('略。'), scope: 0.5, delegation: 0.5, appeal: 0.5, appraisal: 0.5, organisation: 0.2 };
    expect(dominant(ties)).toEqual(['appeal', 'appraisal', 'delegation', 'scope']);
  });

  it('headingFunctions: the functions whose heading cues a heading matches, in table order', () => {
    expect(headingFunctions('附则')).toEqual(['interpretation', 'effect']);
    expect(headingFunctions('組織領導')).toEqual(['organisation']);
    expect(headingFunctions('问责方式')).toEqual([]);
    // a phrase the table looks for in the text only (工作日) names nothing as a heading
    expect(headingFunctions('工作日')).toEqual([]);
  });

  it('primaryFunctions: a heading that names a function decides, else the dominant functions of the text', () => {
    expect(primaryFunctions('本办法自印发之日起施行。', '解释')).toEqual(['interpretation']);
    expect(primaryFunctions('本办法自印发之日起施行。', '其他')).toEqual(['effect']);
    expect(primaryFunctions('本办法自印发之日起施行。')).toEqual(['effect']);
  });

  it('labels, and the formal clauses', () => {
    expect(GENERIC_FUNCTIONS.map((f) => [f.id, functionLabel(f.id)])).toEqual([
      ['purpose', '目的和依据'],
      ['guidance', '指导思想'],
      ['principles', '原则'],
      ['scope', '主体和对象'],
      ['delegation', '授权制定'],
      ['interpretation', '解释'],
      ['effect', '施行'],
      ['procedure', '调查程序'],
      ['appeal', '申诉复核'],
      ['gradation', '从重从轻'],
      ['appraisal', '考核评价'],
      ['organisation', '组织领导'],
    ]);
    expect(functionLabel('no-such')).toBe('no-such');
    expect([...FORMAL_FUNCTIONS].sort()).toEqual(['delegation', 'effect', 'guidance', 'interpretation', 'purpose']);
  });

  it('functionTable: a parent’s topics after the generic ones, one of the same id replacing it; cues from the file’s strings', () => {
    const table = functionTable([
      { id: 'sanctions', label: '问责方式', heading: '问责方式', cues: [{ re: '诫勉', weight: 2 }, { re: '^对', where: 'start' }, { re: '检查' }] },
      { id: 'scope', label: '问责对象', cues: [{ re: '问责对象', where: 'heading' }] },
    ]);
    expect(table.map((f) => f.id)).toEqual([...GENERIC_FUNCTIONS.map((f) => f.id).filter((id) => id !== 'scope'), 'sanctions', 'scope']);
    expect(functionLabel('scope', table)).toBe('问责对象');
    // heading 3, 诫勉 2, start 1, 检查 1 (default weight)
    expect(profile('对干部诫勉并检查。', '问责方式', table).sanctions).toBeCloseTo(sat(3 + 2 + 1 + 1), 12);
    expect(profile('干部诫勉；对', undefined, table).sanctions).toBeCloseTo(sat(2), 12);
    expect(headingFunctions('问责对象', table)).toEqual(['scope']);
    expect(profile('本办法适用于全体党员。', undefined, table).scope).toBe(0);
    expect(functionTable()).toEqual([...GENERIC_FUNCTIONS]);
    // a topic given by its heading alone has that one cue
    const headed = functionTable([{ id: 'x', label: '某事', heading: '某事' }]);
    expect(headed.at(-1)!.cues.map((c) => [c.re.source, c.weight, c.where])).toEqual([['某事', 3, 'heading']]);
    expect(profile('任何文字。', undefined, headed).x).toBe(0);
    expect(profile('任何文字。', '某事', headed).x).toBeCloseTo(sat(3), 12);
  });
});
