/**
 * Citations resolved against a corpus (src/lib/crosswalk/citations.ts) on hand-written documents,
 * without building a crosswalk: titles compared without width, traditional forms and spaces, a
 * title shared by two documents resolving to the first by slug, a short name the citing
 * document's own title ends with meaning itself, each reference attributed to the nearest provision
 * with an id (none from the title line), and a link for each cited provision of another document
 * (`implements` to a parent, `related` otherwise, before the relation rule decides). Expectations
 * by hand.
 */
import { describe, expect, it } from 'vitest';
import { citationsOf, isOwnShortName, normaliseTitle, titleIndex } from '../../src/lib/crosswalk/citations.ts';
import { measureFromText } from '../../src/lib/crosswalk/evaluate.ts';
import { parent } from '../fixtures/search-corpus.ts';

const P = parent.meta.slug; // 中国共产党问责条例 (问责条例), articles 6 and 7
const dup = (slug: string) => measureFromText(slug, '重复文件\n\n第一条 甲。\n', 'none');
const measure = () =>
  measureFromText(
    'm-college',
    [
      '关于贯彻《中国共产党问责条例》的学院问责办法',
      '',
      '第一条 问责方式如下：',
      '（一）通报；',
      '（二）诫勉。',
      '第二条 依照《问責條例》第六条执行。',
      '第三条 依照本办法第一条第（二）项执行。',
      '第四条 参照《重复文件》第一条和《中华人民共和国公务员法》。',
      '第五条 本《问责办法》和《条例》自印发之日起施行。',
      '第六条 依照《问责 条例》第七条执行。',
      '',
    ].join('\n'),
    P,
  );

describe('titles', () => {
  it('compares titles without width, traditional forms and spaces', () => {
    expect(normaliseTitle(' 中國共產黨\n问责　条例 ')).toBe('中国共产党问责条例');
    expect(normaliseTitle('ＡＢ 1')).toBe('AB1');
  });

  it('resolves a title shared by two documents to the first by slug, whatever their order', () => {
    expect(titleIndex([dup('b-dup'), dup('a-dup')]).get('重复文件')!.meta.slug).toBe('a-dup');
    expect(titleIndex([dup('a-dup'), dup('b-dup')]).get('重复文件')!.meta.slug).toBe('a-dup');
    const ix = titleIndex([parent]);
    expect(ix.get('中国共产党问责条例')).toBe(parent);
    expect(ix.get('问责条例')).toBe(parent);
  });

  it('takes a short name of at most four characters that its own title ends with as the document itself', () => {
    const m = measure();
    expect(isOwnShortName('问责办法', m)).toBe(true);
    expect(isOwnShortName('院问责办法', m)).toBe(false);
    expect(isOwnShortName('条例', m)).toBe(false);
    expect(isOwnShortName('问责 办法', m)).toBe(true);
  });
});

describe('citationsOf', () => {
  it('lists every reference at the nearest provision with an id, and links the provisions of other documents', () => {
    const m = measure();
    const { references, links } = citationsOf(m, titleIndex([dup('b-dup'), parent, m, dup('a-dup')]));
    expect(references.map((r) => [r.from.anchor, r.raw, r.title ?? null, r.to, r.external])).toEqual([
      ['art-2-para-1', '《问責條例》第六条', '问責條例', { doc: P, anchor: 'art-6' }, false],
      ['art-3-para-1', '本办法第一条第（二）项', null, { doc: 'm-college', anchor: 'art-1-para-1-item-2' }, false],
      ['art-4-para-1', '《重复文件》第一条', '重复文件', { doc: 'a-dup', anchor: 'art-1' }, false],
      ['art-4-para-1', '《中华人民共和国公务员法》', '中华人民共和国公务员法', null, true],
      ['art-5-para-1', '《问责办法》', '问责办法', { doc: 'm-college' }, false],
      ['art-5-para-1', '《条例》', '条例', null, true],
      ['art-6-para-1', '《问责 条例》第七条', '问责 条例', { doc: P, anchor: 'art-7' }, false],
    ]);
    expect(references.every((r) => r.from.doc === 'm-college')).toBe(true);
    expect(links).toEqual([
      { from: { doc: 'm-college', anchor: 'art-2-para-1' }, to: { doc: P, anchor: 'art-6' }, relation: 'implements', source: 'citation', score: 1, evidence: ['《问責條例》第六条'] },
      { from: { doc: 'm-college', anchor: 'art-4-para-1' }, to: { doc: 'a-dup', anchor: 'art-1' }, relation: 'related', source: 'citation', score: 1, evidence: ['《重复文件》第一条'] },
      { from: { doc: 'm-college', anchor: 'art-6-para-1' }, to: { doc: P, anchor: 'art-7' }, relation: 'implements', source: 'citation', score: 1, evidence: ['《问责 条例》第七条'] },
    ]);
  });
});
