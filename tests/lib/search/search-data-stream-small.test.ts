/**
 * The search data built one document at a time (src/lib/search/search-data-stream.ts) on a corpus
 * small enough to work out every file by hand: four documents, the third without units, four
 * records. Expectations below are written from the formats the modules document (pair table:
 * key → [document frequency, shards as ranges]; postings: base-36 gaps; parts: `<code points in
 * hex>/<n>`; filter ranges: `start-end` in base 36, end exclusive), not from the builders' output.
 *
 *   record 0  甲 (2016)  问责
 *   record 1  乙 (2017)  问题
 *   record 2  乙 (2017)  责任
 *   —         丙 (2016)  no units
 *   record 3  丁 (2016)  问责
 *
 * Pieces (pairs and characters): 问 in 0, 1, 3; 责 in 0, 2, 3; 问责 in 0, 3; 问题 and 题 in 1;
 * 责任 and 任 in 2.
 */
import { describe, expect, it } from 'vitest';
import type { BlockDocument } from '../../../src/lib/search/postings.ts';
import type { SearchUnit } from '../../../src/lib/search/records.ts';
import { streamSearchData, type SearchDataStreamOptions, type StreamDocument } from '../../../src/lib/search/search-data-stream.ts';
import { errorOf } from '../../support/thrown.ts';

const DOCS: { doc: BlockDocument; units: SearchUnit[] }[] = [
  { doc: { slug: 'a', shortTitle: '甲', path: '/regulations/a/', filters: { doc: ['甲'], year: ['2016'] } }, units: [{ id: 'art-1', label: '第一条', text: '问责' }] },
  {
    doc: { slug: 'b', shortTitle: '乙', path: '/regulations/b/', filters: { doc: ['乙'], year: ['2017'] } },
    units: [
      { id: 'art-1', label: '第一条', text: '问题' },
      { id: 'art-2', label: '第二条', text: '责任' },
    ],
  },
  { doc: { slug: 'c', shortTitle: '丙', path: '/regulations/c/', filters: { doc: ['丙'], year: ['2016'] } }, units: [] },
  { doc: { slug: 'd', shortTitle: '丁', path: '/regulations/d/', filters: { doc: ['丁'], year: ['2016'] } }, units: [{ id: 'art-1', label: '第一条', text: '问责' }] },
];

/** Every file written, in order, with its text (a file written twice fails). */
function build(opts: SearchDataStreamOptions, docs: () => Iterable<StreamDocument> = () => DOCS.map((d) => ({ doc: d.doc, units: () => d.units }))) {
  const files = new Map<string, string>();
  const counts = streamSearchData(docs, opts, (f, t) => {
    expect(files.has(f), `${f} written twice`).toBe(false);
    files.set(f, t);
  });
  return { files, counts };
}

const RECORDS = JSON.stringify({
  docs: [DOCS[0]!.doc, DOCS[1]!.doc, DOCS[3]!.doc],
  records: [
    [0, 'art-1', '第一条', '问责'],
    [1, 'art-1', '第一条', '问题'],
    [1, 'art-2', '第二条', '责任'],
    [2, 'art-1', '第一条', '问责'],
  ],
});
const FILTER_RANGES = {
  'filter-ranges/doc/0.json': JSON.stringify({ 丁: '3-4', 乙: '1-3', 甲: '0-1' }),
  'filter-ranges/year/0.json': JSON.stringify({ 2016: '0-1,3-4', 2017: '1-3' }),
};

describe('streamSearchData on a hand-worked corpus', () => {
  it('sharded (two records a shard), postings limit 1, parts of one posting: every file', () => {
    const { files, counts } = build({ shardRecords: 2, postingsMax: 1, partPostings: 1 });
    // shards: 甲 opens shard 0; 乙 (1 + 2 > 2) shard 1; 丙 has no records and stays in shard 1; 丁 (2 + 1 > 2) shard 2
    expect(counts).toEqual({ buckets: 1, postings: 1, blocks: 1, shards: 3, shardOf: [0, 1, 1, 2], records: 4, filterRanges: { doc: 1, year: 1 } });
    expect(Object.fromEntries(files)).toEqual({
      'pairs/0.json': JSON.stringify({ 任: [1, '1'], 责: [3, '0-2'], 责任: [1, '1'], 问: [3, '0-2'], 问责: [2, '0,2'], 问题: [1, '1'], 题: [1, '1'] }),
      // held by at most one record: whole
      'postings/0.json': JSON.stringify({ 任: '2', 责任: '2', 问题: '1', 题: '1' }),
      // held by 2 or 3 of 4 records, one posting a part: parts of 2 records ([0, 2) and [2, 4))
      'parts/95ee/0.json': JSON.stringify('0,1'),
      'parts/95ee/1.json': JSON.stringify('3'),
      'parts/8d23/0.json': JSON.stringify('0'),
      'parts/8d23/1.json': JSON.stringify('2,1'),
      'parts/95ee-8d23/0.json': JSON.stringify('0'),
      'parts/95ee-8d23/1.json': JSON.stringify('3'),
      'records/0.json': RECORDS,
      ...FILTER_RANGES,
    });
  });

  it('keeps a document without records in the shard before it, even after a document larger than a shard', () => {
    // one record a shard: 甲 shard 0; 乙 (two records, more than a shard) shard 1; 丙 (none) stays in 1; 丁 shard 2
    const { files, counts } = build({ shardRecords: 1, postingsMax: 1 });
    expect(counts.shardOf).toEqual([0, 1, 1, 2]);
    expect(counts.shards).toBe(3);
    expect(JSON.parse(files.get('pairs/0.json')!)).toEqual({ 任: [1, '1'], 责: [3, '0-2'], 责任: [1, '1'], 问: [3, '0-2'], 问责: [2, '0,2'], 问题: [1, '1'], 题: [1, '1'] });
  });

  it('writes the first parts while the second pass reads on, the rest and the rare postings at the end', () => {
    const written: string[] = [];
    const before: Record<string, number> = {};
    let pass = 0;
    const documents = function* (): Generator<StreamDocument> {
      pass++;
      for (const d of DOCS) {
        if (pass === 2) before[d.doc.slug] = written.length;
        yield { doc: d.doc, units: () => d.units };
      }
    };
    streamSearchData(documents, { shardRecords: 2, postingsMax: 1, partPostings: 1 }, (f) => written.push(f));
    expect(written[0]).toBe('pairs/0.json');
    // before 丁 (record 3) is read, the records have passed record 2: the parts of [0, 2) are out
    expect(written.slice(1, before['d']).sort()).toEqual(['parts/8d23/0.json', 'parts/95ee-8d23/0.json', 'parts/95ee/0.json']);
    expect(before['a']).toBe(1);
    // then the last block, the last parts, the rare keys' postings and the filter ranges
    const rest = written.slice(before['d']);
    expect(rest[0]).toBe('records/0.json');
    expect(rest.slice(1, 4).sort()).toEqual(['parts/8d23/1.json', 'parts/95ee-8d23/1.json', 'parts/95ee/1.json']);
    expect(rest.slice(4)).toEqual(['postings/0.json', 'filter-ranges/doc/0.json', 'filter-ranges/year/0.json']);
  });

  it('unsharded (the four records fit a shard): every key in shard 0, common keys in one part each', () => {
    const { files, counts } = build({ shardRecords: 4, postingsMax: 1 });
    expect(counts).toEqual({ buckets: 1, postings: 1, blocks: 1, shards: 1, shardOf: [0, 0, 0, 0], records: 4, filterRanges: { doc: 1, year: 1 } });
    expect(Object.fromEntries(files)).toEqual({
      'pairs/0.json': JSON.stringify({ 任: [1, '0'], 责: [3, '0'], 责任: [1, '0'], 问: [3, '0'], 问责: [2, '0'], 问题: [1, '0'], 题: [1, '0'] }),
      'postings/0.json': JSON.stringify({ 任: '2', 责任: '2', 问题: '1', 题: '1' }),
      // PART_POSTINGS (2048) a part: the whole corpus is one part
      'parts/95ee/0.json': JSON.stringify('0,1,2'),
      'parts/8d23/0.json': JSON.stringify('0,2,1'),
      'parts/95ee-8d23/0.json': JSON.stringify('0,3'),
      'records/0.json': RECORDS,
      ...FILTER_RANGES,
    });
  });

  it('postings limit 3: every key whole, no parts', () => {
    const { files, counts } = build({ shardRecords: 4, postingsMax: 3 });
    expect(counts.postings).toBe(1);
    expect([...files.keys()].filter((f) => f.startsWith('parts/'))).toEqual([]);
    expect(files.get('postings/0.json')).toBe(JSON.stringify({ 任: '2', 责: '0,2,1', 责任: '2', 问: '0,1,2', 问责: '0,3', 问题: '1', 题: '1' }));
  });

  it('postings limit 0: only the pair table and the record blocks', () => {
    const { files, counts } = build({ shardRecords: 4, postingsMax: 0 });
    expect(counts).toEqual({ buckets: 1, postings: 0, blocks: 1, shards: 1, shardOf: [0, 0, 0, 0], records: 4, filterRanges: {} });
    expect([...files.keys()]).toEqual(['pairs/0.json', 'records/0.json']);
    expect(files.get('records/0.json')).toBe(RECORDS);
  });

  it('an empty corpus: one empty pair table file, nothing else', () => {
    const { files, counts } = build({ shardRecords: 4, postingsMax: 1 }, () => []);
    expect(counts).toEqual({ buckets: 1, postings: 0, blocks: 0, shards: 1, shardOf: [], records: 0, filterRanges: {} });
    expect(Object.fromEntries(files)).toEqual({ 'pairs/0.json': '{}' });
  });

  it('fails when the second pass gives more documents, or other units, than the first', () => {
    let pass = 0;
    const more = function* (): Generator<StreamDocument> {
      pass++;
      for (const d of pass === 1 ? DOCS.slice(0, 2) : DOCS.slice(0, 3)) yield { doc: d.doc, units: () => d.units };
    };
    expect(errorOf(() => build({ shardRecords: 4, postingsMax: 1 }, more)).message).toContain('search data: the second pass over the documents gave c at 2, the first nothing');
    pass = 0;
    const longer = function* (): Generator<StreamDocument> {
      pass++;
      for (const d of DOCS) yield { doc: d.doc, units: () => (pass === 2 && d.doc.slug === 'd' ? [...d.units, { id: 'art-2', label: '第二条', text: '任' }] : d.units) };
    };
    expect(errorOf(() => build({ shardRecords: 4, postingsMax: 0 }, longer)).message).toContain('search data: the second pass over the documents gave 5 units, the first 4');
  });
});
