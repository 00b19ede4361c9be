/**
 * The Word 对照表 of an implementations page (src/lib/export/implementations-docx.ts) as data, on a
 * small hand-made page: one row per local provision, marked when the diff is shown, the parent's
 * text struck through, the relation's reason as the note; the title, date and counts, and the part
 * of a page that runs over several. Built inside each test.
 */
import { describe, expect, it } from 'vitest';
import type { ImplementationsPage } from '../../../src/lib/crosswalk/implementations.ts';
import type { ImplementationsSheet } from '../../../src/lib/crosswalk/implementations-pages.ts';
import { implementationsSpec } from '../../../src/lib/export/implementations-docx.ts';

const diff = { segments: [{ op: 'equal', old: '应当', new: '应当' }, { op: 'change', old: '追', new: '问' }, { op: 'equal', old: '责', new: '责' }] };
const item = (measure: string, issued: string | null, num: string, extra: object = {}) => ({
  measure: { shortTitle: measure, issued },
  num,
  showDiff: true,
  diff,
  localText: '应当问责',
  parentText: '应当追责',
  why: '细化 · 保留上位条款文字 75%',
  parent: { label: '第七条' },
  ...extra,
});

const page = (): ImplementationsPage =>
  ({
    parent: { meta: { title: '中国共产党问责条例', shortTitle: '问责条例', issued: '2016-07-08' } },
    unit: { num: '第七条', topic: '问责方式' },
    measures: 2,
    groups: [
      { items: [item('甲办法', '2017-03-01', '第六条', { heading: '方式' }), item('乙办法', null, '第三条', { showDiff: false, localText: '另写的条文', parentText: '上位条文' })] },
      { items: [item('甲办法', '2017-03-01', '第九条')] },
    ],
  }) as unknown as ImplementationsPage;

describe('implementationsSpec', () => {
  it('has a row per local provision, marked or side by side, under the article’s title, dated by its latest document', () => {
    const s = implementationsSpec(page());
    expect(s.title).toBe('《问责条例》第七条各地落实情况对照表');
    expect(s.lines).toEqual(['文件日期：2017年3月1日', '上位条款：《中国共产党问责条例》第七条 问责方式', '2 份文件的 3 个条款']);
    expect(s.headers).toEqual(['下位规定', '上位规定：问责条例第七条']);
    expect(s.timestamp).toBe('2017-03-01T00:00:00Z');
    expect(s.legend).toBe('说明：左栏中加粗并加下划线的文字为该文件增加的内容，右栏中加删除线的文字为该文件未保留的内容；左栏括号内为对应关系及其理由。');
    expect(s.rows).toEqual([
      {
        left: { num: '《甲办法》第六条', heading: '方式', runs: [{ text: '应当' }, { text: '问', mark: 'ins' }, { text: '责' }], note: '细化 · 保留上位条款文字 75%' },
        right: { num: '第七条', runs: [{ text: '应当' }, { text: '追', mark: 'del' }, { text: '责' }] },
      },
      {
        left: { num: '《乙办法》第三条', runs: [{ text: '另写的条文' }], note: '细化 · 保留上位条款文字 75%' },
        right: { num: '第七条', runs: [{ text: '上位条文' }], note: '两者文字差异较大，未逐字标注' },
      },
      {
        left: { num: '《甲办法》第九条', runs: [{ text: '应当' }, { text: '问', mark: 'ins' }, { text: '责' }], note: '细化 · 保留上位条款文字 75%' },
        right: { num: '第七条', runs: [{ text: '应当' }, { text: '追', mark: 'del' }, { text: '责' }] },
      },
    ]);
  });

  it('titles the article by its heading when it has one, and gives one page of several its own rows and part', () => {
    const p = page();
    (p.unit as { heading?: string }).heading = '问责的方式';
    const sheet = { number: 2, count: 3, start: 1, groups: [{ items: [p.groups[0]!.items[1]!] }] } as unknown as ImplementationsSheet;
    const s = implementationsSpec(p, sheet);
    expect(s.title).toBe('《问责条例》第七条各地落实情况对照表（第2页）');
    expect(s.lines).toEqual(['文件日期：2017年3月1日', '上位条款：《中国共产党问责条例》第七条 问责的方式', '2 份文件的 3 个条款；本表为第 2–2 条（第 2 页，共 3 页）']);
    expect(s.rows.map((r) => r.left!.num)).toEqual(['《乙办法》第三条']);
    // a page of one part is no part
    const one = implementationsSpec(p, { ...sheet, count: 1 } as ImplementationsSheet);
    expect(one.title).toBe('《问责条例》第七条各地落实情况对照表');
    expect(one.lines[2]).toBe('2 份文件的 3 个条款');
  });

  it('names an article with neither heading nor topic by its number alone', () => {
    const p = page();
    (p.unit as { topic?: string }).topic = undefined;
    expect(implementationsSpec(p).lines[1]).toBe('上位条款：《中国共产党问责条例》第七条');
  });

  it('dates a page of undated documents by the fixed date', () => {
    const p = page();
    (p.parent.meta as { issued: string | null }).issued = null;
    for (const g of p.groups) for (const i of g.items) (i.measure as { issued: string | null }).issued = null;
    expect(implementationsSpec(p).lines[0]).toBe('文件日期：2000年1月1日');
  });
});
