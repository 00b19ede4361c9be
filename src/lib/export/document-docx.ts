/**
 * `/regulations/<slug>.docx`: the document as a Word file for printing and
 * circulation (A4, 宋体 body, 黑体 headings; src/lib/export/docx-common.ts).
 *
 * - the title, then the metadata (文号, 发布机关, 发布日期, 施行日期, 效力状态);
 * - 编/章 as Heading 1, 节 and annexes as Heading 2, commentary headings as
 *   Heading 3, centred as official texts print them;
 * - every article opens with its number in bold (第六条), its heading after it,
 *   and its first 款 on the same line; 款 indented two characters; 项/目 on
 *   lines of their own with their numbering as written; tables as Word tables;
 * - the 解读 kept apart from the binding text: after it, under a heading
 *   解读, each labelled with the article it explains.
 *
 * `docxBlocks` is the reading order the file has; tests compare it with the
 * page and with what mammoth reads back.
 */
import { AlignmentType, HeadingLevel, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type Document, type FileChild } from 'docx';
import type { RegDocument } from '../document.ts';
import { bodyParagraph, packDocx, smallParagraph, textRuns, wordDocument } from './docx-common.ts';
import { docxBlocks, metadataLines, type DocxBlock } from './docx-blocks.ts';

export { docxBlocks, type DocxBlock } from './docx-blocks.ts';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function tableOf(rows: DocxBlock[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({
      tableHeader: r.header ?? false,
      children: (r.cells ?? []).map((c) => new TableCell({
        children: [new Paragraph({ children: textRuns(c.text, { bold: r.header ?? false, size: 21 }) })],
        ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
        ...(c.colspan ? { columnSpan: c.colspan } : {}),
      })),
    })),
  });
}

/** Blocks → Word paragraphs and tables (consecutive rows make one table). */
export function docxChildren(blocks: readonly DocxBlock[]): FileChild[] {
  const out: FileChild[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'row') {
      const rows: DocxBlock[] = [];
      while (blocks[i]?.kind === 'row') rows.push(blocks[i++]!);
      i--;
      out.push(tableOf(rows));
      continue;
    }
    if (b.kind === 'title') out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] }));
    else if (b.kind === 'meta') out.push(smallParagraph(b.text, { center: true }));
    else if (b.kind === 'heading') {
      const pageBreak = b.level === 1 && b.text === '解读' && !b.id;
      out.push(new Paragraph({ heading: HEADING[b.level ?? 1], children: [...(pageBreak ? [new PageBreak()] : []), ...textRuns(b.text)] }));
    } else if (b.kind === 'label') out.push(new Paragraph({ children: textRuns(b.text, { bold: true }), spacing: { before: 240 }, keepNext: true }));
    else if (b.center) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(b.text) }));
    else if (b.right) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(b.text) }));
    else out.push(bodyParagraph(b.text, b.lead, { indent: b.indent ?? 0 }));
  }
  return out;
}

/** The bytes of `/regulations/<slug>.docx` (deterministic). */
export function documentDocx(doc: RegDocument): Promise<Uint8Array> {
  return packDocx(documentWord(doc));
}

/** The Word document of a regulation, before packing (documentDocx; docx-pack.ts packs it once for the build). */
export function documentWord(doc: RegDocument): Document {
  const description = metadataLines(doc.meta).join('；');
  return wordDocument({ title: doc.meta.title, ...(description ? { description } : {}), children: docxChildren(docxBlocks(doc)) });
}
