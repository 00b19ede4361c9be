/**
 * Lines a careful reader reads as one, and the lines of a table of contents (src/lib/ingest/line-joins.ts),
 * as its doc comments state: a book title or a heading broken over lines is joined and reported; headings
 * listed before the body and repeated over their provisions are a table of contents. Lines are built in
 * each test, numbered from 1.
 */
import { describe, expect, it } from 'vitest';
import { findToc, joinBrokenLines } from '../../../src/lib/ingest/line-joins.ts';
import type { SourceLine } from '../../../src/lib/ingest/source-lines.ts';

const linesOf = (...raw: string[]): SourceLine[] => raw.map((r, i) => ({ line: i + 1, raw: r, text: r.trim() }));
const joined = (...raw: string[]) => joinBrokenLines(linesOf(...raw), 'a.txt');
const texts = (j: ReturnType<typeof joinBrokenLines>) => j.lines.map((l) => l.text);

describe('joinBrokenLines: book titles', () => {
  it('a line that opens 《 without closing it continues on the next line, which closes it; reported with where', () => {
    const j = joined('第一条 根据《中国共产党问责', '条例》等党内法规，结合本市实际，制定本办法。', '第二条 乙。');
    expect(j.lines[0]).toEqual({ line: 1, raw: '第一条 根据《中国共产党问责条例》等党内法规，结合本市实际，制定本办法。', text: '第一条 根据《中国共产党问责条例》等党内法规，结合本市实际，制定本办法。', end: 2 });
    expect(texts(j)).toHaveLength(2);
    expect(j.diagnostics).toEqual([
      { file: 'a.txt', line: 2, severity: 'info', ruleId: 'joined', message: 'line 2 (“条例》等党内法规，结合本”) continues the book title 《…》 of line 1; read as one line' },
    ]);
  });

  it('the next line may close it at its very start', () => {
    expect(texts(joined('根据《问责条例', '》制定。'))).toEqual(['根据《问责条例》制定。']);
  });

  it('not when the line closes every 《 it opens, nor when the next line opens another first or closes none', () => {
    expect(texts(joined('根据《甲》和《乙》', '丙》丁'))).toEqual(['根据《甲》和《乙》', '丙》丁']);
    expect(texts(joined('根据《甲', '《乙》》'))).toEqual(['根据《甲', '《乙》》']);
    expect(texts(joined('根据《甲', '乙丙'))).toEqual(['根据《甲', '乙丙']);
    expect(joined('根据《甲', '乙丙').diagnostics).toEqual([]);
  });

  it('at most three lines joined onto one', () => {
    expect(texts(joined('《一《二《三《四', '甲》', '乙》', '丙》', '丁》'))).toEqual(['《一《二《三《四甲》乙》丙》', '丁》']);
  });

  it('table lines (a tab first) are neither joined nor joined onto; a tab inside a line makes no table line', () => {
    expect(texts(joined('\t根据《甲', '\t乙》'))).toEqual(['根据《甲', '乙》']);
    expect(texts(joined('根据《甲', '\t乙》'))).toEqual(['根据《甲', '乙》']);
    expect(texts(joined('根据\t《甲', '乙》'))).toEqual(['根据\t《甲乙》']);
  });
});

describe('joinBrokenLines: headings', () => {
  it('a heading broken after 、 runs on; a number alone takes its words after a space; the end is the last line', () => {
    const j = joined('第二节 向中华人民共和国请求没收、', '返还违法所得及其他涉案财物', '第五条 甲。');
    expect(j.lines[0]).toMatchObject({ text: '第二节 向中华人民共和国请求没收、返还违法所得及其他涉案财物', end: 2 });
    expect(j.diagnostics.map((d) => d.message)).toEqual(['line 2 (“返还违法所得及其他涉案财”) continues the heading of line 1; read as one line']);
    expect(joined('第一章', '总则', '第一条 甲。').lines[0]).toMatchObject({ raw: '第一章 总则', text: '第一章 总则' });
    expect(texts(joined('第一编', '总则', '第一条 甲。'))).toEqual(['第一编 总则', '第一条 甲。']);
    for (const tail of ['和', '及', '与', '或', '的', '，']) expect(texts(joined(`第二章 监督${tail}`, '检查事项', '说明文字'))[0], tail).toBe(`第二章 监督${tail}检查事项`);
  });

  it('not onto a numbered line, a line over 30 characters, a line ending a sentence or a date', () => {
    expect(texts(joined('第一章', '第一条 甲。'))).toEqual(['第一章', '第一条 甲。']);
    expect(texts(joined('第二章 监督、', '甲'.repeat(31), '第五条 甲。'))).toHaveLength(3);
    expect(texts(joined('第二章 监督、', '甲'.repeat(30), '第五条 甲。'))).toHaveLength(2);
    expect(texts(joined('第二章 监督、', '检查。', '第五条 甲。'))).toHaveLength(3);
    expect(texts(joined('第二章', '2017年6月21日', '第五条 甲。'))).toHaveLength(3);
  });

  it('a short tail runs on only before an article or a heading, and not at the end of a run of headings', () => {
    expect(texts(joined('第二章 监督', '检查', '第五条 甲。'))).toEqual(['第二章 监督检查', '第五条 甲。']);
    expect(texts(joined('第二章 监督', '检查', '第一节 甲'))).toEqual(['第二章 监督检查', '第一节 甲']);
    expect(texts(joined('第二章 监督', '检查', '说明文字'))).toEqual(['第二章 监督', '检查', '说明文字']);
    expect(texts(joined('第二章 监督', '检查'))).toEqual(['第二章 监督', '检查']);
    expect(texts(joined('第一章 总则', '第二章 附则', '总 则', '第一条 甲。'))).toEqual(['第一章 总则', '第二章 附则', '总 则', '第一条 甲。']);
    expect(texts(joined('某某办法', '第二章 监督', '检查', '第五条 甲。'))).toEqual(['某某办法', '第二章 监督检查', '第五条 甲。']);
  });

  it('not an article or an item: only parts, chapters and sections', () => {
    expect(texts(joined('第一条', '总则', '第二条 乙。'))).toEqual(['第一条', '总则', '第二条 乙。']);
    expect(texts(joined('一、', '总则', '二、乙。'))).toEqual(['一、', '总则', '二、乙。']);
  });
});

describe('findToc', () => {
  const REASON = 'table of contents (目录): the same headings stand over their provisions below';

  it('a 目录 label and a line of several headings, before the first article only', () => {
    const t = findToc(linesOf('某条例', '目 录', '第一章 总则 第二章 附则', '第一章 总则', '第一条 甲。', '目录'));
    expect([...t.indices].sort()).toEqual([1, 2]);
    expect(t.excluded).toEqual([
      { from: 2, to: 2, reason: REASON },
      { from: 3, to: 3, reason: REASON },
    ]);
    expect(t.unnumbered).toBeUndefined();
  });

  it('a run of headings the body repeats from its first heading on, short lines among them; listed in order, to a joined line’s end', () => {
    const lines = linesOf('某条例', '第一章 总则', '第二章 监督', '（本章共五条）', '第三章 附则', '第一章 总则', '第一条 甲。', '第二章 监督', '第二条 乙。');
    lines[4].end = 5;
    const t = findToc(lines);
    expect([...t.indices]).toEqual([1, 2, 3, 4]);
    expect(t.excluded.map((e) => [e.from, e.to])).toEqual([
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });

  it('no table of contents when the lines between are text, or when the first heading is not repeated', () => {
    expect(findToc(linesOf('某条例', '第一章 总则', '为了规范工作，制定本条例。', '第一章 总则', '第一条 甲。')).indices.size).toBe(0);
    expect(findToc(linesOf('某条例', '第一章 总则', `${'甲'.repeat(31)}`, '第一章 总则', '第一条 甲。')).indices.size).toBe(0);
    expect(findToc(linesOf('某条例', '第一章 总则', '第一条 甲。', '第二章 附则', '第二条 乙。')).indices.size).toBe(0);
    expect(findToc(linesOf('第一章 总则', '第二章 附则')).indices.size).toBe(0);
  });

  it('after the first article nothing is a table of contents', () => {
    expect(findToc(linesOf('第一条 甲。', '第一章 总则', '第二章 附则', '第一章 总则', '第二条 乙。')).indices.size).toBe(0);
  });

  it('a run of three or more headings, repeated below after text, whose first the body gives without its number', () => {
    const lines = linesOf('某条例', '第一章 总 则', '第二章 管理', '第三章 附 则', '总 则', '为了规范，制定本条例。', '第一条 甲。', '第二章 管理', '第二条 乙。');
    const t = findToc(lines);
    expect([...t.indices].sort()).toEqual([1, 2, 3]);
    expect(t.unnumbered).toMatchObject({ line: 5, heading: { level: 'chapter', ordinal: 1, rest: '总 则' } });
    // two headings are no such run
    expect(findToc(linesOf('某条例', '第一章 总则', '第二章 管理', '总则', '为了规范，制定本条例。', '第一条 甲。', '第二章 管理')).indices.size).toBe(0);
    // nor three whose headings the body does not repeat
    expect(findToc(linesOf('某条例', '第一章 总则', '第二章 管理', '第三章 附则', '为了规范，制定本条例。', '第一条 甲。')).indices.size).toBe(0);
    // the run must be followed by something before the first article
    expect(findToc(linesOf('某条例', '第一章 总则', '第二章 管理', '第三章 附则', '第一条 甲。', '第二章 管理')).indices.size).toBe(0);
  });

  it('the run without the unnumbered heading: no unnumbered heading reported', () => {
    const t = findToc(linesOf('某条例', '第一章 总则', '第二章 管理', '第三章 附则', '说明：本条例分三章。', '第一章 总则', '第一条 甲。', '第二章 管理'));
    expect([...t.indices].sort()).toEqual([1, 2, 3]);
    expect(t.unnumbered).toBeUndefined();
  });
});
