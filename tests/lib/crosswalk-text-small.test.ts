/**
 * Text features of the crosswalk (src/lib/crosswalk/text.ts) on short hand-written texts: n-grams
 * inside clauses (grams made only of the number placeholder # skipped), fixed-length gram sets,
 * and the phrases two texts share as a reader would quote them (maximal covered runs, function
 * characters trimmed at the edges, a cut inside a word widened to the word's edge, no phrase with a
 * number in it, heaviest then longest first, none contained in a longer one). Expectations by hand.
 */
import { describe, expect, it } from 'vitest';
import { clauses, gramCounts, gramKeys, gramSet, sharedPhrases } from '../../src/lib/crosswalk/text.ts';

const one = () => 1;

describe('grams', () => {
  it('skips grams made only of #, keeps grams with # and a character', () => {
    // 2016 and 二○○九 (before 年) both become #: the clause is ##年
    expect(clauses('2016二○○九年')).toEqual(['##年']);
    expect([...gramCounts('2016二○○九年').keys()]).toEqual(['#年', '##年']);
    expect([...gramKeys('2016年2017')]).toEqual(['#年', '年#', '#年#']);
  });

  it('keeps only the grams `keep` accepts, all without it', () => {
    expect([...gramKeys('追究责任', (g) => g.startsWith('追'))]).toEqual(['追究', '追究责', '追究责任']);
    expect([...gramKeys('追究责任')]).toEqual(['追究', '究责', '责任', '追究责', '究责任', '追究责任']);
    expect(gramKeys('追究责任', () => false).size).toBe(0);
  });

  it('gramSet: the n-grams of each clause, the whole clause when it is n long', () => {
    expect([...gramSet('问责问责', 2)]).toEqual(['问责', '责问']);
    expect([...gramSet('问责问责', 4)]).toEqual(['问责问责']);
    expect([...gramSet('问责问责，诫勉', 2)]).toEqual(['问责', '责问', '诫勉']);
    expect(gramSet('问责', 3).size).toBe(0);
  });
});

describe('sharedPhrases', () => {
  it('quotes the maximal run the shared grams cover, weighed by its pairs', () => {
    expect(sharedPhrases('严肃追究责任', gramKeys('必须追究责任'), one)).toEqual(['追究责任']);
  });

  it('trims function characters at the edges', () => {
    expect(sharedPhrases('对领导干部的问责', gramKeys('对领导干部的问责'), one)).toEqual(['领导干部的问责']);
    expect(sharedPhrases('问责的', gramKeys('问责的'), one)).toEqual(['问责']);
  });

  it('widens a cut inside a word by one character to the word’s edge', () => {
    // shared: 追究责 (or 究责任); the word is 责任 (or 追究)
    expect(sharedPhrases('严肃追究责任', gramKeys('追究责'), one)).toEqual(['追究责任']);
    expect(sharedPhrases('严肃追究责任', gramKeys('究责任'), one)).toEqual(['追究责任']);
  });

  it('quotes no phrase with a number in it, and no grams made only of #', () => {
    expect(sharedPhrases('规定在30日内办结', gramKeys('规定在30日内办结'), one)).toEqual([]);
    expect(sharedPhrases('2016二○○九年', new Set(['##', '##年']), one)).toEqual([]);
  });

  it('leaves out a phrase shorter than minLength, and a two-character one lighter than shortWeight', () => {
    const other = new Set(['予以']);
    expect(sharedPhrases('予以整改落实', other, one)).toEqual(['予以']);
    expect(sharedPhrases('予以整改落实', other, one, { shortWeight: 2 })).toEqual([]);
    expect(sharedPhrases('予以整改落实', other, () => 2, { shortWeight: 2 })).toEqual(['予以']);
    expect(sharedPhrases('予以整改落实', other, one, { minLength: 3 })).toEqual([]);
  });

  it('covers only grams at least minWeight heavy, and keeps a phrase whose pairs weigh at least that', () => {
    const w = (g: string) => (g.startsWith('追') ? 3 : 1);
    const other = gramKeys('追究责任 报告情况');
    // 追究责任 = 3 + 1 + 1; 报告情况 = 1 + 1 + 1
    expect(sharedPhrases('严肃追究责任，及时报告情况', other, w)).toEqual(['追究责任', '报告情况']);
    // at minWeight 2 only grams starting with 追 cover: 追究责任 still (its 4-gram), 报告情况 not
    expect(sharedPhrases('严肃追究责任，及时报告情况', other, w, { minWeight: 2 })).toEqual(['追究责任']);
    // a phrase lighter than minWeight is left out: 报告情况 weighs 3
    expect(sharedPhrases('及时报告情况', other, one, { minWeight: 1 })).toEqual(['报告情况']);
    expect(sharedPhrases('及时报告情况', other, (g) => (g === '报告情况' ? 4 : 1), { minWeight: 4 })).toEqual([]);
  });

  it('ranks heavier, then longer, then in code-point order; drops phrases inside a longer one; at most max', () => {
    const other = gramKeys('追究责任 报告情况 通报');
    // equal weights and lengths: 报 (U+62A5) before 追 (U+8FFD)
    expect(sharedPhrases('严肃追究责任，及时报告情况', other, one)).toEqual(['报告情况', '追究责任']);
    expect(sharedPhrases('严肃追究责任，及时报告情况', other, one, { max: 1 })).toEqual(['报告情况']);
    // 通报 (weight 1) after the longer ones; 追究 inside 追究责任 dropped
    expect(sharedPhrases('追究责任，通报，追究', other, one)).toEqual(['追究责任', '通报']);
    expect(sharedPhrases('通报，追究责任', other, one)).toEqual(['追究责任', '通报']);
    // the same phrase twice is quoted once
    expect(sharedPhrases('追究责任，追究责任', other, one)).toEqual(['追究责任']);
  });

  it('finds nothing when nothing is shared', () => {
    expect(sharedPhrases('严肃追究责任', new Set(), one)).toEqual([]);
    expect(sharedPhrases('', gramKeys('追究责任'), one)).toEqual([]);
  });
});
