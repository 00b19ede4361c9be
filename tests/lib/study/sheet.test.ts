/** The study sheet's URL state (src/lib/study/sheet.ts): round trip, order operations, bad input reported. */
import { describe, expect, it } from 'vitest';
import { addItem, editItem, moveItem, parseSheet, removeItem, setTitle, sheetQuery, type StudySheet } from '../../../src/lib/study/sheet.ts';

const two: StudySheet = {
  title: '问责专题：学校与上位规定',
  items: [
    { doc: 'rizhao-polytechnic-2017', anchor: 'art-6', heading: '问责方式', note: '对照第七条，注意“提醒、函询”。\n第二行' },
    { doc: 'ccp-accountability-2016', anchor: 'art-7' },
  ],
};

describe('the study sheet in the URL', () => {
  it('writes a readable query and reads it back unchanged', () => {
    const q = sheetQuery(two);
    expect(q).toContain('items=rizhao-polytechnic-2017%23art-6%2Cccp-accountability-2016%23art-7');
    expect(q).toContain('h.0=');
    expect(q).not.toContain('h.1=');
    expect(parseSheet(q)).toEqual({ sheet: two, problems: [] });
    expect(parseSheet(`?${q}`).sheet).toEqual(two);
  });

  it('an empty sheet is an empty query', () => {
    expect(sheetQuery({ items: [] })).toBe('');
    expect(parseSheet('')).toEqual({ sheet: { items: [] }, problems: [] });
  });

  it('reports malformed and repeated entries and keeps the rest', () => {
    const { sheet, problems } = parseSheet('items=a%23art-1,nohash,a%23art-1,B%23art-2,b%23art-3&n.4=备注');
    expect(sheet.items).toEqual([{ doc: 'a', anchor: 'art-1' }, { doc: 'b', anchor: 'art-3', note: '备注' }]);
    expect(problems).toEqual([
      '第2项“nohash”不是“文件#锚点”的形式，已略去',
      '第3项“a#art-1”重复，已略去',
      '第4项“B#art-2”不是“文件#锚点”的形式，已略去',
    ]);
  });

  it('adds once, moves within bounds, removes, edits', () => {
    let s: StudySheet = { items: [] };
    s = addItem(s, 'a', 'art-1');
    s = addItem(s, 'b', 'art-2');
    s = addItem(s, 'a', 'art-1');
    expect(s.items.map((i) => i.doc)).toEqual(['a', 'b']);
    expect(moveItem(s, 1, -1).items.map((i) => i.doc)).toEqual(['b', 'a']);
    expect(moveItem(s, 0, -1)).toBe(s);
    expect(moveItem(s, 1, 1)).toBe(s);
    s = editItem(s, 1, 'note', '  要点  ');
    expect(s.items[1]).toEqual({ doc: 'b', anchor: 'art-2', note: '要点' });
    s = editItem(s, 1, 'note', ' ');
    expect(s.items[1]).toEqual({ doc: 'b', anchor: 'art-2' });
    expect(removeItem(s, 0).items).toEqual([{ doc: 'b', anchor: 'art-2' }]);
    expect(setTitle(setTitle(s, '专题'), '').title).toBeUndefined();
    expect(() => addItem(s, 'x#y', 'art-1')).toThrow(RangeError);
  });
});
