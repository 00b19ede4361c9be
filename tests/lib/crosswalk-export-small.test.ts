/**
 * The crosswalk downloads (src/lib/crosswalk/export.ts; README "Crosswalk exports") written out
 * by hand for two links and two references: the JSON (stable key order, defaults of the rule's
 * fields, the note only when there is one, external references only), the CSV (three decimals,
 * phrases joined with " | ", quoting), the per-document parts in slug order and their index.
 * The same on the seeds' crosswalk: crosswalk-export.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { crosswalkCsv, crosswalkIndexCsv, crosswalkIndexJson, crosswalkJson, crosswalkPartPath, crosswalkParts, ruleFields } from '../../src/lib/crosswalk/export.ts';
import type { CrosswalkLink, CrosswalkReference } from '../../src/schemas/crosswalk.ts';

const bare: CrosswalkLink = { from: { doc: 'm', anchor: 'art-2' }, to: { doc: 'p', anchor: 'art-7' }, relation: 'related', source: 'suggested', score: 0.5, evidence: ['诫勉'] };
const full: CrosswalkLink = {
  to: { anchor: 'art-1', doc: 'p' },
  from: { anchor: 'art-1-para-2', doc: 'a-measure' },
  relation: 'implements',
  source: 'curated',
  score: 1,
  evidence: ['提醒', '函询, "书面"'],
  note: '人工',
  why: '细化 · 增加：提醒',
  kept: 0.8125,
  added: ['提醒', '函询'],
  dropped: ['改组', '撤职'],
};
const references: CrosswalkReference[] = [
  { from: { doc: 'm', anchor: 'art-3' }, raw: '《公务员法》', title: '公务员法', to: null, external: true },
  { from: { doc: 'm', anchor: 'art-4' }, raw: '本办法第二条', to: { doc: 'm', anchor: 'art-2' }, external: false },
  { from: { doc: 'z', anchor: 'art-1' }, raw: '某某文件', to: null, external: true },
];

describe('crosswalk exports, by hand', () => {
  it('fills the rule’s fields with their defaults', () => {
    expect(ruleFields({})).toEqual({ why: '', kept: 0, added: [], dropped: [] });
    expect(ruleFields(full)).toEqual({ why: '细化 · 增加：提醒', kept: 0.8125, added: ['提醒', '函询'], dropped: ['改组', '撤职'] });
  });

  it('writes the JSON in a fixed key order, the note only when given, external references only', () => {
    const json = crosswalkJson({ links: [bare, full], references });
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toBe(
      `${JSON.stringify(
        {
          version: 1,
          links: [
            { from: { doc: 'm', anchor: 'art-2' }, to: { doc: 'p', anchor: 'art-7' }, relation: 'related', source: 'suggested', score: 0.5, evidence: ['诫勉'], why: '', kept: 0, added: [], dropped: [] },
            {
              from: { doc: 'a-measure', anchor: 'art-1-para-2' },
              to: { doc: 'p', anchor: 'art-1' },
              relation: 'implements',
              source: 'curated',
              score: 1,
              evidence: ['提醒', '函询, "书面"'],
              why: '细化 · 增加：提醒',
              kept: 0.8125,
              added: ['提醒', '函询'],
              dropped: ['改组', '撤职'],
              note: '人工',
            },
          ],
          external: [
            { from: { doc: 'm', anchor: 'art-3' }, raw: '《公务员法》', title: '公务员法' },
            { from: { doc: 'z', anchor: 'art-1' }, raw: '某某文件' },
          ],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('writes the CSV: header, three decimals, phrases joined with " | ", fields with commas or quotes quoted', () => {
    expect(crosswalkCsv({ links: [bare, full] })).toBe(
      [
        'from.doc,from.anchor,to.doc,to.anchor,relation,source,score,evidence,why,kept,added,dropped',
        'm,art-2,p,art-7,related,suggested,0.500,诫勉,,0.000,,',
        'a-measure,art-1-para-2,p,art-1,implements,curated,1.000,"提醒 | 函询, ""书面""",细化 · 增加：提醒,0.813,提醒 | 函询,改组 | 撤职',
        '',
      ].join('\n'),
    );
  });

  it('splits by the document links come from, in slug order, with its external references', () => {
    const parts = crosswalkParts({ links: [bare, full, { ...bare, from: { doc: 'm', anchor: 'art-5' } }], references });
    expect(parts.map((p) => [p.doc, p.links.map((l) => l.from.anchor), p.references.map((r) => r.raw)])).toEqual([
      ['a-measure', ['art-1-para-2'], []],
      ['m', ['art-2', 'art-5'], ['《公务员法》']],
      ['z', [], ['某某文件']],
    ]);
    expect(crosswalkPartPath('a-measure', 'json')).toBe('/crosswalk/a-measure.json');
    expect(crosswalkPartPath('规定', 'csv')).toBe('/crosswalk/%E8%A7%84%E5%AE%9A.csv');
    expect(crosswalkIndexJson(parts)).toBe(
      `${JSON.stringify(
        {
          version: 1,
          split: 'document',
          total: { links: 3, external: 2 },
          documents: [
            { doc: 'a-measure', links: 1, external: 0, json: '/crosswalk/a-measure.json', csv: '/crosswalk/a-measure.csv' },
            { doc: 'm', links: 2, external: 1, json: '/crosswalk/m.json', csv: '/crosswalk/m.csv' },
            { doc: 'z', links: 0, external: 1, json: '/crosswalk/z.json', csv: '/crosswalk/z.csv' },
          ],
        },
        null,
        2,
      )}\n`,
    );
    expect(crosswalkIndexCsv(parts)).toBe('doc,links,external,json,csv\na-measure,1,0,/crosswalk/a-measure.json,/crosswalk/a-measure.csv\nm,2,1,/crosswalk/m.json,/crosswalk/m.csv\nz,0,1,/crosswalk/z.json,/crosswalk/z.csv\n');
  });

  it('orders parts by slug in code-unit order whatever the order of the links', () => {
    const link = (doc: string): CrosswalkLink => ({ ...bare, from: { doc, anchor: 'art-1' } });
    expect(crosswalkParts({ links: ['b', 'a-2', 'a', 'c', 'a'].map(link), references: [] }).map((p) => [p.doc, p.links.length])).toEqual([
      ['a', 2],
      ['a-2', 1],
      ['b', 1],
      ['c', 1],
    ]);
    expect(crosswalkParts({ links: [], references: [] })).toEqual([]);
    expect(crosswalkIndexJson([])).toBe(`${JSON.stringify({ version: 1, split: 'document', total: { links: 0, external: 0 }, documents: [] }, null, 2)}\n`);
  });
});
