/**
 * What the pages show for a provision (src/lib/crosswalk/view.ts) on the two hand-written
 * documents of the search fixtures (the 2016 parent with 第六条 and 第七条; the Rizhao measure
 * with 第五条 and 第六条) and hand-written links: 上位依据 and 下位落实 with their citations,
 * labels and addresses, the defaults of the rule's fields, links to documents outside the corpus,
 * and which documents are parents. The same on the seeds' crosswalk: crosswalk-view.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CrosswalkView } from '../../src/lib/crosswalk/view.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import type { CrosswalkLink } from '../../src/schemas/crosswalk.ts';
import { local, parent } from '../fixtures/search-corpus.ts';

const P = parent.meta.slug; // ccp-accountability-2016
const L = local.meta.slug; // rizhao-polytechnic-2017
const link = (from: string, to: string, extra: Partial<CrosswalkLink> = {}): CrosswalkLink => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation: 'implements', source: 'suggested', score: 0.5, evidence: ['诫勉'], ...extra };
};
/** A second measure, titled so that it sorts before the Rizhao one (安 < 日), its slug after it. */
const other: RegDocument = { ...local, meta: { ...local.meta, slug: 'zz-anhui-measure', title: '安徽某某办法' } };

describe('CrosswalkView on hand-written documents', () => {
  it('上位依据: the links from the article or inside it, with both ends cited and the rule’s fields', () => {
    const v = new CrosswalkView([parent, local], [
      link(`${L}#art-6-para-2`, `${P}#art-7-para-2`, { why: '细化 · 增加：提醒', kept: 0.75, added: ['提醒'], dropped: ['改组'], note: '人工' }),
      link(`${L}#art-5`, `${P}#art-6`, { relation: 'related', source: 'citation', score: 1 }),
      link(`${L}#art-60`, `${P}#art-6`),
    ]);
    const up = v.up(L, 'art-6');
    expect(up).toEqual([
      {
        other: { doc: P, anchor: 'art-7-para-2', href: `/regulations/${P}/#art-7-para-2`, citation: '《中国共产党问责条例》第七条第二款', label: '第七条第二款' },
        here: { doc: L, anchor: 'art-6-para-2', href: `/regulations/${L}/#art-6-para-2`, citation: '《日照职业技术学院党建工作问责（暂行）办法》第六条第二款', label: '第六条第二款' },
        relation: 'implements',
        relationLabel: '细化',
        source: 'suggested',
        sourceLabel: '自动建议',
        score: 0.5,
        evidence: ['诫勉'],
        note: '人工',
        why: '细化 · 增加：提醒',
        kept: 0.75,
        added: ['提醒'],
        dropped: ['改组'],
      },
    ]);
    // without the rule's fields: the relation's label, nothing kept, added or dropped, no note
    const [five] = v.up(L, 'art-5');
    expect(five).toEqual({
      other: { doc: P, anchor: 'art-6', href: `/regulations/${P}/#art-6`, citation: '《中国共产党问责条例》第六条', label: '第六条' },
      here: { doc: L, anchor: 'art-5', href: `/regulations/${L}/#art-5`, citation: '《日照职业技术学院党建工作问责（暂行）办法》第五条', label: '第五条' },
      relation: 'related',
      relationLabel: '相关',
      source: 'citation',
      sourceLabel: '明文引用',
      score: 1,
      evidence: ['诫勉'],
      why: '相关',
      kept: 0,
      added: [],
      dropped: [],
    });
    expect(v.up(L, 'art-7')).toEqual([]);
    expect(v.up('no-such-doc', 'art-1')).toEqual([]);
  });

  it('下位落实: the links to the article or inside it, grouped by local document in title order; unknown documents left out', () => {
    const v = new CrosswalkView([parent, local, other], [
      link(`${L}#art-6`, `${P}#art-7`, { relation: 'restates' }),
      link(`${L}#art-5`, `${P}#art-7-para-1-item-2`),
      link(`zz-anhui-measure#art-6`, `${P}#art-7-para-2`),
      link(`gone#art-1`, `${P}#art-7`),
      link(`${L}#art-6`, `${P}#art-6`),
    ]);
    const down = v.down(P, 'art-7');
    expect(down.map((g) => [g.doc, g.title, g.href, g.links.map((l) => [l.here.label, l.other.label, l.relationLabel])])).toEqual([
      ['zz-anhui-measure', '安徽某某办法', '/regulations/zz-anhui-measure/', [['第七条第二款', '第六条', '细化']]],
      [L, '日照职业技术学院党建工作问责（暂行）办法', `/regulations/${L}/`, [['第七条', '第六条', '重申'], ['第七条第一款第（二）项', '第五条', '细化']]],
    ]);
    expect(v.down(P, 'art-6').map((g) => g.doc)).toEqual([L]);
    expect(v.down(L, 'art-6')).toEqual([]);
  });

  it('orders groups of the same title by slug', () => {
    const twin: RegDocument = { ...other, meta: { ...other.meta, slug: 'anhui-b' } };
    const v = new CrosswalkView([parent, twin, other], [link('zz-anhui-measure#art-6', `${P}#art-7`), link('anhui-b#art-6', `${P}#art-7`)]);
    expect(v.down(P, 'art-7').map((g) => g.doc)).toEqual(['anhui-b', 'zz-anhui-measure']);
    const w = new CrosswalkView([parent, other, twin], [link('anhui-b#art-6', `${P}#art-7`), link('zz-anhui-measure#art-6', `${P}#art-7`)]);
    expect(w.down(P, 'art-7').map((g) => g.doc)).toEqual(['anhui-b', 'zz-anhui-measure']);
  });

  it('numbers a paragraph without an ordinal by its id, twelfth included', () => {
    const art = parent.root.children[1]!;
    const paras = Array.from({ length: 12 }, (_, i) => ({ kind: 'para' as const, id: `art-7-para-${i + 1}`, text: `第${i + 1}款。`, line: 1, children: [] }));
    const long: RegDocument = { ...parent, root: { ...parent.root, children: [parent.root.children[0]!, { ...art, children: paras }] } };
    const v = new CrosswalkView([long, local], []);
    expect(v.end(P, 'art-7-para-12').label).toBe('第七条第十二款');
    expect(v.end(P, 'art-7-para-2').label).toBe('第七条第二款');
  });

  it('shows an end outside the corpus by its anchor, and one whose provision is not found by the document’s title', () => {
    const v = new CrosswalkView([parent, local], [link(`${L}#art-6`, 'absent#art-1'), link(`${L}#art-5`, `${P}#art-99`)]);
    expect(v.up(L, 'art-6')[0]!.other).toEqual({ doc: 'absent', anchor: 'art-1', href: '#art-1', citation: 'art-1', label: 'art-1' });
    expect(v.up(L, 'art-5')[0]!.other).toEqual({ doc: P, anchor: 'art-99', href: `/regulations/${P}/#art-99`, citation: '《中国共产党问责条例》', label: '《中国共产党问责条例》' });
    // the same end asked twice is the same object (memoised)
    expect(v.end(P, 'art-6')).toBe(v.end(P, 'art-6'));
  });

  it('a measure with a parent in the corpus gets an 上位依据 box; a parent is one some measure names', () => {
    const v = new CrosswalkView([parent, local], []);
    expect(v.hasParent(L)).toBe(true);
    expect(v.hasParent(P)).toBe(false);
    expect(v.hasParent('no-such-doc')).toBe(false);
    expect(v.isParent(P)).toBe(true);
    expect(v.isParent(L)).toBe(false);
    // the parent named but not in the corpus: no box
    expect(new CrosswalkView([local], []).hasParent(L)).toBe(false);
    expect(new CrosswalkView([local], []).isParent(P)).toBe(true);
  });
});
