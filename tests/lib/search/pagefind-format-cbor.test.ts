/**
 * The CBOR decoder and index-chunk reader behind the Pagefind contract test,
 * on hand-encoded bytes (RFC 8949), and the segmentation report on hand-built
 * words. No pagefind binary needed.
 */
import { describe, expect, it } from 'vitest';
import { decodeCbor, decodeIndexChunk, looksSegmented, segmentationReport, type IndexWord } from '../../../src/lib/search/pagefind-format.ts';
import { errorOf } from '../../support/thrown.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

/** A small CBOR encoder for the test: small ints, short strings, arrays. */
function enc(v: unknown): number[] {
  if (typeof v === 'number') {
    if (v >= 0 && v < 24) return [v];
    if (v >= 0 && v < 256) return [0x18, v];
    if (v < 0 && v >= -24) return [0x20 + (-1 - v)];
    throw new Error(`enc: ${v}`);
  }
  if (typeof v === 'string') {
    const b = utf8(v);
    return b.length < 24 ? [0x60 + b.length, ...b] : [0x78, b.length, ...b];
  }
  if (Array.isArray(v)) return [0x80 + v.length, ...v.flatMap(enc)];
  if (v === false) return [0xf4];
  throw new Error('enc: unsupported');
}
const chunk = (data: unknown) => Uint8Array.from([...utf8('pagefind_dcd'), ...enc(data)]);

describe('decodeCbor', () => {
  it('reads 1-, 2-, 4- and 8-byte unsigned integers and keeps reading after them', () => {
    expect(decodeCbor(bytes(0x85, 0x18, 0x64, 0x19, 0x01, 0xf4, 0x1a, 0x00, 0x01, 0x00, 0x00, 0x1b, 0, 0, 0, 1, 0, 0, 0, 0, 0x07))).toEqual([100, 500, 65536, 4294967296, 7]);
  });
  it('reads negative integers', () => {
    expect(decodeCbor(bytes(0x82, 0x20, 0x38, 0x63))).toEqual([-1, -100]);
  });
  it('reads byte strings and moves past them', () => {
    const [b, ...rest] = decodeCbor(bytes(0x84, 0x43, 1, 2, 3, 0x07, 0x08, 0x09)) as [Uint8Array, number];
    expect([b instanceof Uint8Array, [...b], ...rest]).toEqual([true, [1, 2, 3], 7, 8, 9]);
  });
  it('reads indefinite-length arrays up to the break byte, and moves past it', () => {
    expect(decodeCbor(bytes(0x82, 0x9f, 0x01, 0x02, 0xff, 0x03))).toEqual([[1, 2], 3]);
    expect(decodeCbor(bytes(0x9f, 0xff))).toEqual([]);
  });
  it('reads maps, tags (the tagged value) and simple values', () => {
    expect(decodeCbor(bytes(0xa2, 0x61, 0x61, 0x01, 0x61, 0x62, 0xf5))).toEqual({ a: 1, b: true });
    expect(decodeCbor(bytes(0xc1, 0x05))).toBe(5);
    expect(decodeCbor(bytes(0x85, 0xf4, 0xf5, 0xf6, 0xf7, 0xf0))).toEqual([false, true, null, null, 16]);
  });
  it('reads 32- and 64-bit floats', () => {
    expect(decodeCbor(bytes(0x82, 0xfa, 0x3f, 0xc0, 0x00, 0x00, 0xfb, 0x40, 0x04, 0, 0, 0, 0, 0, 0))).toEqual([1.5, 2.5]);
  });
  it('refuses truncated data and unknown additional info, saying so', () => {
    expect(errorOf(() => decodeCbor(bytes(0x82, 0x01))).message).toContain('CBOR: unexpected end of data');
    expect(errorOf(() => decodeCbor(bytes())).message).toContain('CBOR: unexpected end of data');
    expect(errorOf(() => decodeCbor(bytes(0x1c))).message).toContain('CBOR: unsupported additional info 28');
  });
});

describe('decodeIndexChunk', () => {
  it('reads words with their pages and positions; pages without positions are metadata-only', () => {
    const words = decodeIndexChunk(chunk([[['诫勉', [[0, [3, 5]], [2, []], [4, [0, -1]]], []], ['党费', [], []]]]));
    expect(words).toEqual([
      { word: '诫勉', content: [{ page: 0, positions: [3, 5] }, { page: 4, positions: [0] }], metaOnly: [2] },
      { word: '党费', content: [], metaOnly: [] },
    ]);
  });
  it('refuses every layout it does not know, naming the place', () => {
    expect(errorOf(() => decodeIndexChunk(chunk(5))).message).toContain('unexpected Pagefind chunk layout: expected [words]');
    expect(errorOf(() => decodeIndexChunk(chunk([5]))).message).toContain('unexpected Pagefind chunk layout: expected [words]');
    expect(errorOf(() => decodeIndexChunk(chunk([['x', 5]]))).message).toContain('unexpected Pagefind word layout at 0: expected [text, pages, variants]');
    expect(errorOf(() => decodeIndexChunk(chunk([[['a', [], []], [5, [], []]]]))).message).toContain('unexpected Pagefind word layout at 1: expected [text, pages, variants]');
    expect(errorOf(() => decodeIndexChunk(chunk([[['a', 5, []]]]))).message).toContain('unexpected Pagefind word layout at 0');
    expect(errorOf(() => decodeIndexChunk(chunk([[['诫', [5], []]]]))).message).toContain('unexpected Pagefind page layout in word "诫"');
    expect(errorOf(() => decodeIndexChunk(chunk([[['诫', [['0', []]], []]]]))).message).toContain('unexpected Pagefind page layout in word "诫"');
    expect(errorOf(() => decodeIndexChunk(chunk([[['诫', [[0, 5]], []]]]))).message).toContain('unexpected Pagefind page layout in word "诫"');
  });
});

describe('segmentationReport and looksSegmented', () => {
  const w = (word: string, pages = 1): IndexWord => ({ word, content: Array.from({ length: pages }, (_, i) => ({ page: i, positions: [0] })), metaOnly: [] });
  it('counts Han-only words found in content, single characters, and the first longest', () => {
    const r = segmentationReport([w('诫'), w('诫勉'), w('组织'), w('勉', 0), w('abc'), w('诫a'), w('a诫'), w('问责方式')]);
    expect(r).toEqual({ hanWords: 4, singleHan: 1, longestHan: 4, longestHanWord: '问责方式' });
    expect(segmentationReport([w('组织'), w('诫勉')]).longestHanWord).toBe('组织');
  });
  it('is segmented with Han words, some single characters and none longer than 12', () => {
    const base = { hanWords: 3, singleHan: 1, longestHan: 12, longestHanWord: '' };
    expect(looksSegmented(base)).toBe(true);
    expect(looksSegmented({ ...base, longestHan: 13 })).toBe(false);
    expect(looksSegmented({ ...base, singleHan: 0 })).toBe(false);
    expect(looksSegmented({ ...base, hanWords: 0 })).toBe(false);
  });
});
