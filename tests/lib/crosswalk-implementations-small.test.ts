/**
 * The implementations pages' data (src/lib/crosswalk/implementations.ts) on the two hand-written
 * documents of the search fixtures and hand-written links, without building a crosswalk: a page
 * per parent article with local links (parents in corpus order, articles in document order), its
 * items grouped 重申 / 细化 / 相关, each item's number, heading, texts and reason, and the phrases
 * counted by measure. The same on the seeds' crosswalk: crosswalk-implementations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { countPhrases, implementationPages, implementationsPath, type ImplementationItem } from '../../src/lib/crosswalk/implementations.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { measureFromText } from '../../src/lib/crosswalk/evaluate.ts';
import type { CrosswalkLink } from '../../src/schemas/crosswalk.ts';
import { local, parent } from '../fixtures/search-corpus.ts';

const P = parent.meta.slug;
const L = local.meta.slug;
const link = (from: string, to: string, extra: Partial<CrosswalkLink> = {}): CrosswalkLink => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation: 'implements', source: 'suggested', score: 0.5, evidence: [], ...extra };
};
const other: RegDocument = { ...local, meta: { ...local.meta, slug: 'anhui-measure', title: '安徽某某办法', shortTitle: '安徽办法' } };

describe('implementationPages on hand-written documents', () => {
  const links = [
    link(`${L}#art-6-para-2`, `${P}#art-7-para-2`, { relation: 'restates', why: '重申 · 保留上位条款文字 90%', added: ['组织调整'], dropped: [] }),
    link(`${L}#art-5`, `${P}#art-7-para-1-item-2`, { relation: 'related', added: [], dropped: ['通报'] }),
    link(`anhui-measure#art-6`, `${P}#art-7`, { added: ['组织调整', '提醒'], dropped: ['通报'] }),
    link(`gone#art-1`, `${P}#art-6`),
    link(`${L}#art-5`, `${P}#art-6`, { score: 0.3 }),
  ];

  it('makes a page for each parent article with local links from documents of the corpus, in document order', () => {
    const pages = implementationPages([local, parent, other], links);
    expect(pages.map((p) => [p.parent.meta.slug, p.unit.anchor, p.measures, p.groups.map((g) => [g.relation, g.label, g.items.map((i) => i.id)])])).toEqual([
      [P, 'art-6', 1, [['implements', '细化', [`impl-${L}-art-5`]]]],
      [
        P,
        'art-7',
        2,
        [
          ['restates', '重申', [`impl-${L}-art-6-para-2`]],
          ['implements', '细化', ['impl-anhui-measure-art-6']],
          ['related', '相关', [`impl-${L}-art-5`]],
        ],
      ],
    ]);
    expect(implementationPages([local, parent], [link(`gone#art-1`, `${P}#art-6`)])).toEqual([]);
    expect(implementationPages([local, parent], [])).toEqual([]);
  });

  it('gives each item its number (the article’s, deeper numbers added), heading, texts and reason', () => {
    const page = implementationPages([local, parent, other], links).find((p) => p.unit.anchor === 'art-7')!;
    const [restated, implemented, related] = page.groups.map((g) => g.items[0]!);
    expect([restated!.num, restated!.heading, restated!.why, restated!.score, restated!.localText, restated!.parentText]).toEqual([
      '第六条',
      '问责方式',
      '重申 · 保留上位条款文字 90%',
      0.5,
      '对党的领导干部的问责方式包括：通报、诫勉、组织调整或者组织处理、纪律处分。',
      '对党的领导干部的问责，可以采取通报、诫勉、组织调整或者组织处理、纪律处分等方式。',
    ]);
    expect([restated!.local.label, restated!.parent.label, restated!.measure]).toEqual(['第六条第二款', '第七条第二款', { slug: L, title: local.meta.title, shortTitle: local.meta.shortTitle, issued: '2017-06-21' }]);
    // no reason given: the relation's label
    expect([related!.num, related!.why, 'heading' in related!, related!.parentText]).toEqual(['第五条', '相关', false, '通报。责令整改，并在一定范围内通报。']);
    expect(implemented!.measure.slug).toBe('anhui-measure');
    expect(page.text).toContain('对党组织的问责');
    // phrases: 组织调整 by two measures first, then the others in first-seen order
    expect(page.added.map((c) => [c.phrase, c.measures, c.items])).toEqual([
      ['组织调整', [L, 'anhui-measure'], [`impl-${L}-art-6-para-2`, 'impl-anhui-measure-art-6']],
      ['提醒', ['anhui-measure'], ['impl-anhui-measure-art-6']],
    ]);
    expect(page.dropped.map((c) => [c.phrase, c.measures.length])).toEqual([['通报', 2]]);
  });

  it('shows a diff only where the texts are close enough to read one', () => {
    const page = implementationPages([local, parent], [link(`${L}#art-6-para-2`, `${P}#art-7-para-2`), link(`${L}#art-5`, `${P}#art-7-para-1-item-1`)]).find((p) => p.unit.anchor === 'art-7')!;
    const items = page.groups.flatMap((g) => g.items);
    const close = items.find((i) => i.local.anchor === 'art-6-para-2')!;
    const far = items.find((i) => i.local.anchor === 'art-5')!;
    expect(close.diff.inserted.join('')).toContain('包括');
    expect(close.showDiff).toBe(true);
    expect(far.showDiff).toBe(false);
  });
});

describe('item numbers', () => {
  it('numbers an item by its article and its own number, and a provision not found by its anchor', () => {
    const m = measureFromText('m-items', '某某办法\n\n第一条 问责方式如下：\n（一）通报；\n（二）诫勉。\n', P);
    const page = implementationPages([m, parent], [link('m-items#art-1-para-1-item-2', `${P}#art-7-para-2`), link('m-items#art-1-para-1', `${P}#art-7`), link('m-items#art-9', `${P}#art-7`)])[0]!;
    // the article's label line (问责方式如下：) is its heading; a provision not found has no article
    expect(page.groups[0]!.items.map((i) => [i.num, i.localText, i.heading ?? null])).toEqual([
      ['第一条（二）', '诫勉。', '问责方式如下'],
      ['第一条', '问责方式如下：\n（一）通报；\n（二）诫勉。', '问责方式如下'],
      ['art-9', '', null],
    ]);
  });
});

describe('countPhrases and implementationsPath', () => {
  const item = (id: string, measure: string, added: string[]) => ({ id, measure: { slug: measure }, added, dropped: [] }) as unknown as ImplementationItem;
  it('folds width, traditional forms and spaces; skips empty phrases; shorter first among equals', () => {
    const counts = countPhrases([item('a1', 'a', ['函 询', '诫勉谈话', ' ']), item('b1', 'b', ['函詢', '提醒']), item('c1', 'c', ['诫勉谈话', '提醒'])], (i) => i.added);
    // each by two measures; shorter as first written first (函 询 with its space is three characters)
    expect(counts.map((c) => [c.phrase, c.measures, c.items])).toEqual([
      ['提醒', ['b', 'c'], ['b1', 'c1']],
      ['函 询', ['a', 'b'], ['a1', 'b1']],
      ['诫勉谈话', ['a', 'c'], ['a1', 'c1']],
    ]);
    expect(countPhrases([], (i) => i.added)).toEqual([]);
  });

  it('escapes the parts of a page path', () => {
    expect(implementationsPath('a b', 'art-1')).toBe('/implementations/a%20b/art-1/');
  });
});
