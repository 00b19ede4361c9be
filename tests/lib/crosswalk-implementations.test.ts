/**
 * The implementations pages' data, on a hand-built corpus: links grouped by
 * relation, diffs against the parent provision, phrases counted by measure.
 */
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { getCorpus } from '../../src/data/corpus.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { countPhrases, implementationPages, implementationsPath, type ImplementationItem } from '../../src/lib/crosswalk/implementations.ts';
import { comparisonDocx } from '../../src/lib/export/docx-table.ts';
import { implementationsSpec } from '../../src/lib/export/implementations-docx.ts';
import { readCuration, readTopics } from '../../src/data/crosswalk.ts';

const item = (id: string, measure: string, added: string[]) => ({ id, measure: { slug: measure }, added, dropped: [] }) as unknown as ImplementationItem;

describe('implementations', () => {
  it('counts a phrase once per measure, most widely added first, list members before clauses', () => {
    const counts = countPhrases(
      [item('a1', 'a', ['对师生反映的一般性问题', '提醒', '函询']), item('a2', 'a', ['提醒']), item('b1', 'b', ['函询', '提醒']), item('c1', 'c', ['函詢'])],
      (i) => i.added,
    );
    expect(counts.map((c) => [c.phrase, c.measures.length, c.items])).toEqual([
      ['函询', 3, ['a1', 'b1', 'c1']],
      ['提醒', 2, ['a1', 'a2', 'b1']],
      ['对师生反映的一般性问题', 1, ['a1']],
    ]);
  });

  // Built in each test (not while vitest collects the file), so that mutation testing covers the crosswalk per test.
  const seeds = () => {
    const docs = getCorpus().documents;
    const links = buildCrosswalk(docs, readCuration(), readTopics()).links;
    return { links, pages: implementationPages(docs, links) };
  };

  it('has a page for each parent article with local links, and only those', () => {
    const { links, pages } = seeds();
    const parentAnchors = new Set(links.filter((l) => l.to.doc === 'ccp-accountability-2016').map((l) => l.to.anchor.split('-').slice(0, 2).join('-')));
    expect(pages.filter((p) => p.parent.meta.slug === 'ccp-accountability-2016').map((p) => p.unit.anchor).sort()).toEqual([...parentAnchors].sort());
    expect(implementationsPath('ccp-accountability-2016', 'art-7')).toBe('/implementations/ccp-accountability-2016/art-7/');
  });

  it('groups the local provisions of 第七条 by relation, with their diff and the rule’s phrases', () => {
    const { links, pages } = seeds();
    const page = pages.find((p) => p.parent.meta.slug === 'ccp-accountability-2016' && p.unit.anchor === 'art-7')!;
    const expected = links.filter((l) => l.to.doc === 'ccp-accountability-2016' && (l.to.anchor === 'art-7' || l.to.anchor.startsWith('art-7-')));
    const items = page.groups.flatMap((g) => g.items);
    expect(items.map((i) => `${i.measure.slug}#${i.local.anchor}`).sort()).toEqual(expected.map((l) => `${l.from.doc}#${l.from.anchor}`).sort());
    for (const g of page.groups) for (const i of g.items) expect(i.relation).toBe(g.relation);
    expect(page.groups.map((g) => g.label)).toEqual(['重申', '细化', '相关'].filter((l) => page.groups.some((g) => g.label === l)));
    const rizhao = items.find((i) => i.measure.slug === 'rizhao-polytechnic-2017')!;
    expect(rizhao.added).toEqual(expect.arrayContaining(['提醒', '函询']));
    expect(rizhao.diff.inserted.join('')).toContain('提醒');
    const tixing = page.added.find((p) => p.phrase === '提醒')!;
    expect(tixing.items).toContain(rizhao.id);
    expect(page.measures).toBe(new Set(expected.map((l) => l.from.doc)).size);
  });

  it('writes a Word 对照表 of the page: a row per local provision, marks on both sides', async () => {
    const { pages } = seeds();
    const page = pages.find((p) => p.parent.meta.slug === 'ccp-accountability-2016' && p.unit.anchor === 'art-7')!;
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(await comparisonDocx(implementationsSpec(page))) }, { styleMap: ['u => u'] })).value;
    const rows = html.match(/<tr>.*?<\/tr>/g)!;
    expect(rows).toHaveLength(1 + page.groups.flatMap((g) => g.items).length);
    const rizhao = rows.find((r) => r.includes('日照'))!;
    expect(rizhao).toMatch(/<strong><u>[^<]*提醒[^<]*<\/u><\/strong>/);
    expect(rizhao).toMatch(/<s>[^<]+<\/s>/);
  });
});
