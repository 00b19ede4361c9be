import { describe, expect, it } from 'vitest';
import { anchorLabel, nameScore, parseCitationQuery, pathLabel, resolveCitationQuery } from '../../../src/lib/search/citation.ts';
import { searchDocuments } from '../../../src/lib/search/records.ts';
import { corpus } from '../../fixtures/search-corpus.ts';

// Built inside each test (not while vitest collects the file), so that mutation testing covers records.ts per test.
const docs = () => searchDocuments(corpus);

describe('parseCitationQuery', () => {
  it('reads 《title》 with a path, name with a path, and a title alone', () => {
    expect(parseCitationQuery('《中国共产党问责条例》第七条')).toEqual({ name: '中国共产党问责条例', path: { article: 7 } });
    expect(parseCitationQuery('问责条例第七条第（二）项')).toEqual({ name: '问责条例', path: { article: 7, item: 2 } });
    expect(parseCitationQuery('日照 第六条')).toEqual({ name: '日照', path: { article: 6 } });
    expect(parseCitationQuery('《中国共产党问责条例》')).toEqual({ name: '中国共产党问责条例', path: null });
  });
  it('is null for plain search terms and sentences', () => {
    expect(parseCitationQuery('诫勉')).toBeNull();
    expect(parseCitationQuery('')).toBeNull();
    expect(parseCitationQuery('第六条规定的问责方式')).toBeNull();
  });
});

describe('nameScore', () => {
  it('prefers exact titles, then containment, then characters in order', () => {
    const rizhao = docs()[1]!;
    expect(nameScore('日照问责办法', rizhao)).toBe(4);
    expect(nameScore('日照', rizhao)).toBe(3);
    expect(nameScore('日照党建问责办法', rizhao)).toBe(1);
    expect(nameScore('问责条例', rizhao)).toBe(0);
    expect(nameScore('日', rizhao)).toBe(0);
  });
});

describe('resolveCitationQuery', () => {
  it('lands on the cited article', () => {
    expect(resolveCitationQuery('《中国共产党问责条例》第七条', docs())).toEqual([
      { slug: 'ccp-accountability-2016', anchor: 'art-7', label: '第七条', exact: true },
    ]);
    expect(resolveCitationQuery('日照 第六条', docs())).toEqual([{ slug: 'rizhao-polytechnic-2017', anchor: 'art-6', label: '第六条', exact: true }]);
  });
  it('finds an item cited without its 款', () => {
    expect(resolveCitationQuery('问责条例第七条第（二）项', docs())).toEqual([
      { slug: 'ccp-accountability-2016', anchor: 'art-7-para-1-item-2', label: '第七条第（二）项', exact: true },
    ]);
  });
  it('falls back to the article when the 款 does not exist, and skips documents without the article', () => {
    expect(resolveCitationQuery('问责条例第六条第三款', docs())).toEqual([{ slug: 'ccp-accountability-2016', anchor: 'art-6', label: '第六条第三款', exact: false }]);
    expect(resolveCitationQuery('问责条例第九十九条', docs())).toEqual([]);
  });
  it('offers every 款 when an item cited without its 款 exists in several', () => {
    const two = [{ ...docs()[0]!, ids: ['art-7', 'art-7-para-1', 'art-7-para-1-item-2', 'art-7-para-2', 'art-7-para-2-item-2'] }];
    expect(resolveCitationQuery('问责条例第七条第（二）项', two)).toEqual([
      { slug: 'ccp-accountability-2016', anchor: 'art-7-para-1-item-2', label: '第七条第一款第（二）项', exact: true },
      { slug: 'ccp-accountability-2016', anchor: 'art-7-para-2-item-2', label: '第七条第二款第（二）项', exact: true },
    ]);
  });
  it('answers nothing when no document is named', () => {
    expect(resolveCitationQuery('第六条', docs())).toEqual([]);
    expect(resolveCitationQuery('哈尔滨 第六条', docs())).toEqual([]);
  });
});

describe('anchorLabel', () => {
  it('labels article anchors and refuses others', () => {
    expect(anchorLabel('art-7-para-2-item-2')).toBe('第七条第二款第（二）项');
    expect(anchorLabel('art-6-1')).toBe('第六条之一');
    expect(anchorLabel('sec-2-item-1')).toBeNull();
  });
});

describe('pathLabel', () => {
  it('writes the canonical form', () => {
    expect(pathLabel({ article: 7, suffix: 1, para: 2, item: 3, sub: 4 })).toBe('第七条之一第二款第（三）项第4目');
  });
});
