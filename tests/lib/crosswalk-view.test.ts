import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { getCrosswalk } from '../../src/data/crosswalk.ts';
import { CrosswalkView } from '../../src/lib/crosswalk/view.ts';
import { walk } from '../../src/lib/tree.ts';

const docs = getCorpus().documents;
// Made in each test (not while vitest collects the file), so that mutation testing covers view.ts per test.
const view = () => new CrosswalkView(docs, getCrosswalk().links);
const ids = new Map(docs.map((d) => [d.meta.slug, new Set([...walk(d.root)].map(([n]) => n.id))]));
const exists = (href: string) => {
  const m = /^\/regulations\/([a-z0-9-]+)\/#(.+)$/.exec(href);
  return !!m && ids.get(m[1]!)?.has(m[2]!) === true;
};

describe('ProvisionLinks view model', () => {
  it('上位依据 of Rizhao 第六条: 《中国共产党问责条例》第七条, curated as 细化 (it adds 提醒 and 函询), with the reason, linking to an existing anchor', () => {
    const up = view().up('rizhao-polytechnic-2017', 'art-6');
    expect(up.map((l) => [l.other.citation, l.relationLabel, l.sourceLabel])).toEqual([['《中国共产党问责条例》第七条', '细化', '人工确认']]);
    expect(up[0]!.other.href).toBe('/regulations/ccp-accountability-2016/#art-7');
    expect(up[0]!.why).toMatch(/^细化 · 增加：提醒、函询/);
    expect(up[0]!.added.slice(0, 2)).toEqual(['提醒', '函询']);
  });

  it('a link from inside an article is shown on the article, naming the part', () => {
    const up = view().up('rizhao-polytechnic-2017', 'art-3');
    expect(up.map((l) => [l.here.label, l.other.label])).toEqual(
      expect.arrayContaining([['第三条第二款', '第八条']]),
    );
  });

  it('下位落实 of 第七条 lists implementing provisions grouped by document, every link landing on an existing anchor', () => {
    const down = view().down('ccp-accountability-2016', 'art-7');
    expect(down.map((g) => g.doc)).toEqual(expect.arrayContaining(['rizhao-polytechnic-2017', 'weifang-school-safety-2011', 'guangzhou-cadre-accountability-2009']));
    expect(new Set(down.map((g) => g.doc)).size).toBe(down.length);
    for (const g of down) for (const l of g.links) expect(exists(l.other.href), l.other.href).toBe(true);
  });

  it('art-1 does not collect links of art-10 to art-13 (anchor prefixes are matched by segment)', () => {
    const down = view().down('ccp-accountability-2016', 'art-1');
    for (const g of down) for (const l of g.links) expect(l.here.anchor === 'art-1' || l.here.anchor.startsWith('art-1-')).toBe(true);
  });

  it('documents without a parent get no box; the parent is recognised as one', () => {
    expect(view().hasParent('harbin-community-grid-2011')).toBe(false);
    expect(view().up('harbin-community-grid-2011', 'sec-1')).toEqual([]);
    expect(view().isParent('ccp-accountability-2016')).toBe(true);
    expect(view().isParent('rizhao-polytechnic-2017')).toBe(false);
  });

  it('every published link ends on anchors that exist', () => {
    for (const l of getCrosswalk().links) {
      expect(ids.get(l.from.doc)?.has(l.from.anchor), `${l.from.doc}#${l.from.anchor}`).toBe(true);
      expect(ids.get(l.to.doc)?.has(l.to.anchor), `${l.to.doc}#${l.to.anchor}`).toBe(true);
    }
  });
});
