import { describe, expect, it } from 'vitest';
import { pageNumber, pageParam, pagePath, pagerItems, paginate } from '../../../src/lib/listing/paginate.ts';
import { errorOf } from '../../support/thrown.ts';

describe('paginate', () => {
  it('cuts a list into pages of at most size items, in order, with positions', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.number, p.count, p.start])).toEqual([[1, 3, 0], [2, 3, 3], [3, 3, 6]]);
  });

  it('gives an exact multiple no empty last page, and an empty list one empty page', () => {
    expect(paginate([1, 2, 3, 4], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4]]);
    expect(paginate([], 5)).toEqual([{ number: 1, count: 1, items: [], start: 0 }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(errorOf(() => paginate([1], 0)).message).toMatch(/positive integer/);
    expect(errorOf(() => paginate([1], 1.5)).message).toMatch(/positive integer/);
    // One item a page is the smallest size allowed.
    expect(paginate(['a', 'b'], 1).map((p) => p.items)).toEqual([['a'], ['b']]);
  });
});

describe('page addresses', () => {
  it('page 1 at the listing itself, page N under page/N/', () => {
    expect(pagePath('/documents/issuer/i-x/', 1)).toBe('/documents/issuer/i-x/');
    expect(pagePath('/documents/issuer/i-x/', 2)).toBe('/documents/issuer/i-x/page/2/');
    expect(errorOf(() => pagePath('/documents', 2)).message).toMatch(/ending with/);
    expect(pagePath('/compare/', 1, '/compare/pairs/')).toBe('/compare/');
    expect(pagePath('/compare/', 3, '/compare/pairs/')).toBe('/compare/pairs/page/3/');
  });

  it('rest parameters round-trip and anything else is not a page', () => {
    for (const n of [1, 2, 17]) expect(pageNumber(pageParam(n))).toBe(n);
    expect(pageParam(1)).toBeUndefined();
    expect(pageNumber('page/0')).toBeNull();
    expect(pageNumber('page/02')).toBeNull();
    expect(pageNumber('pages/2')).toBeNull();
    expect(pageNumber('page/2/x')).toBeNull();
    expect(pageNumber('x/page/2')).toBeNull();
    // An empty rest parameter is the listing itself.
    expect(pageNumber('')).toBe(1);
  });

  it('a pager shows every page when few, else the ends and a window with gaps', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerItems(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    // A gap of one page shows that page rather than an ellipsis.
    expect(pagerItems(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
    expect(pagerItems(20, 20)).toEqual([1, null, 18, 19, 20]);
    // The window starts two pages after the first: page 2 is shown, not a gap.
    expect(pagerItems(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });
});
