/**
 * The crosswalk scorer (src/lib/crosswalk/suggest.ts) at its edges, found by mutation testing
 * (README, "Mutation testing"): when a parent counts as saying what its articles are about (a
 * preamble is no article; a parent of a preamble alone says nothing), what the index tells the
 * relation rule for a link to a provision it does not hold and for a function the local provision
 * has only in passing or the parent article lacks, and how many characters a further parent
 * article must supply to join a link. Small inputs built inside each test, as in
 * crosswalk-suggest.test.ts; the relation rule's own conditions are pinned by
 * crosswalk-relate.test.ts and crosswalk-relation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ParentIndex, type Suggestion } from '../../src/lib/crosswalk/suggest.ts';
import { DONATION, DONATION_KEPT, DONATION_OTHERS, DUTY, headed, SANCTIONS, TABLE, unit } from '../support/crosswalk-parent.ts';

const local = (text: string, heading?: string) => unit('college', 'art-1', text, heading);
const found = (s: Suggestion[]) => s.map((x) => [x.to.anchor, x.score]);

/** A preamble that is more than a record of adoption (a target like any provision), with no drafting function. */
const PREAMBLE = '党的纪律是党的各级组织和全体党员必须遵守的行为规则，是维护党的团结统一、完成党的任务的保证。';
const RECORD = '2016年6月28日中共中央政治局会议审议通过';

describe('when a parent says what its articles are about', () => {
  // A copy of the duty (no drafting function): scored on words alone, (0.3 × share + 0.1 × rank) / 0.4,
  // when the parent does not say what its articles are about; 0.3 × share + 0.1 × rank (the function
  // part missing) when it does.
  const copy = local('学院党员领导干部应当带头遵守党的纪律。');

  it('a preamble is no article: one headed article of two makes a parent with headings, preamble or not', () => {
    const articles = [unit('parent', 'art-1', SANCTIONS, '【问责方式】'), unit('parent', 'art-2', DUTY)];
    const without = new ParentIndex('parent', articles, TABLE).suggest(copy);
    const withPreamble = new ParentIndex('parent', [unit('parent', 'preamble', PREAMBLE, undefined, 'preamble'), ...articles], TABLE).suggest(copy);
    expect(found(without)).toEqual([['art-2', 0.4]]);
    expect(found(withPreamble)).toEqual(found(without));
    // the same parent with no heading at all: words alone, at full score
    const bare = new ParentIndex('parent', [unit('parent', 'preamble', PREAMBLE, undefined, 'preamble'), unit('parent', 'art-1', SANCTIONS), unit('parent', 'art-2', DUTY)], TABLE);
    expect(found(bare.suggest(copy))).toEqual([['art-2', 1]]);
  });

  it('a parent of a preamble alone has no articles to say anything about: it is linked on words alone', () => {
    const l = local('全体党员必须遵守党的纪律，维护党的团结统一。');
    const preamble = unit('parent', 'preamble', PREAMBLE, undefined, 'preamble');
    expect(found(new ParentIndex('parent', [preamble], TABLE).suggest(l))).toEqual([['preamble', 1]]);
    // with one headed article beside it, the parent says what its articles are about
    expect(found(new ParentIndex('parent', [preamble, unit('parent', 'art-1', SANCTIONS, '【问责方式】')], TABLE).suggest(l))).toEqual([['preamble', 0.4]]);
  });
});

describe('what the index tells the relation rule', () => {
  it('a function the local provision has only in passing, with no heading to say so, is no shared matter', () => {
    // mainly a purpose clause (为了…制定本办法), naming forms of accountability on the way (检查、通报)
    const l = local('为了规范学院党组织的检查、通报工作，制定本办法。');
    const r = headed().relate(l, l.text, 'art-3', SANCTIONS);
    expect(r.kept).toBeLessThan(0.3);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/所涉事项与上位条款不尽相同$/);
    // the forms of accountability as its main matter: the same matter
    const main = local('对学院党总支的问责，可以采取检查、通报方式。');
    expect(headed().relate(main, main.text, 'art-3', SANCTIONS).relation).toBe('implements');
  });

  it('a local provision that shows a function, linked to a parent article that shows none, is another matter', () => {
    const l = local('对学院党总支的问责，可以采取检查、通报方式。');
    const r = headed().relate(l, l.text, 'art-5', DUTY);
    expect(r.kept).toBeLessThan(0.3);
    expect(r.relation).toBe('related');
    expect(r.why).toMatch(/所涉事项与上位条款不尽相同$/);
  });

  it('a link to a parent provision the index does not hold (an adoption record) is judged on the texts, without failing', () => {
    const l = local('学院教职工应当认真履行岗位职责。');
    const ix = headed(unit('parent', 'preamble', RECORD, undefined, 'preamble'));
    const r = ix.relate(l, l.text, 'preamble', RECORD);
    // nothing says the two differ: the link is the evidence of the same matter, as for the duty
    expect(r.relation).toBe('implements');
    expect(r.relation).toBe(ix.relate(l, l.text, 'art-5', DUTY).relation);
    expect(r.dropped).toEqual([RECORD]);
  });
});

describe('a provision that joins several parent articles: what a further article must supply', () => {
  const P2 = DONATION;
  const OTHER = DONATION_OTHERS;
  const KEPT = DONATION_KEPT;
  const suggest = (further: string, tail: string) =>
    new ParentIndex('parent', [further, P2, ...OTHER].map((t, i) => unit('parent', `art-${i + 1}`, t))).suggest(local(KEPT + tail));

  it('six characters of its own (实行无偿献血) are enough, five (行无偿献血) are not', () => {
    // the further article's first clause is in art-2 already; only its second clause is new text
    const six = suggest('国家鼓励国家工作人员率先献血，实行无偿献血。', '全省实行无偿献血。');
    expect(six.map((s) => s.to.anchor)).toEqual(['art-2', 'art-1']);
    expect(six[1]!.kept).toBeGreaterThanOrEqual(0.5);
    const five = suggest('国家鼓励国家工作人员率先献血，行无偿献血。', '全省行无偿献血。');
    expect(five.map((s) => s.to.anchor)).toEqual(['art-2']);
  });
});
