/** The study sheet's URL state (src/lib/study/sheet.ts): round trip, order operations, bad input reported. */
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS, addItem, editItem, hasItem, moveItem, parseSheet, removeItem, setTitle, sheetQuery, type StudySheet } from '../../../src/lib/study/sheet.ts';
import { errorOf } from '../../support/thrown.ts';

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

describe('the study sheet at its edges', () => {
  it('folds Windows and old Mac line ends in headings and notes, and drops text that is only blanks', () => {
    const q = new URLSearchParams({ items: 'a#art-1', 'h.0': '  标题  ', 'n.0': '第一行\r\n第二行\r第三行', title: '   ' });
    expect(parseSheet(q).sheet).toEqual({ items: [{ doc: 'a', anchor: 'art-1', heading: '标题', note: '第一行\n第二行\n第三行' }] });
  });

  it('refuses an entry that starts with # (no document) or has nothing after it', () => {
    const { sheet, problems } = parseSheet('items=%23art-1,a%23,b%23art-2');
    expect(sheet.items).toEqual([{ doc: 'b', anchor: 'art-2' }]);
    expect(problems).toEqual(['第1项“#art-1”不是“文件#锚点”的形式，已略去', '第2项“a#”不是“文件#锚点”的形式，已略去']);
  });

  it('keeps at most the maximum number of items, says from which entry on the rest was left out, and adds nothing to a full sheet', () => {
    const entries = Array.from({ length: MAX_ITEMS + 2 }, (_, i) => `d#art-${i + 1}`);
    const { sheet, problems } = parseSheet(`items=${encodeURIComponent(entries.join(','))}`);
    expect(sheet.items.length).toBe(MAX_ITEMS);
    expect(sheet.items.at(-1)).toEqual({ doc: 'd', anchor: `art-${MAX_ITEMS}` });
    expect(problems).toEqual([`超过${MAX_ITEMS}项，第${MAX_ITEMS + 1}项起已略去`, `超过${MAX_ITEMS}项，第${MAX_ITEMS + 2}项起已略去`]);
    expect(addItem(sheet, 'd', 'art-999')).toBe(sheet);
    const almost = { items: sheet.items.slice(0, -1) };
    expect(addItem(almost, 'd', 'art-999').items.length).toBe(MAX_ITEMS);
  });

  it('tells the same provision of two documents apart, and refuses a bad name with the name in the message', () => {
    const s = addItem({ items: [{ doc: 'a', anchor: 'art-1' }] }, 'b', 'art-1');
    expect(s.items).toEqual([{ doc: 'a', anchor: 'art-1' }, { doc: 'b', anchor: 'art-1' }]);
    expect(addItem(s, 'a', 'art-2').items.length).toBe(3);
    expect(hasItem(s, 'a', 'art-2')).toBe(false);
    expect(errorOf(() => addItem(s, 'a b', 'art-1'), RangeError).message).toContain('not a document and anchor: a b#art-1');
  });

  it('moves nothing past either end, and edits only the item named', () => {
    const three: StudySheet = { items: [{ doc: 'a', anchor: 'art-1' }, { doc: 'a', anchor: 'art-2' }, { doc: 'a', anchor: 'art-3' }] };
    expect(moveItem(three, 0, -1)).toBe(three);
    expect(moveItem(three, 2, 1)).toBe(three);
    expect(moveItem(three, -1, 1)).toBe(three);
    expect(moveItem(three, 3, -1)).toBe(three);
    expect(moveItem(three, 0, 1).items.map((x) => x.anchor)).toEqual(['art-2', 'art-1', 'art-3']);
    const edited = editItem(three, 1, 'note', '注意');
    expect(edited.items.map((x) => x.note ?? null)).toEqual([null, '注意', null]);
    expect(setTitle({ title: '旧', items: [] }, '新')).toEqual({ title: '新', items: [] });
  });
});
