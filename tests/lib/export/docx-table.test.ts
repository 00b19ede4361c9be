import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { unzipSync } from 'fflate';
import { comparisonDocx, type DocxTableSpec } from '../../../src/lib/export/docx-table.ts';
import { comparisonSpec, docxRow, latestDate, sideRuns } from '../../../src/lib/export/comparison-docx.ts';
import { alignProvisions } from '../../../src/lib/compare/align.ts';
import type { CompareUnit } from '../../../src/lib/compare/units.ts';

const spec: DocxTableSpec = {
  title: '对照表',
  lines: ['制表日期：2026年11月29日'],
  headers: ['修改前', '修改后'],
  rows: [
    { left: { num: '第一条', runs: [{ text: '为了' }, { text: '严明', mark: 'del' }, { text: '纪律。\n第二段' }] }, right: { num: '第一条', runs: [{ text: '为了' }, { text: '加强', mark: 'ins' }, { text: '纪律。' }] } },
    { left: null, right: { num: '第二条', heading: '问责方式', runs: [{ text: '新增条文' }] } },
  ],
  empty: ['（无）', '（删除）'],
  timestamp: '2016-07-08T00:00:00Z',
};

async function html(bytes: Uint8Array): Promise<string> {
  const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['u => u'] });
  return r.value;
}

describe('Word 对照表', () => {
  it('has a two-column table with a header row, numbers in bold, marks as bold+underline and strike', async () => {
    const out = await html(await comparisonDocx(spec));
    expect(out).toContain('<p>对照表</p>'.replace('<p>', '<p><strong>').replace('</p>', '</strong></p>'));
    const rows = out.match(/<tr>.*?<\/tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]!.match(/<th>/g)).toHaveLength(2);
    for (const r of rows.slice(1)) expect(r.match(/<td>/g)).toHaveLength(2);
    expect(rows[0]).toContain('修改前');
    expect(rows[1]).toContain('<strong>第一条　</strong>为了<s>严明</s>纪律。');
    expect(rows[1]).toContain('<p>第二段</p>');
    expect(rows[1]).toContain('为了<strong><u>加强</u></strong>纪律。');
    expect(rows[2]).toContain('（无）');
    expect(rows[2]).toContain('<strong>第二条 问责方式　</strong>新增条文');
  });

  it('is A4 portrait with 宋体 as the East Asian font, and its timestamps are the ones given', async () => {
    const files = unzipSync(await comparisonDocx(spec));
    const doc = new TextDecoder().decode(files['word/document.xml']);
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(doc).toContain('w:eastAsia="SimSun"');
    const core = new TextDecoder().decode(files['docProps/core.xml']);
    expect(core).toContain('>2016-07-08T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2016-07-08T00:00:00Z</dcterms:modified>');
  });

  it('gives the same bytes every time', async () => {
    const a = await comparisonDocx(spec);
    await new Promise((r) => setTimeout(r, 2100)); // DOS times have a 2-second resolution
    const b = await comparisonDocx(spec);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('turns an aligned row into cells: local additions ins, parent words del', () => {
    const u = (doc: string, text: string): CompareUnit => ({ doc, anchor: 'art-1', kind: 'article', num: '第一条', index: 0, text });
    const row = alignProvisions(u('l', '对党组织进行提醒、函询和诫勉。'), u('p', '对党组织进行诫勉和改组。'));
    const r = docxRow(row);
    expect(r.left!.runs.filter((x) => x.mark === 'ins').map((x) => x.text).join('')).toContain('提醒');
    expect(r.right!.runs.filter((x) => x.mark === 'del').map((x) => x.text).join('')).toContain('改组');
    expect(r.left!.runs.some((x) => x.mark === 'del')).toBe(false);
    expect(sideRuns([{ op: 'equal', old: '甲', new: '甲' }, { op: 'change', old: '乙', new: '' }], 'new')).toEqual([{ text: '甲' }]);
  });

  it('dates a static file by its documents, never by the day it is built', () => {
    expect(latestDate(['2016-07-08', null, '2017-03-01'])).toBe('2017-03-01');
    expect(latestDate([null, undefined])).toBe('2000-01-01');
    const s = comparisonSpec({ rows: [], local: { title: 'A办法', shortTitle: 'A' }, base: { title: 'B条例', shortTitle: 'B', issued: '2016-07-08' }, parentPair: true, date: '2016-07-08', dateLabel: '文件日期' });
    expect(s.lines[0]).toBe('文件日期：2016年7月8日');
    expect(s.headers).toEqual(['本文件：A', '上位规定：B']);
  });
});
