/**
 * The parent data of the draft check (src/lib/draft/parent-data.ts) names the parent asked for even
 * when another document sorts first, and a draft's article keeps its heading in the plain result.
 * Built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { readTopics } from '../../../src/data/crosswalk.ts';
import { loadTopics } from '../../../src/lib/crosswalk/topics.ts';
import { DraftChecker, draftResult } from '../../../src/lib/draft/analyse.ts';
import { parentPayload } from '../../../src/lib/draft/parent-data.ts';

const PARENT = 'ccp-accountability-2016';

describe('parent data with another document first', () => {
  it('holds the parent asked for, not the first document', () => {
    const docs = getCorpus().documents;
    const other = docs.find((d) => d.meta.slug !== PARENT)!;
    const first = { ...other, meta: { ...other.meta, slug: 'aaa-first', parents: [] } };
    const payload = parentPayload(PARENT, [first, ...docs], loadTopics(readTopics()));
    expect(payload.doc.meta.slug).toBe(PARENT);
    expect(payload.version).toBe(1);
  });

  it('keeps an article’s heading in the plain result of a draft', () => {
    const checker = new DraftChecker(parentPayload(PARENT, getCorpus().documents, loadTopics(readTopics())));
    const r = draftResult(checker.analyse('某某办法\n第一条【目的】为了规范问责工作，制定本办法。\n第二条 本办法自印发之日起施行。'));
    expect(r.articles.map((a) => [a.anchor, a.heading])).toEqual([
      ['art-1', '【目的】'],
      ['art-2', undefined],
    ]);
    expect(r.articles[1]).not.toHaveProperty('heading');
  });
});
