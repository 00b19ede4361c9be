import { describe, expect, it } from 'vitest';
import { choiceUrl, readChoice } from '../../src/scripts/compare-picker-data.ts';

describe('picker URLs', () => {
  it('two whole documents go to their compare page', () => {
    expect(choiceUrl({ a: 'rizhao-polytechnic-2017', b: 'weifang-school-safety-2011', pa: '', pb: '' })).toBe('/compare/rizhao-polytechnic-2017/weifang-school-safety-2011/');
  });

  it('provisions go into the query, in a fixed order, and read back unchanged', () => {
    const c = { a: 'rizhao-polytechnic-2017', b: 'ccp-accountability-2016', pa: 'art-4', pb: 'art-5' };
    const url = choiceUrl(c);
    expect(url).toBe('/compare/?a=rizhao-polytechnic-2017&pa=art-4&b=ccp-accountability-2016&pb=art-5');
    expect(readChoice(url.slice(url.indexOf('?')))).toEqual(c);
  });

  it('one provision only leaves the other out of the query', () => {
    const url = choiceUrl({ a: 'x', b: 'y', pa: '', pb: 'art-7' });
    expect(url).toBe('/compare/?a=x&b=y&pb=art-7');
    expect(readChoice(url.slice(url.indexOf('?')))).toEqual({ a: 'x', b: 'y', pa: '', pb: 'art-7' });
  });
});
