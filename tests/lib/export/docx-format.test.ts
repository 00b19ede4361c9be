/**
 * The page and the styles every Word file shares (src/lib/export/docx-common.ts) and how
 * document-docx.ts turns blocks into Word paragraphs, read from the package's XML of a small
 * hand-made document: A4 with the margins of GB/T 9704 (37 / 35 / 28 / 26 mm = 2098 / 1984 / 1587 /
 * 1474 twips), 宋体 四号 body with Times New Roman for Latin text, 黑体 title (二号) and headings
 * (三号, 四号, 四号; the first two centred), zh-CN, two-character first-line indents, small grey
 * metadata lines, the 解读 on a new page, tables with bold header cells, and the package's fixed
 * timestamps. Built inside each test.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { A4, BODY_SIZE, INDENT_2, MARGINS, PACKAGE_TIME, stampPackage } from '../../../src/lib/export/docx-common.ts';
import { docxChildren, documentDocx } from '../../../src/lib/export/document-docx.ts';
import type { RegDocument } from '../../../src/lib/document.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';
import { errorOf } from '../../support/thrown.ts';

const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode>, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 0, children, ...extra });

function doc(meta: Partial<RegDocument['meta']> = {}): RegDocument {
  return {
    meta: { slug: 'm', title: '某某办法', class: '党内法规', issuer: '中共某某委员会', docNumber: null, issued: '2020-03-05', effective: null, provisional: null, status: 'unknown', ...meta } as RegDocument['meta'],
    aliases: {},
    excluded: [],
    corrections: [],
    root: n('document', {}, [
      n('chapter', { id: 'chp-1', ordinal: 1, num: '第一章', heading: '总则' }, [
        n('article', { id: 'art-1', ordinal: 1, num: '第一条', heading: '目的', text: '为了规范。' }),
        n('article', { id: 'art-2', ordinal: 2, num: '第二条' }, [
          n('item', { id: 'art-2-item-1', ordinal: 1, num: '（一）', text: '一项；' }, [n('sub', { id: 'art-2-item-1-sub-1', ordinal: 1, num: '1.', text: '一目。' })]),
          n('interpretation', { id: 'art-2-interp-1', text: '解读文字。' }),
        ]),
      ]),
      n('signoff', { text: '中共某某委员会' }),
      n('annex', { id: 'annex-1', ordinal: 1, num: '附件1' }, [
        n('table', { id: 'annex-1-table-1', rows: [[{ text: '情形', line: 0 }, { text: '处理', line: 0 }], [{ text: '失职', line: 0, rowspan: 2 }, { text: '批评', line: 0, colspan: 2 }]] }),
      ]),
    ]),
  };
}

const xml = async (d: RegDocument) => {
  const files = unzipSync(await documentDocx(d));
  return { body: strFromU8(files['word/document.xml']!), styles: strFromU8(files['word/styles.xml']!), core: strFromU8(files['docProps/core.xml']!) };
};

const style = (styles: string, id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';

describe('the Word page and styles', () => {
  it('is A4 portrait with the margins of an official document', async () => {
    expect(A4).toEqual({ width: 11906, height: 16838 });
    expect(MARGINS).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    const { body } = await xml(doc());
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
  });

  it('sets 宋体 四号 body text in zh-CN, Times New Roman for Latin text, 1.5 lines', async () => {
    expect([BODY_SIZE, INDENT_2]).toEqual([28, 560]);
    const { styles } = await xml(doc());
    expect(styles).toContain(
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360"/></w:pPr></w:pPrDefault></w:docDefaults>',
    );
  });

  it('sets the title and headings in 黑体, black, not bold: 二号, 三号, 四号, 四号; title and the first two headings centred', async () => {
    const { styles } = await xml(doc());
    const fonts = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman"/><w:b w:val="false"/><w:bCs w:val="false"/><w:color w:val="000000"/>';
    expect(style(styles, 'Title')).toContain(`<w:pPr><w:spacing w:after="360" w:before="240"/><w:jc w:val="center"/></w:pPr><w:rPr>${fonts}<w:sz w:val="44"/>`);
    expect(style(styles, 'Heading1')).toContain(`<w:pPr><w:keepNext/><w:spacing w:after="240" w:before="360"/><w:jc w:val="center"/></w:pPr><w:rPr>${fonts}<w:sz w:val="32"/>`);
    expect(style(styles, 'Heading2')).toContain(`<w:pPr><w:keepNext/><w:spacing w:after="120" w:before="240"/><w:jc w:val="center"/></w:pPr><w:rPr>${fonts}<w:sz w:val="28"/>`);
    expect(style(styles, 'Heading3')).toContain(`<w:pPr><w:keepNext/><w:spacing w:after="120" w:before="240"/></w:pPr><w:rPr>${fonts}<w:sz w:val="28"/>`);
  });

  it('names the file, its description and its author; stamps it with the fixed time', async () => {
    const { core } = await xml(doc());
    expect(core).toContain('<dc:title>某某办法</dc:title><dc:creator>条文 tiaowen</dc:creator><dc:description>发布机关：中共某某委员会；发布日期：2020年3月5日</dc:description><cp:lastModifiedBy>条文 tiaowen</cp:lastModifiedBy><cp:revision>1</cp:revision>');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${PACKAGE_TIME}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${PACKAGE_TIME}</dcterms:modified>`);
    const bare = await xml(doc({ issuer: null, issued: null }));
    expect(bare.core).not.toContain('description');
  });
});

describe('the blocks as Word paragraphs', () => {
  it('prints the title, small grey centred metadata, headings, bold article numbers and indented text', async () => {
    const { body } = await xml(doc());
    expect(body).toContain('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">某某办法</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:color w:val="333333"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t xml:space="preserve">发布机关：中共某某委员会</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">第一章　总则</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">附件1</w:t></w:r></w:p>');
    const lead = (t: string) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman"/><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
    expect(body).toContain(`<w:p><w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>${lead('第一条　目的')}<w:r><w:t xml:space="preserve">　</w:t></w:r><w:r><w:t xml:space="preserve">为了规范。</w:t></w:r></w:p>`);
    // a number without text on its line: no gap after it
    expect(body).toContain(`<w:p><w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>${lead('第二条')}</w:p>`);
    // 项 and 目: no lead, 目 indented further
    expect(body).toContain('<w:p><w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr><w:r><w:t xml:space="preserve">（一）一项；</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:ind w:left="420" w:firstLine="560"/></w:pPr><w:r><w:t xml:space="preserve">1.一目。</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">中共某某委员会</w:t></w:r></w:p>');
  });

  it('starts the 解读 on a new page and labels each in bold, kept with its text', async () => {
    const { body } = await xml(doc());
    expect(body).toContain('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:br w:type="page"/></w:r><w:r><w:t xml:space="preserve">解读</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:keepNext/><w:spacing w:before="240"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">第二条　解读</w:t></w:r></w:p>');
    expect(body.match(/w:type="page"/g)).toHaveLength(1);
    // a heading 解读 of the text itself (it has an id), or one below level 1, is no page break
    const d = doc();
    d.root.children = [n('chapter', { id: 'chp-1', ordinal: 1, heading: '解读' }), n('annex', { id: 'annex-1', ordinal: 1, heading: '解读' }), n('chapter', { id: 'chp-2', ordinal: 2, num: '第二章', heading: '解读' }), n('division', { heading: '解读' }), n('chapter', { num: '第三章' })];
    expect((await xml(d)).body).not.toContain('w:type="page"');
  });

  it('centres a title line inside the text, and keeps a text’s line breaks as Word line breaks', async () => {
    const d = doc();
    d.root.children = [n('title', { text: '某某办法' }), n('title', { text: '（修订）' }), n('article', { id: 'art-1', ordinal: 1, num: '第一条', text: '甲\n乙' })];
    const { body } = await xml(d);
    expect(body).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">（修订）</w:t></w:r></w:p>');
    expect(body).toContain('<w:r><w:t xml:space="preserve">甲</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">乙</w:t></w:r></w:p>');
  });

  it('makes one table of consecutive rows, header cells bold, spans kept', async () => {
    const { body } = await xml(doc());
    expect(body.match(/<w:tbl>/g)).toHaveLength(1);
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(body)![0];
    expect(table.match(/<w:tr>/g)).toHaveLength(2);
    expect(table).toContain('<w:tr><w:trPr><w:tblHeader w:val="off"/></w:trPr>');
    expect(table).toContain('<w:tblW w:type="pct" w:w="5000"/>'); // 100 %, in fiftieths of a per cent
    expect(table).toMatch(/<w:tr><w:trPr><w:tblHeader\/><\/w:trPr><w:tc>.*?<w:r><w:rPr><w:b\/><w:bCs\/><w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr><w:t xml:space="preserve">情形<\/w:t>/);
    expect(table).toMatch(/<w:tcPr><w:vMerge w:val="restart"\/><\/w:tcPr><w:p><w:r><w:rPr><w:b w:val="false"\/><w:bCs w:val="false"\/><w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr><w:t xml:space="preserve">失职<\/w:t>/);
    expect(table).toMatch(/<w:tcPr><w:gridSpan w:val="2"\/><\/w:tcPr><w:p><w:r><w:rPr><w:b w:val="false"\/><w:bCs w:val="false"\/><w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr><w:t xml:space="preserve">批评<\/w:t>/);
    // two groups of rows apart: two tables
    const two = docxChildren([
      { kind: 'row', text: 'a', cells: [{ text: 'a' }], header: true },
      { kind: 'para', text: '中间' },
      { kind: 'row', text: 'b', cells: [{ text: 'b' }], header: true },
      { kind: 'row', text: 'c', cells: [{ text: 'c' }] },
    ]);
    expect(two.map((c) => c.constructor.name)).toEqual(['Table', 'Paragraph', 'Table']);
  });
});

describe('the package', () => {
  // The date of the first zip entry (DOS format: years since 1980, month, day), from its local header.
  const dosDate = (bytes: Uint8Array) => {
    const v = bytes[12]! | (bytes[13]! << 8);
    return [1980 + (v >> 9), (v >> 5) & 15, v & 31];
  };

  it('stamps core.xml and every zip entry with the time given, 1980-01-02 for earlier ones', async () => {
    const bytes = await documentDocx(doc());
    expect(dosDate(bytes)).toEqual([2000, 1, 1]);
    const later = stampPackage(bytes, '2016-07-08T10:20:30Z');
    expect(dosDate(later)).toEqual([2016, 7, 8]);
    expect(strFromU8(unzipSync(later)['docProps/core.xml']!)).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2016-07-08T10:20:30Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2016-07-08T10:20:30Z</dcterms:modified>');
    expect(dosDate(stampPackage(bytes, '1970-01-01T00:00:00Z'))).toEqual([1980, 1, 2]);
    expect(dosDate(stampPackage(bytes, '1980-01-02T00:00:00Z'))).toEqual([1980, 1, 2]);
    expect(errorOf(() => stampPackage(bytes, 'yesterday')).message).toContain('docx timestamp: expected an ISO date, got "yesterday"');
  });
});
