/**
 * A Chinese 对照表 as a Word .docx: title and date at the top, a two-column
 * table with a header row (repeated on every page), each cell opening with
 * its article number in bold, additions bold and underlined, deletions
 * struck through, A4 portrait, 宋体 (SimSun, set as the East Asian font).
 *
 * Pure: rows in, bytes out (the `docx` package writes the XML; packed by
 * docx-common's packDocx). Used by the compare pages, the implementations pages, the draft check
 * (in the browser) and the 修订对照表. Deterministic: the package's own
 * timestamps (dcterms:created/modified, the zip entries' times) are set to
 * `timestamp`, so the same rows give the same bytes.
 */
import { AlignmentType, BorderStyle, Document, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, WidthType } from 'docx';
import { A4, packDocx } from './docx-common.ts';

/** `ins`: text the column adds (bold, underlined); `del`: text the column drops (struck through). */
export type DocxMark = 'ins' | 'del';

export interface DocxRun {
  text: string;
  mark?: DocxMark;
}

/** One side of a row: a provision (number, heading, its text as marked runs; "\n" starts a paragraph). */
export interface DocxCell {
  /** Article number as written (第六条), printed in bold at the start of the cell. */
  num?: string;
  heading?: string;
  runs: DocxRun[];
  /** A short note in brackets after the text (对应关系：细化). */
  note?: string;
}

/** One row: a cell on each side; `null` prints the column's empty text (无对应条款). */
export interface DocxRow {
  left: DocxCell | null;
  right: DocxCell | null;
}

export interface DocxTableSpec {
  title: string;
  /** Lines under the title: the date first (e.g. 制表日期：2026年11月29日), then what is compared. */
  lines: string[];
  /** Column headings of the header row. */
  headers: [string, string];
  rows: DocxRow[];
  /** What an empty cell says, for each column. */
  empty?: [string, string];
  /** Legend printed under the table. */
  legend?: string;
  /** ISO date-time written into the package (core properties, zip entries): fixed for reproducible files. */
  timestamp: string;
}

/** MIME type of a .docx. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 宋体 for Chinese, Times New Roman for Latin text. */
export const DOCX_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' } as const;

const MARGIN = 1134; // 2 cm
const TABLE_WIDTH = A4.width - 2 * MARGIN;
const BODY_SIZE = 21; // 五号 (10.5 pt), in half-points
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function runOf(text: string, mark?: DocxMark, bold = false): TextRun {
  return new TextRun({
    text,
    font: DOCX_FONT,
    size: BODY_SIZE,
    ...(mark === 'ins' ? { bold: true, underline: { type: UnderlineType.SINGLE } } : {}),
    ...(mark === 'del' ? { strike: true } : {}),
    ...(bold && mark !== 'ins' ? { bold: true } : {}),
  });
}

/** The paragraphs of a cell: runs split at line breaks; the number (and heading) open the first. */
export function cellParagraphs(cell: DocxCell | null, empty: string): Paragraph[] {
  if (!cell) return [new Paragraph({ children: [runOf(empty)] })];
  const paras: TextRun[][] = [[]];
  const head = [cell.num, cell.heading].filter(Boolean).join(' ');
  if (head) paras[0]!.push(runOf(`${head}　`, undefined, true));
  for (const r of cell.runs) {
    r.text.split('\n').forEach((piece, i) => {
      if (i > 0) paras.push([]);
      if (piece) paras[paras.length - 1]!.push(runOf(piece, r.mark));
    });
  }
  if (cell.note) paras.push([runOf(`（${cell.note}）`)]);
  return paras.map((children) => new Paragraph({ children, spacing: { after: 60 } }));
}

function row(cells: Paragraph[][], header = false): TableRow {
  return new TableRow({
    // Only on the header row: docx writes `tableHeader: false` as <w:tblHeader w:val="false"/>, which some readers take as a header.
    ...(header ? { tableHeader: true } : {}),
    children: cells.map((children) => new TableCell({ children, width: { size: TABLE_WIDTH / 2, type: WidthType.DXA } })),
  });
}

/** The docx Document object (exported for tests that inspect it before packing). */
export function comparisonDocument(spec: DocxTableSpec): Document {
  const empty = spec.empty ?? ['（无对应条款）', '（无对应条款）'];
  const header = row(spec.headers.map((h) => [new Paragraph({ alignment: AlignmentType.CENTER, children: [runOf(h, undefined, true)] })]), true);
  const table = new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: [TABLE_WIDTH / 2, TABLE_WIDTH / 2],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...spec.rows.map((r) => row([cellParagraphs(r.left, empty[0]), cellParagraphs(r.right, empty[1])]))],
  });
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text: spec.title, font: { ...DOCX_FONT, eastAsia: 'SimHei' }, size: 32, bold: true })],
  });
  const lines = spec.lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [runOf(l)] }));
  const legend = spec.legend ? [new Paragraph({ spacing: { before: 120 }, children: [runOf(spec.legend)] })] : [];
  return new Document({
    creator: 'tiaowen',
    title: spec.title,
    styles: { default: { document: { run: { font: DOCX_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [title, ...lines, new Paragraph({ children: [] }), table, ...legend],
      },
    ],
  });
}

/** The .docx bytes of a 对照表. */
export async function comparisonDocx(spec: DocxTableSpec): Promise<Uint8Array> {
  return packDocx(comparisonDocument(spec), spec.timestamp);
}

