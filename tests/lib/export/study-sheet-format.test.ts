/**
 * The study sheet's Word file (src/lib/export/study-sheet-docx.ts) as written, from its XML: the
 * entry's heading as a Heading 3 numbered in order, the citation in bold under it, article numbers
 * bold, 项 indented, table rows as small text with | between cells, the link small in the Hyperlink
 * style, the QR code 30 mm wide (113 px) described by its link, and the note's label bold.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { studySheetDocx } from '../../../src/lib/export/study-sheet-docx.ts';

// A 1×1 PNG.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

const written = async (qrPng?: Uint8Array) => {
  const files = unzipSync(
    await studySheetDocx({
      title: '材料',
      entries: [{ heading: '方式', citation: '《某办法》第六条', url: 'https://e.org/r/x/#art-6', blocks: [{ kind: 'para', lead: '第六条', text: '甲。' }, { kind: 'row', text: '情形\t处理' }, { kind: 'para', text: '（一）乙；', indent: 420 }], note: '备忘', qrPng }],
    }),
  );
  return { body: strFromU8(files['word/document.xml']!), files };
};

describe('the study sheet as written', () => {
  it('numbers each entry as a heading, its citation in bold, its text as on the document page', async () => {
    const { body } = await written();
    expect(body).toContain('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">材料</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t xml:space="preserve">1. 方式</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">《某办法》第六条</w:t></w:r></w:p>');
    expect(body).toContain('<w:t xml:space="preserve">第六条</w:t></w:r><w:r><w:t xml:space="preserve">　</w:t></w:r><w:r><w:t xml:space="preserve">甲。</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:r><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t xml:space="preserve">情形 | 处理</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:ind w:left="420" w:firstLine="560"/></w:pPr><w:r><w:t xml:space="preserve">（一）乙；</w:t></w:r></w:p>');
  });

  it('links the entry in small type, and labels the note in bold', async () => {
    const { body } = await written();
    expect(body).toMatch(/<w:p><w:r><w:rPr><w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr><w:t xml:space="preserve">原文链接：<\/w:t><\/w:r><w:hyperlink [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr><w:t xml:space="preserve">https:\/\/e\.org\/r\/x\/#art-6<\/w:t><\/w:r><\/w:hyperlink><\/w:p>/);
    expect(body).toContain('<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">备注：</w:t></w:r><w:r><w:t xml:space="preserve">备忘</w:t></w:r></w:p>');
    expect(body).not.toContain('<w:drawing>');
  });

  it('counts the entries under the title, and gives an entry without heading or note neither', async () => {
    const files = unzipSync(
      await studySheetDocx({
        title: '材料',
        entries: [
          { citation: '《某办法》第一条', url: 'https://e.org/r/x/#art-1', blocks: [{ kind: 'para', text: '甲。' }] },
          { citation: '《某办法》第二条', url: 'https://e.org/r/x/#art-2', blocks: [] },
        ],
      }),
    );
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:color w:val="333333"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t xml:space="preserve">共2条</w:t></w:r></w:p>');
    expect(body).toContain('<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t xml:space="preserve">1. 《某办法》第一条</w:t></w:r></w:p><w:p><w:pPr><w:ind');
    expect(body).not.toContain('<w:b/>');
    expect(body).not.toContain('备注');
  });

  it('prints the QR code of the link 30 mm wide, described by the link', async () => {
    const { body, files } = await written(PNG);
    expect(body).toContain('<wp:extent cx="1076325" cy="1076325"/>'); // 113 px × 9525 EMU
    expect(body).toContain('<wp:docPr id="1" name="QR" descr="https://e.org/r/x/#art-6" title="原文链接二维码"/>');
    expect(files['word/media/image1.png']).toEqual(PNG);
  });
});
