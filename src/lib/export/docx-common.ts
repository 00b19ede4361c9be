/**
 * What every Word file tiaowen writes shares (the document export
 * `/regulations/<slug>.docx` and the study sheet exported in the browser):
 * an A4 page with the margins of official documents (GB/T 9704: 37 / 35 / 28 /
 * 26 mm), CJK fonts set for East Asian text (宋体 body, 黑体 headings, Times
 * New Roman for Latin letters and digits), zh-CN as the language, and a
 * deterministic package: the same content gives the same bytes (the docx
 * package stamps the time into docProps/core.xml and each zip entry).
 *
 * Pure: no file access, runs in Node and in the browser.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun, type FileChild, type IStylesOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { GAP } from './docx-blocks.ts';

export const FONT_BODY = '宋体';
export const FONT_HEADING = '黑体';
const FONT_LATIN = 'Times New Roman';

/** Twips per millimetre (1 in = 1440 twips = 25.4 mm). */
const mm = (x: number) => Math.round((x * 1440) / 25.4);

/** A4 portrait, in twips. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Page margins of an official document (GB/T 9704-2012): top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** Body text size in half-points: 四号 = 14 pt. */
export const BODY_SIZE = 28;
/** First-line indent of two characters of body text, in twips (14 pt = 280 twips a character). */
export const INDENT_2 = 2 * BODY_SIZE * 10;
const font = (eastAsia: string) => ({ ascii: FONT_LATIN, hAnsi: FONT_LATIN, cs: FONT_LATIN, eastAsia });

/** Styles: body 宋体 四号; title 黑体 二号; headings 黑体 (三号, 四号, 四号). */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONT_BODY), size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 360, after: 0 } },
    },
    title: { run: { font: font(FONT_HEADING), size: 44, bold: false, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 } } },
    heading1: { run: { font: font(FONT_HEADING), size: 32, bold: false, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 }, keepNext: true } },
    heading2: { run: { font: font(FONT_HEADING), size: 28, bold: false, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true } },
    heading3: { run: { font: font(FONT_HEADING), size: 28, bold: false, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  },
};

/** Runs of a text, its line breaks kept as Word line breaks. */
export function textRuns(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...options }));
}

/** A paragraph of body text, indented two characters; `lead` (an article number) in bold before it. */
export function bodyParagraph(text: string, lead?: string, options: { indent?: number } = {}): Paragraph {
  const runs: TextRun[] = [];
  if (lead) runs.push(new TextRun({ text: lead, bold: true, font: font(FONT_HEADING) }));
  if (lead && text) runs.push(new TextRun({ text: GAP }));
  if (text) runs.push(...textRuns(text));
  return new Paragraph({ children: runs, indent: { firstLine: INDENT_2, left: options.indent ?? 0 } });
}

/** A line of small grey text (metadata, links, notes' labels). */
export function smallParagraph(text: string, options: { center?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: textRuns(text, { size: 21, color: '333333' }),
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
  });
}

export interface WordFileOptions {
  title: string;
  description?: string;
  children: FileChild[];
}

/** A Word document on A4 with the shared styles. */
export function wordDocument(options: WordFileOptions): Document {
  return new Document({
    title: options.title,
    ...(options.description ? { description: options.description } : {}),
    creator: '条文 tiaowen',
    lastModifiedBy: '条文 tiaowen',
    revision: 1,
    styles: STYLES,
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children: options.children }],
  });
}

/** The time written into the package (core properties and zip entries): fixed, so builds are reproducible. */
export const PACKAGE_TIME = '2000-01-01T00:00:00Z';

/**
 * Pack a document into the bytes of a .docx file, deterministically: the
 * created/modified times of docProps/core.xml and every zip entry's time are
 * `timestamp` (PACKAGE_TIME unless given), and the entries keep docx's order.
 */
export async function packDocx(doc: Document, timestamp: string = PACKAGE_TIME): Promise<Uint8Array> {
  return stampPackage(new Uint8Array(await Packer.toArrayBuffer(doc)), timestamp);
}

/** Set a package's timestamps to `timestamp` (ISO): core.xml's created/modified and every zip entry's time. */
export function stampPackage(bytes: Uint8Array, timestamp: string): Uint8Array {
  return stampFiles(unzipSync(bytes), timestamp);
}

/** Zip a package's files in their order with `timestamp` (ISO) as core.xml's created/modified and every entry's time. */
export function stampFiles(files: Record<string, Uint8Array>, timestamp: string): Uint8Array {
  const when = new Date(timestamp);
  if (Number.isNaN(when.getTime())) throw new Error(`docx timestamp: expected an ISO date, got "${timestamp}"`);
  const iso = `${when.toISOString().slice(0, 19)}Z`;
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${iso}`));
  // DOS times start in 1980 and have no time zone: a Date built from local fields gives the same bytes in every time zone.
  const mtime = when.getTime() < Date.UTC(1980, 0, 2) ? new Date(1980, 0, 2) : new Date(when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate());
  return zipSync(files, { mtime, level: 6 });
}
