/**
 * Edge cases of the search helpers that mutation testing showed unpinned
 * (npm run mutate -- --mutate 'src/lib/search/**'); expectations by hand.
 */
import { describe, expect, it } from 'vitest';
import { anchorLabel, nameScore, parseCitationQuery, resolveCitationQuery } from '../../../src/lib/search/citation.ts';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';
import { pairFrequencies, prepareQuery } from '../../../src/lib/search/query.ts';
import { isHan } from '../../../src/lib/search/text.ts';
import { searchDocuments } from '../../../src/lib/search/records.ts';
import { corpus } from '../../fixtures/search-corpus.ts';

// Built inside each test (not while vitest collects the file), so that mutation testing covers records.ts per test.
const docs = () => searchDocuments(corpus);

describe('buildExcerpt edges', () => {
  it('flattens runs of whitespace to one space', () => {
    expect(buildExcerpt('甲\n\n  诫勉\t乙', '诫勉')).toBe('甲 <mark>诫勉</mark> 乙');
  });
  it('never starts the window inside a surrogate pair', () => {
    // 诫 is at UTF-16 offset 4; one character before it is the low half of 𠀀
    expect(buildExcerpt('ab𠀀诫勉', '诫勉', { before: 1 })).toBe('…𠀀<mark>诫勉</mark>');
  });
  it('never ends the window inside a surrogate pair', () => {
    expect(buildExcerpt('诫勉𠀀ab', '诫勉', { before: 0, length: 3 })).toBe('<mark>诫勉</mark>𠀀…');
  });
  it('does not mark an occurrence that starts where the window ends', () => {
    expect(buildExcerpt('诫勉abc诫勉', '诫勉', { before: 0, length: 5 })).toBe('<mark>诫勉</mark>abc…');
  });
  it('cuts an occurrence that runs past the window at its end', () => {
    expect(buildExcerpt('诫勉ab诫勉', '诫勉', { before: 0, length: 5 })).toBe('<mark>诫勉</mark>ab<mark>诫</mark>…');
  });
  it('trims the text before cutting the window', () => {
    expect(buildExcerpt('  诫勉  ', '诫勉')).toBe('<mark>诫勉</mark>');
  });
  it('uses the given ellipsis', () => {
    expect(buildExcerpt('甲乙丙丁诫勉戊', '诫勉', { before: 1, length: 3, ellipsis: '...' })).toBe('...丁<mark>诫勉</mark>...');
  });
});

describe('query helpers edges', () => {
  it('isHan takes one character, not a string containing one', () => {
    expect(isHan('党a')).toBe(false);
    expect(isHan('a党')).toBe(false);
    expect(isHan('党党')).toBe(false);
  });
  it('pairFrequencies lists its keys sorted', () => {
    const f = pairFrequencies(['诫勉组织', '组织诫勉', '诫勉'], 1);
    expect(Object.keys(f)).toEqual(Object.keys(f).sort());
    expect(f).toEqual({ 勉组: 1, 织诫: 1, 组织: 2, 诫勉: 3 });
  });
  it('prepareQuery trims the raw query', () => {
    expect(prepareQuery('  诫勉 ').raw).toBe('诫勉');
  });
});

describe('citation queries edges', () => {
  it('a query of spaces cites nothing', () => {
    expect(parseCitationQuery('   ')).toBeNull();
  });
  it('a bare 《title》 has no path, and resolves to the document without an anchor', () => {
    expect(parseCitationQuery('《日照问责办法》')).toEqual({ name: '日照问责办法', path: null });
    expect(resolveCitationQuery('《日照问责办法》', docs())).toEqual([{ slug: 'rizhao-polytechnic-2017', anchor: null, label: '', exact: true }]);
  });
  it('skips a 第 that starts no path and reads the next one', () => {
    expect(parseCitationQuery('第一书记 第六条')).toEqual({ name: '第一书记', path: { article: 6 } });
  });
  it('a query starting with its path has an empty name', () => {
    expect(parseCitationQuery('第六条第二款')).toEqual({ name: '', path: { article: 6, para: 2 } });
  });
  it('scores containment either way, and characters in order only when all are there', () => {
    const rizhao = docs()[1]!;
    expect(nameScore('日照问责办法全文', rizhao)).toBe(3); // the title inside the name
    expect(nameScore('日照问责法办', rizhao)).toBe(0); // characters out of order
    expect(nameScore('日照问责办法法', { title: '某某', shortTitle: '日照问责办法' })).toBe(3);
    expect(nameScore('日照党建问责', rizhao)).toBe(1);
    expect(nameScore('日照党建问责办法令', rizhao)).toBe(0);
  });
  it('keeps only the best-scoring documents', () => {
    // 问责条例 names the parent exactly (4) and is in no other title
    expect(resolveCitationQuery('问责条例第六条', docs()).map((h) => h.slug)).toEqual(['ccp-accountability-2016']);
    // 问责 is in both titles (3 each): both, in corpus order, where the article exists
    expect(resolveCitationQuery('问责 第六条', docs()).map((h) => `${h.slug}#${h.anchor}`)).toEqual(['ccp-accountability-2016#art-6', 'rizhao-polytechnic-2017#art-6']);
  });
  it('a plain search term resolves to nothing', () => {
    expect(resolveCitationQuery('诫勉', docs())).toEqual([]);
  });
  it('a name that fits one title well and another barely goes to the better one', () => {
    // 党问责: inside 中国共产党问责条例 (3); only in order in 日照职业技术学院党建工作问责（暂行）办法 (1)
    expect(nameScore('党问责', docs()[0]!)).toBe(3);
    expect(nameScore('党问责', docs()[1]!)).toBe(1);
    expect(resolveCitationQuery('党问责 第六条', docs()).map((h) => h.slug)).toEqual(['ccp-accountability-2016']);
  });
  it('anchorLabel reads every part of the path, and nothing else', () => {
    expect(anchorLabel('art-6-para-12')).toBe('第六条第十二款');
    expect(anchorLabel('art-12-para-3-item-10-sub-11')).toBe('第十二条第三款第（十）项第11目');
    expect(anchorLabel('art-16-12')).toBe('第十六条之十二');
    expect(anchorLabel('art-6-para-1')).toBe('第六条第一款');
    expect(anchorLabel('xart-6')).toBeNull();
    expect(anchorLabel('art-6-para-1x')).toBeNull();
    expect(anchorLabel('art-6-sub-x')).toBeNull();
  });
});
