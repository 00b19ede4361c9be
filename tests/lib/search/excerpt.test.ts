import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/html.ts';
import { buildExcerpt, findOccurrences } from '../../../src/lib/search/excerpt.ts';

describe('findOccurrences', () => {
  it('finds every occurrence, punctuation aside, as original offsets', () => {
    expect(findOccurrences('诫勉、诫 勉', '诫勉')).toEqual([
      [0, 2],
      [3, 6],
    ]);
    expect(findOccurrences('abc', '')).toEqual([]);
  });
});

describe('buildExcerpt', () => {
  it('marks the query and escapes HTML', () => {
    expect(buildExcerpt('<b>通报、诫勉</b>', '诫勉')).toBe('&lt;b&gt;通报、<mark>诫勉</mark>&lt;/b&gt;');
  });
  it('cuts a window around the first occurrence', () => {
    const text = '甲'.repeat(100) + '诫勉' + '乙'.repeat(100);
    const ex = buildExcerpt(text, '诫勉', { before: 5, length: 20 });
    expect(ex).toBe('…甲甲甲甲甲<mark>诫勉</mark>' + '乙'.repeat(13) + '…');
  });
  it('marks a match that spans punctuation as one range', () => {
    expect(buildExcerpt('通报、诫勉、组织调整', '诫勉组织')).toBe('通报、<mark>诫勉、组织</mark>调整');
  });
  it('falls back to the beginning when the query is absent', () => {
    expect(buildExcerpt('第六条 问责方式', '诫勉', { length: 3 })).toBe('第六条…');
  });
  it('escapes the text around and inside the marks', () => {
    expect(buildExcerpt(`<诫勉> & '谈话'`, '诫勉')).toBe(`${escapeHtml('<')}<mark>诫勉</mark>${escapeHtml(`> & '谈话'`)}`);
  });
});
