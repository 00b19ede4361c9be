/** The 修订对照表 of a real revision, as a page table and as a Word file, and the small version helpers. */
import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../../src/lib/versions/history.ts';
import { changesDocxSpec } from '../../../src/lib/versions/changes-docx.ts';
import { changeTable } from '../../../src/lib/versions/table.ts';
import { chineseDate, groupVersions, pinnedVersion } from '../../../src/lib/versions/model.ts';
import { fixtureDoc } from '../../support/versions.ts';

// 全国年节及纪念日放假办法, 2013 → 2024: 第二条 and 第六条 amended, a new 第七条, the old 第七条 now 第八条.
const holidays = () => buildHistory([fixtureDoc('holidays', '2013-12-11', 'holidays', '2013-12-11'), fixtureDoc('holidays', '2024-11-10', 'holidays', '2024-11-10')]).steps[0]!;
// 废旧金属收购业管理办法, 1994 → 2023: four articles deleted, one inserted, the rest renumbered.
const scrap = () => buildHistory([fixtureDoc('scrap-metal', '1994-01-25', 'scrap', '1994-01-25'), fixtureDoc('scrap-metal', '2023-07-20', 'scrap', '2023-07-20')]).steps[0]!;

describe('修订对照表 as a Word file (changesDocxSpec)', () => {
  const spec = changesDocxSpec('全国年节及纪念日放假办法', holidays());

  it('names the document and both versions by their dates in Chinese', () => {
    expect(spec.title).toBe('《全国年节及纪念日放假办法》修订对照表');
    expect(spec.lines).toEqual(['修订日期：2024年11月10日', '左栏：修改前（2013年12月11日版）', '右栏：修改后（2024年11月10日版）']);
    expect(spec.headers).toEqual(['修改前（2013年12月11日）', '修改后（2024年11月10日）']);
    expect(spec.empty).toEqual(['（无：本条为新增）', '（已删除）']);
    expect(spec.legend).toMatch(/^说明：左栏中加删除线的文字为修改时删去的内容，右栏中加粗并加下划线的文字为修改时增加的内容。$/);
    expect(spec.timestamp).toBe('2024-11-10T00:00:00Z');
  });

  it('has one row per change, the kind of change as the right cell’s note, nothing on the left of a new article', () => {
    expect(spec.rows.map((r) => [r.left?.num ?? null, r.right?.num ?? null, r.right?.note])).toEqual([
      ['第二条', '第二条', '修改'],
      ['第六条', '第六条', '修改'],
      [null, '第七条', '新增'],
    ]);
    // The amended words are marked on each side; an inserted article is plain text.
    expect(spec.rows[1]!.left!.runs.filter((r) => r.mark).map((r) => [r.text, r.mark])).toEqual([['星期六、星期', 'del'], ['星期六、星期', 'del']]);
    expect(spec.rows[1]!.right!.runs.filter((r) => r.mark).map((r) => [r.text, r.mark])).toEqual([['周六、周', 'ins'], ['周六、周', 'ins']]);
    expect(spec.rows[2]!.right!.runs).toEqual([{ text: expect.stringMatching(/^全体公民放假的假日，可合理安排统一放假调休.*不超过6天。$/) }]);
    expect(spec.rows[0]!.left).not.toHaveProperty('note');
  });

  it('labels a renumbered amendment 修改、条序调整 and deletions 删除', () => {
    const s = changesDocxSpec('废旧金属收购业管理办法', scrap());
    expect(s.rows.map((r) => [r.left?.num ?? null, r.right?.num ?? null, r.right?.note ?? null])).toEqual([
      [null, '第四条', '新增'],
      ['第四条', null, null],
      ['第六条', null, null],
      ['第十二条', null, null],
      ['第十三条', '第十一条', '修改、条序调整'],
      ['第十六条', null, null],
    ]);
  });
});

describe('修订对照表 on the page (changeTable)', () => {
  it('counts each kind of row, renumbered ones included', () => {
    expect(changeTable(holidays()).summary).toEqual({ unchanged: 5, modified: 2, inserted: 1, deleted: 0, moved: 0, split: 0, merged: 0, renumbered: 1 });
    const t = changeTable(scrap());
    expect(t.summary).toEqual({ unchanged: 12, modified: 1, inserted: 1, deleted: 4, moved: 0, split: 0, merged: 0, renumbered: 9 });
    expect(t.rows.map((r) => [r.id, r.kind, r.labels.join('+')])).toEqual([
      ['art-4', 'inserted', '新增'],
      ['deleted-art-4', 'deleted', '删除'],
      ['deleted-art-6', 'deleted', '删除'],
      ['deleted-art-12', 'deleted', '删除'],
      ['art-11', 'modified', '修改+条序调整'],
      ['deleted-art-16', 'deleted', '删除'],
    ]);
  });

  it('names the provisions on each side, and gives the new side its marked text', () => {
    const t = changeTable(holidays());
    expect(t.rows.map((r) => [r.before?.provisions ?? null, r.after?.provisions ?? null])).toEqual([
      [[{ anchor: 'art-2', num: '第二条' }], [{ anchor: 'art-2', num: '第二条' }]],
      [[{ anchor: 'art-6', num: '第六条' }], [{ anchor: 'art-6', num: '第六条' }]],
      [null, [{ anchor: 'art-7', num: '第七条' }]],
    ]);
    expect(t.rows[1]!.after!.html).toContain('<ins><span class="visually-hidden">［增］</span>周六、周</ins>');
    expect(t.rows[2]!.after!.html).toMatch(/^全体公民放假的假日，可合理安排统一放假调休/);
    expect(changeTable(scrap()).rows[1]!.after).toBeUndefined();
  });
});

describe('version helpers', () => {
  it('writes a date the Chinese way, without leading zeros', () => {
    expect(chineseDate('2024-01-05')).toBe('2024年1月5日');
    expect(chineseDate('2013-12-11')).toBe('2013年12月11日');
  });

  it('groups documents by slug, each group oldest version first', () => {
    const d = (slug: string, version?: string) => ({ meta: { slug, version } });
    const g = groupVersions([d('a', '2024-11-10'), d('b'), d('a', '2013-12-11'), d('a', '1999-09-18')]);
    expect([...g.keys()]).toEqual(['a', 'b']);
    expect(g.get('a')!.map((x) => x.meta.version)).toEqual(['1999-09-18', '2013-12-11', '2024-11-10']);
    expect(g.get('b')!.length).toBe(1);
  });

  it('pins nothing without versions, and the latest when no pin or an unknown one is given', () => {
    expect(pinnedVersion('2013', [])).toBeUndefined();
    expect(pinnedVersion(undefined, ['2013-12-11', '2024-11-10'])).toBe('2024-11-10');
    expect(pinnedVersion('2020', ['2013-12-11', '2024-11-10'])).toBe('2024-11-10');
  });
});
