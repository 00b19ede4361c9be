/** /regulations/<slug>.json of a small hand-made document: the published schema, the tree as exported, the crosswalk from both sides. */
import { describe, expect, it } from 'vitest';
import { documentExportOf, documentJson } from '../../../src/lib/export/document-json.ts';
import { documentExport } from '../../../src/schemas/document-export.ts';
import { smallDoc } from './small-doc.ts';

const doc = () => smallDoc({ shortTitle: '某某办法', effective: null, provisional: null, status: 'in-force', parents: [{ slug: 'parent', version: '2016-07-08' }, { slug: 'other' }] } as never);
const links = [
  { from: { doc: 'mou-banfa', anchor: 'art-1' }, to: { doc: 'parent', anchor: 'art-3' }, relation: 'implements' as const, source: 'suggested' as const, score: 0.8, why: '细化', kept: 0.4, added: ['本办法'], dropped: ['本条例'] },
  { from: { doc: 'child', anchor: 'art-9' }, to: { doc: 'mou-banfa', anchor: 'art-2' }, relation: 'restates' as const, source: 'curated' as const, score: 1 },
  { from: { doc: 'x', anchor: 'art-1' }, to: { doc: 'y', anchor: 'art-1' }, relation: 'related' as const, source: 'citation' as const, score: 0.5 },
];

describe('documentExportOf', () => {
  // Exported inside each test (not while vitest collects the file), so mutation testing covers it per test.
  const exported = () => documentExportOf(doc(), links);

  it('satisfies the published JSON schema', () => {
    const data = exported();
    expect(documentExport.safeParse(JSON.parse(JSON.stringify(data))).error).toBeUndefined();
  });

  it('carries the metadata, the page path and the parents with their pinned versions', () => {
    const data = exported();
    expect(data.version).toBe(1);
    expect(data.path).toBe('/regulations/mou-banfa/');
    expect(data.meta).toMatchObject({ title: '某某办法', issuer: '中共某某委员会', docNumber: '某发〔2020〕1号', issued: '2020-03-05', status: 'in-force' });
    expect(data.meta.parents).toEqual([{ slug: 'parent', version: '2016-07-08' }, { slug: 'other' }]);
    expect(data.meta).not.toHaveProperty('version');
  });

  it('exports each provision with anchor, number, heading, text and table cells, in schema key order', () => {
    const data = exported();
    const chapter = data.provisions[1]!;
    expect(Object.keys(chapter).filter((k) => (chapter as Record<string, unknown>)[k] !== undefined)).toEqual(['kind', 'id', 'num', 'heading', 'text', 'children']);
    expect([chapter.kind, chapter.id, chapter.num, chapter.heading]).toEqual(['chapter', 'chp-1', '第一章', '总则']);
    const item = chapter.children[1]!.children[0]!.children[0]!;
    expect(item).toMatchObject({ kind: 'item', id: 'art-2-para-1-item-1', num: '（一）', text: '失职的；' });
    const table = data.provisions[2]!.children[0]!;
    expect(table.rows).toEqual([[{ text: '情形' }, { text: '处理' }], [{ text: '失职<轻>', colspan: 2 }]]);
  });

  it('lists the links from this document to its parents and from measures to it, the other end named, rule fields filled in', () => {
    const data = exported();
    expect(data.crosswalk.parents).toEqual([{ anchor: 'art-1', other: { doc: 'parent', anchor: 'art-3' }, relation: 'implements', source: 'suggested', score: 0.8, why: '细化', kept: 0.4, added: ['本办法'], dropped: ['本条例'] }]);
    expect(data.crosswalk.implementations).toEqual([{ anchor: 'art-2', other: { doc: 'child', anchor: 'art-9' }, relation: 'restates', source: 'curated', score: 1, why: '', kept: 0, added: [], dropped: [] }]);
  });

  it('is written as indented JSON with a final newline, the same every time', () => {
    const data = exported();
    const text = documentJson(doc(), links);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "slug": "mou-banfa",\n');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(documentJson(doc(), links)).toBe(text);
  });
});
