/**
 * Citations at their edges (src/lib/citation.ts, src/lib/citation-parse.ts), found by mutation testing
 * (README, "Mutation testing"): the levels the first tests leave out (编, the sign-off, a 段 with no
 * parent in the path, a heading with spaces), an earlier version's citation and page, numbers that
 * name nothing (第零条), a path that lands partly, an item cited without its 款 in a later 款, every
 * word a document uses for itself, the other title marks (〈〉, ＜＞, << >>), lists that continue a
 * path (、第三款, 、第（三）项, of an article 之一) and where each citation starts and ends.
 */
import { describe, expect, it } from 'vitest';
import { citationFor, documentPath } from '../../src/lib/citation.ts';
import { findCitations, parseProvisionPath, pathToAnchor, resolvePathInTree } from '../../src/lib/citation-parse.ts';
import { node, type ProvisionNode } from '../../src/lib/tree.ts';
import { errorOf } from '../support/thrown.ts';

const meta = { title: '某某学院党建工作问责办法', slug: 'x-2020', class: '党内规范性文件' as const };
const T = `《${meta.title}》`;
const doc = () => node('document', 1);

describe('citationFor: the levels and versions the first tests leave out', () => {
  it('a 编 is cited as 第N编, and left out once an article is reached', () => {
    const part = node('part', 1, '', { ordinal: 2 });
    expect(citationFor(meta, [doc(), part])).toBe(`${T}第二编`);
    expect(citationFor(meta, [doc(), part, node('article', 2, '', { ordinal: 6 })])).toBe(`${T}第六条`);
  });

  it('the title and the sign-off add nothing to the document’s citation', () => {
    expect(citationFor(meta, [doc(), node('title', 1, meta.title)])).toBe(T);
    expect(citationFor(meta, [doc(), node('signoff', 9, '中共某某学院委员会')])).toBe(T);
  });

  it('a paragraph at the start of the path has no article above it: a 段', () => {
    expect(citationFor(meta, [node('para', 3, '……', { ordinal: 1 })])).toBe(`${T}第一段`);
  });

  it('a heading is quoted without the spaces around it', () => {
    expect(citationFor(meta, [doc(), node('heading', 2, '', { heading: '　一、主要做法 ' })])).toBe(`${T}“一、主要做法”`);
  });

  it('cannot cite a numbered level without a positive whole ordinal', () => {
    for (const ordinal of [undefined, 0, 1.5]) {
      expect(errorOf(() => citationFor(meta, [doc(), node('article', 4, '', ordinal === undefined ? {} : { ordinal })]), RangeError).message).toMatch(/without a positive ordinal \(source line 4\)/);
    }
  });

  it('an earlier version is cited with its date and has its own page; the current one has neither', () => {
    const art = node('article', 2, '', { ordinal: 7 });
    expect(citationFor({ ...meta, archived: true, version: '2013-12-11' }, [doc(), art])).toBe(`${T}（2013年12月11日版）第七条`);
    expect(citationFor({ ...meta, version: '2013-12-11' }, [doc(), art])).toBe(`${T}第七条`);
    expect(citationFor({ ...meta, archived: true }, [doc(), art])).toBe(`${T}第七条`);
    expect(documentPath({ ...meta, archived: true, version: '2013-12-11' })).toBe('/regulations/x-2020/2013-12-11/');
    expect(documentPath({ ...meta, version: '2013-12-11' })).toBe('/regulations/x-2020/');
  });
});

describe('parseProvisionPath: numbers that name nothing', () => {
  it('第零条 and 第七条之零 are no paths; a zero 款, 项 or 目 ends the path before it', () => {
    expect(parseProvisionPath('第零条')).toBeNull();
    expect(parseProvisionPath('第〇条')).toBeNull();
    expect(parseProvisionPath('第七条之零')).toBeNull();
    expect(parseProvisionPath('第七条第零款')).toEqual({ article: 7, length: 3 });
    expect(parseProvisionPath('第七条第（零）项')).toEqual({ article: 7, length: 3 });
    expect(parseProvisionPath('第七条第一款第（一）项第0目')).toEqual({ article: 7, para: 1, item: 1, length: 11 });
  });
});

describe('pathToAnchor and resolvePathInTree: partial paths', () => {
  /** 第七条 with 款 1 (no items), 款 2 (项 1, with 目 1) and 款 3 (项 1 and 2). */
  function article7(): ProvisionNode {
    const root = doc();
    const art = node('article', 1, '', { id: 'art-7' });
    const p1 = node('para', 2, '', { id: 'art-7-para-1' });
    const p2 = node('para', 3, '', { id: 'art-7-para-2' });
    const i21 = node('item', 4, '', { id: 'art-7-para-2-item-1' });
    i21.children = [node('sub', 5, '', { id: 'art-7-para-2-item-1-sub-1' })];
    p2.children = [i21];
    const p3 = node('para', 6, '', { id: 'art-7-para-3' });
    p3.children = [node('item', 7, '', { id: 'art-7-para-3-item-1' }), node('item', 8, '', { id: 'art-7-para-3-item-2' })];
    art.children = [p1, p2, p3];
    root.children = [art];
    return root;
  }

  it('a 目 without its 项 has no anchor', () => {
    expect(pathToAnchor({ article: 7, para: 2, sub: 1 })).toBeNull();
  });

  it('a path whose last step is missing lands on the deepest step that exists, not exactly', () => {
    expect(resolvePathInTree({ article: 7, para: 2, item: 1, sub: 9 }, article7())).toEqual({ anchor: 'art-7-para-2-item-1', exact: false, ambiguous: false, candidates: ['art-7-para-2-item-1'] });
    expect(resolvePathInTree({ article: 7, para: 2, item: 5 }, article7())).toEqual({ anchor: 'art-7-para-2', exact: false, ambiguous: false, candidates: ['art-7-para-2'] });
  });

  it('an item cited without its 款 is looked for in every 款, in order: one, several, or none', () => {
    expect(resolvePathInTree({ article: 7, item: 2 }, article7())).toEqual({ anchor: 'art-7-para-3-item-2', exact: true, ambiguous: false, candidates: ['art-7-para-3-item-2'] });
    expect(resolvePathInTree({ article: 7, item: 1 }, article7())).toEqual({ anchor: 'art-7-para-2-item-1', exact: true, ambiguous: true, candidates: ['art-7-para-2-item-1', 'art-7-para-3-item-1'] });
    expect(resolvePathInTree({ article: 7, item: 1, sub: 1 }, article7())).toEqual({ anchor: 'art-7-para-2-item-1-sub-1', exact: true, ambiguous: false, candidates: ['art-7-para-2-item-1-sub-1'] });
    expect(resolvePathInTree({ article: 7, item: 3 }, article7())).toEqual({ anchor: 'art-7', exact: false, ambiguous: false, candidates: ['art-7'] });
  });
});

/** The citations of a text as [raw, title or self, anchor of the path]. */
const found = (text: string) => findCitations(text).map((c) => [c.raw, c.self ? 'self' : c.title, c.path ? pathToAnchor(c.path) : null]);

describe('findCitations: self-references', () => {
  it('knows every word a document uses for itself', () => {
    for (const noun of ['条例', '办法', '规定', '细则', '意见', '准则', '规则', '制度', '决定', '通知', '方案', '实施办法', '暂行办法', '暂行规定']) {
      expect(found(`依照本${noun}第三条处理。`), noun).toEqual([[`本${noun}第三条`, 'self', 'art-3']]);
    }
  });

  it('a 本 that is no self-noun (本人) is passed over', () => {
    expect(found('本人违反本办法第三条的，予以通报。')).toEqual([['本办法第三条', 'self', 'art-3']]);
  });

  it('each path of a list is its own citation, starting at its own number', () => {
    const text = '违反本办法第三条、第五条的';
    const cs = findCitations(text);
    expect(cs.map((c) => [c.start, c.end, c.raw])).toEqual([
      [2, 8, '本办法第三条'],
      [9, 12, '第五条'],
    ]);
  });
});

describe('findCitations: titles', () => {
  it('reads a path after 的 or a space following the title', () => {
    expect(found('按照《中国共产党问责条例》的第七条')).toEqual([['《中国共产党问责条例》的第七条', '中国共产党问责条例', 'art-7']]);
    expect(found('按照《中国共产党问责条例》 第七条')).toEqual([['《中国共产党问责条例》 第七条', '中国共产党问责条例', 'art-7']]);
  });

  it('a title is read without the spaces inside its marks', () => {
    expect(found('《 中国共产党问责条例 》第七条')).toEqual([['《 中国共产党问责条例 》第七条', '中国共产党问责条例', 'art-7']]);
  });

  it('accepts 〈〉 only around a document-like title, and ＜＞', () => {
    expect(found('依照〈中华人民共和国教育法〉第十条')).toEqual([['〈中华人民共和国教育法〉第十条', '中华人民共和国教育法', 'art-10']]);
    expect(found('见〈注〉第十条')).toEqual([]);
    expect(found('依照＜中华人民共和国教育法＞第十条')).toEqual([['＜中华人民共和国教育法＞第十条', '中华人民共和国教育法', 'art-10']]);
  });

  it('an ASCII << opened again before its >> was unbalanced: the second one is the title', () => {
    expect(found('<<条例<<问责条例>>第七条')).toEqual([['<<问责条例>>第七条', '问责条例', 'art-7']]);
  });

  it('a 《 whose 》 comes more than 120 characters later is no title', () => {
    const long = '甲'.repeat(130);
    expect(findCitations(`《${long}》第七条`).filter((c) => c.title !== undefined)).toEqual([]);
    const ok = '甲'.repeat(100);
    expect(findCitations(`《${ok}》第七条`)).toHaveLength(1);
  });
});

describe('findCitations: lists that continue a path', () => {
  it('、第三款 keeps the article, 、第（三）项 keeps the article and the 款, each with its own place', () => {
    const text = '《问责条例》第七条第二款、第三款和第八条第二款第（一）项、第（三）项';
    expect(findCitations(text).map((c) => [c.raw, pathToAnchor(c.path!)])).toEqual([
      ['《问责条例》第七条第二款', 'art-7-para-2'],
      ['第三款', 'art-7-para-3'],
      ['第八条第二款第（一）项', 'art-8-para-2-item-1'],
      ['第（三）项', 'art-8-para-2-item-3'],
    ]);
  });

  it('an article 之一 passes its suffix on to a 款 listed after it', () => {
    expect(found('《问责条例》第七条之一第一款、第二款').map(([, , a]) => a)).toEqual(['art-7-1-para-1', 'art-7-1-para-2']);
  });

  it('a separator followed by no path ends the list', () => {
    expect(found('《问责条例》第七条、其他规定')).toEqual([['《问责条例》第七条', '问责条例', 'art-7']]);
  });
});
