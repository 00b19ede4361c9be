import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { compareLinks } from '../../src/pages/compare/_links.ts';
import { alignProvisions } from '../../src/lib/compare/align.ts';
import { UNKNOWN_ISSUER, comparePinyin, issuerKey } from '../../src/lib/listing/groups.ts';
import { compareData, compareDocData, docInfo, isPagePair, pickerGroups, type CompareDocData } from '../../src/lib/compare/data.ts';
import { cssString, renderComparison, renderProvisionComparison } from '../../src/lib/compare/html.ts';
import { comparableDocuments, compareDocuments, comparePageParams, parentPairs } from '../../src/lib/compare/pairs.ts';
import { closestUnit } from '../../src/lib/compare/similarity.ts';
import { compareUnits, unitLabel } from '../../src/lib/compare/units.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { node } from '../../src/lib/tree.ts';
import type { DocMeta } from '../../src/schemas/meta.ts';

const corpus = getCorpus();
const links = compareLinks();
const doc = (slug: string) => {
  const d = corpus.get(slug);
  if (!d) throw new Error(`seed ${slug} missing`);
  return d;
};
/** What the browser gets: the data file, through JSON. */
const served = (slug: string): CompareDocData => JSON.parse(JSON.stringify(compareDocData(doc(slug), links, 'g'))) as CompareDocData;

function synthetic(slug: string, parents: string[], cls: DocMeta['class'] = '党内规范性文件'): RegDocument {
  const meta: DocMeta = {
    slug,
    title: `${slug} 办法`,
    shortTitle: slug,
    class: cls,
    issuer: null,
    docNumber: null,
    issued: null,
    effective: null,
    provisional: null,
    status: 'unknown',
    parents: parents.map((p) => ({ slug: p })),
    source: { file: `${slug}.txt`, from: 1, to: 2 },
  };
  const root = node('document', 1, '', { children: [node('article', 1, '党组织应当履行职责。', { id: 'art-1', num: '第一条' })] });
  return { meta, root, aliases: {}, excluded: [], corrections: [] };
}

describe('pre-rendered compare pages', () => {
  it('are exactly the measure–parent pairs of the seeds', () => {
    const pages = comparePageParams(corpus.documents);
    expect(pages.length).toBe(parentPairs(corpus.documents).length);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(new Set(pages.map((p) => `${p.a}/${p.b}`)).size).toBe(pages.length);
  });

  it('grow with the number of measures, not with its square', () => {
    for (const n of [100, 2000]) {
      const docs = [synthetic('parent', []), ...Array.from({ length: n }, (_, i) => synthetic(`m-${i}`, ['parent']))];
      // A parent declared twice, one missing from the corpus, a measure naming itself, and commentary: no extra pages.
      docs.push(synthetic('odd', ['parent', 'parent', 'absent', 'odd']), synthetic('essay', ['parent'], '评论'));
      expect(comparePageParams(docs)).toHaveLength(n + 1);
    }
  });
});

describe('data files for the browser', () => {
  it('one per comparable document, holding its units and only its outgoing links', () => {
    const rizhao = served('rizhao-polytechnic-2017');
    expect(rizhao.units.map((u) => u.anchor)).toEqual(compareUnits(doc('rizhao-polytechnic-2017')).map((u) => u.anchor));
    expect(rizhao.links.length).toBeGreaterThan(0);
    expect(rizhao.links.every((l) => l.from.doc === 'rizhao-polytechnic-2017')).toBe(true);
    expect(rizhao.links[0]).toEqual({ from: expect.any(Object), to: expect.any(Object), relation: expect.any(String), score: expect.any(Number) });
    // The parent's file does not collect every measure's links to it.
    const parent = served('ccp-accountability-2016');
    expect(parent.links.some((l) => l.to.doc === 'ccp-accountability-2016')).toBe(false);
    expect(parent.units).toHaveLength(13);
    expect(parent.units.every((u) => !u.text.includes('解读'))).toBe(true);
  });

  it('the picker groups list every comparable document once, by issuer, with its parents, without texts or provisions', () => {
    const groups = pickerGroups(corpus.documents, 500);
    const listed = groups.flatMap((g) => g.documents.map((d) => d.slug));
    expect([...listed].sort()).toEqual(comparableDocuments(corpus.documents).map((d) => d.meta.slug).sort());
    for (const g of groups) {
      expect(g.key).toBe(issuerKey(g.label));
      for (const d of g.documents) expect(doc(d.slug).meta.issuer ?? UNKNOWN_ISSUER).toBe(g.label);
    }
    const parentGroup = groups.find((g) => g.documents.some((d) => d.slug === 'ccp-accountability-2016'))!;
    const rizhao = groups.flatMap((g) => g.documents).find((d) => d.slug === 'rizhao-polytechnic-2017')!;
    expect(rizhao.parents).toEqual([{ slug: 'ccp-accountability-2016', group: parentGroup.key }]);
    const json = JSON.stringify(groups);
    const art4 = compareUnits(doc('rizhao-polytechnic-2017')).find((u) => u.anchor === 'art-4')!;
    expect(art4.text.length).toBeGreaterThan(40);
    expect(json).not.toContain(art4.text.slice(0, 30));
    expect(json).not.toContain('art-4');
  });

  it('lists documents by short title in pinyin order within a group', () => {
    for (const g of pickerGroups(corpus.documents, 500)) {
      const titles = g.documents.map((d) => d.shortTitle);
      expect(titles).toEqual([...titles].sort(comparePinyin));
    }
  });

  it('a large issuer is split into groups of at most the bound, every document still listed once', () => {
    const groups = pickerGroups(corpus.documents, 1);
    expect(groups.every((g) => g.documents.length === 1)).toBe(true);
    // One issuer's many documents: parts in title order, each saying which initials it holds.
    const anonymous = corpus.documents.map((d) => ({ ...d, meta: { ...d.meta, issuer: null } }));
    const parts = pickerGroups(anonymous, 3);
    expect(parts.map((g) => g.documents.length)).toEqual([3, 3, 2]);
    expect(parts.every((g, i) => new RegExp(`^${UNKNOWN_ISSUER}（${i + 1}/3，[A-Z#](?:–[A-Z#])?）$`).test(g.label)), parts.map((g) => g.label).join(' ')).toBe(true);
    expect(parts.flatMap((g) => g.documents.map((d) => d.shortTitle))).toEqual(comparableDocuments(corpus.documents).map((d) => d.meta.shortTitle).sort(comparePinyin));
    expect(groups).toHaveLength(comparableDocuments(corpus.documents).length);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });

  it('a pair has a pre-rendered page exactly when the picker entry says so', () => {
    const all = pickerGroups(corpus.documents, 500).flatMap((g) => g.documents);
    const pages = new Set(comparePageParams(corpus.documents).map((p) => `${p.a}/${p.b}`));
    for (const a of all) for (const b of all) expect(isPagePair(a, b.slug), `${a.slug}/${b.slug}`).toBe(pages.has(`${a.slug}/${b.slug}`));
    expect(isPagePair(undefined, 'ccp-accountability-2016')).toBe(false);
  });

  it('label provisions by number and heading, or number and the start of the text', () => {
    expect(unitLabel({ anchor: 'art-6', num: '第六条', heading: '问责方式', text: '……' })).toBe('第六条 问责方式');
    expect(unitLabel({ anchor: 'art-1', num: '第一条', text: '为了规范和强化党的问责工作，根据《中国共产党章程》，制定本条例。' })).toBe('第一条 为了规范和强化党的问责工作，根据《中…');
    expect(unitLabel({ anchor: 'sec-2', num: '二、', text: '短文' })).toBe('二、 短文');
  });
});

describe('the browser comparison is the pre-rendered one', () => {
  const comparable = comparableDocuments(corpus.documents);

  it('for every ordered pair of seed documents: same alignment and same markup from the two data files alone', () => {
    let pairs = 0;
    for (const a of comparable) {
      for (const b of comparable) {
        if (a === b) continue;
        const page = compareDocuments(a, b, links);
        const html = renderComparison({ ...page, local: docInfo(a.meta), base: docInfo(b.meta) }, { changeHref: '#picker-h', crosswalkHref: '/crosswalk/' });
        const browser = compareData(served(a.meta.slug), served(b.meta.slug));
        expect(browser.linkSource, `${a.meta.slug} vs ${b.meta.slug}`).toBe(page.linkSource);
        expect(renderComparison(browser, { changeHref: '#picker-h', crosswalkHref: '/crosswalk/' }), `${a.meta.slug} vs ${b.meta.slug}`).toBe(html);
        pairs++;
      }
    }
    expect(pairs).toBe(comparable.length * (comparable.length - 1));
  });

  it('Rizhao against Weifang (no page): two columns aligned through the parent both implement', () => {
    const cmp = compareData(served('rizhao-polytechnic-2017'), served('weifang-school-safety-2011'));
    expect(cmp.linkSource).toBe('shared-parent');
    const html = renderComparison(cmp, { changeHref: '#picker-h', crosswalkHref: '/crosswalk/' });
    expect(html).toContain('<h1>对照：');
    expect(html).toContain('data-local="rizhao-polytechnic-2017" data-base="weifang-school-safety-2011"');
    expect(html.match(/class="compare-cell compare-local"/g)!.length).toBe(cmp.rows.length);
    expect(html.match(/class="compare-cell compare-base"/g)!.length).toBe(cmp.rows.length);
    // Not a parent: the peer wording, no 上位规定.
    expect(html).toContain('对方文件');
    expect(html).not.toContain('（上位规定）');
  });

  it('Rizhao against its parent: marked diff of 第四条 and uncovered parent articles linked from the summary', () => {
    const cmp = compareData(served('rizhao-polytechnic-2017'), served('ccp-accountability-2016'));
    const html = renderComparison(cmp, { changeHref: '#picker-h', crosswalkHref: '/crosswalk/' });
    expect(html).toMatch(/<div class="compare-row" id="row-art-4" data-status="near-verbatim">/);
    expect(html).toContain('<ins><span class="visually-hidden">［增］</span>坚持</ins>');
    expect(html).toContain('<del><span class="visually-hidden">［删］</span>应当</del>');
    for (const u of cmp.summary.uncovered) {
      expect(html).toContain(`href="#base-${u.anchor}"`);
      expect(html).toContain(`id="base-${u.anchor}"`);
    }
  });

  it('two provisions: the closest is matched when one is missing, and the diff marked', () => {
    const r = served('rizhao-polytechnic-2017');
    const p = served('ccp-accountability-2016');
    const art6 = r.units.find((u) => u.anchor === 'art-6')!;
    const match = closestUnit(p.units, art6.text)!;
    expect(match.anchor).toBe('art-7');
    const row = alignProvisions(art6, match);
    expect(row.status).toBe('adapted');
    const html = renderProvisionComparison(row, docInfo(doc('rizhao-polytechnic-2017').meta), docInfo(doc('ccp-accountability-2016').meta), { auto: 'right', wholeHref: '/x/' });
    expect(html).toContain('自动匹配的最接近条款');
    expect(html).toMatch(/<ins><span class="visually-hidden">［增］<\/span>[^<]*提醒/);
  });
});

describe('escaping', () => {
  it('hostile titles cannot end the print <style> or add markup', () => {
    expect(cssString('a"b\\c</style><script>')).toBe('"a\\"b\\\\c\\3c /style\\3e \\3c script\\3e "');
    const evil = { slug: 'x', title: '<img src=x onerror=alert(1)>', shortTitle: '</style><script>alert(1)</script>', href: '/regulations/x/', parents: [] };
    const cmp = compareData(served('rizhao-polytechnic-2017'), served('weifang-school-safety-2011'));
    const html = renderComparison({ ...cmp, local: evil, base: { ...evil, slug: 'y' } }, { changeHref: '"><script>', crosswalkHref: '"><script>' });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});
