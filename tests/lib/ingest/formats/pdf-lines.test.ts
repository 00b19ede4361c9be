/**
 * What a PDF's text layer yields (src/lib/ingest/formats/pdf.ts, README "Importing"): one line per paragraph
 * the page wrapped (a line reaching the right margin continues on the next, unless that one is indented or
 * opens a provision), page numbers at the top or bottom of a page excluded with a reason, and the refusals.
 * The PDFs are written by hand in each test: Chinese text in a Type0 font (Identity-H, a ToUnicode map, no
 * glyphs embedded: pdf.js reads the text, nothing is drawn), 16 pt (三号, the size of an official document),
 * on an A4 page whose text block runs from x = 90 to 506 (26 characters).
 */
import { describe, expect, it } from 'vitest';
import { extractText, FormatError, type Extracted } from '../../../../src/lib/ingest/formats/index.ts';
import { rejectionOf } from '../../../support/thrown.ts';
import { pdfFile } from './fixtures.ts';

interface Shown {
  x: number;
  y: number;
  text: string;
  /** 宋体 (the body font) unless 黑体 (a second font: bold article numbers, emphasis). */
  font?: 'song' | 'hei';
  size?: number;
}

const SIZE = 16;
const LEFT = 90;
const WIDTH = 26; // characters of 16 pt between x = 90 and 506

/** A PDF of the given pages, each a list of text pieces placed on it; an empty page has no text (a scan). */
function cjkPdf(pages: Shown[][]): Uint8Array {
  const chars: string[] = [];
  const code = (c: string) => {
    let i = chars.indexOf(c);
    if (i < 0) i = chars.push(c) - 1;
    return (i + 1).toString(16).padStart(4, '0');
  };
  const streams = pages.map((shown) =>
    shown.map((s) => `BT /${s.font === 'hei' ? 'F2' : 'F1'} ${s.size ?? SIZE} Tf 1 0 0 1 ${s.x} ${s.y} Tm <${[...s.text].map(code).join('')}> Tj ET`).join('\n'),
  );
  const utf16 = (c: string) => [...Buffer.from(c, 'utf16le').swap16()].map((b) => b.toString(16).padStart(2, '0')).join('');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...Array.from({ length: Math.ceil(chars.length / 100) }, (_, k) => {
      const part = chars.slice(k * 100, k * 100 + 100);
      return `${part.length} beginbfchar ${part.map((c, j) => `<${(k * 100 + j + 1).toString(16).padStart(4, '0')}> <${utf16(c)}>`).join(' ')} endbfchar`;
    }),
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const objs: string[] = [];
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const font = (name: string) =>
    `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /ToUnicode 5 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>`;
  objs[3] = font('SimSun');
  objs[4] = font('SimHei');
  objs[5] = `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`;
  const kids: string[] = [];
  streams.forEach((stream, i) => {
    objs[6 + 2 * i] = `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`;
    objs[7 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${6 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>`;
    kids.push(`${7 + 2 * i} 0 R`);
  });
  objs[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  return pdfFile(objs);
}

/** Lines of a page from the top (y = 760), 24 pt apart, at the left of the text block unless placed. */
const page = (...lines: (string | Partial<Shown>)[]): Shown[] =>
  lines.map((l, i) => ({ x: LEFT, y: 760 - 24 * i, ...(typeof l === 'string' ? { text: l } : l) }) as Shown);

const PROSE = [
  '各级党组织应当把党建工作责任制落实情况作为年度考核的重要内容，考核结果作为干部选拔任用和奖惩的重要依据，',
  '对履行职责不力的依规依纪严肃问责，推动管党治党责任层层落实到位。党委（党组）书记是第一责任人，',
  '班子其他成员根据工作分工，对职责范围内的党建工作负直接领导责任，每年向党委报告履行职责情况。',
].join('');
/** `n` characters of prose, starting at `from`. */
const prose = (n: number, from = 0) => PROSE.slice(from, from + n);
/** A line that fills the text block: it reaches the right margin. */
const full = (from = 0) => prose(WIDTH, from);

const PAGE_NUMBER = 'page number of the PDF';
const pdfLines = async (pages: Shown[][]): Promise<Extracted> => extractText(cjkPdf(pages), 'pdf');

describe('.pdf: a paragraph the page wrapped comes back as one line', () => {
  it('over a page break, the page number between left out: the paragraph stays whole and the number keeps its own line', async () => {
    const bottom = { x: 282, y: 60 };
    const x = await pdfLines([
      page(prose(10), full(10), { ...bottom, text: '- 1 -' }),
      page(prose(12, 36), prose(8, 60), { ...bottom, text: '- 2 -' }),
      page({ x: 282, y: 800, text: '3 / 4' }, prose(9, 70), full(80)),
      page(prose(11, 20), '2024年3月1日'),
    ]);
    expect(x.lines).toEqual([prose(10), full(10) + prose(12, 36), '- 1 -', prose(8, 60), '- 2 -', '3 / 4', prose(9, 70), full(80) + prose(11, 20), '2024年3月1日']);
    expect(x.excluded).toEqual([
      { lines: [3, 3], reason: PAGE_NUMBER },
      { lines: [5, 6], reason: PAGE_NUMBER },
    ]);
    expect([x.notes, x.warnings]).toEqual([['PDF, 4 page(s), text layer (pdf.js)'], []]);
  });
});

describe('.pdf: where a wrapped line ends and a new one starts', () => {
  it('a line one character short of the margin still continues (a character that may not begin a line was carried over); two short, it ends', async () => {
    const x = await pdfLines([page(full(0), prose(WIDTH - 1, 26), prose(10, 51), prose(WIDTH - 2, 61), prose(10, 85))]);
    expect(x.lines).toEqual([full(0) + prose(WIDTH - 1, 26) + prose(10, 51), prose(WIDTH - 2, 61), prose(10, 85)]);
  });

  it('a line indented by two characters, or by one, starts a new paragraph', async () => {
    const x = await pdfLines([page(full(0), { x: LEFT + 2 * SIZE, text: prose(WIDTH - 2, 26) }, prose(5, 50), full(60), { x: LEFT + SIZE, text: prose(WIDTH - 1, 86) }, prose(5, 111))]);
    expect(x.lines).toEqual([full(0), prose(WIDTH - 2, 26) + prose(5, 50), full(60), prose(WIDTH - 1, 86) + prose(5, 111)]);
  });

  it('a line opening a provision starts a new line however the line before it ends; an article cited inside a line does not', async () => {
    const openers = ['第十二条　各级党组织', '第5条　考核结果', '（十一）其他情形', '(3)其他情形', '十一、工作要求', '12. 附则', '附件：问责情形'];
    const x = await pdfLines([page(...openers.flatMap((o, i) => [full(i), o]), full(8), '依照第五条的规定处理。')]);
    expect(x.lines).toEqual([...openers.flatMap((o, i) => [full(i), o.replace('　', ' ')]), `${full(8)}依照第五条的规定处理。`]);
  });

  it('a line set in two fonts (a 黑体 phrase, then 宋体) is one line, and continues the line before it', async () => {
    const x = await pdfLines([
      [
        { x: LEFT, y: 760, text: full(0) },
        { x: LEFT, y: 736, text: '重点是', font: 'hei' },
        { x: LEFT + 3 * SIZE, y: 736, text: prose(8, 30) },
        { x: LEFT, y: 712, text: '第三条', font: 'hei' },
        { x: LEFT + 4 * SIZE, y: 712, text: prose(8, 40) },
      ],
    ]);
    expect(x.lines).toEqual([`${full(0)}重点是${prose(8, 30)}`, `第三条 ${prose(8, 40)}`]);
  });

  it('a page number in the margin beside the text block moves neither margin', async () => {
    const x = await pdfLines([page(full(0), prose(10, 26), { x: 530, y: 60, text: '1' }), page(full(40), prose(10, 66), { x: 40, y: 60, text: '2' })]);
    expect(x.lines).toEqual([full(0) + prose(10, 26), '1', full(40) + prose(10, 66), '2']);
    expect(x.excluded).toEqual([
      { lines: [2, 2], reason: PAGE_NUMBER },
      { lines: [4, 4], reason: PAGE_NUMBER },
    ]);
  });

  it('a page of two short lines gives two lines: the longer one sets the margin', async () => {
    const x = await pdfLines([page(prose(8), prose(12, 8))]);
    expect(x.lines).toEqual([prose(8), prose(12, 8)]);
  });
});

describe('.pdf: page numbers, at the top or the bottom of a page only', () => {
  const SHAPES = ['-2-', '- 12 -', '— 3 —', '–4–', '第5页', '第 6 页', '第7页，共12页', '第 8 页, 共 12 页', '第9页 共12页', '第 10 页，共 12 页', '11/30', '12 / 30', '13'];

  it('in each usual shape: excluded with a reason, each on its own line', async () => {
    const indented = (i: number) => ({ x: LEFT + 2 * SIZE, text: prose(6, 6 * i) });
    const x = await pdfLines([page({ x: 282, y: 800, text: '1' }, full(100), indented(0)), ...SHAPES.map((n, i) => page(indented(i + 1), { x: 282, y: 60, text: n }))]);
    expect(x.lines).toEqual(['1', full(100), prose(6), ...SHAPES.flatMap((n, i) => [prose(6, 6 * (i + 1)), n])]);
    expect(x.excluded).toEqual([{ lines: [1, 1], reason: PAGE_NUMBER }, ...SHAPES.map((_, i) => ({ lines: [5 + 2 * i, 5 + 2 * i], reason: PAGE_NUMBER }))]);
  });

  it('a line of text at the top or bottom of a page that only starts or ends with a number stays text', async () => {
    const at = (x: number, text: string) => ({ x, text });
    const x = await pdfLines([page(full(0), at(LEFT + 2 * SIZE, '联系电话：0531-86088888')), page(at(LEFT + 2 * SIZE, '2024年起施行。'), full(30), at(LEFT + 18 * SIZE, '2024年3月1日'))]);
    expect(x.lines).toEqual([full(0), '联系电话：0531-86088888', '2024年起施行。', full(30), '2024年3月1日']);
    expect(x.excluded).toEqual([]);
  });
});

describe('.pdf: refused, or accepted with a warning, saying why', () => {
  const fields = (e: FormatError) => [e.code, e.title, e.message, e.hint, e.line];

  it('a file pdf.js cannot read: corrupt, with pdf.js’s reason', async () => {
    const e = await rejectionOf(extractText(new TextEncoder().encode('%PDF-1.4\nthis is not a pdf'), 'pdf'), FormatError);
    expect(fields(e)).toEqual(['corrupt', 'corrupt PDF', 'pdf.js could not read the file (Invalid PDF structure.)', 'save or print it again as PDF', undefined]);
  });

  it('a password-protected PDF: encrypted', async () => {
    const raw = new TextDecoder().decode(cjkPdf([page(prose(8))]));
    const locked = raw.replace('/Root 1 0 R >>', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>');
    const e = await rejectionOf(extractText(new TextEncoder().encode(locked), 'pdf'), FormatError);
    expect(fields(e)).toEqual(['encrypted', 'encrypted PDF', 'the PDF is password-protected', 'remove the password and import it again', undefined]);
  });

  it('at most 1,000 pages: 1,000 are read, 1,001 refused', async () => {
    const blank = (n: number) => cjkPdf(Array.from({ length: n }, () => []));
    expect(fields(await rejectionOf(extractText(blank(1000), 'pdf'), FormatError))[0]).toBe('no-text');
    const e = await rejectionOf(extractText(blank(1001), 'pdf'), FormatError);
    expect(fields(e)).toEqual(['too-large', 'too many pages', 'the PDF has 1001 pages (limit 1000): not one measure?', 'split it into one file per measure', undefined]);
  });

  it('pages without text among pages with text: read, with a warning naming each such page', async () => {
    const x = await pdfLines([page(prose(8)), [], page({ x: LEFT + 2 * SIZE, text: prose(5, 8) }), []]);
    expect(x.lines).toEqual([prose(8), prose(5, 8)]);
    expect(x.warnings).toEqual(['page(s) 2, 4 have no text (scanned?): OCR is needed for them']);
  });
});
