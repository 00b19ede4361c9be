/**
 * The build's segmentation check reads each index chunk once without building its
 * words (`chunkSegmentation`, src/lib/search/pagefind-format.ts); its contract is
 * to give what `segmentationReport(decodeIndexChunk(chunk))` gives and to throw
 * where that throws. Checked here on hand-encoded chunks (RFC 8949 heads written
 * out byte by byte: 1-, 2-, 4- and 8-byte lengths, indefinite-length lists, tags,
 * maps, byte strings, negative markers among the positions), against the
 * decoding reader and against counts worked out by hand. And `mergeSegmentation`.
 * No pagefind binary needed.
 */
import { describe, expect, it } from 'vitest';
import { chunkSegmentation, decodeIndexChunk, mergeSegmentation, segmentationReport, type SegmentationReport } from '../../../src/lib/search/pagefind-format.ts';

const utf8 = (s: string) => [...new TextEncoder().encode(s)];
const SIG = utf8('pagefind_dcd');

/** CBOR items as byte lists, each head written as the test says. */
const uint = (v: number, size: 0 | 1 | 2 | 4 | 8 = 0): number[] => head(0, v, size);
const neg = (v: number): number[] => head(1, -1 - v, 0);
const text = (s: string, size: 0 | 1 | 2 = 0): number[] => [...head(3, utf8(s).length, size), ...utf8(s)];
const bytesItem = (b: number[]): number[] => [...head(2, b.length, 0), ...b];
const list = (items: number[][], size: 0 | 1 | 2 = 0): number[] => [...head(4, items.length, size), ...items.flat()];
const openList = (items: number[][]): number[] => [0x9f, ...items.flat(), 0xff];
const map = (pairs: [number[], number[]][]): number[] => [...head(5, pairs.length, 0), ...pairs.flat(2)];
const tag = (n: number, item: number[]): number[] => [...head(6, n, 0), ...item];

function head(major: number, v: number, size: 0 | 1 | 2 | 4 | 8): number[] {
  const m = major << 5;
  if (size === 0 && v < 24) return [m | v];
  if (size === 1 || (size === 0 && v < 256)) return [m | 24, v];
  if (size === 2) return [m | 25, (v >> 8) & 255, v & 255];
  if (size === 4) return [m | 26, (v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255];
  return [m | 27, 0, 0, 0, 0, (v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const chunkOf = (body: number[]) => Uint8Array.from([...SIG, ...body]);
/** A word: [text, [pages], variants]. A page: [number, [positions], …]. */
const word = (w: string, pages: number[][], variants: number[] = list([])) => list([text(w), list(pages), variants]);
const page = (n: number, positions: number[][], ...rest: number[][]) => list([uint(n), list(positions), ...rest]);

/** The message of what `f` throws ('' when it throws something without one, 'no error' when nothing). */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? e.message : '';
  }
  return 'no error';
}

const same = (body: number[]) => {
  const c = chunkOf(body);
  const r = chunkSegmentation(c);
  expect(r).toEqual(segmentationReport(decodeIndexChunk(c)));
  return r;
};

describe('chunkSegmentation', () => {
  it('counts Han words with a content position, single characters and the first longest, as the decoding reader does', () => {
    const r = same(
      list([
        list([
          word('诫', [page(0, [uint(3)])]),
          word('诫勉', [page(1, [uint(0), uint(7)]), page(2, [neg(-1)])]),
          word('组织调整', [page(2, [neg(-2), uint(4)])]),
          word('党费', [page(3, [neg(-1), neg(-3)])]), // metadata only
          word('abc', [page(0, [uint(1)])]),
          word('诫a', [page(0, [uint(1)])]),
          word('问责方式', [page(0, [uint(2)])]),
          word('勉', []),
        ]),
      ]),
    );
    expect(r).toEqual({ hanWords: 4, singleHan: 1, longestHan: 4, longestHanWord: '组织调整' });
  });

  it('reads 1-, 2-, 4- and 8-byte heads in positions, page numbers and lengths', () => {
    const r = same(
      list([
        list(
          [
            word('问责', [page(300, [uint(24, 1), uint(1000, 2), uint(70000, 4), uint(5, 8)])]),
            word('诫勉谈话', [list([uint(2, 2), list([neg(-1), uint(9, 4)], 1)])]),
            list([text('组织', 2), list([page(1, [uint(0, 8)])], 2), list([])]),
          ],
          1,
        ),
      ]),
    );
    expect(r).toEqual({ hanWords: 3, singleHan: 0, longestHan: 4, longestHanWord: '诫勉谈话' });
  });

  it('walks indefinite-length lists of words, pages and positions, up to their breaks', () => {
    const r = same(
      list([
        openList([
          list([text('诫'), openList([openList([uint(0), openList([neg(-1), uint(2)])]), page(1, [])]), list([])]),
          list([text('诫勉'), list([list([uint(0), openList([neg(-1)])])]), list([])]),
          list([text('问责'), openList([]), list([])]),
        ]),
      ]),
    );
    expect(r).toEqual({ hanWords: 1, singleHan: 1, longestHan: 1, longestHanWord: '诫' });
  });

  it('skips whatever follows the positions of a page and the pages of a word: strings, bytes, maps, tags, floats', () => {
    const extra = [text('meta'), bytesItem([1, 2, 3]), map([[text('k'), list([uint(1), text('v')])], [uint(2), openList([uint(3)])]]), tag(1, uint(1_700_000_000, 4)), [0xfb, 0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18], [0xf5]];
    const r = same(
      list([
        list([
          word('诫勉', [page(0, [uint(1)], ...extra)], list([text('誡勉'), bytesItem([9])])),
          list([text('问'), list([page(0, [tag(0, text('x')), uint(5)])]), map([[text('a'), text('b')]]), ...extra]),
        ]),
      ]),
    );
    expect(r).toEqual({ hanWords: 2, singleHan: 1, longestHan: 2, longestHanWord: '诫勉' });
  });

  it('counts a word only when some page has a non-negative position', () => {
    expect(same(list([list([word('诫勉', [page(0, [neg(-1)]), page(1, [])])])])).hanWords).toBe(0);
    expect(same(list([list([word('诫勉', [page(0, [neg(-1)]), page(1, [uint(0)])])])])).hanWords).toBe(1);
  });

  it('gives an empty report for an empty chunk', () => {
    expect(same(list([list([])]))).toEqual({ hanWords: 0, singleHan: 0, longestHan: 0, longestHanWord: '' });
    expect(same(list([openList([])]))).toEqual({ hanWords: 0, singleHan: 0, longestHan: 0, longestHanWord: '' });
  });

  it('refuses what the decoding reader refuses, with the same message', () => {
    const bad: [number[] | Uint8Array, string][] = [
      [uint(5), 'unexpected Pagefind chunk layout: expected [words]'],
      [list([]), 'unexpected Pagefind chunk layout: expected [words]'],
      [openList([]), 'unexpected Pagefind chunk layout: expected [words]'],
      [list([uint(5)]), 'unexpected Pagefind chunk layout: expected [words]'],
      [list([list([list([text('x'), uint(5)])])]), 'unexpected Pagefind word layout at 0: expected [text, pages, variants]'],
      [list([list([word('a', []), list([uint(5), list([]), list([])])])]), 'unexpected Pagefind word layout at 1: expected [text, pages, variants]'],
      [list([list([uint(5)])]), 'unexpected Pagefind word layout at 0'],
      [list([list([list([text('a')])])]), 'unexpected Pagefind word layout at 0'],
      [list([list([openList([text('a')])])]), 'unexpected Pagefind word layout at 0'],
      [list([list([list([])])]), 'unexpected Pagefind word layout at 0'],
      [list([list([openList([])])]), 'unexpected Pagefind word layout at 0'],
      [list([list([word('诫', [uint(5)])])]), 'unexpected Pagefind page layout in word "诫"'],
      [list([list([word('诫', [list([text('0'), list([])])])])]), 'unexpected Pagefind page layout in word "诫"'],
      [list([list([word('诫', [list([uint(0), uint(5)])])])]), 'unexpected Pagefind page layout in word "诫"'],
      [list([list([word('诫', [list([uint(0)])])])]), 'unexpected Pagefind page layout in word "诫"'],
      [list([list([word('诫', [openList([uint(0)])])])]), 'unexpected Pagefind page layout in word "诫"'],
      [list([list([word('诫', [list([])])])]), 'unexpected Pagefind page layout in word "诫"'],
      [list([list([word('诫', [openList([])])])]), 'unexpected Pagefind page layout in word "诫"'],
    ];
    for (const [body, message] of bad) {
      const c = chunkOf([...body]);
      // The message read from the error itself: toThrow(string) also passes when `undefined` is thrown.
      expect(messageOf(() => decodeIndexChunk(c)), message).toContain(message);
      expect(messageOf(() => chunkSegmentation(c)), message).toContain(message);
    }
  });

  it('refuses a chunk without the signature, naming what it found', () => {
    const c = Uint8Array.from([...utf8('pagefind_dce'), ...list([list([])])]);
    expect(messageOf(() => chunkSegmentation(c))).toBe('not a Pagefind chunk: signature "pagefind_dce"');
  });

  it('refuses data cut short and heads it does not read', () => {
    const whole = list([list([word('诫勉', [page(0, [uint(1), uint(2)])])])]);
    for (let cut = 1; cut < whole.length; cut++) expect(() => chunkSegmentation(chunkOf(whole.slice(0, cut))), `cut at ${cut}`).toThrow();
    expect(messageOf(() => chunkSegmentation(chunkOf([])))).toBe('CBOR: unexpected end of data');
    expect(messageOf(() => chunkSegmentation(chunkOf(list([list([word('诫', [page(0, [[0x1c]])])])]))))).toBe('CBOR: unsupported additional info 28');
    expect(messageOf(() => chunkSegmentation(chunkOf([0x9c])))).toBe('CBOR: unsupported additional info 28');
  });
});

describe('mergeSegmentation', () => {
  const r = (hanWords: number, singleHan: number, longestHanWord: string): SegmentationReport => ({ hanWords, singleHan, longestHan: [...longestHanWord].length, longestHanWord });

  it('adds the counts and keeps the first longest word', () => {
    expect(mergeSegmentation([r(3, 1, '诫勉'), r(5, 2, '组织调整'), r(1, 0, '问责方式'), r(2, 2, '诫')])).toEqual({ hanWords: 11, singleHan: 5, longestHan: 4, longestHanWord: '组织调整' });
  });

  it('is what one report over all the words gives', () => {
    const w = (word: string) => ({ word, content: [{ page: 0, positions: [0] }], metaOnly: [] });
    const a = [w('诫'), w('诫勉谈话')];
    const b = [w('组织'), w('问责方式'), w('党')];
    expect(mergeSegmentation([segmentationReport(a), segmentationReport(b)])).toEqual(segmentationReport([...a, ...b]));
  });

  it('of nothing is empty', () => {
    expect(mergeSegmentation([])).toEqual({ hanWords: 0, singleHan: 0, longestHan: 0, longestHanWord: '' });
  });
});
