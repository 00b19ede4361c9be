/**
 * PDF with a text layer (pdf.js through unpdf). Text items are grouped into
 * visual lines by position; a line that reaches the right margin continues on
 * the next line unless that one is indented or opens a provision (so a
 * paragraph wrapped by the page comes back as one line, as in the .txt).
 * Page numbers at the top or bottom of a page are excluded with a reason.
 * A PDF without text (a scan) is refused: OCR is needed first.
 */
import { getDocumentProxy } from 'unpdf';
import { FormatError, LIMITS, runsOf, type Extracted } from './types.ts';

interface VisualLine {
  text: string;
  left: number;
  right: number;
  size: number;
  page: number;
  /** first or last line of its page */
  edge: boolean;
}

interface Item {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** A new provision starts here: 第…条/章/节, （一）, 一、, 1. */
const OPENS = /^[\s\u3000]*(第[一二三四五六七八九十百千零〇两\d]+[条章节编]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|附件)/u;
const PAGE_NUMBER = /^[\s\u3000]*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,4})[\s\u3000]*$/u;

function linesOfPage(items: Item[], page: number): VisualLine[] {
  const out: VisualLine[] = [];
  let cur: VisualLine | null = null;
  let lastY = NaN;
  for (const it of items) {
    if (it.str === '' && !it.hasEOL) continue;
    const [a, , , d, x, y] = it.transform;
    const size = Math.abs(d) || Math.abs(a) || it.height || 10;
    if (!cur || Math.abs(y - lastY) > size * 0.5) {
      if (cur) out.push(cur);
      cur = { text: '', left: x, right: x, size, page, edge: false };
    }
    cur.text += it.str;
    if (it.str.trim() !== '') cur.right = Math.max(cur.right, x + it.width);
    cur.left = Math.min(cur.left, x);
    lastY = y;
    if (it.hasEOL) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  const kept = out.filter((l) => l.text.trim() !== '');
  if (kept.length) {
    kept[0].edge = true;
    kept[kept.length - 1].edge = true;
  }
  return kept;
}

/** Join lines the page wrapped; mark page numbers. */
function assemble(visual: VisualLine[]): { lines: string[]; marks: Map<number, string> } {
  const body = visual.filter((l) => !(l.edge && PAGE_NUMBER.test(l.text)));
  const left = Math.min(...body.map((l) => l.left));
  const right = Math.max(...body.map((l) => l.right));
  const lines: string[] = [];
  const marks = new Map<number, string>();
  let joinNext = false;
  // The line a wrapped line continues: the last line of text, not a page number printed between the two
  // (a paragraph running over a page break comes back whole, the number keeping its own excluded line).
  let open = -1;
  for (const l of visual) {
    if (l.edge && PAGE_NUMBER.test(l.text)) {
      lines.push(l.text.trim());
      marks.set(lines.length, 'page number of the PDF');
      continue;
    }
    const indented = l.left > left + l.size * 0.9;
    if (joinNext && !indented && !OPENS.test(l.text)) lines[open] += l.text.trimStart();
    else open = lines.push(l.text) - 1;
    joinNext = l.right >= right - l.size * 1.2;
  }
  return { lines: lines.map((s) => s.trimEnd()), marks };
}

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  if (String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') throw new FormatError('corrupt', 'not a PDF', 'the file does not start with %PDF-', 'save or print it again as PDF');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
  } catch (e) {
    const err = e as Error;
    if (err.name === 'PasswordException') throw new FormatError('encrypted', 'encrypted PDF', 'the PDF is password-protected', 'remove the password and import it again');
    throw new FormatError('corrupt', 'corrupt PDF', `pdf.js could not read the file (${err.message})`, 'save or print it again as PDF');
  }
  try {
    if (pdf.numPages > LIMITS.maxPdfPages) throw new FormatError('too-large', 'too many pages', `the PDF has ${pdf.numPages} pages (limit ${LIMITS.maxPdfPages}): not one measure?`, 'split it into one file per measure');
    const visual: VisualLine[] = [];
    const empty: number[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const lines = linesOfPage(content.items as Item[], p);
      if (!lines.length) empty.push(p);
      visual.push(...lines);
      page.cleanup();
    }
    if (!visual.length) throw new FormatError('no-text', 'no text layer', `the PDF has ${pdf.numPages} page(s) but no text: a scan? OCR is needed before importing`, 'run OCR (e.g. ocrmypdf) or ask for the text, then import again');
    const { lines, marks } = assemble(visual);
    const warnings = empty.length ? [`page(s) ${empty.join(', ')} have no text (scanned?): OCR is needed for them`] : [];
    return { format: 'pdf', lines, notes: [`PDF, ${pdf.numPages} page(s), text layer (pdf.js)`], warnings, excluded: runsOf(marks, lines) };
  } finally {
    await pdf.destroy();
  }
}
