/**
 * Labels, units and record plumbing of the search index (records.ts), on
 * hand-built nodes with hand-written expectations.
 */
import { describe, expect, it } from 'vitest';
import type { RegDocument } from '../../../src/lib/document.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';
import { buildRecords, recordContent, FILTER_KEYS, FILTER_LABELS, readableContent, searchDocuments, searchUnits, TAIL_MARK, unitLabel } from '../../../src/lib/search/records.ts';
import { local, parent } from '../../fixtures/search-corpus.ts';

const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode> = {}, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 1, children, ...extra });
const meta = { title: '某办法' };
const docOf = (children: ProvisionNode[]): RegDocument => ({ ...parent, root: n('document', {}, children) });

describe('unitLabel', () => {
  it('clips a commentary heading to 12 characters, quoted', () => {
    expect(unitLabel(meta, [n('heading', { id: 'h-2', heading: '一、关于加强机关党建工作的几点思考和体会' })])).toBe('“一、关于加强机关党建工作…”');
    expect(unitLabel(meta, [n('heading', { id: 'h-2', heading: '一、关于加强机关党建工作' })])).toBe('“一、关于加强机关党建工作”');
  });
  it('takes a heading’s text when it has no heading of its own', () => {
    expect(unitLabel(meta, [n('heading', { id: 'h-3', text: '短标题' })])).toBe('“短标题”');
  });
  it('counts a paragraph without ordinal from its id (para-3 → 第三段)', () => {
    expect(unitLabel(meta, [n('heading', { id: 'h-2', heading: '一、关于' }), n('para', { id: 'h-2-para-3', text: 'x' })])).toBe('“一、关于”第三段');
    expect(unitLabel(meta, [n('section', { id: 'sec-2', num: '二、', ordinal: 2, heading: '主要内容' }), n('para', { id: 'sec-2-para-3', text: 'x' })])).toBe('第二部分第三段');
    expect(unitLabel(meta, [n('section', { id: 'sec-2', num: '二、', ordinal: 2 }), n('para', { id: 'sec-2-para-12', text: 'x' })])).toBe('第二部分第十二段');
    // an ordinal given wins over the id
    expect(unitLabel(meta, [n('section', { id: 'sec-2', num: '二、', ordinal: 2 }), n('para', { id: 'sec-2-para-3', ordinal: 5, text: 'x' })])).toBe('第二部分第五段');
  });
  it('falls back to number and heading, else the text clipped to 24, else the kind', () => {
    expect(unitLabel(meta, [n('title', { id: 't', num: '甲', heading: '乙' })])).toBe('甲乙');
    expect(unitLabel(meta, [n('title', { id: 't', text: '一二三四五六七八九十一二三四五六七八九十一二三四五六' })])).toBe('一二三四五六七八九十一二三四五六七八九十一二三四…');
    expect(unitLabel(meta, [n('title', { id: 't', text: '一二三四五六七八九十一二三四五六七八九十一二三四' })])).toBe('一二三四五六七八九十一二三四五六七八九十一二三四');
    expect(unitLabel(meta, [n('title', { id: 't', text: '  甲 \n 乙  ' })])).toBe('甲 乙');
    expect(unitLabel(meta, [n('title', { id: 't' })])).toBe('title');
  });
});

describe('searchUnits', () => {
  it('descends through 编 and 节, skips units without id or text, trims', () => {
    const doc = docOf([
      n('part', { num: '第一编', ordinal: 1 }, [
        n('chapter', { num: '第一章', ordinal: 1 }, [
          n('division', { num: '第一节', ordinal: 1 }, [n('article', { id: 'art-1', num: '第一条', ordinal: 1 }, [n('para', { id: 'art-1-para-1', text: '甲。  ' })])]),
        ]),
      ]),
      n('article', { id: 'art-2', ordinal: 2 }),
      n('signoff', { text: '某委员会' }),
    ]);
    expect(searchUnits(doc)).toEqual([{ id: 'art-1', label: '第一条', text: '第一条\n甲。' }]);
  });
  it('keeps a section whole when none of its children has an id', () => {
    const doc = docOf([n('section', { id: 'sec-1', num: '一、', ordinal: 1, heading: '总体要求' }, [n('para', { text: '甲。' })])]);
    expect(searchUnits(doc).map((u) => [u.id, u.text])).toEqual([['sec-1', '一、\n总体要求\n甲。']]);
  });
  it('splits a section whose children have ids, even when only some have', () => {
    const doc = docOf([n('section', { id: 'sec-1', num: '一、', ordinal: 1, heading: '总体要求' }, [n('para', { text: '无锚。' }), n('para', { id: 'sec-1-para-2', ordinal: 2, text: '乙。' })])]);
    expect(searchUnits(doc).map((u) => u.id)).toEqual(['sec-1', 'sec-1-para-2']);
  });
});

describe('record plumbing', () => {
  it('separates several boundary pairs with spaces', () => {
    expect(recordContent('问责、诫勉、组织')).toBe(`问责、诫勉、组织\n${TAIL_MARK}\n勉组 责诫`);
  });
  it('reads nothing before a mark at the very start', () => {
    expect(readableContent(`${TAIL_MARK}\n报诫`)).toBe('');
  });
  it('labels the filters in Chinese, in page order', () => {
    expect(FILTER_KEYS).toEqual(['doc', 'class', 'issuer', 'year']);
    expect(FILTER_LABELS).toEqual({ doc: '文件', class: '类别', issuer: '制定机关', year: '年份' });
  });
  it('a document with unknown issuer and year has null for both', () => {
    const [d] = searchDocuments([{ ...local, meta: { ...local.meta, issuer: null, issued: null } }]);
    expect(d).toMatchObject({ issuer: null, year: null, class: '党内规范性文件', title: '日照职业技术学院党建工作问责（暂行）办法' });
  });
  it('strips every trailing slash of the base path', () => {
    expect(buildRecords([parent], '/docs//')[0]!.url).toBe('/docs/regulations/ccp-accountability-2016/#art-6');
    expect(buildRecords([parent])[0]!.url).toBe('/regulations/ccp-accountability-2016/#art-6');
  });
});
