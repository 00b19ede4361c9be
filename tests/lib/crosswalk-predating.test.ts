/**
 * Measures dated before their parent (`predatingMeasures`, src/lib/crosswalk/coverage.ts: the
 * measure's issue date, else its entry into force, against the parent's entry into force, else its
 * issue date; undated ones left out; earliest first, then by slug), and the coverage of a measure
 * that names a parent outside the corpus. Small hand-built documents, expectations by hand.
 */
import { describe, expect, it } from 'vitest';
import { coverage, predatingMeasures, unitAnchorOf } from '../../src/lib/crosswalk/coverage.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { docMeta } from '../../src/schemas/meta.ts';
import { local, parent } from '../fixtures/search-corpus.ts';

function doc(slug: string, dates: { issued?: string; effective?: string }, parents: string[] = []): RegDocument {
  return {
    meta: docMeta.parse({ slug, title: `${slug}办法`, shortTitle: slug, class: '党内规范性文件', ...dates, parents: parents.map((p) => ({ slug: p })), source: { file: `${slug}.txt`, from: 1, to: 1 } }),
    root: { kind: 'document', text: '', line: 1, children: [] },
    aliases: {},
    excluded: [],
    corrections: [],
  };
}

const slugs = (docs: RegDocument[]) => predatingMeasures(docs).map((p) => [p.measure.meta.slug, p.parent.meta.slug, p.measureDate, p.parentDate]);

describe('predatingMeasures', () => {
  it('compares the measure’s issue date with the parent’s entry into force, earliest first', () => {
    const p = doc('p', { issued: '2016-07-08', effective: '2016-07-17' });
    const docs = [p, doc('m-late', { issued: '2016-07-10' }, ['p']), doc('m-early', { issued: '2010-01-01' }, ['p']), doc('m-mid', { issued: '2012-05-05', effective: '2017-01-01' }, ['p'])];
    // m-late was issued after the parent was issued but before it came into force
    expect(slugs(docs)).toEqual([
      ['m-early', 'p', '2010-01-01', '2016-07-17'],
      ['m-mid', 'p', '2012-05-05', '2016-07-17'],
      ['m-late', 'p', '2016-07-10', '2016-07-17'],
    ]);
  });

  it('falls back to the measure’s entry into force and the parent’s issue date', () => {
    const p = doc('p', { issued: '2016-07-08' });
    expect(slugs([p, doc('m', { effective: '2015-03-01' }, ['p'])])).toEqual([['m', 'p', '2015-03-01', '2016-07-08']]);
  });

  it('leaves out measures of the same day or later, undated ones, and parents outside the corpus or undated', () => {
    const p = doc('p', { issued: '2016-07-08' });
    const q = doc('q', {});
    expect(slugs([p, q, doc('same-day', { issued: '2016-07-08' }, ['p']), doc('later', { issued: '2017-01-01' }, ['p']), doc('undated', {}, ['p']), doc('to-q', { issued: '2001-01-01' }, ['q'])])).toEqual([]);
    // a measure naming a parent outside the corpus and one inside: only the one inside counts
    expect(slugs([p, doc('two', { issued: '2001-01-01' }, ['absent', 'p'])])).toEqual([['two', 'p', '2001-01-01', '2016-07-08']]);
  });

  it('orders measures of the same date by slug', () => {
    const p = doc('p', { issued: '2016-07-08' });
    const docs = [p, doc('c', { issued: '2010-01-01' }, ['p']), doc('a', { issued: '2011-01-01' }, ['p']), doc('b', { issued: '2010-01-01' }, ['p']), doc('d', { issued: '2010-01-01' }, ['p'])];
    expect(slugs(docs).map((r) => r[0])).toEqual(['b', 'c', 'd', 'a']);
    expect(slugs([...docs].reverse()).map((r) => r[0])).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('coverage of a measure naming a parent outside the corpus', () => {
  it('covers only the parent in the corpus', () => {
    const two = { ...local, meta: { ...local.meta, parents: [{ slug: 'absent-parent' }, ...local.meta.parents] } } as RegDocument;
    const r = coverage([parent, two], []);
    expect(r.measures.map((m) => [m.doc.meta.slug, m.parent.meta.slug])).toEqual([[local.meta.slug, parent.meta.slug]]);
  });
});

describe('unitAnchorOf', () => {
  it('gives the longest unit holding the anchor whatever the order of the units', () => {
    expect(unitAnchorOf('sec-1-para-2-item-1', [{ anchor: 'sec-1-para-2' }, { anchor: 'sec-1' }])).toBe('sec-1-para-2');
    expect(unitAnchorOf('sec-1-para-2-item-1', [{ anchor: 'sec-1' }, { anchor: 'sec-1-para-2' }])).toBe('sec-1-para-2');
  });
});
