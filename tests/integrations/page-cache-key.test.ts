/**
 * The build cache's key of a document page (src/data/page-cache.ts) holds
 * everything the page is rendered from, including the versions of a revised
 * document and of its parents (the version list, the 本条于…修改 notes and
 * the 上位条款已修订 marks): a new or changed earlier version must give the
 * page a new key, or a warm build would serve the page without it.
 */
import { describe, expect, it } from 'vitest';
import { getCorpus, type Corpus } from '../../src/data/corpus.ts';
import { documentPageKey } from '../../src/data/page-cache.ts';
import type { RegDocument } from '../../src/lib/document.ts';

const corpus = getCorpus();
const measure = corpus.documents.find((d) => d.meta.parents.length > 0)!;
const parentSlug = measure.meta.parents[0]!.slug;

/** The seed corpus, with `slug` given the versions `earlier` before its current text. */
function withVersions(slug: string, earlier: RegDocument[]): Corpus {
  return { ...corpus, versions: (s) => (s === slug ? [...earlier, corpus.get(s)!] : corpus.versions(s)) };
}

/** An earlier version of `doc`: the same tree under another date, its first text changed by `edit`. */
function earlierVersion(doc: RegDocument, date: string, edit = ''): RegDocument {
  const copy = structuredClone(doc);
  copy.meta = { ...copy.meta, version: date, archived: true };
  const first = copy.root.children.find((c) => c.text);
  if (first) first.text += edit;
  return copy;
}

describe('document page cache key', () => {
  const key = (c: Corpus, doc = measure) => documentPageKey(doc, c, 'code', '');

  it('is the same for the same inputs', () => {
    expect(key(corpus)).toBe(key(corpus));
  });

  it('changes when the document gets an earlier version, or that version changes', () => {
    const one = key(withVersions(measure.meta.slug, [earlierVersion(measure, '2010-01-01')]));
    expect(one).not.toBe(key(corpus));
    expect(key(withVersions(measure.meta.slug, [earlierVersion(measure, '2010-01-01', '（修改）')]))).not.toBe(one);
  });

  it('changes with TIAOWEN_SHARE_PAGES (the 分享链接 buttons are on the page or not)', () => {
    expect(documentPageKey(measure, corpus, 'code', '', 'none')).not.toBe(documentPageKey(measure, corpus, 'code', '', 'articles'));
    expect(documentPageKey(measure, corpus, 'code', '', 'articles')).toBe(key(corpus));
  });

  it("changes when a parent's versions change", () => {
    const parent = corpus.get(parentSlug)!;
    expect(key(withVersions(parentSlug, [earlierVersion(parent, '2010-01-01')]))).not.toBe(key(corpus));
  });
});
