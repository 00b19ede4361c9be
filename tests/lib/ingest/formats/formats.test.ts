/**
 * The importer's formats: the same measure as .txt (in every encoding and
 * line ending), .docx, .pdf and .html gives the same provision tree; site
 * chrome is excluded with reasons; hostile files get a clear error. Fixtures
 * are generated here (fixtures.ts), none is committed.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractText, FormatError, type Extracted, type SourceFormat } from '../../../../src/lib/ingest/formats/index.ts';
import { sourceSpec } from '../../../../src/schemas/manifest.ts';
import { buildSource } from '../../../../scripts/lib/ingest-core.ts';
import { walk } from '../../../../src/lib/tree.ts';
import { hasChromium, makeDoc, makeDocx, makeHtml, makePdf, makeLyingZip, makeRawPdf, makeZipBomb, MEASURE, measureText } from './fixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The provision tree of extracted text, as `id kind text` lines (line numbers aside: they differ by format). */
function outline(x: Extracted): string[] {
  const spec = sourceSpec.parse({ file: `m.${x.format}`, exclude: x.excluded, documents: [{ slug: 'm', lines: [1, x.lines.length] }] });
  const { docs, diagnostics } = buildSource(spec, x.lines, `m.${x.format}`);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return [...walk(docs[0].root)].map(([n]) => `${n.id ?? ''} ${n.kind} ${[n.num, n.heading, n.text].filter(Boolean).join(' ').replace(/\s+/g, '')}`);
}

async function refusal(bytes: Uint8Array, format: SourceFormat): Promise<FormatError> {
  try {
    await extractText(bytes, format);
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return e as FormatError;
  }
  throw new Error(`expected ${format} to be refused`);
}

/** The tree of the plain UTF-8 text: built in each test (not before the tests), so that mutation testing covers the extractors and the pipeline per test. */
const referenceOutline = async () => outline(await extractText(utf8(measureText()), 'txt'));

describe('the same measure in every format gives the same provision tree', () => {
  it('the reference tree has chapters, articles, items and paragraphs', async () => {
    const reference = await referenceOutline();
    expect(reference.filter((l) => / article /.test(l))).toHaveLength(5);
    expect(reference).toContain('art-3-para-1-item-2 item （二）党的建设缺失，党内政治生活不严肃、不健康，党的组织建设薄弱，党员教育管理监督工作不到位的；');
    expect(reference.some((l) => l.startsWith('chp-3 '))).toBe(true);
  });

  it.each([
    ['UTF-8 with BOM, CRLF', () => utf8(`\ufeff${measureText('\r\n')}`), 'utf-8'],
    ['GB18030, CRLF', () => iconv.encode(measureText('\r\n'), 'gb18030'), 'gb18030'],
    ['GBK', () => iconv.encode(measureText(), 'gbk'), 'gb18030'],
    ['UTF-16LE with BOM', () => iconv.encode(`\ufeff${measureText()}`, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM', () => iconv.encode(measureText(), 'utf-16be'), 'utf-16be'],
  ])('.txt %s', async (_name, bytes, encoding) => {
    const x = await extractText(bytes(), 'txt');
    expect(x.encoding).toBe(encoding);
    expect(x.warnings).toEqual([]);
    expect(x.lines).toEqual(MEASURE);
    expect(outline(x)).toEqual(await referenceOutline());
  });

  it('.docx written with the docx package', async () => {
    const x = await extractText(await makeDocx(), 'docx');
    expect(x.lines).toEqual(MEASURE);
    expect(outline(x)).toEqual(await referenceOutline());
  });

  it('.doc (legacy Word 97, generated: an OLE container with a minimal FIB and piece table)', async () => {
    const x = await extractText(makeDoc(), 'doc');
    expect(x.lines).toEqual(MEASURE);
    expect(outline(x)).toEqual(await referenceOutline());
  });

  it('.html: the main text, the chrome excluded with its reasons, no script text', async () => {
    const x = await extractText(utf8(makeHtml()), 'html');
    expect(outline(x)).toEqual(await referenceOutline());
    const reasonOf = (text: string) => {
      const n = x.lines.findIndex((l) => l.includes(text)) + 1;
      expect(n, text).toBeGreaterThan(0);
      return x.excluded.find((e) => e.lines[0] <= n && n <= e.lines[1])?.reason;
    };
    expect(reasonOf('当前位置')).toMatch(/breadcrumb/);
    expect(reasonOf('信息公开')).toMatch(/navigation/);
    expect(reasonOf('浏览次数')).toMatch(/发布时间/);
    expect(reasonOf('ICP备')).toMatch(/ICP/);
    expect(reasonOf('某某学院章程')).toMatch(/related links/);
    expect(reasonOf('主办单位')).toMatch(/footer/);
    expect(reasonOf('打印本页')).toMatch(/page tools/);
    expect(reasonOf('第一条')).toBeUndefined();
    expect(x.lines.join('\n')).not.toMatch(/alert|document\.write|第九条|请启用脚本|color:red/);
    expect(x.notes.join(' ')).toMatch(/4 script\/style\/frame element/);
  });

  it('.html in GB2312 declared by <meta charset>', async () => {
    const x = await extractText(iconv.encode(makeHtml().replace('charset="utf-8"', 'charset="gb2312"'), 'gb18030'), 'html');
    expect(x.encoding).toBe('gb18030');
    expect(outline(x)).toEqual(await referenceOutline());
  });

  it.skipIf(!hasChromium())('.pdf printed by Chromium: lines the page wrapped come back whole', async () => {
    const x = await extractText(await makePdf(), 'pdf');
    expect(x.lines).toEqual(MEASURE);
    expect(outline(x)).toEqual(await referenceOutline());
  }, 60_000);

  it.skipIf(!hasChromium())('.pdf over two pages with page numbers: the numbers are excluded with a reason, the rest is the text', async () => {
    const long = [MEASURE[0], ...MEASURE.slice(1), ...Array.from({ length: 40 }, (_, i) => `第${i + 6}条 本条为填充内容，用于使文件跨越多页，以检验分页处的页码被排除而条文保持完整。`)];
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font:16px/1.8 'WenQuanYi Micro Hei',sans-serif} p{margin:0;text-indent:2em}</style></head><body><h1>${long[0]}</h1>${long
      .slice(1)
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`;
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    let pdf: Uint8Array;
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      pdf = new Uint8Array(await page.pdf({ format: 'A4', displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:10px;width:100%;text-align:center"><span class="pageNumber"></span></div>', margin: { top: '2cm', bottom: '2cm' } }));
    } finally {
      await browser.close();
    }
    const x = await extractText(pdf, 'pdf');
    expect(x.lines.filter((_, i) => !x.excluded.some((e) => e.lines[0] <= i + 1 && i + 1 <= e.lines[1]))).toEqual(long);
    expect(x.excluded.length).toBeGreaterThan(1);
    expect(x.excluded.every((e) => e.reason === 'page number of the PDF')).toBe(true);
  }, 60_000);
});

describe('encodings: found, and reported when unsure', () => {
  it('a short GB18030 text is decoded, and the guess is reported, not taken silently', async () => {
    const x = await extractText(iconv.encode('第一条 为了规范。\n', 'gb18030'), 'txt');
    expect(x.lines).toEqual(['第一条 为了规范。']);
    expect(x.warnings.join(' ')).toMatch(/the encoding is a guess: GB18030/);
  });

  it('the encoding the manifest declares is used as is', async () => {
    const x = await extractText(iconv.encode('第一条 为了规范。\n', 'gb18030'), 'txt', 'gb18030');
    expect(x.warnings).toEqual([]);
    expect(x.notes[0]).toMatch(/declared in the manifest/);
  });

  it('binary data is refused, naming the line', async () => {
    const e = await refusal(new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x01, 0x02, 0x03]), 'txt');
    expect(e.message).toMatch(/NUL bytes/);
    expect(e.line).toBe(2);
  });
});

describe('hostile files get a clear error', () => {
  it('a corrupt .docx', async () => {
    const docx = await makeDocx();
    const e = await refusal(docx.subarray(0, 200), 'docx');
    expect(e.code).toBe('corrupt');
  });

  it('an encrypted .docx (an OLE container, as Office writes password-protected files)', async () => {
    const e = await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]), 'docx');
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/password-protected/);
  });

  it('a .docx that declares gigabytes uncompressed is refused before inflating', async () => {
    const e = await refusal(makeZipBomb(), 'docx');
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/4096 MiB uncompressed.*nothing was inflated/);
  });

  it('a .docx whose sizes lie is stopped while inflating', async () => {
    const e = await refusal(makeLyingZip(), 'docx');
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/word\/document\.xml inflates past the 4096 bytes its zip directory declares/);
  });

  it('a PDF of 2,000 pages', async () => {
    const e = await refusal(makeRawPdf(2000, 'Article 1'), 'pdf');
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/2000 pages \(limit 1000\)/);
  });

  it('a scanned PDF (no text layer) says OCR is needed', async () => {
    const e = await refusal(makeRawPdf(3, null), 'pdf');
    expect(e.code).toBe('no-text');
    expect(e.message).toMatch(/3 page\(s\) but no text.*OCR is needed/);
  });

  it('a corrupt PDF', async () => {
    const e = await refusal(utf8('%PDF-1.4\nthis is not a pdf'), 'pdf');
    expect(['corrupt', 'no-text']).toContain(e.code);
  });

  it('an encrypted PDF', async () => {
    const raw = new TextDecoder().decode(makeRawPdf(1, 'secret'));
    const encrypted = raw.replace('/Root 1 0 R >>', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>');
    const e = await refusal(utf8(encrypted), 'pdf');
    expect(e.code).toBe('encrypted');
  });

  it('an .html full of <script>: no script text and no markup reaches the lines', async () => {
    const scripts = Array.from({ length: 500 }, (_, i) => `<script>var a${i} = "<p>第一条 假的</p>";</script><style>p{}</style>`).join('');
    const x = await extractText(utf8(`<html><body>${scripts}<p>第一条 &lt;script&gt;alert(1)&lt;/script&gt;为了规范。</p><iframe src="x"><p>框架</p></iframe></body></html>`), 'html');
    expect(x.lines).toEqual(['第一条 <script>alert(1)</script>为了规范。']); // text, escaped later by the MDX writer
    expect(x.notes.join(' ')).toMatch(/1001 script\/style\/frame element/);
    const only = await refusal(utf8(`<html><body>${scripts}</body></html>`), 'html');
    expect(only.code).toBe('no-text');
  });

  it('an encrypted .doc (the FIB says so)', async () => {
    const e = await refusal(makeDoc(MEASURE, true), 'doc');
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/password-protected/);
  });

  it('a .docx named .doc, and a non-Word .doc', async () => {
    expect((await refusal(await makeDocx(), 'doc')).message).toMatch(/zip package \(\.docx\)/);
    expect((await refusal(utf8('hello'), 'doc')).code).toBe('corrupt');
  });

  it('an empty file', async () => {
    expect((await refusal(new Uint8Array(0), 'txt')).code).toBe('empty');
  });
});

describe('saved web pages without <article>', () => {
  const page = (body: string, title = '某某学院党建工作问责办法_某某学院') =>
    utf8(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);
  const reasons = (x: Extracted) => x.lines.map((l, i) => [l, x.excluded.find((e) => e.lines[0] <= i + 1 && i + 1 <= e.lines[1])?.reason ?? null]);

  it('a page header by class, 来源 lines and an article-header that holds the title', async () => {
    const x = await extractText(
      page(`<div class="header-wrap"><span>某某市人民政府门户网站</span></div>
        <div class="article-header"><h2>某某学院党建工作问责办法</h2><p>来源：某某学院党委办公室</p></div>
        <div id="zoom"><p>第一条 为了规范，制定本办法。</p></div>`),
      'html',
    );
    expect(reasons(x)).toEqual([
      ['某某学院党建工作问责办法_某某学院', 'page title (<title>), repeated by the heading'],
      ['某某市人民政府门户网站', 'site chrome: page header'],
      ['某某学院党建工作问责办法', null],
      ['来源：某某学院党委办公室', 'page metadata (来源/作者)'],
      ['第一条 为了规范，制定本办法。', null],
    ]);
  });

  it('keeps the <title> when the page gives no heading: it is then the only title', async () => {
    const x = await extractText(page('<p>第一条 为了规范，制定本办法。</p>', '某某办法'), 'html');
    expect(reasons(x)).toEqual([
      ['某某办法', null],
      ['第一条 为了规范，制定本办法。', null],
    ]);
  });
});
