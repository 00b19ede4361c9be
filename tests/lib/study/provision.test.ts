/** A study sheet's provision from the JSON export: found by anchor or alias, cited as the page cites it, its text complete. */
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { getCrosswalk } from '../../../src/data/crosswalk.ts';
import { documentExportOf } from '../../../src/lib/export/document-json.ts';
import { studyProvision } from '../../../src/lib/study/provision.ts';
import { citationFor } from '../../../src/lib/citation.ts';
import { fullText, walk } from '../../../src/lib/tree.ts';

const corpus = getCorpus();
const links = getCrosswalk().links;
const exported = (slug: string) => JSON.parse(JSON.stringify(documentExportOf(corpus.get(slug)!, links)));

describe('a provision of a study sheet', () => {
  it('cites every article of every regulation as the page does, with its whole text', () => {
    let n = 0;
    for (const doc of corpus.documents.filter((d) => d.meta.class !== '评论')) {
      const data = exported(doc.meta.slug);
      for (const [node, ancestors] of walk(doc.root)) {
        if ((node.kind !== 'article' && node.kind !== 'section') || !node.id) continue;
        const p = studyProvision(data, node.id)!;
        expect(p.citation).toBe(citationFor(doc.meta, [...ancestors, node]));
        expect(p.path).toBe(`/regulations/${doc.meta.slug}/#${node.id}`);
        const shown = p.blocks.map((b) => [b.lead, b.text].filter(Boolean).join('')).join('');
        const squash = (s: string) => s.replace(/\s|　/g, '');
        // every character of the binding text (解读 aside) is on the sheet, in order
        const binding = { ...node, children: node.children.filter((c) => c.kind !== 'interpretation') };
        for (const piece of fullText(binding).split('\n')) expect(squash(shown)).toContain(squash(piece));
        n++;
      }
    }
    expect(n).toBeGreaterThan(80);
  });

  it('answers null for an unknown anchor', () => {
    expect(studyProvision(exported('rizhao-polytechnic-2017'), 'art-99')).toBeNull();
  });

  it('follows an alias to the current anchor', () => {
    const data = exported('rizhao-polytechnic-2017');
    data.aliases = { 'art-60': 'art-6' };
    expect(studyProvision(data, 'art-60')?.anchor).toBe('art-6');
  });
});

describe('a provision of a study sheet from a small hand-made export', () => {
  const node = (kind: string, id: string | undefined, extra: object, children: object[] = []) => ({ kind, ...(id ? { id } : {}), text: '', children, ...extra });
  // 第二章 › 第十二条 (with an item) and 第十二条之一 (with a table): the 之一 suffix comes only from the anchor.
  const data = {
    version: 1,
    slug: 'mou-banfa',
    path: '/regulations/mou-banfa/',
    meta: { title: '某办法' },
    aliases: {},
    links: [],
    provisions: [
      node('chapter', 'chap-2', { num: '第二章', ordinal: 2, heading: '问责情形' }, [
        node('article', 'art-12', { num: '第十二条', ordinal: 12, text: '有下列情形之一的，应当问责：' }, [node('item', 'art-12-item-1', { num: '（一）', ordinal: 1, text: '失职的；' })]),
        node('article', 'art-12-1', { num: '第十二条之一', ordinal: 12, text: '前条情形另有规定的，从其规定。' }, [
          node('table', 'art-12-1-table-1', { ordinal: 1, rows: [[{ text: '情形' }, { text: '处理' }], [{ text: '失职', colspan: 2 }]] }),
        ]),
      ]),
    ],
  } as unknown as Parameters<typeof studyProvision>[0];
  const rows = [
    { kind: 'row', text: '情形\t处理', cells: [{ text: '情形' }, { text: '处理' }], header: true },
    { kind: 'row', text: '失职', cells: [{ text: '失职', colspan: 2 }], header: false },
  ];

  it('cites an added article (之一) from its anchor, with the article itself and its table as blocks', () => {
    const p = studyProvision(data, 'art-12-1')!;
    expect(p.citation).toBe('《某办法》第十二条之一');
    expect(p.path).toBe('/regulations/mou-banfa/#art-12-1');
    expect(p.blocks).toEqual([{ kind: 'para', lead: '第十二条之一', text: '前条情形另有规定的，从其规定。', id: 'art-12-1' }, ...rows]);
  });

  it('cites the article a nested provision is in and shows only that provision', () => {
    expect(studyProvision(data, 'art-12')!.citation).toBe('《某办法》第十二条');
    const item = studyProvision(data, 'art-12-item-1')!;
    expect(item.citation).toBe('《某办法》第十二条第（一）项');
    expect(item.blocks).toEqual([{ kind: 'para', text: '（一）失职的；', indent: 0, id: 'art-12-item-1' }]);
    const table = studyProvision(data, 'art-12-1-table-1')!;
    expect(table.citation).toBe('《某办法》第十二条之一表1');
    expect(table.blocks).toEqual(rows);
  });
});
