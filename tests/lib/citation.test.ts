import { describe, expect, it } from 'vitest';
import { citationFor, citationWithUrl, documentPath, provisionHref, provisionUrl } from '../../src/lib/citation.ts';
import { node, type ProvisionNode } from '../../src/lib/tree.ts';
import type { Level } from '../../src/lib/levels.ts';
import { parseProvisionPath } from '../../src/lib/citation-parse.ts';
import { errorOf } from '../support/thrown.ts';

const meta = { title: '日照职业技术学院党建工作问责（暂行）办法', slug: 'rizhao-polytechnic-2017', class: '党内规范性文件' as const };
const T = `《${meta.title}》`;

/** Build a path from [kind, ordinal, id?] triples, each node the child of the previous one. */
function path(...steps: [Level, number?, string?, Partial<ProvisionNode>?][]): ProvisionNode[] {
  return steps.map(([kind, ordinal, id, extra], i) => node(kind, i + 1, '', { ordinal, id, ...extra }));
}

describe('citationFor', () => {
  const cases: [string, ProvisionNode[], string][] = [
    ['whole document (empty path)', [], T],
    ['document root only', path(['document']), T],
    ['article', path(['document'], ['article', 6, 'art-6']), `${T}第六条`],
    ['article 之一', path(['document'], ['article', 6, 'art-6-1', { suffix: 1 }]), `${T}第六条之一`],
    ['article 13 (十三)', path(['document'], ['article', 13, 'art-13']), `${T}第十三条`],
    ['article 21 (二十一)', path(['article', 21, 'art-21']), `${T}第二十一条`],
    ['款', path(['document'], ['article', 6], ['para', 2]), `${T}第六条第二款`],
    ['项', path(['document'], ['article', 6], ['para', 2], ['item', 1]), `${T}第六条第二款第（一）项`],
    ['目', path(['document'], ['article', 5], ['para', 1], ['item', 1], ['sub', 2]), `${T}第五条第一款第（一）项第2目`],
    ['chapter left out above an article', path(['document'], ['chapter', 2], ['article', 6]), `${T}第六条`],
    ['part/chapter/division left out above an article', path(['part', 1], ['chapter', 2], ['division', 3], ['article', 9], ['para', 1]), `${T}第九条第一款`],
    ['chapter itself', path(['document'], ['chapter', 2, 'chp-2']), `${T}第二章`],
    ['division itself', path(['chapter', 1], ['division', 2]), `${T}第一章第二节`],
    ['interpretation of an article', path(['document'], ['article', 6], ['interpretation', 1]), `${T}第六条解读`],
    ['section', path(['document'], ['section', 2]), `${T}第二部分`],
    ['item in a section', path(['document'], ['section', 2], ['item', 1]), `${T}第二部分第（一）项`],
    ['sub in a section', path(['document'], ['section', 3], ['sub', 4]), `${T}第三部分第4目`],
    ['paragraph of a section is 段, not 款', path(['document'], ['section', 2], ['para', 3]), `${T}第二部分第三段`],
    ['annex', path(['document'], ['annex', 1]), `${T}附件1`],
    ['table in an annex', path(['document'], ['annex', 2], ['table', 1]), `${T}附件2表1`],
    ['notice paragraph', path(['document'], ['notice'], ['para', 2]), `${T}印发通知第二段`],
    ['preamble paragraph', path(['document'], ['preamble'], ['para', 1]), `${T}序言第一段`],
    ['commentary heading', path(['document'], ['heading', 1, 'h-1', { heading: '一、主要做法' }]), `${T}“一、主要做法”`],
  ];
  it.each(cases)('%s', (_name, p, expected) => {
    expect(citationFor(meta, p)).toBe(expected);
  });

  it('cites the ordinal, not the numbering as written', () => {
    const p = path(['article', 5], ['para', 1], ['item', 1, undefined, { num: '（1）' }], ['sub', 3, undefined, { num: '3．' }]);
    expect(citationFor(meta, p)).toBe(`${T}第五条第一款第（一）项第3目`);
  });

  it('refuses a numbered level without an ordinal', () => {
    expect(errorOf(() => citationFor(meta, [node('article', 17)]), RangeError).message).toMatch(/line 17/);
  });
});

describe('citationWithUrl', () => {
  const site = 'https://tiaowen.example.org';
  it('adds the absolute URL with the deepest id as fragment', () => {
    const p = path(['document'], ['article', 6, 'art-6'], ['para', 2, 'art-6-para-2'], ['item', 1, 'art-6-para-2-item-1']);
    expect(citationWithUrl(meta, p, site)).toBe(
      `${T}第六条第二款第（一）项 https://tiaowen.example.org/regulations/rizhao-polytechnic-2017/#art-6-para-2-item-1`,
    );
  });
  it('uses the nearest ancestor id when the cited node has none', () => {
    const p = path(['article', 6, 'art-6'], ['interpretation', 1]);
    expect(provisionUrl(meta, p, site)).toBe('https://tiaowen.example.org/regulations/rizhao-polytechnic-2017/#art-6');
  });
  it('links the document page when nothing has an id', () => {
    expect(citationWithUrl(meta, [], `${site}/`)).toBe(`${T} https://tiaowen.example.org/regulations/rizhao-polytechnic-2017/`);
  });
  it('puts commentary under /commentary/', () => {
    const c = { title: '评论一', slug: 'commentary-1', class: '评论' as const };
    expect(documentPath(c)).toBe('/commentary/commentary-1/');
    expect(citationWithUrl(c, path(['heading', 2, 'h-2', { heading: '二、问题' }]), new URL(site))).toBe(
      '《评论一》“二、问题” https://tiaowen.example.org/commentary/commentary-1/#h-2',
    );
  });
});

describe('round trip with the citation parser', () => {
  it.each([
    [path(['article', 6]), { article: 6 }],
    [path(['article', 6, undefined, { suffix: 1 }], ['para', 2]), { article: 6, suffix: 1, para: 2 }],
    [path(['article', 12], ['para', 2], ['item', 11]), { article: 12, para: 2, item: 11 }],
    [path(['article', 5], ['para', 1], ['item', 1], ['sub', 2]), { article: 5, para: 1, item: 1, sub: 2 }],
  ])('parseProvisionPath reads back what citationFor writes (%#)', (p, expected) => {
    const cited = citationFor(meta, p).slice(T.length);
    expect(parseProvisionPath(cited)).toMatchObject({ ...expected, length: cited.length });
  });
});

describe('links under a sub-path', () => {
  const meta = { title: '日照职业技术学院党建工作问责（暂行）办法', slug: 'rizhao-polytechnic-2017', class: '党内规范性文件' as const };
  const art6 = [{ kind: 'article', id: 'art-6', ordinal: 6, line: 1, children: [] }] as unknown as Parameters<typeof provisionHref>[1];
  it('keeps the site path of TIAOWEN_SITE', () => {
    expect(provisionUrl(meta, art6, 'https://host.example/zhidu/')).toBe('https://host.example/zhidu/regulations/rizhao-polytechnic-2017/#art-6');
    expect(provisionUrl(meta, art6, 'https://host.example/zhidu')).toBe('https://host.example/zhidu/regulations/rizhao-polytechnic-2017/#art-6');
  });
  it('puts the base path in front of a relative link', () => {
    expect(provisionHref(meta, art6, '/zhidu/')).toBe('/zhidu/regulations/rizhao-polytechnic-2017/#art-6');
    expect(provisionHref(meta, art6, '/')).toBe('/regulations/rizhao-polytechnic-2017/#art-6');
    expect(provisionHref(meta, [], '/')).toBe('/regulations/rizhao-polytechnic-2017/');
  });
});
