import { describe, expect, it } from 'vitest';
import { buildRecords, documentFilters, readableContent, recordContent, searchDocuments, searchUnits, TAIL_MARK } from '../../../src/lib/search/records.ts';
import { corpus, local, parent, sectioned } from '../../fixtures/search-corpus.ts';

describe('searchUnits', () => {
  it('makes one unit per article, descending through chapters, with nested text and 解读', () => {
    const units = searchUnits(parent);
    expect(units.map((u) => [u.id, u.label])).toEqual([
      ['art-6', '第六条'],
      ['art-7', '第七条'],
    ]);
    expect(units[1]!.text).toContain('（二）\n通报。责令整改');
    expect(units[1]!.text).toContain('终身问责');
  });
  it('includes the notice, skips nodes without ids (sign-offs)', () => {
    const units = searchUnits(local);
    expect(units.map((u) => u.id)).toEqual(['notice', 'art-5', 'art-6']);
    expect(units[0]!.label).toBe('印发通知');
    expect(units.some((u) => u.text.includes('党委办公室'))).toBe(false);
    expect(units[2]!.text.startsWith('第六条\n问责方式\n')).toBe(true);
  });
  it('splits a section into its heading and its items, labelled as cited', () => {
    expect(searchUnits(sectioned)).toEqual([
      { id: 'sec-2', label: '第二部分', text: '二、\n主要内容' },
      { id: 'sec-2-item-1', label: '第二部分第（一）项', text: '(一)\n合理设置网格。按照“任务相当、方便管理”的要求。' },
      { id: 'sec-2-item-2', label: '第二部分第（二）项', text: '(二)\n健全管理队伍。' },
    ]);
  });
});

describe('record content', () => {
  it('appends the boundary pairs after the mark, and reads back the text', () => {
    const c = recordContent('通报、诫勉');
    expect(c).toBe(`通报、诫勉\n${TAIL_MARK}\n报诫`);
    expect(readableContent(c)).toBe('通报、诫勉');
    expect(recordContent('组织调整')).toBe('组织调整');
    expect(readableContent('组织调整')).toBe('组织调整');
  });
});

describe('buildRecords', () => {
  it('gives every unit a URL with its anchor, the label, and the document filters', () => {
    const records = buildRecords(corpus);
    expect(records.map((r) => r.url)).toEqual([
      '/regulations/ccp-accountability-2016/#art-6',
      '/regulations/ccp-accountability-2016/#art-7',
      '/regulations/rizhao-polytechnic-2017/#notice',
      '/regulations/rizhao-polytechnic-2017/#art-5',
      '/regulations/rizhao-polytechnic-2017/#art-6',
      '/regulations/harbin-community-grid-2011/#sec-2',
      '/regulations/harbin-community-grid-2011/#sec-2-item-1',
      '/regulations/harbin-community-grid-2011/#sec-2-item-2',
    ]);
    expect(records[4]!.meta).toEqual({ label: '第六条' });
    expect(records[4]!.language).toBe('zh-cn');
    expect(records[4]!.filters).toEqual({ doc: ['日照问责办法'], class: ['党内规范性文件'], issuer: ['中共日照职业技术学院委员会'], year: ['2017'] });
  });
  it('honours a base path', () => {
    expect(buildRecords([parent], '/docs/')[0]!.url).toBe('/docs/regulations/ccp-accountability-2016/#art-6');
  });
  it('leaves unknown issuer and year out of the filters', () => {
    const meta = { ...local.meta, issuer: null, issued: null };
    expect(documentFilters(meta)).toEqual({ doc: ['日照问责办法'], class: ['党内规范性文件'] });
  });
});

describe('searchDocuments', () => {
  it('lists titles, paths and every anchor id', () => {
    const [p] = searchDocuments([parent]);
    expect(p).toMatchObject({ slug: 'ccp-accountability-2016', shortTitle: '问责条例', issuer: '中共中央', year: '2016', path: '/regulations/ccp-accountability-2016/' });
    expect(p!.ids).toEqual(['art-6', 'art-6-para-1', 'art-7', 'art-7-para-1', 'art-7-para-1-item-1', 'art-7-para-1-item-2', 'art-7-para-2', 'art-7-interp']);
  });
});
