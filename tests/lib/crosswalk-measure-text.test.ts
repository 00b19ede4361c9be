/**
 * A measure built from plain text (`measureFromText`, src/lib/crosswalk/evaluate.ts), as
 * `npm run ingest -- FILE.txt --slug S --parent P` would build it: the quality sets and the blind
 * sets build their measures this way. Expectations worked out from the text by hand.
 */
import { describe, expect, it } from 'vitest';
import { measureFromText } from '../../src/lib/crosswalk/evaluate.ts';

describe('measureFromText', () => {
  it('reads every line of the text: title, articles, the parent named, the source as <slug>.txt', () => {
    const d = measureFromText('x-measure', '某某学院问责办法\n\n第一条 为规范问责工作，制定本办法。\n第二条 本办法自印发之日起施行。\n', 'ccp-accountability-2016');
    expect(d.meta.slug).toBe('x-measure');
    expect(d.meta.title).toBe('某某学院问责办法');
    expect(d.meta.parents).toEqual([{ slug: 'ccp-accountability-2016' }]);
    // four lines (the last newline ends line 4)
    expect(d.meta.source).toEqual({ file: 'x-measure.txt', from: 1, to: 4 });
    expect(d.root.children.map((c) => [c.kind, c.id ?? null, c.line])).toEqual([
      ['title', null, 1],
      ['article', 'art-1', 3],
      ['article', 'art-2', 4],
    ]);
    expect(d.root.children[2]!.children.map((c) => c.text)).toEqual(['本办法自印发之日起施行。']);
  });

  it('names the source file given, and takes an empty text as one empty line', () => {
    expect(measureFromText('z', '第一条 甲。', 'p', 'in/z.txt').meta.source).toEqual({ file: 'in/z.txt', from: 1, to: 1 });
    const empty = measureFromText('y', '', 'p');
    expect(empty.meta.source).toEqual({ file: 'y.txt', from: 1, to: 1 });
    expect(empty.meta.parents).toEqual([{ slug: 'p' }]);
    expect(empty.root.children).toEqual([]);
  });
});
