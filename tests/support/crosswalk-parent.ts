/**
 * A small parent regulation for the crosswalk scorer's unit tests
 * (crosswalk-relate.test.ts, crosswalk-suggest-edges.test.ts): units built as
 * `unitsOf` gives them, one drafting function (the forms of accountability)
 * as a topics file would give it, and a parent whose articles carry headings
 * but for one duty.
 */
import { functionTable } from '../../src/lib/crosswalk/functions.ts';
import { ParentIndex } from '../../src/lib/crosswalk/suggest.ts';
import type { Unit } from '../../src/lib/crosswalk/units.ts';
import { node } from '../../src/lib/tree.ts';

/** A unit as unitsOf gives it: an article (or preamble) with its text, and a heading when given. */
export function unit(doc: string, anchor: string, text: string, heading?: string, kind: 'article' | 'preamble' = 'article'): Unit {
  const n = node(kind, 1, '', { id: anchor, num: anchor });
  n.children.push(node('para', 1, text, { id: `${anchor}-para-1` }));
  return { doc, anchor, kind, num: kind === 'article' ? anchor : '', ...(heading ? { heading } : {}), text, node: n, path: [n] };
}

/** The forms of accountability, a topic of this parent (as a topics file would give it). */
export const TABLE = functionTable([{ id: 'sanctions', label: '问责方式', heading: '问责方式', cues: [{ re: '检查|通报|改组|诫勉', weight: 1.5 }] }]);
export const SANCTIONS = '对党组织的问责方式包括检查、通报、改组。对党的领导干部的问责方式包括通报、诫勉、组织调整、纪律处分。';
export const PRINCIPLES = '问责工作坚持以下原则：依规依纪、实事求是，失责必问、问责必严。';
export const PURPOSE = '为了规范问责工作，根据党章，制定本条例。';
export const INTERPRETATION = '本条例由中央纪律检查委员会负责解释。';
/** A duty no drafting function names (no heading in the parent either). */
export const DUTY = '党员领导干部应当带头遵守党的纪律。';

/** A parent whose articles carry headings (it says what they are about), but for the duty; `before` comes first. */
export function headed(...before: Unit[]): ParentIndex {
  return new ParentIndex(
    'parent',
    [
      ...before,
      unit('parent', 'art-1', PURPOSE, '【目的和依据】'),
      unit('parent', 'art-2', PRINCIPLES, '【问责原则】'),
      unit('parent', 'art-3', SANCTIONS, '【问责方式】'),
      unit('parent', 'art-4', INTERPRETATION, '【解释】'),
      unit('parent', 'art-5', DUTY),
    ],
    TABLE,
  );
}

/**
 * A parent on blood donation for the tests of a local provision that joins several parent articles: the article
 * a local provision keeps nearly whole (`DONATION_KEPT` keeps it), and four others it shares little with.
 */
export const DONATION = '国家鼓励国家工作人员、现役军人和高等学校在校学生率先献血，为树立社会新风尚作表率。';
export const DONATION_OTHERS = ['血站是采集、提供临床用血的机构。', '医疗机构临床用血应当制定用血计划。', '各级人民政府领导本行政区域内的献血工作。', '卫生行政部门监督管理献血工作。'];
export const DONATION_KEPT = '鼓励国家工作人员和高等院校在校学生率先献血，为树立社会新风尚作表率。';
