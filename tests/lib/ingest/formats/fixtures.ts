/**
 * Format fixtures generated at test time (no binaries of unknown origin are
 * committed): one measure as .txt (UTF-8, GB18030, UTF-16), .docx (written
 * with the `docx` package), .pdf (printed by Debian's Chromium), .html (a
 * saved government page with its chrome), and hostile variants.
 */
import CFB from 'cfb';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** A small measure with chapters, articles, paragraphs, items and lines long enough to wrap on an A4 page. */
export const MEASURE = [
  '某某学院党建工作问责办法',
  '第一章 总则',
  '第一条 为深入贯彻党要管党、从严治党要求，全面落实党建工作责任制，加强党建工作问责，根据《中国共产党问责条例》等党内法规，结合学院实际，制定本办法。',
  '第二条 学院党建工作问责坚持依规依纪、实事求是，失责必问、问责必严，惩前毖后、治病救人，分级负责、层层落实责任的原则。',
  '第二章 问责情形和方式',
  '第三条 有下列情形之一的，应当予以问责：',
  '（一）党的领导弱化，党的理论和路线方针政策以及党中央的决策部署没有得到有效贯彻落实，在推进学院改革发展中出现重大偏差和失误，给党的事业和人民利益造成严重损失，产生恶劣影响的；',
  '（二）党的建设缺失，党内政治生活不严肃、不健康，党的组织建设薄弱，党员教育管理监督工作不到位的；',
  '（三）全面从严治党不力，主体责任、监督责任落实不到位，管党治党失之于宽松软的。',
  '第四条 对党组织的问责方式包括检查、通报、改组。',
  '对党员领导干部的问责方式包括通报、诫勉、组织调整或者组织处理、纪律处分。',
  '第三章 附则',
  '第五条 本办法由学院党委负责解释，自印发之日起施行。',
];

export const measureText = (eol = '\n') => MEASURE.join(eol) + eol;

export async function makeDocx(lines = MEASURE): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved page of a government site: navigation, breadcrumb, info line, scripts, related links, footer with ICP line. */
export function makeHtml(lines = MEASURE): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(lines[0])}_某某学院</title>
<script>window.alert('x'); document.write('<p>第九条 注入</p>');</script>
<style>.nav{color:red}</style></head>
<body>
<div class="top-nav"><a href="/">首页</a><a href="/xxgk">信息公开</a><a href="/zcfg">政策法规</a></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zcfg">政策法规</a></div>
<div class="article">
<h1>${escapeHtml(lines[0])}</h1>
<div class="info">发布时间：2023-03-01 浏览次数：1024 字号：[大 中 小]</div>
<div class="TRS_Editor">
${lines.slice(1).map((l) => `<p style="text-indent:2em">${escapeHtml(l)}</p>`).join('\n')}
</div>
<script src="/stat.js"></script><noscript><p>请启用脚本</p></noscript>
<div class="bottom-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">关于印发某某办法的通知</a></li><li><a href="/b">某某学院章程</a></li></ul></div>
<div class="footer"><p>主办单位：某某学院党委办公室</p><p>鲁ICP备12345678号-1 鲁公网安备 37110202000000号</p></div>
</body></html>`;
}

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);

/** The measure printed to PDF by Chromium (A4, paragraphs indented two characters, as official documents are). */
export async function makePdf(lines = MEASURE, html?: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const body = html ?? `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font:16px/1.8 'WenQuanYi Micro Hei',sans-serif;margin:0} p{margin:0;text-indent:2em} h1{font-size:22px;text-align:center}</style></head><body><h1>${escapeHtml(lines[0])}</h1>${lines
      .slice(1)
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('')}</body></html>`;
    await page.setContent(body);
    return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' } }));
  } finally {
    await browser.close();
  }
}

/** A minimal hand-written PDF: `pages` pages, each showing `text` (ASCII) or nothing (a "scan"). */
export function makeRawPdf(pages: number, text: string | null): Uint8Array {
  const objs: string[] = [];
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const kids: string[] = [];
  const stream = text ? `BT /F1 12 Tf 72 720 Td (${text}) Tj ET` : '';
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  objs[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let i = 0; i < pages; i++) {
    const n = 5 + i;
    kids.push(`${n} 0 R`);
    objs[n] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>';
  }
  objs[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return pdfFile(objs);
}

/** A PDF file of the numbered objects (1 the catalog), with its cross-reference table and trailer (ASCII objects only). */
export function pdfFile(objs: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objs.length; n++) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objs[n]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

/** A .docx-shaped zip whose one part declares ~4 GiB uncompressed (the central directory is all that is read). */
export function makeZipBomb(): Uint8Array {
  const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(1024 * 1024) }, { level: 9 });
  // patch the declared uncompressed size of word/document.xml in the central directory to 0xFFFFFFF0
  const b = new Uint8Array(zip);
  const view = new DataView(b.buffer);
  for (let i = 0; i + 4 < b.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      const nameLen = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(b.subarray(i + 46, i + 46 + nameLen));
      if (name === 'word/document.xml') view.setUint32(i + 24, 0xfffffff0, true);
    }
  }
  return b;
}

/**
 * A minimal legacy Word 97 .doc: an OLE container (written with cfb) holding a
 * WordDocument stream (FIB: magic, table stream flag, ccpText, the CLX
 * pointer; the text as UTF-16 at 0x800, paragraphs ended by CR) and a 1Table
 * stream with a one-piece piece table. Enough for word-extractor, which reads
 * what Word writes; `encrypted` sets the FIB's fEncrypted flag.
 */
export function makeDoc(lines = MEASURE, encrypted = false): Uint8Array {
  const text = `${lines.join('\r')}\r`;
  const textBytes = Buffer.from(text, 'utf16le');
  const TEXT_AT = 0x800;
  const wd = Buffer.alloc(Math.max(4096, TEXT_AT + textBytes.length));
  wd.writeUInt16LE(0xa5ec, 0); // wIdent
  wd.writeUInt16LE(0x00c1, 2); // nFib: Word 97
  wd.writeUInt16LE(0x0200 | (encrypted ? 0x0100 : 0), 0x0a); // fWhichTblStm (1Table), fEncrypted
  wd.writeUInt32LE(TEXT_AT, 0x18); // fcMin
  wd.writeUInt32LE(text.length, 0x4c); // ccpText
  wd.writeUInt32LE(0, 0x1a2); // fcClx
  wd.writeUInt32LE(21, 0x1a6); // lcbClx
  textBytes.copy(wd, TEXT_AT);
  const table = Buffer.alloc(64);
  table.writeUInt8(2, 0); // Pcdt
  table.writeUInt32LE(16, 1); // lcb of the PlcPcd: 2 CPs + 1 PCD
  table.writeUInt32LE(0, 5);
  table.writeUInt32LE(text.length, 9);
  table.writeUInt16LE(0, 13);
  table.writeUInt32LE(TEXT_AT, 15); // fc, compressed bit clear: UTF-16
  table.writeUInt16LE(0, 19);
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', wd);
  CFB.utils.cfb_add(cfb, '/1Table', table);
  return new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/**
 * A .docx-shaped zip that lies: word/document.xml declares 4 KB (in its local
 * header and the central directory) but inflates to 8 MB.
 */
export function makeLyingZip(): Uint8Array {
  const b = new Uint8Array(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
  const view = new DataView(b.buffer);
  for (let i = 0; i + 4 < b.length; i++) {
    const sig = view.getUint32(i, true);
    const local = sig === 0x04034b50;
    if (!local && sig !== 0x02014b50) continue;
    const nameAt = local ? i + 30 : i + 46;
    const nameLen = view.getUint16(local ? i + 26 : i + 28, true);
    if (new TextDecoder().decode(b.subarray(nameAt, nameAt + nameLen)) === 'word/document.xml') view.setUint32(local ? i + 22 : i + 24, 4096, true);
  }
  return b;
}
