/**
 * The edges of the importer's formats (src/lib/ingest/formats/): the extension a file name gives, the
 * limits and refusals of extractText, runs of excluded lines, the zip budget of a .docx (declared sizes
 * and ratios, nothing inflated), and the OLE checks of a legacy .doc — each a typed FormatError with its
 * code, title, message and hint. Inputs built by hand in each test (formats.test.ts converts whole files).
 */
import CFB from 'cfb';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDoc } from '../../../../src/lib/ingest/formats/doc.ts';
import { checkZipBudget, extractDocx, zipEntries } from '../../../../src/lib/ingest/formats/docx.ts';
import { extractText, formatOf, FormatError, LIMITS, runsOf } from '../../../../src/lib/ingest/formats/index.ts';
import { errorOf, rejectionOf } from '../../../support/thrown.ts';
import { pdfFile } from './fixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const fields = (e: FormatError) => [e.code, e.title, e.message, e.hint, e.line];
const MiB = 2 ** 20;

describe('formatOf', () => {
  it('the format of the last extension, in any case; none for others', () => {
    expect(['a.txt', 'a.DOCX', 'b.c.doc', 'x.Pdf', 'y.html', 'y.HTM'].map(formatOf)).toEqual(['txt', 'docx', 'doc', 'pdf', 'html', 'html']);
    expect(['a.md', 'a', 'a.txt.bak', 'docx', 'a.tx'].map(formatOf)).toEqual([null, null, null, null, null]);
  });
});

describe('extractText', () => {
  it('an empty file, a file of blank lines, too many lines: refused, saying why', async () => {
    expect(fields(await rejectionOf(extractText(new Uint8Array(0), 'txt'), FormatError))).toEqual(['empty', 'empty file', 'the file is empty; expected the text of a regulation', undefined, 1]);
    expect(fields(await rejectionOf(extractText(utf8(' \n\u3000\n\n'), 'txt'), FormatError))).toEqual(['no-text', 'no text', 'no text was found in the file (blank lines only)', undefined, 1]);
    const many = utf8('甲\n'.repeat(LIMITS.maxLines + 1));
    expect(fields(await rejectionOf(extractText(many, 'txt'), FormatError))).toEqual(['too-large', 'too many lines', `${LIMITS.maxLines + 1} lines of text (limit ${LIMITS.maxLines}): not one measure?`, undefined, undefined]);
    expect((await extractText(utf8('甲\n'.repeat(LIMITS.maxLines)), 'txt')).lines).toHaveLength(LIMITS.maxLines);
  });

  it('the limits a hostile file meets', () => {
    expect(LIMITS).toEqual({ maxBytes: 64 * MiB, maxUnzippedBytes: 256 * MiB, maxZipRatio: 200, maxPdfPages: 1000, maxLines: 200_000 });
  });

  it('each format goes to its extractor', async () => {
    expect((await extractText(utf8('<p>第一条 甲。</p>'), 'html')).format).toBe('html');
    expect((await rejectionOf(extractText(utf8('第一条 甲。'), 'docx'), FormatError)).title).toBe('not a .docx');
    expect((await rejectionOf(extractText(utf8('第一条 甲。'), 'doc'), FormatError)).title).toBe('not a .doc');
    expect((await rejectionOf(extractText(utf8('第一条 甲。'), 'pdf'), FormatError)).code).toBe('corrupt');
  });
});

describe('runsOf', () => {
  it('lines of one reason with only blank lines between are one run; another reason or a text line ends it', () => {
    const lines = ['导航', '', '导航', '正文', '导航', '页脚', ' ', '页脚'];
    const marks = new Map([
      [8, 'footer'],
      [1, 'nav'],
      [3, 'nav'],
      [5, 'nav'],
      [6, 'footer'],
    ]);
    expect(runsOf(marks, lines)).toEqual([
      { lines: [1, 3], reason: 'nav' },
      { lines: [5, 5], reason: 'nav' },
      { lines: [6, 8], reason: 'footer' },
    ]);
    expect(runsOf(new Map(), lines)).toEqual([]);
  });
});

describe('.docx: the zip budget, before anything is inflated', () => {
  const part = (name: string, originalSize: number, size: number) => ({ name, originalSize, size });

  it('refuses a package declaring more than 256 MiB in all', () => {
    expect(() => checkZipBudget([part('a', 128 * MiB, 128 * MiB), part('b', 128 * MiB, 128 * MiB)])).not.toThrow();
    const e = errorOf(() => checkZipBudget([part('a', 128 * MiB, 128 * MiB), part('b', 128 * MiB + 1, 128 * MiB)]), FormatError);
    expect(fields(e)).toEqual(['too-large', 'package too large', 'the .docx declares 256 MiB uncompressed (limit 256 MiB): a zip bomb? nothing was inflated', undefined, undefined]);
  });

  it('refuses a part over 1 MiB compressed more than 200:1; smaller parts and lower ratios pass', () => {
    expect(() => checkZipBudget([part('word/document.xml', 200 * MiB, MiB)])).not.toThrow();
    expect(() => checkZipBudget([part('word/document.xml', MiB, 1)])).not.toThrow();
    expect(() => checkZipBudget([part('word/document.xml', MiB + 1, 0)])).toThrow();
    const e = errorOf(() => checkZipBudget([part('word/document.xml', 2 * MiB, 10_000)]), FormatError);
    expect(fields(e)).toEqual(['too-large', 'suspicious compression', `part word/document.xml declares ${2 * MiB} bytes from 10000 compressed (ratio above 200:1): a zip bomb? nothing was inflated`, undefined, undefined]);
  });

  it('reads the central directory only; a broken zip is corrupt', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'word/document.xml': strToU8('<w/>') });
    expect(zipEntries(zip).map((e) => [e.name, e.originalSize])).toEqual([
      ['a.xml', 4],
      ['word/document.xml', 4],
    ]);
    const e = errorOf(() => zipEntries(zip.subarray(0, 40)), FormatError);
    expect([e.code, e.title, e.hint]).toEqual(['corrupt', 'corrupt .docx', 'open it in Word and save it again as .docx']);
    expect(e.message).toMatch(/^the zip package cannot be read \(.+\)$/);
  });

  it('a zip without word/document.xml, an OLE file and a non-zip are refused', async () => {
    const noWord = await rejectionOf(extractDocx(zipSync({ 'a.xml': strToU8('<a/>') })), FormatError);
    expect(fields(noWord)).toEqual(['corrupt', 'not a Word document', 'the zip package has no word/document.xml: not a Word .docx', undefined, undefined]);
    const ole = await rejectionOf(extractDocx(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])), FormatError);
    expect([ole.code, ole.title, ole.hint]).toEqual(['encrypted', 'encrypted or legacy file', 'remove the password (or rename a legacy file to .doc) and import it again']);
    const text = await rejectionOf(extractDocx(utf8('PK\u0003甲')), FormatError);
    expect(fields(text)).toEqual(['corrupt', 'not a .docx', 'the file is not a zip package, as every .docx is', 'open it in Word and save it again as .docx', undefined]);
  });
});

describe('.doc: the OLE container and the Word header', () => {
  const ole = (streams: Record<string, Buffer>) => {
    const c = CFB.utils.cfb_new();
    for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(c, `/${name}`, content);
    return new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
  };
  const header = (magic: number, flags = 0) => {
    const wd = Buffer.alloc(0x40);
    wd.writeUInt16LE(magic, 0);
    wd.writeUInt16LE(flags, 0x0a);
    return wd;
  };

  it('a zip named .doc, and a file that is no OLE container', async () => {
    const zip = await rejectionOf(extractDoc(zipSync({ 'a.xml': strToU8('<a/>') })), FormatError);
    expect(fields(zip)).toEqual(['unsupported', 'a .docx named .doc', 'the file is a zip package (.docx), not a legacy .doc', 'rename it to .docx and import it again', undefined]);
    const text = await rejectionOf(extractDoc(utf8('甲乙丙丁')), FormatError);
    expect(fields(text)).toEqual(['corrupt', 'not a .doc', 'the file is not an OLE compound file, as every legacy Word .doc is', 'open it in Word and save it again', undefined]);
    const cut = await rejectionOf(extractDoc(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])), FormatError);
    expect([cut.code, cut.title, cut.hint]).toEqual(['corrupt', 'corrupt .doc', 'open it in Word and save it again']);
    expect(cut.message).toMatch(/^the OLE container cannot be read \(.+\)$/);
  });

  it('no WordDocument stream, a short one, another Word version, encryption', async () => {
    const other = await rejectionOf(extractDoc(ole({ Workbook: Buffer.alloc(64) })), FormatError);
    expect(fields(other)).toEqual(['corrupt', 'not a Word document', 'the OLE container has no WordDocument stream (an Excel or PowerPoint file?)', undefined, undefined]);
    expect((await rejectionOf(extractDoc(ole({ WordDocument: Buffer.alloc(0x1f) })), FormatError)).title).toBe('not a Word document');
    const version = await rejectionOf(extractDoc(ole({ WordDocument: header(0xa5dc) })), FormatError);
    expect(fields(version)).toEqual(['unsupported', 'unsupported Word version', 'the WordDocument stream is not Word 97–2003 (magic number 0xA5EC missing)', 'save it again as .docx', undefined]);
    const flagged = await rejectionOf(extractDoc(ole({ WordDocument: header(0xa5ec, 0x0100) })), FormatError);
    expect(fields(flagged)).toEqual(['encrypted', 'encrypted .doc', 'the document is password-protected', 'remove the password in Word and import it again', undefined]);
    const info = await rejectionOf(extractDoc(ole({ WordDocument: header(0xa5ec), EncryptionInfo: Buffer.alloc(8) })), FormatError);
    expect(fields(info)).toEqual(['encrypted', 'encrypted document', 'a password-protected Office document', 'remove the password in Word and import it again', undefined]);
    // a Word 97 header without its tables: word-extractor cannot read it
    const body = await rejectionOf(extractDoc(ole({ WordDocument: header(0xa5ec, 0x0200) })), FormatError);
    expect([body.code, body.title]).toEqual(['corrupt', 'corrupt .doc']);
    expect(body.message).toMatch(/^word-extractor could not read the document \(.+\)$/);
  });
});

/** A hand-written PDF whose pages show ASCII lines at the given positions (Helvetica 12 pt); an empty page is a "scan". */
function linesPdf(pages: { x: number; y: number; text: string }[][]): Uint8Array {
  const objs: string[] = [];
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  const kids: string[] = [];
  pages.forEach((lines, i) => {
    const stream = lines.map((l) => `BT /F1 12 Tf 1 0 0 1 ${l.x} ${l.y} Tm (${l.text}) Tj ET`).join('\n');
    objs[4 + 2 * i] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    objs[5 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${4 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`;
    kids.push(`${5 + 2 * i} 0 R`);
  });
  objs[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  return pdfFile(objs);
}

describe('.pdf: lines the page wrapped, page numbers, pages without text', () => {
  const LONG = 'Article text that runs to the right margin of the page here';

  it('a line reaching the right margin continues on the next, unless that one is indented or opens a provision', async () => {
    const pdf = linesPdf([
      [
        { x: 72, y: 720, text: LONG },
        { x: 72, y: 700, text: 'and ends here.' },
        { x: 72, y: 680, text: LONG },
        { x: 96, y: 660, text: 'An indented paragraph.' },
        { x: 72, y: 640, text: LONG },
        { x: 72, y: 620, text: '2. An item.' },
        { x: 72, y: 600, text: 'A short line.' },
        { x: 72, y: 580, text: 'Another line.' },
        { x: 300, y: 40, text: '- 1 -' },
      ],
      [],
    ]);
    const x = await extractText(pdf, 'pdf');
    expect(x.lines).toEqual([`${LONG}and ends here.`, LONG, 'An indented paragraph.', LONG, '2. An item.', 'A short line.', 'Another line.', '- 1 -']);
    expect(x.excluded).toEqual([{ lines: [8, 8], reason: 'page number of the PDF' }]);
    expect(x.notes).toEqual(['PDF, 2 page(s), text layer (pdf.js)']);
    expect(x.warnings).toEqual(['page(s) 2 have no text (scanned?): OCR is needed for them']);
    expect(x.format).toBe('pdf');
  });

  it('page numbers only at the top or bottom of a page, in their usual shapes', async () => {
    const pdf = linesPdf([
      [
        { x: 300, y: 760, text: '3 / 12' },
        { x: 72, y: 720, text: 'First line of the text, much longer than the other lines.' },
        { x: 96, y: 700, text: '12' },
        { x: 72, y: 680, text: 'Last line.' },
      ],
    ]);
    const x = await extractText(pdf, 'pdf');
    expect(x.lines).toEqual(['3 / 12', 'First line of the text, much longer than the other lines.', '12', 'Last line.']);
    expect(x.excluded).toEqual([{ lines: [1, 1], reason: 'page number of the PDF' }]);
  });

  it('not a PDF, and a PDF of scans only', async () => {
    const none = await rejectionOf(extractText(utf8('%PDX-1.4 not a pdf'), 'pdf'), FormatError);
    expect(fields(none)).toEqual(['corrupt', 'not a PDF', 'the file does not start with %PDF-', 'save or print it again as PDF', undefined]);
    const scans = await rejectionOf(extractText(linesPdf([[], []]), 'pdf'), FormatError);
    expect(fields(scans)).toEqual(['no-text', 'no text layer', 'the PDF has 2 page(s) but no text: a scan? OCR is needed before importing', 'run OCR (e.g. ocrmypdf) or ask for the text, then import again', undefined]);
  });
});
