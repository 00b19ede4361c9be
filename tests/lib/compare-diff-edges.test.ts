/**
 * The character diff of compare (src/lib/compare/diff.ts) at its edges, expectations worked out by
 * hand from README "Compare": which shared runs are folded into the changes around them (at most
 * CLEANUP_MAX_EQUAL characters and no longer than the edits on both sides, one character always,
 * never across a line break, repeated until nothing folds), what counts as the same character, and
 * how similarity and its bound treat whitespace and empty texts.
 */
import { describe, expect, it } from 'vitest';
import { CLEANUP_MAX_EQUAL, diffText, foldChar, foldedText, sameText, similarityBound } from '../../src/lib/compare/diff.ts';

const ops = (old: string, now: string) => diffText(old, now).segments.map((s) => `${s.op}:${s.old}>${s.new}`);

describe('folding short shared runs into the changes around them', () => {
  it('keeps two shared characters between one-character edits, folds them between edits of two', () => {
    expect(ops('甲乙丙丁戊', '己乙丙庚戊')).toEqual(['change:甲>己', 'equal:乙丙>乙丙', 'change:丁>庚', 'equal:戊>戊']);
    expect(ops('甲甲乙丙丁丁戊', '己己乙丙庚庚戊')).toEqual(['change:甲甲乙丙丁丁>己己乙丙庚庚', 'equal:戊>戊']);
  });

  it('folds a run of CLEANUP_MAX_EQUAL characters between long edits, never a longer one', () => {
    expect(CLEANUP_MAX_EQUAL).toBe(6);
    expect(ops('甲甲甲甲甲甲一二三四五六乙乙乙乙乙乙', '丙丙丙丙丙丙一二三四五六丁丁丁丁丁丁')).toEqual(['change:甲甲甲甲甲甲一二三四五六乙乙乙乙乙乙>丙丙丙丙丙丙一二三四五六丁丁丁丁丁丁']);
    expect(ops('甲甲甲甲甲甲甲一二三四五六七乙乙乙乙乙乙乙', '丙丙丙丙丙丙丙一二三四五六七丁丁丁丁丁丁丁')).toEqual([
      'change:甲甲甲甲甲甲甲>丙丙丙丙丙丙丙',
      'equal:一二三四五六七>一二三四五六七',
      'change:乙乙乙乙乙乙乙>丁丁丁丁丁丁丁',
    ]);
  });

  it('folds again until nothing is left to fold', () => {
    expect(ops('甲乙丙丁戊', '己乙庚丁辛')).toEqual(['change:甲乙丙丁戊>己乙庚丁辛']);
  });

  it('never folds across a line break, and leaves a shared run at either end alone', () => {
    expect(ops('甲\n丁', '己\n庚')).toEqual(['change:甲>己', 'equal:\n>\n', 'change:丁>庚']);
    expect(ops('乙甲', '乙己')).toEqual(['equal:乙>乙', 'change:甲>己']);
  });
});

describe('inserted and deleted text', () => {
  it('leaves out changes of whitespace only', () => {
    const d = diffText('甲乙', '甲 乙');
    expect(d.segments.map((s) => s.op)).toEqual(['equal', 'change', 'equal']);
    expect([d.inserted, d.deleted, d.similarity]).toEqual([[], [], 1]);
    const only = diffText('甲乙丙', '甲乙丙丁');
    expect([only.inserted, only.deleted]).toEqual([['丁'], []]);
  });

  it('gives both whole texts when the diff is skipped, blank ones left out', () => {
    const d = diffText('甲乙丙', '  ', { minSimilarity: 0.5 });
    expect([d.exact, d.similarity, d.inserted, d.deleted]).toEqual([false, 0, [], ['甲乙丙']]);
    expect(diffText('  ', '甲乙丙', { minSimilarity: 0.5 }).inserted).toEqual(['甲乙丙']);
  });

  it('computes the diff when the bound equals the minimum', () => {
    const d = diffText('甲乙', '甲丙', { minSimilarity: 0.5 });
    expect(d.exact).toBe(true);
    expect(d.similarity).toBe(0.5);
    expect(d.inserted).toEqual(['丙']);
  });
});

describe('similarity', () => {
  it('counts the shared characters of the base side without whitespace', () => {
    expect(diffText('甲 乙丙', '甲 乙丁').similarity).toBeCloseTo(2 / 3, 12);
    expect(diffText('', '').similarity).toBe(1);
    expect(diffText('', '').segments).toEqual([]);
  });

  it('bounds it by the characters both texts have, folded, whitespace aside', () => {
    expect(similarityBound('', '')).toBe(1);
    expect(similarityBound('  ', '\n')).toBe(1);
    expect(similarityBound('甲 乙', '乙甲')).toBe(1);
    expect(similarityBound('“甲”', '"甲"')).toBe(1);
    expect(similarityBound('甲甲', '甲乙')).toBe(0.5);
    expect(similarityBound('甲', '')).toBe(0);
  });
});

describe('the same character', () => {
  it('folds width and quotes, but not a character NFKC would turn into several', () => {
    expect(foldChar('Ａ')).toBe('A');
    expect(foldChar('「')).toBe('"');
    expect(foldChar('’')).toBe("'");
    expect(foldChar('㈠')).toBe('㈠');
    expect(foldedText(' 检查，\n通报 ')).toBe('检查,通报');
    expect(sameText('『甲』', '"甲"')).toBe(true);
  });
});
