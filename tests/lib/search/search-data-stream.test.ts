/**
 * The search data built one document at a time (src/lib/search/search-data-stream.ts):
 * each record block handed to the sink as soon as it is full (while later
 * documents have not been read), and each document's units computed once
 * per pass and not kept between passes. That it writes the same files as the
 * builders fed the whole corpus at once is checked on the seeds in
 * search-data-stream-seeds.test.ts, and file by file on a hand-worked corpus in
 * search-data-stream-small.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { RECORDS_PER_BLOCK, type BlockDocument } from '../../../src/lib/search/postings.ts';
import type { SearchUnit } from '../../../src/lib/search/records.ts';
import { streamSearchData, type StreamDocument } from '../../../src/lib/search/search-data-stream.ts';
import { errorOf } from '../../support/thrown.ts';

const WORDS = ['问责', '党组织', '领导干部', '诫勉', '组织处理', '纪律处分', '责令检查', '通报批评', '三会一课', '民主生活会'];

/** Document `d`: `n` units whose texts vary with the document and the unit. */
function syntheticUnits(d: number, n: number): SearchUnit[] {
  return Array.from({ length: n }, (_, k) => ({
    id: `art-${k + 1}`,
    label: `第${k + 1}条`,
    text: `${WORDS[(d + k) % WORDS.length]}应当${WORDS[(d * 3 + k) % WORDS.length]}，第${d}号第${k}款。`,
  }));
}

function blockDoc(d: number): BlockDocument {
  return { slug: `doc-${String(d).padStart(3, '0')}`, shortTitle: `文件${d}`, path: `/regulations/doc-${d}/`, filters: { doc: [`文件${d}`], class: ['规范性文件'] } };
}

describe('streamSearchData', () => {
  it('writes each record block as soon as it is full, before the next documents are read', () => {
    const n = 40;
    const perDoc = 20;
    const written: string[] = [];
    /** Per pass, for each document: the record blocks written when the stream asked for it. */
    const seenAt: number[][] = [];
    const documents = function* (): Generator<StreamDocument> {
      const pass: number[] = [];
      seenAt.push(pass);
      for (let d = 0; d < n; d++) {
        pass.push(written.filter((f) => f.startsWith('records/')).length);
        yield { doc: blockDoc(d), units: () => syntheticUnits(d, perDoc) };
      }
    };
    const counts = streamSearchData(documents, { shardRecords: 6000, postingsMax: 1000 }, (f) => written.push(f));
    expect(seenAt).toHaveLength(2);
    // the first pass counts: nothing is written while it reads, the pair table once it has read everything
    expect(seenAt[0]!.every((w) => w === 0)).toBe(true);
    // the second: when document d is read, every block holding only earlier documents' records is written
    seenAt[1]!.forEach((w, d) => expect(w, `blocks written when document ${d} was read`).toBe(Math.floor((d * perDoc) / RECORDS_PER_BLOCK)));
    expect(counts.blocks).toBe(Math.ceil((n * perDoc) / RECORDS_PER_BLOCK));
    // the pair table after the first pass, then the record blocks (in order, as they fill), the other tables at the end
    const pairs = Array.from({ length: counts.buckets }, (_, b) => `pairs/${b}.json`);
    expect(written.slice(0, pairs.length)).toEqual(pairs);
    const records = written.filter((f) => f.startsWith('records/'));
    expect(records).toEqual(Array.from({ length: counts.blocks }, (_, b) => `records/${b}.json`));
    expect(written.slice(pairs.length, pairs.length + records.length)).toEqual(records);
  });

  it("computes a document's units once per pass, when that document is read, and keeps none of them", () => {
    const calls: string[] = [];
    const documents = function* (): Generator<StreamDocument> {
      for (let d = 0; d < 5; d++) {
        calls.push(`read ${d}`);
        yield {
          doc: blockDoc(d),
          units: () => {
            calls.push(`units ${d}`);
            return syntheticUnits(d, 3);
          },
        };
      }
    };
    streamSearchData(documents, { shardRecords: 6000, postingsMax: 1000 }, () => undefined);
    const pass = [0, 1, 2, 3, 4].flatMap((d) => [`read ${d}`, `units ${d}`]);
    expect(calls).toEqual([...pass, ...pass]);
  });

  it('fails when the two passes do not read the same documents', () => {
    let pass = 0;
    const documents = function* (): Generator<StreamDocument> {
      pass++;
      for (let d = 0; d < (pass === 1 ? 3 : 2); d++) yield { doc: blockDoc(d), units: () => syntheticUnits(d, 2) };
    };
    expect(errorOf(() => streamSearchData(documents, { shardRecords: 6000, postingsMax: 10 }, () => undefined)).message).toMatch(/second pass .* 2 documents, the first 3/);
    pass = 0;
    const swapped = function* (): Generator<StreamDocument> {
      pass++;
      for (const d of pass === 1 ? [0, 1] : [1, 0]) yield { doc: blockDoc(d), units: () => syntheticUnits(d, 2) };
    };
    expect(errorOf(() => streamSearchData(swapped, { shardRecords: 6000, postingsMax: 10 }, () => undefined)).message).toMatch(/gave doc-001 at 0, the first doc-000/);
  });
});
