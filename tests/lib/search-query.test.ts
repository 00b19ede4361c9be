import { describe, expect, it } from 'vitest';
import { MAX_TERMS, pagefindTerm, prepareQuery, textContains } from '../../src/lib/search-query.ts';

describe('prepareQuery', () => {
  it('cuts Han runs into overlapping pairs', () => {
    const q = prepareQuery('组织调整或者组织处理');
    expect(q.normalized).toBe('组织调整或者组织处理');
    expect(q.terms).toEqual(['组织', '织调', '调整', '整或', '或者', '者组', '织处', '处理']);
    expect(pagefindTerm(q)).toBe('组织 织调 调整 整或 或者 者组 织处 处理');
  });
  it('keeps two-character terms whole and drops punctuation and spaces', () => {
    expect(prepareQuery(' 诫勉 ').terms).toEqual(['诫勉']);
    expect(prepareQuery('“三会一课”').terms).toEqual(['三会', '会一', '一课']);
    expect(prepareQuery('诫勉、组织').terms).toEqual(['诫勉', '勉组', '组织']);
  });
  it('leaves non-Han runs to the text check when there are Han pairs', () => {
    const q = prepareQuery('5次/学期');
    expect(q.normalized).toBe('5次学期');
    expect(q.terms).toEqual(['次学', '学期']);
  });
  it('passes runs whole when there is no Han pair', () => {
    expect(prepareQuery('诫').terms).toEqual(['诫']);
    expect(prepareQuery('2017').terms).toEqual(['2017']);
    expect(prepareQuery('第13次').terms).toEqual(['第', '13', '次']);
  });
  it('gives nothing to search for in punctuation only', () => {
    const q = prepareQuery('、，。 ');
    expect(q.normalized).toBe('');
    expect(q.terms).toEqual([]);
  });
  it('caps long queries, spreading the pieces over the whole query', () => {
    const text = '对党的领导干部的问责方式包括通报诫勉组织调整或者组织处理纪律处分对党组织的问责方式包括检查通报改组';
    const q = prepareQuery(text);
    expect(q.terms).toHaveLength(MAX_TERMS);
    expect(q.terms[0]).toBe('对党');
    expect(q.terms[MAX_TERMS - 1]).toBe('改组');
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
