/**
 * The trainer's study sheet as a Word file (built in the browser, on A4 with
 * the shared styles of src/lib/export/docx-common.ts): the sheet's title,
 * then each chosen provision in the trainer's order — its optional heading,
 * its citation, its text (article numbers bold), its permanent link with the
 * QR code of that link, and the trainer's note.
 */
import { ExternalHyperlink, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { bodyParagraph, packDocx, smallParagraph, textRuns, wordDocument } from './docx-common.ts';
import type { DocxBlock } from './docx-blocks.ts';

export interface StudySheetEntry {
  heading?: string | undefined;
  note?: string | undefined;
  citation: string;
  /** The absolute permanent link of the provision. */
  url: string;
  blocks: DocxBlock[];
  /** The QR code of `url`, as PNG bytes. */
  qrPng?: Uint8Array | undefined;
}

export interface StudySheetDocx {
  title: string;
  entries: StudySheetEntry[];
}

/** QR codes print 30 mm wide: a phone reads them from arm's length. */
const QR_PX = 113;

function entryChildren(e: StudySheetEntry, n: number): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: textRuns(`${n}. ${e.heading ?? e.citation}`) }));
  if (e.heading) out.push(new Paragraph({ children: textRuns(e.citation, { bold: true }) }));
  for (const b of e.blocks) {
    if (b.kind === 'row') out.push(new Paragraph({ children: textRuns(b.text.replace(/\t/g, ' | '), { size: 21 }) }));
    else out.push(bodyParagraph(b.text, b.lead, { indent: b.indent ?? 0 }));
  }
  out.push(new Paragraph({
    children: [
      new TextRun({ text: '原文链接：', size: 21 }),
      new ExternalHyperlink({ link: e.url, children: [new TextRun({ text: e.url, style: 'Hyperlink', size: 21 })] }),
    ],
  }));
  if (e.qrPng) {
    out.push(new Paragraph({
      children: [new ImageRun({ type: 'png', data: e.qrPng, transformation: { width: QR_PX, height: QR_PX }, altText: { name: 'QR', title: '原文链接二维码', description: e.url } })],
    }));
  }
  if (e.note) {
    out.push(new Paragraph({ children: [new TextRun({ text: '备注：', bold: true }), ...textRuns(e.note)] }));
  }
  return out;
}

/** The bytes of the study sheet's .docx. */
export function studySheetDocx(sheet: StudySheetDocx): Promise<Uint8Array> {
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(sheet.title) }),
    smallParagraph(`共${sheet.entries.length}条`, { center: true }),
    ...sheet.entries.flatMap((e, i) => entryChildren(e, i + 1)),
  ];
  return packDocx(wordDocument({ title: sheet.title, children }));
}
