import { describe, expect, it } from 'vitest';
import { joinBase, parseSiteAddress, SiteAddressError } from '../../src/lib/site-address.ts';
import { errorOf } from '../support/thrown.ts';

describe('TIAOWEN_SITE', () => {
  it('is optional', () => {
    expect(parseSiteAddress(undefined)).toBeNull();
    expect(parseSiteAddress('  ')).toBeNull();
  });
  it('gives the site and its base path, with trailing slashes', () => {
    expect(parseSiteAddress('https://zhidu.example.gov.cn')).toEqual({ site: 'https://zhidu.example.gov.cn/', base: '/' });
    expect(parseSiteAddress('https://host.example/zhidu')).toEqual({ site: 'https://host.example/zhidu/', base: '/zhidu/' });
    expect(parseSiteAddress('http://10.1.2.3:8080/a/b/')).toEqual({ site: 'http://10.1.2.3:8080/a/b/', base: '/a/b/' });
  });
  it.each([
    ['zhidu.example.gov.cn', /expected an absolute address/],
    ['ftp://host/', /expected an http/],
    ['https://host/?x=1', /without \?query/],
    ['https://user:pw@host/', /without user name/],
  ])('refuses %s, naming the setting and what is expected', (value, says) => {
    const e = errorOf(() => parseSiteAddress(value), SiteAddressError);
    expect(e.value).toBe(value);
    expect(e.hint).toMatch(says);
    expect(e.message).toBe(`TIAOWEN_SITE=${JSON.stringify(value)}: ${e.hint}`);
  });
  it('joins paths under a base', () => {
    expect(joinBase('/zhidu/', '/search/')).toBe('/zhidu/search/');
    expect(joinBase('/', '/search/')).toBe('/search/');
  });
});
