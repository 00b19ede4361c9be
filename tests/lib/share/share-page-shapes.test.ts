/**
 * Share pages (src/lib/share/) for the shapes of provision the first test file leaves out: a
 * section 一、 with a heading or a text of its own and 项 under it, an article with its own text and
 * no heading, an article with a table (its text and tables are the page's body), and the whole HTML
 * of one page written out by hand: what a link preview reads in <head>, and the body a reader without
 * JavaScript sees.
 */
import { describe, expect, it } from 'vitest';
import { node, type ProvisionNode } from '../../../src/lib/tree.ts';
import type { DocMeta } from '../../../src/schemas/meta.ts';
import { cutAt, sharePage, sharePath, shareTargets } from '../../../src/lib/share/provision-share.ts';
import { sharePageHtml } from '../../../src/lib/share/share-html.ts';
import { errorOf } from '../../support/thrown.ts';

const meta = { slug: 'x-2020', title: '某某学院党建工作问责办法', shortTitle: '某某问责办法', class: '党内规范性文件' } as DocMeta;

function docWith(...children: ProvisionNode[]) {
  const root = node('document', 1);
  root.children = children;
  return { meta, root };
}

/** 一、总体要求 as a section with a heading (no text of its own) and two 项. */
function headedSection(): ProvisionNode {
  const s = node('section', 1, '', { id: 'sec-1', num: '一、', ordinal: 1, heading: '总体要求' });
  s.children = [
    node('item', 2, '坚持党的领导。', { id: 'sec-1-item-1', num: '（一）', ordinal: 1 }),
    node('item', 3, '坚持从严治党。', { id: 'sec-1-item-2', num: '（二）', ordinal: 2 }),
  ];
  return s;
}

/** 二、 as a section whose first words are its text, then two 项. */
function textSection(): ProvisionNode {
  const s = node('section', 4, '各单位应当做到以下几点：', { id: 'sec-2', num: '二、', ordinal: 2 });
  s.children = [
    node('item', 5, '明确责任。', { id: 'sec-2-item-1', num: '（一）', ordinal: 1 }),
    node('item', 6, '加强监督。', { id: 'sec-2-item-2', num: '（二）', ordinal: 2 }),
  ];
  return s;
}

/** 第八条 with its own text and a table after it (rows of cells, spans kept). */
function articleWithTable(): ProvisionNode {
  const art = node('article', 7, '问责情形及其方式见下表。', { id: 'art-8', num: '第八条', ordinal: 8 });
  art.children = [
    node('table', 8, '', {
      id: 'art-8-table-1',
      rows: [
        [{ text: '情形', line: 8 }, { text: '方式', line: 8, colspan: 2 }],
        [{ text: '失职', line: 9, rowspan: 2 }, { text: '通报', line: 9, colspan: 1 }, { text: '诫勉', line: 9 }],
        [{ text: '检查', line: 10, rowspan: 1 }, { text: '改组', line: 10 }],
      ],
    }),
  ];
  return art;
}

describe('the text of a share page, by the shape of the provision', () => {
  it('a section with a heading and 项: the heading on the number line, each 项 on its own', () => {
    const [t] = shareTargets(docWith(headedSection()));
    const p = sharePage(meta, t!, { base: '/' });
    expect(p.lines).toEqual([
      { num: '一、', text: '总体要求' },
      { num: '（一）', text: '坚持党的领导。' },
      { num: '（二）', text: '坚持从严治党。' },
    ]);
    expect(p.description).toBe('总体要求 （一）坚持党的领导。（二）坚持从严治党。');
  });

  it('a section with a text of its own and 项: the text on the number line, then every 项', () => {
    const [t] = shareTargets(docWith(textSection()));
    const p = sharePage(meta, t!, { base: '/' });
    expect(p.lines).toEqual([
      { num: '二、', text: '各单位应当做到以下几点：' },
      { num: '（一）', text: '明确责任。' },
      { num: '（二）', text: '加强监督。' },
    ]);
  });

  it('an article with its own text and no heading: the text alone follows the number', () => {
    const [t] = shareTargets(docWith(node('article', 1, '本办法自发布之日起施行。', { id: 'art-9', num: '第九条', ordinal: 9 })));
    const p = sharePage(meta, t!, { base: '/' });
    expect(p.lines).toEqual([{ num: '第九条', text: '本办法自发布之日起施行。' }]);
    expect(p.description).toBe('本办法自发布之日起施行。');
  });

  it('an article with a heading and its own text: a space between them in the description, a wide one on the page', () => {
    const [t] = shareTargets(docWith(node('article', 1, '本办法自发布之日起施行。', { id: 'art-9', num: '第九条', ordinal: 9, heading: '施行' })));
    const p = sharePage(meta, t!, { base: '/' });
    expect(p.description).toBe('施行 本办法自发布之日起施行。');
    expect(p.lines).toEqual([{ num: '第九条', text: '施行　本办法自发布之日起施行。' }]);
  });

  it('an article with a table: its text, then the table (no empty line for it); the cells are in the description', () => {
    const [t] = shareTargets(docWith(articleWithTable()));
    const p = sharePage(meta, t!, { base: '/' });
    expect(p.lines).toEqual([{ num: '第八条', text: '问责情形及其方式见下表。' }]);
    expect(p.tables).toEqual([articleWithTable().children[0]!.rows]);
    expect(p.description).toBe('问责情形及其方式见下表。情形 方式失职 通报 诫勉检查 改组');
  });

  it('the description is the opening words, not the citation', () => {
    const [t] = shareTargets(docWith(textSection()));
    const p = sharePage(meta, t!, { base: '/' });
    expect(p.description).toBe('各单位应当做到以下几点：（一）明确责任。（二）加强监督。');
    expect(p.citation).not.toBe(p.description);
  });
});

describe('addresses and descriptions at their edges', () => {
  it('a share page for 第六条之十二 (art-6-12), none for a part (part-2: 编 are no articles)', () => {
    expect(sharePath('x-2020', 'art-6-12')).toBe('/regulations/x-2020/art-6-12/');
    expect(errorOf(() => sharePath('x-2020', 'part-2'), RangeError).message).toMatch(/only articles/);
  });

  it('a description has no white space at either end', () => {
    expect(cutAt('　 问责方式\n')).toBe('问责方式');
  });
});

describe('the HTML of a share page, whole', () => {
  it('is the page written out here: preview metadata in <head>, the provision with its table in <body>', () => {
    const [t] = shareTargets(docWith(articleWithTable()));
    const where = { base: '/zhidu/', site: 'https://intranet.example/zhidu/' };
    const p = sharePage(meta, t!, where);
    const html = sharePageHtml(p, where);
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    const url = 'https://intranet.example/zhidu/regulations/x-2020/#art-8';
    const description = '问责情形及其方式见下表。情形 方式失职 通报 诫勉检查 改组';
    expect(html).toBe(
      [
        '<!DOCTYPE html>',
        '<html lang="zh-CN">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>《某某问责办法》第八条</title>',
        `<meta name="description" content="${description}">`,
        '<meta name="robots" content="noindex, follow">',
        `<link rel="canonical" href="${url}">`,
        '<link rel="icon" href="/zhidu/favicon.svg" type="image/svg+xml">',
        '<meta property="og:site_name" content="条文">',
        '<meta property="og:locale" content="zh_CN">',
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="《某某问责办法》第八条">',
        `<meta property="og:description" content="${description}">`,
        `<meta property="og:url" content="${url}">`,
        '<meta name="twitter:card" content="summary">',
        `<style>${style}</style>`,
        '<script>location.replace("/zhidu/regulations/x-2020/#art-8");</script>',
        '</head>',
        '<body>',
        '<main>',
        '<p class="site"><a href="/zhidu/">条文</a></p>',
        '<h1>《某某学院党建工作问责办法》第八条</h1>',
        '<p><span class="num">第八条</span>　问责情形及其方式见下表。</p>',
        '<table><tbody><tr><td>情形</td><td colspan="2">方式</td></tr><tr><td rowspan="2">失职</td><td>通报</td><td>诫勉</td></tr><tr><td>检查</td><td>改组</td></tr></tbody></table>',
        '<p class="full"><a href="/zhidu/regulations/x-2020/#art-8">查看全文</a></p>',
        '</main>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
    // a short style sheet that centres the text and draws the table's cells
    expect(style).toMatch(/max-width:/);
    expect(style).toMatch(/td\{border:1px solid #[0-9a-f]+\}/);
  });

  it('without a site address: the same <head> with no canonical and no og:url, nothing in their place', () => {
    const [t] = shareTargets(docWith(articleWithTable()));
    const html = sharePageHtml(sharePage(meta, t!, { base: '/' }), { base: '/' });
    const head = html.slice(html.indexOf('<title>'), html.indexOf('<style>')).split('\n').filter(Boolean);
    expect(head.map((l) => /^<(\w+)(?: (?:name|property|rel)="([^"]+)")?/.exec(l)!.slice(1).join(' '))).toEqual([
      'title ',
      'meta description',
      'meta robots',
      'link icon',
      'meta og:site_name',
      'meta og:locale',
      'meta og:type',
      'meta og:title',
      'meta og:description',
      'meta twitter:card',
    ]);
  });

  it('puts the number before the first line only with a space, and a number without text alone', () => {
    const page = { file: 'f', title: 't', citation: 'c', description: 'd', anchorHref: '/#art-1', anchorUrl: undefined, tables: [] };
    const html = sharePageHtml({ ...page, lines: [{ num: '第一条', text: '甲。' }, { num: '（一）', text: '乙。' }, { num: '（二）', text: '' }, { text: '丙。' }] }, { base: '/' });
    expect(html).toContain(['<p><span class="num">第一条</span>　甲。</p>', '<p><span class="num">（一）</span>乙。</p>', '<p><span class="num">（二）</span></p>', '<p>丙。</p>'].join('\n'));
    // a first line that is only a number has no space after it
    expect(sharePageHtml({ ...page, lines: [{ num: '第一条', text: '' }] }, { base: '/' })).toContain('<p><span class="num">第一条</span></p>');
  });

  it('sends a reader to exactly the anchor, whatever it holds (< written \\u003c inside the script)', () => {
    const href = '/x/#</script><b>';
    const page = { file: 'f', title: 't', citation: 'c', description: 'd', anchorHref: href, anchorUrl: undefined, lines: [], tables: [] };
    const script = /<script>location\.replace\((.*)\);<\/script>/.exec(sharePageHtml(page, { base: '/' }))![1]!;
    expect(script).toBe('"/x/#\\u003c/script>\\u003cb>"');
    expect(JSON.parse(script)).toBe(href);
  });
});
