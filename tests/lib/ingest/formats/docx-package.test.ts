/**
 * What a .docx yields and when it is refused (src/lib/ingest/formats/docx.ts, README "Importing"): one
 * paragraph per line with mammoth's warnings passed on; the file's signature decides between "not a .docx"
 * and "an OLE file" (a password-protected package or a legacy .doc); every part is inflated as a stream
 * (in 64 KiB pieces) before mammoth reads anything, so a damaged part anywhere refuses the file. Packages
 * are built by hand in each test with fflate (the parts a Word file needs, WordprocessingML written out).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../../src/lib/ingest/formats/docx.ts';
import { FormatError } from '../../../../src/lib/ingest/formats/index.ts';
import { rejectionOf } from '../../../support/thrown.ts';
import { makeLyingZip } from './fixtures.ts';

const fields = (e: FormatError) => [e.code, e.title, e.message, e.hint, e.line];
const HINT = 'open it in Word and save it again as .docx';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A Word package whose document.xml is `document` (WordprocessingML, or anything), with more parts if given. */
const docx = (document: string, more: Zippable = {}) =>
  zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(document), ...more });

/** Bytes that look like nothing in particular (an image, say): they do not compress. */
const noise = (n: number) => Uint8Array.from({ length: n }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 24) & 0xff);

describe('.docx: the text', () => {
  it('one paragraph per line, an empty paragraph an empty line; the count in the notes, mammoth’s warnings passed on', async () => {
    const body = para('第一条　为了加强党建工作，制定本办法。') + '<w:p/>' + '<w:p><w:r><w:bogus/><w:t>第二条　本办法自印发之日起施行。</w:t></w:r></w:p>';
    const x = await extractDocx(docx(documentXml(body)));
    expect(x).toEqual({
      format: 'docx',
      lines: ['第一条　为了加强党建工作，制定本办法。', '', '第二条　本办法自印发之日起施行。'],
      notes: ['Word .docx, 3 paragraphs (mammoth raw text)'],
      warnings: ['mammoth: An unrecognised element was ignored: w:bogus'],
      excluded: [],
    });
  });

  it('a package larger than one 64 KiB piece (a picture in it), and one of exactly 64 KiB, are read whole', async () => {
    const text = documentXml(para('第一条　甲。'));
    const large = docx(text, { 'word/media/image1.png': [noise(150_000), { level: 0 }] });
    expect(large.length).toBeGreaterThan(2 * 65536);
    expect((await extractDocx(large)).lines).toEqual(['第一条　甲。']);
    const room = 65536 - docx(text, { 'word/media/image1.png': [new Uint8Array(0), { level: 0 }] }).length;
    const exact = docx(text, { 'word/media/image1.png': [noise(room), { level: 0 }] });
    expect(exact.length).toBe(65536);
    expect((await extractDocx(exact)).lines).toEqual(['第一条　甲。']);
  });
});

describe('.docx: refused, saying why', () => {
  it('only the exact signature counts: a file off by one byte from a zip’s or an OLE file’s first four is not a .docx', async () => {
    const zip = docx(documentXml(para('甲')));
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    for (const file of [zip, ole]) {
      for (let at = 0; at < 4; at++) {
        const off = file.slice();
        off[at] ^= 0x20;
        expect(fields(await rejectionOf(extractDocx(off), FormatError))).toEqual(['corrupt', 'not a .docx', 'the file is not a zip package, as every .docx is', HINT, undefined]);
      }
    }
    expect((await rejectionOf(extractDocx(ole), FormatError)).title).toBe('encrypted or legacy file');
  });

  it('a damaged part, even one mammoth would not read, refuses the file while inflating (the directory alone is fine)', async () => {
    const good = docx(documentXml(para('甲')), { 'docProps/app.xml': strToU8(`<Properties>${'应用程序'.repeat(200)}</Properties>`) });
    const bad = good.slice();
    const name = 'docProps/app.xml';
    const header = [...bad.keys()].find((i) => bad[i] === 0x50 && bad[i + 1] === 0x4b && bad[i + 2] === 3 && bad[i + 3] === 4 && new TextDecoder().decode(bad.subarray(i + 30, i + 30 + name.length)) === name)!;
    const data = header + 30 + name.length + (bad[header + 28] | (bad[header + 29] << 8));
    bad.fill(0xff, data, data + 3); // a deflate block of the reserved type 3
    expect((await extractDocx(good)).lines).toEqual(['甲']);
    expect(fields(await rejectionOf(extractDocx(bad), FormatError))).toEqual(['corrupt', 'corrupt .docx', 'a part cannot be inflated (invalid block type)', HINT, undefined]);
  });

  it('a part compressed by a method the reader does not know (99: a zip tool’s AES encryption): corrupt, naming the method', async () => {
    const file = docx(documentXml(para('甲')));
    const view = new DataView(file.buffer);
    for (let i = 0; i + 4 < file.length; i++) {
      const local = view.getUint32(i, true) === 0x04034b50;
      if (!local && view.getUint32(i, true) !== 0x02014b50) continue;
      const nameAt = i + (local ? 30 : 46);
      const nameLength = view.getUint16(i + (local ? 26 : 28), true);
      if (new TextDecoder().decode(file.subarray(nameAt, nameAt + nameLength)) === 'word/document.xml') view.setUint16(i + (local ? 8 : 10), 99, true);
    }
    expect(fields(await rejectionOf(extractDocx(file), FormatError))).toEqual(['corrupt', 'corrupt .docx', 'a part cannot be inflated (unknown compression type 99)', HINT, undefined]);
  });

  it('a document.xml that is not XML: mammoth’s reason', async () => {
    const e = await rejectionOf(extractDocx(docx('第一条　这不是 XML <<<')), FormatError);
    expect([e.code, e.title, e.hint]).toEqual(['corrupt', 'corrupt .docx', HINT]);
    expect(e.message).toMatch(/^mammoth could not read the document \(.*xmldom error.*\)$/s);
  });

  it('a part that inflates past the size its directory declares: every field', async () => {
    const e = await rejectionOf(extractDocx(makeLyingZip()), FormatError);
    expect(fields(e)).toEqual(['too-large', 'sizes do not match', 'part word/document.xml inflates past the 4096 bytes its zip directory declares: a zip bomb? refused while inflating', undefined, undefined]);
  });
});
