import { describe, expect, it } from 'vitest';
import { hanPairs, pagefindTerm, pairFrequencies, prepareQuery, textContains } from '../../../src/lib/search/query.ts';

describe('prepareQuery', () => {
  it('cuts Han runs into overlapping pairs', () => {
    const q = prepareQuery('组织调整或者组织处理');
    expect(q.normalized).toBe('组织调整或者组织处理');
    expect(q.pieces).toEqual(['组织', '织调', '调整', '整或', '或者', '者组', '织处', '处理']);
  });
  it('hands Pagefind the rarest piece, first in query order on ties', () => {
    expect(prepareQuery('组织调整').terms).toEqual(['组织']);
    const q = prepareQuery('组织调整', { 组织: 40, 调整: 9 });
    expect(q.terms).toEqual(['织调']);
    expect(prepareQuery('组织调整', { 组织: 40, 织调: 12, 调整: 9 }).terms).toEqual(['调整']);
    expect(pagefindTerm(q)).toBe('织调');
  });
  it('keeps two-character terms whole and drops punctuation and spaces', () => {
    expect(prepareQuery(' 诫勉 ').terms).toEqual(['诫勉']);
    expect(prepareQuery('“三会一课”').pieces).toEqual(['三会', '会一', '一课']);
    expect(prepareQuery('诫勉、组织').pieces).toEqual(['诫勉', '勉组', '组织']);
  });
  it('leaves non-Han runs to the text check when there are Han pairs', () => {
    const q = prepareQuery('5次/学期');
    expect(q.normalized).toBe('5次学期');
    expect(q.pieces).toEqual(['次学', '学期']);
  });
  it('passes runs whole when there is no Han pair', () => {
    expect(prepareQuery('诫').terms).toEqual(['诫']);
    expect(prepareQuery('2017').terms).toEqual(['2017']);
    expect(prepareQuery('第13次').terms).toEqual(['第', '13', '次']);
    expect(pagefindTerm(prepareQuery('第13次'))).toBe('第 13 次');
  });
  it('gives nothing to search for in punctuation only', () => {
    const q = prepareQuery('、，。 ');
    expect(q.normalized).toBe('');
    expect(q.terms).toEqual([]);
  });
});

describe('hanPairs and pairFrequencies', () => {
  it('lists each pair once, per Han run', () => {
    expect(hanPairs('问责问责2017年度')).toEqual(['问责', '责问', '年度']);
  });
  it('counts texts, not occurrences, and keeps only common pairs', () => {
    const texts = ['问责、问责', '问责', '诫勉', '终身问责'];
    expect(pairFrequencies(texts, 2)).toEqual({ 问责: 3 });
    expect(pairFrequencies(texts, 1)).toEqual({ 身问: 1, 终身: 1, 诫勉: 1, 问责: 3, 责问: 1 });
  });
});

describe('textContains', () => {
  it('matches across whitespace and punctuation in the text', () => {
    expect(textContains('通报、诫勉、组织调整', prepareQuery('诫勉组织').normalized)).toBe(true);
    expect(textContains('组织\n调整', '组织调整')).toBe(true);
  });
  it('rejects texts that contain the pieces but not the query', () => {
    expect(textContains('追究责任', prepareQuery('追责').normalized)).toBe(false);
    expect(textContains('组织处理、调整', prepareQuery('组织调整').normalized)).toBe(false);
  });
  it('never matches an empty query', () => {
    expect(textContains('任何文字', '')).toBe(false);
  });
});

describe('characters Pagefind does not pair', () => {
  it('are left to the text check, like digits', () => {
    const q = prepareQuery('二〇一一年');
    expect(q.normalized).toBe('二〇一一年');
    expect(q.pieces).toEqual(['一一', '一年']);
    expect(prepareQuery('〇〇').terms).toEqual(['〇〇']);
  });
});
