/**
 * How compare links two documents' provisions (src/lib/compare/pairs.ts, similarity.ts, align.ts,
 * units.ts) on small hand-made units, expectations worked out by hand from README "Compare": crosswalk
 * links lifted to the compared provisions (either direction, the highest score per pair), links
 * through a shared parent article, the bigram fallback's thresholds, the row order of an alignment,
 * and which provisions are compared units.
 */
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/lib/compare/align.ts';
import { comparePagePath, compareUnitLists, crosswalkLinks, sharedParentLinks, type CrosswalkLinkLike } from '../../src/lib/compare/pairs.ts';
import { BIGRAM_PARAMS, bigramCounts, bigramLinker, closestUnit, dice, textSimilarity } from '../../src/lib/compare/similarity.ts';
import { compareUnits, provisionBody, unitLabel, type CompareUnit } from '../../src/lib/compare/units.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import type { ProvisionNode } from '../../src/lib/tree.ts';

const u = (doc: string, anchor: string, text: string, index = 0, extra: Partial<CompareUnit> = {}): CompareUnit => ({ doc, anchor, kind: 'article', num: anchor, index, text, ...extra });
const link = (from: string, to: string, relation: CrosswalkLinkLike['relation'], score: number): CrosswalkLinkLike => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation, score };
};

describe('crosswalk links between the two documents', () => {
  const local = [u('m', 'art-1', '甲'), u('m', 'art-10', '乙', 1)];
  const base = [u('p', 'art-1', '丙'), u('p', 'art-7', '丁', 1)];

  it('lift anchors below a provision to it, keep the highest score per pair, read links backwards, in anchor order', () => {
    const links = [
      link('m#art-10-para-2', 'p#art-7-para-1', 'implements', 0.4),
      link('m#art-10', 'p#art-7', 'restates', 0.9),
      link('m#art-10', 'p#art-7', 'related', 0.5),
      link('p#art-1', 'm#art-1', 'related', 0.3),
      link('m#art-1', 'q#art-1', 'restates', 1),
      link('m#art-2', 'p#art-1', 'restates', 1),
      link('m#art-1', 'p#art-9', 'restates', 1),
    ];
    expect(crosswalkLinks(links, local, base)).toEqual([
      { local: 'art-1', base: 'art-1', relation: 'related', score: 0.3 },
      { local: 'art-10', base: 'art-7', relation: 'restates', score: 0.9 },
    ]);
    expect(crosswalkLinks(links, [], base)).toEqual([]);
  });

  it('meet at a parent article that both documents link to, restating only when both restate', () => {
    const a = [u('a', 'art-1', '甲'), u('a', 'art-2', '乙', 1)];
    const b = [u('b', 'art-1', '丙'), u('b', 'art-3', '丁', 1)];
    const links = [
      link('a#art-1', 'p#art-7-para-2', 'restates', 0.9),
      link('b#art-3-item-1', 'p#art-7', 'restates', 0.6),
      link('a#art-2', 'p#art-8', 'restates', 0.8),
      link('b#art-1', 'p#art-8', 'implements', 0.7),
      link('b#art-1', 'p#art-8-para-1', 'restates', 0.75),
      // links between the two documents themselves are no shared parent
      link('a#art-1', 'b#art-1', 'restates', 1),
      link('a#art-9', 'p#art-7', 'restates', 1),
    ];
    expect(sharedParentLinks(links, a, b)).toEqual([
      { local: 'art-1', base: 'art-3', relation: 'restates', score: 0.6 },
      { local: 'art-2', base: 'art-1', relation: 'restates', score: 0.75 },
    ]);
  });

  it('prefer the crosswalk, then a shared parent (at most two links a provision, the strongest), then the bigram fallback', () => {
    const a = [u('a', 'art-1', '党组织应当加强领导')];
    const b = [u('b', 'art-1', '甲'), u('b', 'art-2', '乙', 1), u('b', 'art-3', '党组织应当加强领导', 2)];
    const viaParent = [
      link('a#art-1', 'p#art-1', 'implements', 0.9),
      link('b#art-1', 'p#art-1', 'implements', 0.5),
      link('b#art-2', 'p#art-1', 'implements', 0.7),
      link('b#art-3', 'p#art-1', 'implements', 0.6),
    ];
    const shared = compareUnitLists(a, b, viaParent);
    expect(shared.linkSource).toBe('shared-parent');
    expect(shared.rows.find((r) => r.local)!.base.map((x) => [x.unit.anchor, x.score])).toEqual([
      ['art-3', 0.6],
      ['art-2', 0.7],
    ]);
    expect(compareUnitLists(a, b, [...viaParent, link('a#art-1', 'b#art-1', 'related', 0.2)]).linkSource).toBe('crosswalk');
    const fallback = compareUnitLists(a, b);
    expect(fallback.linkSource).toBe('similarity');
    expect(fallback.rows.find((r) => r.local)!.base.map((x) => x.unit.anchor)).toEqual(['art-3']);
  });

  it('have a page address of their own', () => {
    expect(comparePagePath('m 1', 'p')).toBe('/compare/m%201/p/');
  });
});

describe('the bigram fallback', () => {
  it('counts Han bigrams only, NFKC folded, with repeats', () => {
    expect([...bigramCounts('第1条，问责问责')]).toEqual([
      ['第条', 1],
      ['条问', 1],
      ['问责', 2],
      ['责问', 1],
    ]);
    expect([...bigramCounts('𠀀𠀁')]).toEqual([['𠀀𠀁', 1]]);
    expect(bigramCounts('甲').size).toBe(0);
  });

  it('scores by the Dice coefficient of the multisets', () => {
    expect(dice(new Map(), bigramCounts('甲乙'))).toBe(0);
    expect(dice(bigramCounts('甲乙'), new Map())).toBe(0);
    expect(textSimilarity('甲乙甲乙', '甲乙丙')).toBe((2 * 1) / (3 + 2));
    expect(textSimilarity('甲乙丙丁', '甲乙丙丁')).toBe(1);
  });

  // 20 bigrams a text: the first `shared` + 1 characters in common, the rest different.
  const pair = (shared: number): [string, string] => {
    const common = Array.from({ length: shared + 1 }, (_, i) => String.fromCodePoint(0x5000 + i)).join('');
    const fill = (from: number) => Array.from({ length: 20 - shared }, (_, i) => String.fromCodePoint(from + i)).join('');
    return [common + fill(0x4e50), common + fill(0x4f50)];
  };

  it('links at 0.2 and above, 相关 below 0.35, 细化 from 0.35, 重申 from 0.8', () => {
    expect(BIGRAM_PARAMS).toMatchObject({ minScore: 0.2, implements: 0.35, restates: 0.8 });
    const linked = (shared: number) => {
      const [l, b] = pair(shared);
      return bigramLinker([u('l', 'art-1', l)], [u('b', 'art-1', b)]);
    };
    expect(linked(3)).toEqual([]); // 6 / 40 = 0.15
    expect(linked(4)).toEqual([{ local: 'art-1', base: 'art-1', relation: 'related', score: 0.2 }]);
    expect(linked(7)[0]).toMatchObject({ relation: 'implements', score: 0.35 });
    expect(linked(6)[0]).toMatchObject({ relation: 'related', score: 0.3 });
    expect(linked(16)[0]).toMatchObject({ relation: 'restates', score: 0.8 });
    expect(linked(15)[0]).toMatchObject({ relation: 'implements', score: 0.75 });
  });

  it('keeps a second link of at least three quarters of the best, two at most, ties in document order', () => {
    const [l, b8] = pair(8); // 0.4
    const [, b6] = pair(7); // 0.35, over 0.75 × 0.4
    const [, b5] = pair(5); // 0.25
    const base = [u('b', 'art-1', b5, 0), u('b', 'art-2', b6, 1), u('b', 'art-3', b8, 2), u('b', 'art-4', b8, 3)];
    expect(bigramLinker([u('l', 'art-1', l)], base).map((x) => x.base)).toEqual(['art-3', 'art-4']);
    expect(bigramLinker([u('l', 'art-1', l)], base.slice(0, 3)).map((x) => x.base)).toEqual(['art-3', 'art-2']);
    expect(bigramLinker([u('l', 'art-1', l)], base.slice(0, 1)).map((x) => x.base)).toEqual(['art-1']);
    expect(bigramLinker([u('l', 'art-1', l)], [u('b', 'art-1', b5, 0), u('b', 'art-3', b8, 1)]).map((x) => x.base)).toEqual(['art-3']);
  });

  it('reads the heading with the text', () => {
    const links = bigramLinker([u('l', 'art-1', '为了', 0, { heading: '工作目的' })], [u('b', 'art-1', '工作目的为了'), u('b', 'art-2', '为了', 1)]);
    expect(links[0]!.base).toBe('art-1');
  });

  it('finds the closest unit, the first on a tie, any when none shares a bigram', () => {
    const units = [{ text: '甲乙丙' }, { text: '丁戊己' }, { text: '丁戊己' }];
    expect(closestUnit(units, '丁戊')).toBe(units[1]);
    expect(closestUnit(units, '庚辛')).toBe(units[0]);
    expect(closestUnit([], '甲')).toBeUndefined();
  });
});

describe('alignDocuments row order', () => {
  const base = [u('p', 'art-1', '总则', 0), u('p', 'art-2', '乙规定', 1), u('p', 'art-3', '丙规定', 2)];

  it('lists linked base provisions by score then order, once each, and ignores links to provisions it does not have', () => {
    const a = alignDocuments([u('l', 'art-1', '乙规定')], base, [
      { local: 'art-1', base: 'art-3', relation: 'related', score: 0.5 },
      { local: 'art-1', base: 'art-2', relation: 'related', score: 0.5 },
      { local: 'art-1', base: 'art-3', relation: 'implements', score: 0.4 },
      { local: 'art-1', base: 'art-9', relation: 'restates', score: 1 },
    ]);
    const row = a.rows.find((r) => r.local)!;
    // art-2 is closest in words, so it leads; then the rest by score and order
    expect(row.base.map((b) => `${b.unit.anchor}:${b.relation}`)).toEqual(['art-2:related', 'art-3:related']);
    expect(row.status).toBe('verbatim');
    expect(row.showDiff).toBe(true);
    // uncovered base provisions before the first row taking up a later one; the last at the end
    expect(a.rows.map((r) => r.local?.anchor ?? `-${r.base[0]!.unit.anchor}`)).toEqual(['-art-1', 'art-1']);
    expect(a.summary).toMatchObject({ localTotal: 1, baseTotal: 3, covered: 2, verbatim: 1 });
  });

  it('puts an uncovered last provision at the end, and tells near-verbatim from adapted at 85 %', () => {
    const a = alignDocuments([u('l', 'art-1', '总则甲乙丙丁戊己庚辛壬')], base, [{ local: 'art-1', base: 'art-1', relation: 'restates', score: 1 }]);
    expect(a.rows.map((r) => r.local?.anchor ?? `-${r.base[0]!.unit.anchor}`)).toEqual(['art-1', '-art-2', '-art-3']);
    expect(a.rows[0]!.status).toBe('adapted');
    const near = alignDocuments([u('l', 'art-1', '一二三四五六七八九十壹贰叁肆伍陆柒捌玖')], [u('p', 'art-1', '一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾伍')], [{ local: 'art-1', base: 'art-1', relation: 'restates', score: 1 }]);
    expect(near.rows[0]!.status).toBe('near-verbatim');
  });
});

describe('compare units', () => {
  const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode>, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 0, children, ...extra });
  const docOf = (children: ProvisionNode[]): RegDocument => ({ meta: { slug: 'd' } as RegDocument['meta'], aliases: {}, excluded: [], corrections: [], root: n('document', {}, children) });

  it('are the articles outside notices and annexes, numbered in reading order, headings trimmed', () => {
    const units = compareUnits(
      docOf([
        n('notice', { id: 'notice' }, [n('article', { id: 'notice-art-1', num: '第一条', text: '通知里的条。' })]),
        n('chapter', { id: 'chp-1' }, [n('article', { id: 'art-1', num: '第一条', heading: ' 目的 ', text: '甲。' }), n('article', { num: '第二条', text: '无锚。' }), n('article', { id: 'art-3', heading: '  ', text: '丙。' })]),
        n('annex', { id: 'annex-1' }, [n('article', { id: 'annex-1-art-1', text: '附件里的条。' })]),
      ]),
    );
    expect(units).toEqual([
      { doc: 'd', anchor: 'art-1', kind: 'article', num: '第一条', index: 0, text: '甲。', heading: '目的' },
      { doc: 'd', anchor: 'art-3', kind: 'article', num: '', index: 1, text: '丙。' },
    ]);
  });

  it('are the top sections when there are no articles', () => {
    const units = compareUnits(docOf([n('section', { id: 'sec-1', num: '一、', text: '甲。' }, [n('section', { id: 'sec-1-1', text: '子。' })]), n('section', { id: 'sec-2', num: '二、', text: '乙。' })]));
    expect(units.map((x) => [x.anchor, x.text])).toEqual([
      ['sec-1', '甲。\n子。'],
      ['sec-2', '乙。'],
    ]);
  });

  it('have a body of numbered lines, table rows joined by |, 解读 left out', () => {
    const art = n('article', { num: '第一条', text: '总述。' }, [
      n('para', { text: '' }, [n('item', { num: '（一）', heading: '检查', text: '' }), n('item', { num: '（二）', text: '通报。' })]),
      n('table', { rows: [[{ text: '甲', line: 0 }, { text: '乙', line: 0 }]] }),
      n('interpretation', { text: '解读。' }),
    ]);
    expect(provisionBody(art)).toBe('总述。\n（一）检查\n（二）通报。\n甲 | 乙');
  });

  it('are labelled by number and heading, or number and the first 18 characters', () => {
    expect(unitLabel({ anchor: 'art-1', num: '', text: '甲' })).toBe('art-1 甲');
    expect(unitLabel({ anchor: 'art-1', num: '第一条', text: '  \n ' })).toBe('第一条');
    expect(unitLabel({ anchor: 'art-1', num: '第一条', text: '一二三四五六七八九十一二三四五六七八' })).toBe('第一条 一二三四五六七八九十一二三四五六七八');
    expect(unitLabel({ anchor: 'art-1', num: '第一条', text: '一 二\n三' })).toBe('第一条 一 二 三');
  });
});
