/**
 * One text as one whole-file document (src/lib/ingest/corpus-check.ts, used by `npm run corpus-check`
 * and the robustness tests): the slug and source it is given, accepted or refused with the first error,
 * the article count against an expected one, the summary, and the lossless comparison with the file.
 * Small texts built in each test (corpus-robustness.test.ts runs the real corpus).
 */
import { describe, expect, it } from 'vitest';
import { buildWholeFile, checkCorpusText, losslessMismatch, summarise, type CorpusFileResult } from '../../../src/lib/ingest/corpus-check.ts';

describe('buildWholeFile', () => {
  it('the slug is the file name without extension, lower case, other characters as single hyphens, none at either end', () => {
    expect(buildWholeFile('Lrb 0001.TXT', '某办法\n第一条 甲。').doc.meta.slug).toBe('lrb-0001');
    expect(buildWholeFile('-A__b--c-.txt', '某办法\n第一条 甲。').doc.meta.slug).toBe('a-b-c');
    expect(buildWholeFile('规定.txt', '某办法\n第一条 甲。').doc.meta.slug).toBe('document');
  });

  it('the source is named as a .txt file, the document spans every line (one for an empty text)', () => {
    expect(buildWholeFile('a.txt', '某办法\n第一条 甲。\n').doc.meta.source).toEqual({ file: 'a.txt', from: 1, to: 2 });
    expect(buildWholeFile('a.md', '某办法\n第一条 甲。').doc.meta.source).toEqual({ file: 'a.md.txt', from: 1, to: 2 });
    const empty = buildWholeFile('e.txt', '');
    expect(empty.doc.meta.source).toEqual({ file: 'e.txt', from: 1, to: 1 });
    expect(empty.diagnostics.map((d) => d.ruleId)).toEqual(['empty', 'no-provisions']);
  });
});

describe('checkCorpusText and summarise', () => {
  it('an accepted text: no error, its articles counted (第N条之一 too), the expected count kept', () => {
    expect(checkCorpusText('x.txt', '某条例\n第一条 甲。\n第一条之一 乙。\n第二条 丙。', 3)).toEqual({ file: 'x.txt', errors: 0, articles: 3, expected: 3 });
    expect(checkCorpusText('x.txt', '某条例\n第一条 甲。')).toEqual({ file: 'x.txt', errors: 0, articles: 1 });
    expect(checkCorpusText('x.txt', '某条例\n第一条 甲。', 0)).toEqual({ file: 'x.txt', errors: 0, articles: 1, expected: 0 });
  });

  it('a refused text: the number of errors and the first, with file:line, severity and rule', () => {
    const r = checkCorpusText('x.txt', '某条例\n2010年5月1日某市人民代表大会常务委员会通过', 2);
    expect(r).toMatchObject({ file: 'x.txt', errors: 1, articles: 0, expected: 2 });
    expect(r.error).toBe(
      'x.txt:1: error: x: nothing to publish in lines 1-2: it holds the title “某条例” (line 1), 1 line(s) of 文号, dates or adoption history, but no text of the regulation itself (no articles 第一条…, sections 一、… or paragraphs). Add the missing text to the source, or leave this document out (remove it from content/sources/manifest.yaml) [no-provisions]',
    );
    expect(checkCorpusText('e.txt', '').errors).toBe(2);
  });

  it('the summary: files, accepted, refused, exact (accepted with the expected count), unindexed (accepted without one)', () => {
    const r = (file: string, articles: number, expected?: number, error?: string): CorpusFileResult => ({ file, errors: error ? 1 : 0, articles, ...(error ? { error } : {}), ...(expected !== undefined ? { expected } : {}) });
    expect(summarise([r('a', 3, 3), r('b', 2, 3), r('c', 4), r('d', 0, 0, 'x'), r('e', 0, undefined, 'y'), r('f', 0, 0)])).toEqual({ files: 6, accepted: 4, refused: 2, exact: 2, unindexed: 1 });
    expect(summarise([])).toEqual({ files: 0, accepted: 0, refused: 0, exact: 0, unindexed: 0 });
  });
});

describe('losslessMismatch', () => {
  it('null when the tree publishes the file minus its excluded lines, whitespace and zero-width spaces aside', () => {
    const text = '某条例\n目 录\n第一章 总则 第二章 附则\n第一章 总则\n第一条 甲\u3000乙。\u200b\n\n第二章 附则\n第二条 丙。';
    const { doc } = buildWholeFile('t.txt', text);
    expect(doc.excluded.map((e) => [e.from, e.to])).toEqual([
      [2, 2],
      [3, 3],
    ]);
    expect(losslessMismatch(doc, text)).toBeNull();
  });

  it('where the published text and the file first differ, 30 characters of each from there', () => {
    const text = '某条例\n第一条 甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃。\n第二条 乙。';
    const { doc } = buildWholeFile('t.txt', text);
    const longer = text.replace('第二条 乙。', '第二条 乙丙。');
    expect(losslessMismatch(doc, longer)).toEqual({ at: 45, published: '。', source: '丙。' });
    const changed = text.replace('甲乙', '甲甲');
    expect(losslessMismatch(doc, changed)).toEqual({ at: 7, published: '乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日', source: '甲丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日' });
  });

  it('a line excluded only in part still counts: its remaining text must be published', () => {
    const text = '某条例\n第一条 甲。';
    const { doc } = buildWholeFile('t.txt', text);
    const withPart = { ...doc, excluded: [{ from: 2, to: 2, reason: 'part', text: '甲' }] };
    expect(losslessMismatch(withPart, text)).toBeNull();
    const whole = { ...doc, excluded: [{ from: 2, to: 2, reason: 'whole line' }] };
    expect(losslessMismatch(whole, text)).toEqual({ at: 3, published: '第一条甲。', source: '' });
  });
});
