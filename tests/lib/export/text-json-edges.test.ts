/**
 * Edges of the plain-text and JSON exports (src/lib/export/document-text.ts, document-json.ts) on
 * small hand-made documents: only an article's first 款 joins its number line (not a section's,
 * not an empty one), an article with nothing under it is its number alone; the JSON carries each
 * provision's ordinal, table spans, the aliases and an earlier version's date.
 */
import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../src/lib/export/chinese-date.ts';
import { documentText } from '../../../src/lib/export/document-text.ts';
import { documentExportOf } from '../../../src/lib/export/document-json.ts';
import type { RegDocument } from '../../../src/lib/document.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';

const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode>, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 0, children, ...extra });

const docOf = (children: ProvisionNode[], meta: Partial<RegDocument['meta']> = {}, aliases: Record<string, string> = {}): RegDocument => ({
  meta: { slug: 'm', title: '某办法', shortTitle: '某办法', class: '党内法规', issuer: null, docNumber: null, issued: null, effective: null, provisional: null, status: 'unknown', parents: [], ...meta } as RegDocument['meta'],
  aliases,
  excluded: [],
  corrections: [],
  root: n('document', {}, children),
});

describe('documentText edges', () => {
  it('joins only an article’s first 款 to its number line', () => {
    const text = documentText(
      docOf([
        n('section', { id: 'sec-1', num: '一、', heading: '总体要求' }, [n('para', { text: '甲。' })]),
        n('article', { id: 'art-1', num: '第一条' }),
        n('article', { id: 'art-2', num: '第二条' }, [n('para', { text: '' }, [n('item', { num: '（一）', text: '乙；' })]), n('para', { text: '丙。' })]),
      ]),
    );
    expect(text).toBe(['一、　总体要求', '甲。', '第一条', '第二条', '（一）　乙；', '丙。', ''].join('\n'));
  });
});

describe('documentExportOf edges', () => {
  it('exports ordinals, table spans, aliases and an earlier version’s date', () => {
    const doc = docOf(
      [
        n('article', { id: 'art-2', num: '第二条', ordinal: 2, text: '甲。' }),
        n('annex', { id: 'annex-1', ordinal: 1 }, [n('table', { rows: [[{ text: '甲', line: 0, rowspan: 2 }, { text: '乙', line: 0, colspan: 3 }]] })]),
      ],
      { version: '2013-12-11', archived: true },
      { 'art-9': 'art-2' },
    );
    const data = documentExportOf(doc, []);
    expect(data.provisions.map((p) => [p.id, p.ordinal])).toEqual([
      ['art-2', 2],
      ['annex-1', 1],
    ]);
    expect(data.provisions[1]!.children[0]!.rows).toEqual([[{ text: '甲', rowspan: 2 }, { text: '乙', colspan: 3 }]]);
    expect(data.aliases).toEqual({ 'art-9': 'art-2' });
    expect(data.meta.version).toBe('2013-12-11');
    expect(data.path).toBe('/regulations/m/2013-12-11/');
    expect(documentExportOf(docOf([]), []).meta).not.toHaveProperty('version');
  });
});

describe('chineseDate edges', () => {
  it('reads only a date at the start', () => {
    expect(chineseDate('x2016-07-08')).toBe('x2016-07-08');
    expect(chineseDate('2016-07-08T00:00')).toBe('2016年7月8日');
  });
});
