import { describe, expect, it } from 'vitest';
import { findCitations, parseProvisionPath, pathToAnchor, resolvePathInTree, type ProvisionPath } from '../../src/lib/citation-parse.ts';
import { node, type ProvisionNode } from '../../src/lib/tree.ts';

type P = Omit<ProvisionPath, 'length'>;

describe('parseProvisionPath', () => {
  const cases: [string, P | null, number?][] = [
    ['第七条', { article: 7 }],
    ['第七条之一', { article: 7, suffix: 1 }],
    ['第七条第二款', { article: 7, para: 2 }],
    ['第七条第（二）项', { article: 7, item: 2 }],
    ['第七条第二项', { article: 7, item: 2 }],
    ['第七条（二）项', { article: 7, item: 2 }],
    ['第七条第二款第（一）项', { article: 7, para: 2, item: 1 }],
    ['第七条第二款第一项', { article: 7, para: 2, item: 1 }],
    ['第七条第二款第(一)项', { article: 7, para: 2, item: 1 }],
    ['第7条', { article: 7 }],
    ['第７条第２款', { article: 7, para: 2 }],
    ['第7条第(2)项', { article: 7, item: 2 }],
    ['第三十六条', { article: 36 }],
    ['第十条之二第一款', { article: 10, suffix: 2, para: 1 }],
    ['第五条第一款第（一）项第2目', { article: 5, para: 1, item: 1, sub: 2 }],
    ['第五条第一款第（一）项第二目', { article: 5, para: 1, item: 1, sub: 2 }],
    ['第 七 条', { article: 7 }],
    ['第七条规定的程序', { article: 7 }, 3],
    ['第七条第二款规定', { article: 7, para: 2 }, 6],
    ['第七条第（二）项所列', { article: 7, item: 2 }, 8],
    // Not paths.
    ['七条', null],
    ['第七章', null],
    ['第条', null],
    ['第七', null],
    ['第X条', null],
    ['', null],
    ['根据第七条', null],
  ];
  it.each(cases)('%s', (input, want, length) => {
    const got = parseProvisionPath(input);
    if (want === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    const { length: len, ...rest } = got!;
    expect(rest).toEqual(want);
    expect(len).toBe(length ?? input.length);
  });
});

describe('pathToAnchor', () => {
  const cases: [P, string | null][] = [
    [{ article: 7 }, 'art-7'],
    [{ article: 7, suffix: 1 }, 'art-7-1'],
    [{ article: 7, para: 2 }, 'art-7-para-2'],
    [{ article: 6, para: 2, item: 1 }, 'art-6-para-2-item-1'],
    [{ article: 5, para: 1, item: 1, sub: 2 }, 'art-5-para-1-item-1-sub-2'],
    [{ article: 7, suffix: 1, para: 1 }, 'art-7-1-para-1'],
    // An item without its 款 needs the document.
    [{ article: 7, item: 2 }, null],
    [{ article: 7, para: 1, sub: 2 }, null],
  ];
  it.each(cases)('%j → %s', (path, want) => expect(pathToAnchor(path)).toBe(want));
});

/** 第六条 with two 款, both with items (like Rizhao 第六条), and 第七条 with one 款 holding items. */
function tree(): ProvisionNode {
  const item = (id: string) => node('item', 1, 'x', { id });
  const para = (id: string, items: number) =>
    node('para', 1, 'x', { id, children: Array.from({ length: items }, (_, k) => item(`${id}-item-${k + 1}`)) });
  return node('document', 1, '', {
    children: [
      node('article', 1, '', { id: 'art-6', children: [para('art-6-para-1', 3), para('art-6-para-2', 4), para('art-6-para-3', 0)] }),
      node('article', 2, '', { id: 'art-7', children: [para('art-7-para-1', 0), para('art-7-para-2', 2)] }),
    ],
  });
}

describe('resolvePathInTree', () => {
  const root = tree();
  it('resolves a full path exactly', () => {
    expect(resolvePathInTree({ article: 6, para: 2, item: 4 }, root)).toEqual({
      anchor: 'art-6-para-2-item-4',
      exact: true,
      ambiguous: false,
      candidates: ['art-6-para-2-item-4'],
    });
  });
  it('picks the only 款 that has the item', () => {
    expect(resolvePathInTree({ article: 6, item: 4 }, root)).toMatchObject({ anchor: 'art-6-para-2-item-4', ambiguous: false });
    expect(resolvePathInTree({ article: 7, item: 2 }, root)).toMatchObject({ anchor: 'art-7-para-2-item-2', ambiguous: false });
  });
  it('reports ambiguity when several 款 have the item, choosing the first', () => {
    expect(resolvePathInTree({ article: 6, item: 2 }, root)).toEqual({
      anchor: 'art-6-para-1-item-2',
      exact: true,
      ambiguous: true,
      candidates: ['art-6-para-1-item-2', 'art-6-para-2-item-2'],
    });
  });
  it('falls back to the deepest existing level', () => {
    expect(resolvePathInTree({ article: 6, para: 3, item: 1 }, root)).toMatchObject({ anchor: 'art-6-para-3', exact: false });
    expect(resolvePathInTree({ article: 6, para: 9 }, root)).toMatchObject({ anchor: 'art-6', exact: false });
    expect(resolvePathInTree({ article: 7, item: 9 }, root)).toMatchObject({ anchor: 'art-7', exact: false });
  });
  it('returns null for a missing article', () => {
    expect(resolvePathInTree({ article: 99 }, root)).toBeNull();
  });
});

describe('findCitations', () => {
  type Want = { raw: string; title?: string; self?: boolean; path?: P };
  const cases: [string, string, Want[]][] = [
    ['title with article', '依照《中国共产党问责条例》第七条规定处理', [{ raw: '《中国共产党问责条例》第七条', title: '中国共产党问责条例', path: { article: 7 } }]],
    ['title without article', '根据《中国共产党问责条例》等党内法规，结合实际', [{ raw: '《中国共产党问责条例》', title: '中国共产党问责条例' }]],
    ['依照 with no article', '依照《中国共产党纪律处分条例》追究纪律责任。', [{ raw: '《中国共产党纪律处分条例》', title: '中国共产党纪律处分条例' }]],
    [
      'para and bracketed item',
      '按《中国共产党问责条例》第七条第二款第（一）项执行',
      [{ raw: '《中国共产党问责条例》第七条第二款第（一）项', title: '中国共产党问责条例', path: { article: 7, para: 2, item: 1 } }],
    ],
    [
      'plain item form',
      '按《中国共产党问责条例》第七条第二款第一项执行',
      [{ raw: '《中国共产党问责条例》第七条第二款第一项', title: '中国共产党问责条例', path: { article: 7, para: 2, item: 1 } }],
    ],
    ['ASCII digits and brackets', '见《问责条例》第7条第(2)项', [{ raw: '《问责条例》第7条第(2)项', title: '问责条例', path: { article: 7, item: 2 } }]],
    ['ASCII title marks', '见<<中国共产党问责条例>>第八条', [{ raw: '<<中国共产党问责条例>>第八条', title: '中国共产党问责条例', path: { article: 8 } }]],
    [
      'two titles in a row',
      '根据《中国共产党章程》《中国共产党问责条例》，制定',
      [
        { raw: '《中国共产党章程》', title: '中国共产党章程' },
        { raw: '《中国共产党问责条例》', title: '中国共产党问责条例' },
      ],
    ],
    [
      'listed articles share the title',
      '《中国共产党问责条例》第七条、第八条',
      [
        { raw: '《中国共产党问责条例》第七条', title: '中国共产党问责条例', path: { article: 7 } },
        { raw: '第八条', title: '中国共产党问责条例', path: { article: 8 } },
      ],
    ],
    [
      'listed 款 inherit the article',
      '《条例》第七条第一款、第三款',
      [
        { raw: '《条例》第七条第一款', title: '条例', path: { article: 7, para: 1 } },
        { raw: '第三款', title: '条例', path: { article: 7, para: 3 } },
      ],
    ],
    ['self-reference 本办法', '按照本办法第五条的规定', [{ raw: '本办法第五条', self: true, path: { article: 5 } }]],
    ['self-reference 本条例 with 款', '本条例第六条第二款所列', [{ raw: '本条例第六条第二款', self: true, path: { article: 6, para: 2 } }]],
    ['self-reference 本实施办法', '本实施办法第3条', [{ raw: '本实施办法第3条', self: true, path: { article: 3 } }]],
    ['本办法 alone is no citation', '本办法由组织人事处负责解释', []],
    ['title broken across lines', '制定了《日照职业技术学院\n党建工作问责（暂行）办法》的通知', [{ raw: '《日照职业技术学院\n党建工作问责（暂行）办法》', title: '日照职业技术学院党建工作问责（暂行）办法' }]],
    ['unbalanced 《 before a good one', '见《未闭合 又见《中国共产党问责条例》第十条', [{ raw: '《中国共产党问责条例》第十条', title: '中国共产党问责条例', path: { article: 10 } }]],
    ['unbalanced 《 at the end', '依照《中国共产党问责条例', []],
    ['empty title', '《》第七条', []],
    ['nested 〈〉 stays inside the outer title', '《关于印发〈问责办法〉的通知》', [{ raw: '《关于印发〈问责办法〉的通知》', title: '关于印发〈问责办法〉的通知' }]],
  ];
  it.each(cases)('%s', (_name, text, want) => {
    const got = findCitations(text);
    expect(got.map(({ start: _s, end: _e, path, ...rest }) => (path ? { ...rest, path: strip(path) } : rest))).toEqual(want);
    for (const c of got) expect(text.slice(c.start, c.end)).toBe(c.raw);
  });

  it('is linear on many unbalanced 《', () => {
    const text = '《'.repeat(200_000) + '《中国共产党问责条例》第七条';
    const got = findCitations(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.path?.article).toBe(7);
  });

  it('is linear on a long text with one 《 and no 》', () => {
    const text = '依照《' + '条'.repeat(300_000);
    expect(findCitations(text)).toEqual([]);
  });
});

function strip(p: ProvisionPath): P {
  const { length: _l, ...rest } = p;
  return rest;
}
