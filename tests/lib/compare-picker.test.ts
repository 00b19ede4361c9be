import { describe, expect, it } from 'vitest';
import { choiceUrl, readChoice } from '../../src/scripts/compare-picker-data.ts';

describe('picker URLs', () => {
  it('a measure and its parent go to their pre-rendered page; any other two documents to the browser comparison', () => {
    expect(choiceUrl({ a: 'rizhao-polytechnic-2017', b: 'ccp-accountability-2016', pa: '', pb: '' }, true)).toBe('/compare/rizhao-polytechnic-2017/ccp-accountability-2016/');
    const url = choiceUrl({ a: 'rizhao-polytechnic-2017', b: 'weifang-school-safety-2011', pa: '', pb: '' }, false);
    expect(url).toBe('/compare/?a=rizhao-polytechnic-2017&b=weifang-school-safety-2011');
    expect(readChoice(url.slice(url.indexOf('?')))).toEqual({ a: 'rizhao-polytechnic-2017', b: 'weifang-school-safety-2011', pa: '', pb: '' });
  });

  it('provisions go into the query (even for a measure and its parent), in a fixed order, and read back unchanged', () => {
    const c = { a: 'rizhao-polytechnic-2017', b: 'ccp-accountability-2016', pa: 'art-4', pb: 'art-5' };
    const url = choiceUrl(c, true);
    expect(url).toBe('/compare/?a=rizhao-polytechnic-2017&pa=art-4&b=ccp-accountability-2016&pb=art-5');
    expect(readChoice(url.slice(url.indexOf('?')))).toEqual(c);
  });

  it('one provision only leaves the other out of the query', () => {
    const url = choiceUrl({ a: 'x', b: 'y', pa: '', pb: 'art-7' }, true);
    expect(url).toBe('/compare/?a=x&b=y&pb=art-7');
    expect(readChoice(url.slice(url.indexOf('?')))).toEqual({ a: 'x', b: 'y', pa: '', pb: 'art-7' });
  });
});
