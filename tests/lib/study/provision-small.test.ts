/** A study sheet's provision from a small hand-made JSON export (no corpus): the 之一 suffix from the anchor, nested provisions, tables. */
import { describe, expect, it } from 'vitest';
import { studyProvision } from '../../../src/lib/study/provision.ts';

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
