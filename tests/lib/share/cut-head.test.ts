/**
 * cutAt segments only the head of a long text (src/lib/share/provision-share.ts): its result must be
 * what segmenting the whole text gives, whatever the text — long graphemes (combining marks, emoji
 * joined by ZWJ, runs of regional indicators), astral characters cut in two by the head, white space.
 */
import { describe, expect, it } from 'vitest';
import { cutAt, OPENING_LENGTH } from '../../../src/lib/share/provision-share.ts';

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/** cutAt as it was: every grapheme of the whole text. */
function reference(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(flat)) {
    if (kept.length === max) return `${kept.join('').trimEnd()}…`;
    kept.push(segment);
  }
  return kept.join('');
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['字', '条', '𠀋', '\u0301', '\u200d', '👩', '🏻', '🇨', '🇳', ' ', '\n', '　', 'a', '\ud840'];

describe('cutAt on long texts', () => {
  it('gives what segmenting the whole text gives', () => {
    const next = random(20261130);
    let cut = 0;
    for (let k = 0; k < 3000; k++) {
      const max = [1, 3, 10, OPENING_LENGTH][k % 4]!;
      const length = Math.floor(next() * 12 * (max + 1));
      // some texts lean on one piece, so that long graphemes and runs occur
      const lean = PIECES[Math.floor(next() * PIECES.length)]!;
      let text = '';
      for (let i = 0; i < length; i++) text += next() < 0.5 ? lean : PIECES[Math.floor(next() * PIECES.length)]!;
      const got = cutAt(text, max);
      expect(got, JSON.stringify({ text, max })).toBe(reference(text, max));
      if (got.endsWith('…')) cut++;
    }
    expect(cut).toBeGreaterThan(1000);
  });

  it('looks past the head when its first grapheme is longer than the head', () => {
    const long = `a${'\u0301'.repeat(2000)}`;
    expect(cutAt(`${long}乙丙`, 2)).toBe(`${long}乙…`);
    expect(cutAt(`${long}乙`, 2)).toBe(`${long}乙`);
    const flags = '🇨🇳'.repeat(400);
    expect(cutAt(flags, OPENING_LENGTH)).toBe(reference(flags, OPENING_LENGTH));
  });
});
