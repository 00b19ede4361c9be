/**
 * The browser's compare data (src/lib/compare/data.ts) and the markup of a comparison
 * (src/lib/compare/html.ts) on small hand-made documents and rows: the data files hold what
 * README "Compare" says they hold, and every part of the page (labels for a measure against its
 * parent and for two peers, empty-column marks, similarity, notes, the summary, the Word link) is as
 * written here. tests/lib/compare-data.test.ts checks the same code on the seeds with the published
 * crosswalk; this file builds everything inside each test, so mutation testing (README) can run it
 * per mutant.
 */
import { describe, expect, it } from 'vitest';
import type { AlignedRow } from '../../src/lib/compare/align.ts';
import { compareData, compareDataPath, compareDocData, docInfo, infoOf, isPagePair, pickerGroupPath, pickerGroups, type CompareDocInfo, type ComparisonData } from '../../src/lib/compare/data.ts';
import { comparePageCss, cssString, isParentPair, renderCell, renderComparison, renderProvisionComparison, renderRow, rowId, wordLink } from '../../src/lib/compare/html.ts';
import type { CompareUnit } from '../../src/lib/compare/units.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { UNKNOWN_ISSUER } from '../../src/lib/listing/groups.ts';
import { node } from '../../src/lib/tree.ts';
import type { DocMeta } from '../../src/schemas/meta.ts';

function docOf(slug: string, o: { shortTitle?: string; issuer?: string | null; parents?: string[]; cls?: DocMeta['class']; articles?: string[] } = {}): RegDocument {
  const meta: DocMeta = {
    slug,
    title: `${o.shortTitle ?? slug}全称`,
    shortTitle: o.shortTitle ?? slug,
    class: o.cls ?? '党内规范性文件',
    issuer: o.issuer ?? null,
    docNumber: null,
    issued: null,
    effective: null,
    provisional: null,
    status: 'unknown',
    parents: (o.parents ?? []).map((p) => ({ slug: p })),
    source: { file: `${slug}.txt`, from: 1, to: 2 },
  };
  const nums = ['第一条', '第二条', '第三条', '第四条'];
  const articles = (o.articles ?? ['党组织应当履行职责。']).map((t, i) => node('article', i + 1, t, { id: `art-${i + 1}`, num: nums[i]! }));
  return { meta, root: node('document', 1, '', { children: articles }), aliases: {}, excluded: [], corrections: [] };
}

const link = (from: string, to: string, relation: 'restates' | 'implements' | 'related' = 'implements', score = 0.5) => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation, score };
};

const unit = (doc: string, anchor: string, num: string, text: string, extra: Partial<CompareUnit> = {}): CompareUnit => ({ doc, anchor, kind: 'article', num, index: 0, text, ...extra });

const LOCAL: CompareDocInfo = { slug: 'm', title: '某办法全称', shortTitle: '某办法', href: '/regulations/m/', parents: ['p'] };
const PARENT: CompareDocInfo = { slug: 'p', title: '某条例全称', shortTitle: '某条例', href: '/regulations/p/', parents: [] };
const PEER: CompareDocInfo = { slug: 'q', title: '另一办法全称', shortTitle: '另一办法', href: '/regulations/q/', parents: ['p'] };

describe('compare data files', () => {
  it('are addressed by the encoded slug or group key', () => {
    expect(compareDataPath('rizhao-2017')).toBe('/compare/data/rizhao-2017.json');
    expect(compareDataPath('a b')).toBe('/compare/data/a%20b.json');
    expect(pickerGroupPath('k-2')).toBe('/compare/data/group/k-2.json');
    expect(pickerGroupPath('甲')).toBe('/compare/data/group/%E7%94%B2.json');
  });

  it('describe a document by slug, titles, page path and declared parents', () => {
    const d = docOf('m', { shortTitle: '某办法', parents: ['p', 'q'] });
    expect(docInfo(d.meta)).toEqual({ slug: 'm', title: '某办法全称', shortTitle: '某办法', href: '/regulations/m/', parents: ['p', 'q'] });
    expect(docInfo(docOf('c', { cls: '评论' }).meta).href).toBe('/commentary/c/');
  });

  it('hold the units and only the links going out of the document, reduced to the fields alignment reads, in the given order', () => {
    const d = docOf('m', { parents: ['p'], articles: ['甲。', '乙。'] });
    const cw = [
      { ...link('m#art-2', 'p#art-1', 'restates', 0.9), why: '细化', source: 'suggested' },
      link('x#art-1', 'm#art-1'),
      link('m#art-1', 'p#art-3', 'related', 0.2),
    ];
    const data = compareDocData(d, cw, 'g-1');
    expect(data.group).toBe('g-1');
    expect(data.units.map((u) => [u.anchor, u.num, u.text])).toEqual([
      ['art-1', '第一条', '甲。'],
      ['art-2', '第二条', '乙。'],
    ]);
    expect(data.links).toEqual([link('m#art-2', 'p#art-1', 'restates', 0.9), link('m#art-1', 'p#art-3', 'related', 0.2)]);
    expect(infoOf(data)).toEqual(docInfo(d.meta));
  });

  it('compare two documents from their own files: links of either side count, so two measures meet at their parent', () => {
    const p = docOf('p', { articles: ['党组织应当加强问责工作。', '其他事项。'] });
    const a = docOf('a', { parents: ['p'], articles: ['学校党委加强对问责工作的领导。'] });
    const b = docOf('b', { parents: ['p'], articles: ['本单位一般规定。', '医院党委加强对问责工作的领导。'] });
    const cw = [link('a#art-1', 'p#art-1', 'implements', 0.8), link('b#art-2', 'p#art-1', 'implements', 0.7)];
    const cmp = compareData(compareDocData(a, cw, 'g'), compareDocData(b, cw, 'g'));
    expect(cmp.linkSource).toBe('shared-parent');
    expect(cmp.local).toEqual(docInfo(a.meta));
    expect(cmp.base).toEqual(docInfo(b.meta));
    expect(cmp.rows.find((r) => r.local?.anchor === 'art-1')!.base.map((x) => x.unit.anchor)).toEqual(['art-2']);
    // Against its parent, the measure's own file is enough.
    const up = compareData(compareDocData(a, cw, 'g'), compareDocData(p, cw, 'g'));
    expect(up.linkSource).toBe('crosswalk');
    expect(up.summary.covered).toBe(1);
  });

  it('compare a document with itself by its own links once', () => {
    const a = docOf('a', { articles: ['学校党委加强领导。', '学校党委加强领导。'] });
    const data = compareDocData(a, [link('a#art-2', 'a#art-1', 'restates', 1)], 'g');
    const cmp = compareData(data, data);
    expect(cmp.linkSource).toBe('crosswalk');
    expect(cmp.rows.map((r) => `${r.status}:${r.local?.anchor ?? '-'}/${r.base.map((x) => x.unit.anchor).join(',')}`)).toEqual(['added:art-1/', 'verbatim:art-2/art-1', 'uncovered:-/art-2']);
  });
});

describe('picker groups', () => {
  const corpus = () => [
    docOf('p', { shortTitle: '问责条例', issuer: '中共中央' }),
    docOf('m2', { shortTitle: '办法乙', issuer: '某市委', parents: ['p', 'p', 'absent', 'm2'] }),
    docOf('m1', { shortTitle: '办法甲', issuer: '某市委', parents: ['p'] }),
    docOf('m0', { shortTitle: '办法甲', issuer: '某市委' }),
    docOf('c', { shortTitle: '评论一', issuer: '某市委', cls: '评论', parents: ['p'] }),
    docOf('n', { shortTitle: '安全规定', issuer: null, parents: ['c'] }),
  ];

  it('list the comparable documents by issuer, by short title in pinyin order then slug, with the parents that are in a group', () => {
    const groups = pickerGroups(corpus(), 10);
    expect(groups.map((g) => [g.label, g.initial, g.documents.map((d) => d.slug)])).toEqual([
      ['某市委', 'M', ['m0', 'm1', 'm2']],
      ['中共中央', 'Z', ['p']],
      [UNKNOWN_ISSUER, '#', ['n']],
    ]);
    const pKey = groups[1]!.key;
    const entries = new Map(groups.flatMap((g) => g.documents).map((d) => [d.slug, d]));
    // A parent declared twice, a parent missing from the corpus, the document itself and a commentary: left out.
    expect(entries.get('m2')).toEqual({ slug: 'm2', shortTitle: '办法乙', parents: [{ slug: 'p', group: pKey }] });
    expect(entries.get('m1')!.parents).toEqual([{ slug: 'p', group: pKey }]);
    expect(entries.get('n')!.parents).toEqual([]);
    expect(entries.get('p')!.parents).toEqual([]);
  });

  it('split a large issuer into parts that say which initials they hold', () => {
    const parts = pickerGroups(corpus(), 2).filter((g) => g.label.startsWith('某市委'));
    expect(parts.map((g) => [g.label, g.documents.map((d) => d.slug)])).toEqual([
      ['某市委（1/2，B）', ['m0', 'm1']],
      ['某市委（2/2，B）', ['m2']],
    ]);
    const mixed = pickerGroups([docOf('a', { shortTitle: '安全办法', issuer: '某市委' }), docOf('b', { shortTitle: '办法', issuer: '某市委' }), docOf('z', { shortTitle: '住房办法', issuer: '某市委' })], 2);
    expect(mixed.map((g) => g.label)).toEqual(['某市委（1/2，A–B）', '某市委（2/2，Z）']);
  });

  it('tell whether a pair has a pre-rendered page from the compared document’s entry', () => {
    const entry = { slug: 'm', shortTitle: '某办法', parents: [{ slug: 'p', group: 'g' }] };
    expect(isPagePair(entry, 'p')).toBe(true);
    expect(isPagePair(entry, 'q')).toBe(false);
    expect(isPagePair(undefined, 'p')).toBe(false);
    expect(isPagePair({ ...entry, parents: [{ slug: 'm', group: 'g' }] }, 'm')).toBe(false);
  });
});

describe('the markup of a comparison', () => {
  it('escapes CSS strings so that they cannot end the <style> element', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('一\r\n\n二')).toBe('"一 二"');
    expect(cssString('</style>')).toBe('"\\3c /style\\3e "');
    expect(comparePageCss(LOCAL, PARENT)).toBe(
      '@media print { @page { @top-left { content: "左栏：某办法"; font-size: 8pt; vertical-align: bottom; } @top-right { content: "右栏：某条例"; font-size: 8pt; vertical-align: bottom; } } }',
    );
  });

  it('tells a measure against its parent from two peers', () => {
    expect(isParentPair(LOCAL, PARENT)).toBe(true);
    expect(isParentPair(LOCAL, PEER)).toBe(false);
    expect(isParentPair(PARENT, LOCAL)).toBe(false);
  });

  it('renders a cell as the linked number and heading, an optional note, and the text', () => {
    const u = unit('m', 'art-6', '第六条', '甲<乙>', { heading: '问责方式' });
    expect(renderCell(LOCAL, u)).toBe(
      '<div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/m/#art-6"><span class="num">第六条</span><span class="title">问责方式</span></a></h3><div class="compare-text">甲&lt;乙&gt;</div></div>',
    );
    expect(renderCell(LOCAL, unit('m', 'art-1', '第一条', '甲'), '<ins>x</ins>', '对应关系：细化')).toBe(
      '<div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/m/#art-1"><span class="num">第一条</span></a></h3><p class="compare-note">对应关系：细化</p><div class="compare-text"><ins>x</ins></div></div>',
    );
  });

  const diffRow = (exact: boolean, similarity: number, showDiff: boolean): AlignedRow => ({
    status: 'adapted',
    local: unit('m', 'art-2', '第二条', '应当问责'),
    base: [
      { unit: unit('p', 'art-5', '第五条', '应当追责'), relation: 'implements', score: 0.8 },
      { unit: unit('p', 'art-9', '第九条', '另条'), relation: 'restates', score: 0.3 },
      { unit: unit('p', 'art-11', '第十一条', '他条'), relation: 'other' as never, score: 0.2 },
    ],
    diff: {
      segments: [
        { op: 'equal', old: '应当', new: '应当' },
        { op: 'change', old: '追', new: '问' },
        { op: 'equal', old: '责', new: '责' },
      ],
      similarity,
      exact,
      inserted: ['问'],
      deleted: ['追'],
    },
    showDiff,
  });

  it('renders a linked row with its marks, similarity, relation and the further linked provisions', () => {
    const html = renderRow(diffRow(true, 0.756, true), LOCAL, PARENT, true);
    expect(html).toBe(
      '<div class="compare-row" id="row-art-2" data-status="adapted">' +
        '<div class="compare-cell compare-local"><p class="compare-side">某办法</p>' +
        '<p class="compare-status status-adapted"><span class="badge">改写</span><span class="compare-similarity">文字相同 76%</span></p>' +
        '<div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/m/#art-2"><span class="num">第二条</span></a></h3><div class="compare-text">应当<ins><span class="visually-hidden">［增］</span>问</ins>责</div></div></div>' +
        '<div class="compare-cell compare-base"><p class="compare-side">某条例</p>' +
        '<div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/p/#art-5"><span class="num">第五条</span></a></h3><p class="compare-note">对应关系：细化</p><div class="compare-text">应当<del><span class="visually-hidden">［删］</span>追</del>责</div></div>' +
        '<div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/p/#art-9"><span class="num">第九条</span></a></h3><p class="compare-note">另见（重申）</p><div class="compare-text">另条</div></div>' +
        '<div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/p/#art-11"><span class="num">第十一条</span></a></h3><p class="compare-note">另见（other）</p><div class="compare-text">他条</div></div>' +
        '</div></div>',
    );
  });

  it('shows texts too different to mark side by side, with the bound of their similarity and a note', () => {
    const html = renderRow(diffRow(false, 0.31, false), LOCAL, PEER, false);
    expect(html).toContain('<span class="badge">文字不同</span><span class="compare-similarity">文字相同 不超过 31%</span>');
    expect(html).toContain('<div class="compare-text">应当问责</div>');
    expect(html).toContain('<div class="compare-text">应当追责</div>');
    expect(html).not.toContain('<ins>');
    expect(html).not.toContain('<del>');
    expect(html).toMatch(/<\/div><p class="compare-note">两者文字差异较大，未逐字标注。<\/p><\/div><\/div>$/);
    // A diff not worth showing although exact: no marks either.
    expect(renderRow(diffRow(true, 0.5, false), LOCAL, PEER, false)).not.toContain('<ins>');
  });

  it('marks the empty column of an added or an uncovered row, in the words of a parent pair or of peers', () => {
    const added: AlignedRow = { status: 'added', local: unit('m', 'art-3', '第三条', '新内容'), base: [], showDiff: false };
    const uncovered: AlignedRow = { status: 'uncovered', base: [{ unit: unit('p', 'art-4', '第四条', '旧内容'), relation: 'related', score: 0 }], showDiff: false };
    expect(rowId(added)).toBe('row-art-3');
    expect(rowId(uncovered)).toBe('base-art-4');
    const a = renderRow(added, LOCAL, PARENT, true);
    expect(a).toContain('<p class="compare-status status-added"><span class="badge">新增</span></p>');
    expect(a).toContain('<p class="compare-empty"><span class="badge">新增</span>无对应的上位规定（本文件新增）</p>');
    expect(a).not.toContain('compare-note');
    expect(renderRow(added, LOCAL, PEER, false)).toContain('<p class="compare-empty"><span class="badge">无对应</span>对方文件没有对应条款</p>');
    const u = renderRow(uncovered, LOCAL, PARENT, true);
    expect(u).toBe(
      '<div class="compare-row" id="base-art-4" data-status="uncovered">' +
        '<div class="compare-cell compare-local"><p class="compare-side">某办法</p><p class="compare-empty"><span class="badge">未涉及</span>本文件未涉及此条上位规定</p></div>' +
        '<div class="compare-cell compare-base"><p class="compare-side">某条例</p><div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/p/#art-4"><span class="num">第四条</span></a></h3><div class="compare-text">旧内容</div></div></div>' +
        '</div>',
    );
    expect(renderRow(uncovered, LOCAL, PEER, false)).toContain('<p class="compare-empty"><span class="badge">无对应</span>本文件没有对应条款</p>');
  });

  const comparison = (over: Partial<ComparisonData> = {}): ComparisonData => ({
    local: LOCAL,
    base: PARENT,
    linkSource: 'crosswalk',
    rows: [
      { status: 'verbatim', local: unit('m', 'art-1', '第一条', '甲'), base: [{ unit: unit('p', 'art-1', '第一条', '甲'), relation: 'restates', score: 1 }], showDiff: false },
      { status: 'uncovered', base: [{ unit: unit('p', 'art-2', '第二条', '乙', { heading: '适用范围', index: 1 }), relation: 'related', score: 0 }], showDiff: false },
      { status: 'uncovered', base: [{ unit: unit('p', 'div-3', '', '丙', { index: 2 }), relation: 'related', score: 0 }], showDiff: false },
    ],
    summary: { localTotal: 1, baseTotal: 3, verbatim: 1, nearVerbatim: 0, adapted: 0, added: 0, covered: 1, uncovered: [unit('p', 'art-2', '第二条', '乙', { heading: '适用范围', index: 1 }), unit('p', 'div-3', '', '丙', { index: 2 })] },
    ...over,
  });
  const OPTIONS = { changeHref: '/compare/#picker', crosswalkHref: '/crosswalk/' };

  it('renders a whole comparison: print rules, one title, the summary in a parent pair’s words, the rows', () => {
    const html = renderComparison(comparison(), OPTIONS);
    expect(html.startsWith(`<style>${comparePageCss(LOCAL, PARENT)}</style><article class="compare" data-local="m" data-base="p"><h1>对照：某办法 与 某条例</h1>`)).toBe(true);
    expect(html).toContain('<p class="compare-docs">左栏：<a href="/regulations/m/">《某办法全称》</a>；右栏：<a href="/regulations/p/">《某条例全称》</a>（上位规定）。</p>');
    expect(html).toContain(
      '<section class="compare-summary" aria-labelledby="compare-summary-h"><h2 id="compare-summary-h">概要</h2><ul class="compare-counts" role="list">' +
        '<li>本文件共 <strong>1</strong> 条：</li><li>照录 <strong>1</strong> 条</li><li>基本照录 <strong>0</strong> 条</li><li>改写 <strong>0</strong> 条</li><li>新增 <strong>0</strong> 条（无上位依据）</li></ul>' +
        '<p>上位规定共 3 条，本文件涉及 1 条。未涉及：<a href="#base-art-2">第二条（适用范围）</a>、<a href="#base-div-3">div-3</a>。</p>' +
        '<p class="compare-method">对齐依据：<a href="/crosswalk/">条款对照表</a>。“照录”指除标点全角半角外文字相同；“基本照录”指文字相同的比例不低于85%。</p>' +
        '<p class="compare-legend">图例：<ins><span class="visually-hidden">［增］</span>下划线</ins>为本文件增加的文字，<del><span class="visually-hidden">［删］</span>删除线</del>为右栏有而本文件没有的文字。</p>' +
        '<p class="no-print"><a href="/compare/#picker">换一组比较</a></p></section>',
    );
    expect(html).toContain(
      '<section class="compare-rows" aria-labelledby="compare-rows-h"><h2 id="compare-rows-h">逐条对照</h2><div class="compare-row compare-colheads" aria-hidden="true"><div class="compare-cell">本文件：某办法</div><div class="compare-cell">上位规定：某条例</div></div><div class="compare-row" id="row-art-1" data-status="verbatim">',
    );
    expect(html.match(/<div class="compare-row" id=/g)).toHaveLength(3);
    expect(html.endsWith('</div></section></article>')).toBe(true);
  });

  it('words the summary of two peers, and names how the rows were aligned', () => {
    const peers = comparison({ base: PEER, linkSource: 'shared-parent', summary: { ...comparison().summary, uncovered: [] } });
    const html = renderComparison(peers, OPTIONS);
    expect(html).toContain('<li>无对应 <strong>0</strong> 条（对方文件中没有对应条款）</li>');
    expect(html).toContain('<p>对方文件共 3 条，本文件涉及 1 条。无未涉及的条款。</p>');
    expect(html).toContain('对齐依据：两份文件在<a href="/crosswalk/">条款对照表</a>中对应同一上位条款。');
    expect(html).toContain('<div class="compare-cell">对方文件：另一办法</div>');
    expect(html).not.toContain('（上位规定）');
    expect(renderComparison(comparison({ linkSource: 'similarity' }), OPTIONS)).toContain('对齐依据：文字相似度（自动匹配，仅供参考）。');
  });

  it('counts sections as 部分, on each side by its own provisions', () => {
    const sec = (doc: string, anchor: string) => unit(doc, anchor, '一、', '甲', { kind: 'section' });
    const sections = comparison({
      rows: [{ status: 'verbatim', local: sec('m', 'sec-1'), base: [{ unit: unit('p', 'art-1', '第一条', '甲'), relation: 'restates', score: 1 }], showDiff: false }],
      summary: { localTotal: 1, baseTotal: 1, verbatim: 1, nearVerbatim: 0, adapted: 0, added: 0, covered: 1, uncovered: [] },
    });
    const html = renderComparison(sections, OPTIONS);
    expect(html).toContain('<li>本文件共 <strong>1</strong> 部分：</li>');
    expect(html).toContain('<p>上位规定共 1 条，本文件涉及 1 条。');
    const baseSections = comparison({ summary: { ...comparison().summary, uncovered: [sec('p', 'sec-2')] } });
    expect(renderComparison(baseSections, OPTIONS)).toContain('<p>上位规定共 3 部分，本文件涉及 1 部分。');
    const linkedSections = comparison({
      rows: [{ status: 'verbatim', local: unit('m', 'art-1', '第一条', '甲'), base: [{ unit: sec('p', 'sec-1'), relation: 'restates', score: 1 }], showDiff: false }],
      summary: { localTotal: 1, baseTotal: 1, verbatim: 1, nearVerbatim: 0, adapted: 0, added: 0, covered: 1, uncovered: [] },
    });
    expect(renderComparison(linkedSections, OPTIONS)).toContain('<p>上位规定共 1 部分，本文件涉及 1 部分。');
  });

  it('offers the Word file as a link or a button, and can be a part of a page under an h2', () => {
    expect(wordLink(undefined)).toBe('');
    expect(wordLink('button')).toBe('<p class="no-print compare-word"><button type="button" class="compare-word-button">下载 Word 对照表</button></p>');
    expect(wordLink({ href: '/compare/m/p.docx' })).toBe('<p class="no-print compare-word"><a href="/compare/m/p.docx" download>下载 Word 对照表</a>（.docx，A4 两栏对照）</p>');
    const html = renderComparison(comparison(), { ...OPTIONS, word: 'button', titleTag: 'h2' });
    expect(html).toContain('<h2>对照：某办法 与 某条例</h2>');
    expect(html).not.toContain('<h1>');
    expect(html).toContain('<p class="no-print"><a href="/compare/#picker">换一组比较</a></p><p class="no-print compare-word"><button');
  });

  it('renders two provisions side by side, noting the side matched automatically', () => {
    const row = diffRow(true, 0.756, true);
    const html = renderProvisionComparison(row, LOCAL, PARENT, { auto: 'right', wholeHref: '/compare/m/p/' });
    expect(html).toBe(
      `<style>${comparePageCss(LOCAL, PARENT)}</style>` +
        '<section class="compare" aria-labelledby="picker-result-h"><h2 id="picker-result-h">条款对照</h2>' +
        '<p class="compare-status status-adapted"><span class="badge">改写</span><span class="compare-similarity">文字相同 76%</span></p>' +
        '<p class="compare-legend">图例：<ins><span class="visually-hidden">［增］</span>下划线</ins>为左栏增加的文字，<del><span class="visually-hidden">［删］</span>删除线</del>为右栏有而左栏没有的文字。</p>' +
        '<div class="compare-row compare-colheads" aria-hidden="true"><div class="compare-cell">某办法</div><div class="compare-cell">某条例</div></div>' +
        '<div class="compare-row" data-status="adapted">' +
        '<div class="compare-cell compare-local"><p class="compare-side">某办法</p><div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/m/#art-2"><span class="num">第二条</span></a></h3><div class="compare-text">应当<ins><span class="visually-hidden">［增］</span>问</ins>责</div></div></div>' +
        '<div class="compare-cell compare-base"><p class="compare-side">某条例</p><div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/p/#art-5"><span class="num">第五条</span></a></h3><p class="compare-note">自动匹配的最接近条款</p><div class="compare-text">应当<del><span class="visually-hidden">［删］</span>追</del>责</div></div></div>' +
        '</div><p><a href="/compare/m/p/">查看两份文件的全文对照</a></p></section>',
    );
    const left = renderProvisionComparison(diffRow(false, 0.2, false), LOCAL, PEER, { auto: 'left', wholeHref: '/x/' });
    expect(left).toContain('<span class="badge">文字不同</span><span class="compare-similarity">文字相同 不超过 20%</span>');
    expect(left).toContain('为右栏有而左栏没有的文字。两者文字差异较大，未逐字标注。</p>');
    expect(left).toContain('<p class="compare-side">某办法</p><div class="compare-provision"><h3 class="compare-heading"><a href="/regulations/m/#art-2"><span class="num">第二条</span></a></h3><p class="compare-note">自动匹配的最接近条款</p>');
    expect(left.match(/自动匹配/g)).toHaveLength(1);
    expect(left).toContain('<div class="compare-text">应当问责</div>');
    expect(left).toContain('<div class="compare-text">应当追责</div>');
    expect(renderProvisionComparison(row, LOCAL, PARENT, { wholeHref: '/x/' })).not.toContain('自动匹配');
  });
});
