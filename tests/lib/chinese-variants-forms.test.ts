/**
 * Folding traditional Chinese (src/lib/chinese-variants.ts): the module promises that Taiwan and Hong Kong
 * forms are both folded, and that a text is returned at once only when no conversion could change it. The
 * characters below change only through one of the two regional dictionaries, or only inside a word (OpenCC's
 * phrase tables): a text made of them alone must still come back simplified. Expected forms as in the 《通用
 * 规范汉字表》 (痹, 檐, 睾; 卫, 叙, 妆, 粽, 台; 了解, 苏醒, 借口, 沉默).
 */
import { describe, expect, it } from 'vitest';
import { hasTraditional, toSimplified } from '../../src/lib/chinese-variants.ts';

describe('toSimplified: forms only one dictionary or one word changes', () => {
  it('Taiwan forms', () => {
    expect(['麻痺', '屋簷', '睪丸'].map(toSimplified)).toEqual(['麻痹', '屋檐', '睾丸']);
  });

  it('Hong Kong forms', () => {
    expect(['衞生', '敍述', '梳粧', '糭子', '枱'].map(toSimplified)).toEqual(['卫生', '叙述', '梳妆', '粽子', '台']);
  });

  it('characters that change only inside a word', () => {
    expect(['瞭解', '甦醒', '藉口', '沈默'].map(toSimplified)).toEqual(['了解', '苏醒', '借口', '沉默']);
    expect(['瞭解', '沈默'].map(hasTraditional)).toEqual([true, true]);
  });

  it('the same character count, so offsets stay offsets into the text as written', () => {
    for (const t of ['麻痺', '衞生', '瞭解', '屋簷下的枱']) expect([...toSimplified(t)].length).toBe([...t].length);
  });
});
