/**
 * The Word 对照表 (src/lib/export/docx-table.ts) as written, from its XML, for a small spec: the bold
 * 黑体 (SimHei) title in 三号, centred lines, a fixed two-column table 2 cm inside an A4 page with
 * single black borders, a bold centred header row repeated on every page, each cell opening with its
 * number and heading in bold, additions bold and underlined, deletions struck, a line break starting a
 * paragraph, the note in brackets, and each column's empty text; 宋体 五号 throughout.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { comparisonDocx, DOCX_TYPE, type DocxTableSpec } from '../../../src/lib/export/docx-table.ts';

const SPEC: DocxTableSpec = {
  title: '对照表',
  lines: ['制表日期：2016年7月8日'],
  headers: ['左', '右'],
  rows: [
    { left: { num: '第一条', heading: '目的', runs: [{ text: '甲' }, { text: '乙', mark: 'ins' }, { text: '丙\n丁' }], note: '注' }, right: null },
    { left: null, right: { runs: [{ text: '戊', mark: 'del' }, { text: '' }] } },
  ],
  timestamp: '2016-07-08T00:00:00Z',
};

const FONT = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="SimSun" w:hAnsi="Times New Roman"/>';
const SZ = '<w:sz w:val="21"/><w:szCs w:val="21"/>';
const run = (t: string, marks = '') => `<w:r><w:rPr>${FONT}${marks}</w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
const plain = (t: string) => run(t, SZ);
const CELL = '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4819"/></w:tcPr>';
const P60 = '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>';

const xml = async (spec: DocxTableSpec) => {
  const files = unzipSync(await comparisonDocx(spec));
  return { body: strFromU8(files['word/document.xml']!).replace(/^[\s\S]*<w:body>/, ''), styles: strFromU8(files['word/styles.xml']!), core: strFromU8(files['docProps/core.xml']!) };
};

describe('the Word 对照表 as written', () => {
  it('is exactly the page, title, lines, table and cells described', async () => {
    const { body } = await xml(SPEC);
    expect(body).toBe(
      `<w:p><w:pPr><w:spacing w:after="200"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="SimHei" w:hAnsi="Times New Roman"/><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">对照表</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${plain('制表日期：2016年7月8日')}</w:p><w:p/>` +
        `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9638"/><w:tblBorders>` +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:color="000000" w:sz="4"/>`).join('') +
        `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="4819"/></w:tblGrid>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${CELL}<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('左', `<w:b/><w:bCs/>${SZ}`)}</w:p></w:tc>${CELL}<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('右', `<w:b/><w:bCs/>${SZ}`)}</w:p></w:tc></w:tr>` +
        `<w:tr>${CELL}${P60}${run('第一条 目的　', `<w:b/><w:bCs/>${SZ}`)}${plain('甲')}${run('乙', `<w:b/><w:bCs/>${SZ}<w:u w:val="single"/>`)}${plain('丙')}</w:p>${P60}${plain('丁')}</w:p>${P60}${plain('（注）')}</w:p></w:tc>` +
        `${CELL}<w:p>${plain('（无对应条款）')}</w:p></w:tc></w:tr>` +
        `<w:tr>${CELL}<w:p>${plain('（无对应条款）')}</w:p></w:tc>${CELL}${P60}${run('戊', `<w:strike/>${SZ}`)}</w:p></w:tc></w:tr>` +
        `</w:tbl>` +
        `<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/><w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`,
    );
  });

  it('prints each column’s own empty text and the legend, and sets 宋体 五号 as the default', async () => {
    const { body, styles, core } = await xml({ ...SPEC, empty: ['（左无）', '（右无）'], legend: '说明。' });
    expect(body).toContain(`${CELL}<w:p>${plain('（右无）')}</w:p></w:tc></w:tr>`);
    expect(body).toContain(`<w:tr>${CELL}<w:p>${plain('（左无）')}</w:p></w:tc>`);
    expect(body).toContain(`</w:tbl><w:p><w:pPr><w:spacing w:before="120"/></w:pPr>${plain('说明。')}</w:p><w:sectPr>`);
    expect(styles).toContain(`<w:docDefaults><w:rPrDefault><w:rPr>${FONT}${SZ}</w:rPr></w:rPrDefault>`);
    expect(core).toContain('<dc:title>对照表</dc:title><dc:creator>tiaowen</dc:creator>');
    expect(DOCX_TYPE).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('writes a deletion inside a bold head without bold, and an addition after a number bold and underlined once', async () => {
    const { body } = await xml({ ...SPEC, rows: [{ left: { num: '第二条', runs: [{ text: '新', mark: 'ins' }] }, right: { heading: '标题', runs: [{ text: '旧', mark: 'del' }] } }] });
    expect(body).toContain(`${P60}${run('第二条　', `<w:b/><w:bCs/>${SZ}`)}${run('新', `<w:b/><w:bCs/>${SZ}<w:u w:val="single"/>`)}</w:p>`);
    expect(body).toContain(`${P60}${run('标题　', `<w:b/><w:bCs/>${SZ}`)}${run('旧', `<w:strike/>${SZ}`)}</w:p>`);
  });
});
