/**
 * The search-only corpus site of the benchmark (scripts/lib/search-corpus-site.ts)
 * sets the built search page's inline data and leaves long filter lists to load
 * on first use, as the page renders them for a large corpus; a page whose markup
 * changed is an error, not a silent mismeasurement.
 */
import { describe, expect, it } from 'vitest';
import { searchPageFor } from '../../scripts/lib/search-corpus-site.ts';
import { errorOf } from '../support/thrown.ts';

const page =
  '<form><select id="search-filter-doc" name="doc" data-astro-cid-x><option value="" data-astro-cid-x>全部</option><option value="甲" data-astro-cid-x>甲</option><option value="乙" data-astro-cid-x>乙</option></select>' +
  '<select id="search-filter-class" name="class" data-astro-cid-x><option value="" data-astro-cid-x>全部</option><option value="党内法规" data-astro-cid-x>党内法规</option></select></form>' +
  '<script type="application/json" id="search-data">{"buckets":10,"shards":1}</script>';

describe('searchPageFor', () => {
  it('sets the inline data and empties the long lists, marking them lazy', () => {
    const out = searchPageFor(page, { buckets: 700, shards: 25, postings: 40, postingsMax: 1000, records: 150000, partPostings: 2048, filterRanges: { doc: 14 }, titles: 12 }, ['doc']);
    expect(out).toContain('<script type="application/json" id="search-data">{"buckets":700,"shards":25,"postings":40,"postingsMax":1000,"records":150000,"partPostings":2048,"filterRanges":{"doc":14},"titles":12}</script>');
    expect(out).toContain('<select id="search-filter-doc" name="doc" data-lazy data-astro-cid-x><option value="" data-astro-cid-x>全部</option></select>');
    expect(out).toContain('<option value="党内法规" data-astro-cid-x>党内法规</option>');
  });

  it('fails on a page without the markup it expects', () => {
    expect(errorOf(() => searchPageFor('<p></p>', { buckets: 1, shards: 1, postings: 0, postingsMax: 0, records: 0, partPostings: 2048, filterRanges: {}, titles: 1 }, [])).message).toMatch(/search-data/);
    expect(errorOf(() => searchPageFor(page, { buckets: 1, shards: 1, postings: 0, postingsMax: 0, records: 0, partPostings: 2048, filterRanges: {}, titles: 1 }, ['issuer'])).message).toMatch(/issuer/);
  });
});
