import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { readTopics } from '../../src/data/crosswalk.ts';

/** Each parent's own topics (content/crosswalk/topics), as the site uses them. */
const topics = readTopics();
import { measureFromText } from '../../src/lib/crosswalk/evaluate.ts';

const P = 'ccp-accountability-2016';
const text = [
  '某某学院问责办法',
  '',
  '第一条 为规范问责工作，根据《中国共产党问责条例》，结合实际，制定本办法。',
  '第二条 对党员领导干部的问责，依照《中国共产党问责条例》第七条第二款第（三）项、第（四）项执行。',
  '第三条 学院纪委依照《中国共产党问责条例》第8条和《中华人民共和国公务员法》的规定开展工作。',
  '第四条 有本办法第二条所列情形的，从重处理；依照《中国共产党问责条例》第九十九条处理。',
  '第五条 本办法自印发之日起施行。',
  '',
].join('\n');

describe('citations resolved against the corpus', () => {
  // Built in each test (not while vitest collects the file), so that mutation testing covers the crosswalk per test.
  const built = () => {
    const measure = measureFromText('test-college', text, P);
    // The parent and the measure: what the citations resolve against (the whole seeds cost seconds a build).
    const docs = [getCorpus().get(P)!, measure];
    const cw = buildCrosswalk(docs, [], topics);
    const mine = cw.links.filter((l) => l.from.doc === 'test-college' && l.source === 'citation');
    const refs = cw.references.filter((r) => r.from.doc === 'test-college');
    return { cw, mine, refs };
  };

  it('turns a reference to an article of the parent into a link, at the cited depth', () => {
    const { mine } = built();
    // The relation is the rule's, as for every link: a provision that only refers to the parent
    // article (依照……执行) neither copies it nor adds rules to it: 相关, with the reason.
    expect(mine.map((l) => [l.from.anchor, l.to.anchor, l.relation, l.score])).toEqual([
      ['art-2-para-1', 'art-7-para-2-item-3', 'related', 1],
      ['art-2-para-1', 'art-7-para-2-item-4', 'related', 1],
      ['art-3-para-1', 'art-8', 'related', 1],
    ]);
    for (const l of mine) expect(l.why).toMatch(/^相关 · 保留上位条款文字 \d+%/);
    expect(mine[0]!.evidence[0]).toBe('《中国共产党问责条例》第七条第二款第（三）项');
    expect(mine[1]!.evidence[0]).toBe('第（四）项');
  });

  it('lists every reference: document-level, external, self and unresolvable ones', () => {
    const { refs } = built();
    expect(refs.map((r) => [r.from.anchor, r.raw, r.to, r.external])).toEqual([
      ['art-1-para-1', '《中国共产党问责条例》', { doc: P }, false],
      ['art-2-para-1', '《中国共产党问责条例》第七条第二款第（三）项', { doc: P, anchor: 'art-7-para-2-item-3' }, false],
      ['art-2-para-1', '第（四）项', { doc: P, anchor: 'art-7-para-2-item-4' }, false],
      ['art-3-para-1', '《中国共产党问责条例》第8条', { doc: P, anchor: 'art-8' }, false],
      ['art-3-para-1', '《中华人民共和国公务员法》', null, true],
      ['art-4-para-1', '本办法第二条', { doc: 'test-college', anchor: 'art-2' }, false],
      ['art-4-para-1', '《中国共产党问责条例》第九十九条', { doc: P }, false],
    ]);
  });

  it('a citation and a suggestion of the same pair make one link, sourced as citation', () => {
    const { cw } = built();
    const pairs = cw.links.filter((l) => l.from.doc === 'test-college').map((l) => `${l.from.anchor}→${l.to.anchor}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('《条例》 in the 解读 of the Regulations means the Regulations themselves, not an external document', () => {
    const { cw } = built();
    const own = cw.references.filter((r) => r.from.doc === P && r.title === '条例');
    expect(own.length).toBeGreaterThan(5);
    expect(own.every((r) => r.to?.doc === P && !r.external)).toBe(true);
  });

  it('the seed measures cite the Regulations only as a whole (no article), so they get no citation links', () => {
    const seeds = buildCrosswalk(getCorpus().documents, [], topics);
    expect(seeds.links.filter((l) => l.source === 'citation')).toEqual([]);
    expect(seeds.references.some((r) => r.from.doc === 'rizhao-polytechnic-2017' && r.to?.doc === P && !r.to.anchor)).toBe(true);
  });
});
