/**
 * Decoding plain text (src/lib/ingest/formats/text.ts), as its doc comment states: UTF-8 with or without
 * BOM, UTF-16 by BOM or by the NUL pattern of its line breaks, GB18030 detected — a guess chardet is not
 * sure of reported, never taken silently —, the manifest's declared encoding first; every refusal a typed
 * FormatError with its code and line. Bytes built by hand in each test.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, extractTxt, lineEndings } from '../../../../src/lib/ingest/formats/text.ts';
import { FormatError } from '../../../../src/lib/ingest/formats/types.ts';
import { errorOf } from '../../../support/thrown.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const refused = (b: Uint8Array, declared?: string) => errorOf(() => decodeBytes(b, declared), FormatError);

describe('decodeBytes', () => {
  it('BOMs: UTF-8, UTF-16LE and UTF-16BE, the BOM not in the text', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A', encoding: 'utf-8', notes: ['encoding UTF-8 with BOM'], warnings: [] });
    expect(decodeBytes(bytes(0xff, 0xfe, 0x32, 0x75))).toEqual({ text: '甲', encoding: 'utf-16le', notes: ['encoding UTF-16LE (BOM)'], warnings: [] });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x75, 0x32))).toEqual({ text: '甲', encoding: 'utf-16be', notes: ['encoding UTF-16BE (BOM)'], warnings: [] });
  });

  it('UTF-16 without a BOM from its line breaks; NUL bytes in any other pattern are a binary file, at the line of the first', () => {
    expect(decodeBytes(iconv.encode('甲\n乙\n', 'utf-16le'))).toEqual({ text: '甲\n乙\n', encoding: 'utf-16le', notes: ['encoding UTF-16LE without BOM (from the byte pattern of its line breaks)'], warnings: [] });
    expect(decodeBytes(iconv.encode('甲\n乙\n', 'utf-16be')).notes).toEqual(['encoding UTF-16BE without BOM (from the byte pattern of its line breaks)']);
    for (const [b, line] of [
      [bytes(0x41, 0x0a, 0x42, 0x0a, 0x43, 0x00), 3],
      [bytes(0x0a, 0x00, 0x00, 0x0a), 2],
    ] as const) {
      const e = refused(b);
      expect([e.code, e.title, e.message, e.line]).toEqual(['binary', 'binary file', 'NUL bytes: a binary file? expected text (UTF-8, UTF-16 or GB18030)', line]);
    }
  });

  it('UTF-8 without a BOM, and GB18030 detected with its confidence', () => {
    expect(decodeBytes(new TextEncoder().encode('第一条 甲。'))).toEqual({ text: '第一条 甲。', encoding: 'utf-8', notes: ['encoding UTF-8'], warnings: [] });
    const gb = decodeBytes(iconv.encode('第一条 为了规范党内问责工作，根据《中国共产党问责条例》，制定本办法。\n第二条 本办法适用于全市各级党组织和党员领导干部。\n', 'gb18030'));
    expect(gb).toEqual({ text: '第一条 为了规范党内问责工作，根据《中国共产党问责条例》，制定本办法。\n第二条 本办法适用于全市各级党组织和党员领导干部。\n', encoding: 'gb18030', notes: ['encoding GB18030 (detected, confidence 100%)'], warnings: [] });
  });

  it('an unsure guess is a warning; bytes the encoding cannot read are replaced and reported with their line', () => {
    expect(decodeBytes(bytes(0x41, 0x0a, 0xff, 0xff, 0xff, 0xff))).toEqual({
      text: 'A\n����',
      encoding: 'gb18030',
      notes: ['encoding GB18030 (detected, confidence 10%)'],
      warnings: ['the encoding is a guess: GB18030 at 10%; check the text, or declare `encoding:` on the source in the manifest', 'line 2: bytes that are not valid gb18030 were replaced by �'],
    });
  });

  it('no Chinese encoding fits: refused, with a hint and the line', () => {
    const e = refused(bytes(0x41, 0x0a, 0x42, 0x0a, 0x80));
    expect([e.code, e.title, e.message, e.hint, e.line]).toEqual(['encoding', 'unknown encoding', 'not UTF-8, UTF-16 or GB18030/GBK (no Chinese encoding fits the bytes from here)', 'convert it to UTF-8, e.g. `iconv -f <encoding> -t UTF-8`', 3]);
  });

  it('the declared encoding skips detection; unknown to iconv-lite, or UTF-8 that is not, is refused', () => {
    expect(decodeBytes(bytes(0x41, 0x0a, 0x42, 0x0a, 0x81, 0x20), 'gb18030')).toEqual({ text: 'A\nB\n� ', encoding: 'gb18030', notes: ['encoding gb18030 (declared in the manifest)'], warnings: ['line 3: bytes that are not valid gb18030 were replaced by �'] });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41), 'utf-8')).toEqual({ text: 'A', encoding: 'utf-8', notes: ['encoding utf-8 (declared in the manifest)'], warnings: [] });
    const unknown = refused(bytes(0x41), 'klingon');
    expect([unknown.code, unknown.title, unknown.message]).toEqual(['encoding', 'unknown encoding', 'the manifest declares encoding klingon, which iconv-lite does not know']);
    const bad = refused(bytes(0x41, 0x0a, 0x42, 0x0a, 0xc3, 0x28), 'utf-8');
    expect([bad.code, bad.title, bad.message, bad.line]).toEqual(['encoding', 'not UTF-8', 'not valid UTF-8 (GBK or GB18030? then leave `encoding:` out of the manifest to detect it)', 3]);
  });

  it('an empty file is refused at line 1', () => {
    const e = refused(bytes());
    expect([e.code, e.title, e.message, e.line]).toEqual(['empty', 'empty file', 'the file is empty; expected the text of a regulation', 1]);
  });
});

describe('lineEndings and extractTxt', () => {
  it('names the line endings, or says they are mixed', () => {
    expect(lineEndings('a\r\nb\r\n')).toBe('CRLF line endings');
    expect(lineEndings('a\nb')).toBe('LF line endings');
    expect(lineEndings('a\rb')).toBe('CR line endings');
    expect(lineEndings('a\r\nb\nc\rd')).toBe('mixed line endings (CRLF, LF, CR)');
    expect(lineEndings('a\r\nb\n')).toBe('mixed line endings (CRLF, LF)');
    expect(lineEndings('ab')).toBe('no line endings');
  });

  it('the lines, the encoding, and the notes with the line endings', () => {
    expect(extractTxt(new TextEncoder().encode('甲\r\n乙\r\n'))).toEqual({ format: 'txt', lines: ['甲', '乙'], encoding: 'utf-8', notes: ['encoding UTF-8', 'CRLF line endings'], warnings: [], excluded: [] });
  });
});

describe('decodeBytes: byte patterns that only look like a BOM or a line break', () => {
  it('only the whole BOM counts: ＿ (EF BC BF) opens a UTF-8 text, U+FE41 and U+41FF UTF-16 ones', () => {
    expect(decodeBytes(new TextEncoder().encode('＿甲'))).toEqual({ text: '＿甲', encoding: 'utf-8', notes: ['encoding UTF-8'], warnings: [] });
    const le = (s: string) => iconv.encode(s, 'utf-16le');
    const be = (s: string) => iconv.encode(s, 'utf-16be');
    expect(decodeBytes(le('\uBB41\u4EBF\n'))).toMatchObject({ text: '\uBB41\u4EBF\n', encoding: 'utf-16le', notes: ['encoding UTF-16LE without BOM (from the byte pattern of its line breaks)'] });
    expect(decodeBytes(le('\uFE41\n'))).toMatchObject({ text: '\uFE41\n', encoding: 'utf-16le' });
    expect(decodeBytes(le('\u41FF\n'))).toMatchObject({ text: '\u41FF\n', encoding: 'utf-16le' });
    expect(decodeBytes(be('\u41FF\n'))).toMatchObject({ text: '\u41FF\n', encoding: 'utf-16be' });
    expect(decodeBytes(be('\uFE41\n'))).toMatchObject({ text: '\uFE41\n', encoding: 'utf-16be' });
  });

  it('a line break counts only as a whole UTF-16 unit; a NUL first is UTF-16 too', () => {
    expect(decodeBytes(bytes(0x0a, 0x41, 0x00, 0x0a))).toMatchObject({ text: '\u0A41\n', encoding: 'utf-16be' });
    expect(decodeBytes(bytes(0x00, 0x41, 0x0a, 0x00))).toMatchObject({ text: '\u4100\n', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0x00, 0x41, 0x00, 0x0a))).toMatchObject({ text: 'A\n', encoding: 'utf-16be' });
  });

  it('a BOM is dropped only from UTF-8: declared GB18030 bytes EF BB BF are text', () => {
    const b = bytes(0xef, 0xbb, 0xbf, 0x41);
    expect(decodeBytes(b, 'gb18030').text).toBe(iconv.decode(Buffer.from(b), 'gb18030'));
    expect(decodeBytes(b, 'gb18030').text).not.toBe('A');
    for (const bad of [bytes(0xef, 0xbb, 0x41), bytes(0x41, 0xbb, 0xbf), bytes(0xef, 0x41, 0xbf)]) expect(refused(bad, 'utf-8').title).toBe('not UTF-8');
  });

  it('the line of a bad byte counts only the lines before it', () => {
    expect(refused(bytes(0x41, 0x0a, 0x80, 0x0a, 0x42)).line).toBe(2);
    expect(refused(bytes(0x41, 0x0a, 0xc3, 0x28, 0x0a, 0x42), 'utf-8').line).toBe(2);
    expect(decodeBytes(bytes(0x41, 0x0a, 0x81, 0x20, 0x0a, 0x42), 'gb18030').warnings).toEqual(['line 2: bytes that are not valid gb18030 were replaced by �']);
    expect(decodeBytes(bytes(0x81, 0x20, 0x0a, 0x41), 'gb18030').warnings).toEqual(['line 1: bytes that are not valid gb18030 were replaced by �']);
  });
});
