/**
 * Plain text (.txt), and the decoding step of saved web pages: UTF-8 with or
 * without BOM, UTF-16 (BOM, or the NUL pattern of its line breaks), GB18030
 * and its subsets GBK/GB2312 (detected with chardet, decoded with
 * iconv-lite). A guess that chardet is not sure of is reported as a warning,
 * never taken silently.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { splitLines } from '../source-lines.ts';
import { FormatError, type Extracted } from './types.ts';

export interface Decoded {
  text: string;
  encoding: string;
  notes: string[];
  warnings: string[];
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** UTF-16 without BOM: line feeds appear as 0A 00 (LE) or 00 0A (BE) at even offsets. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0) le++;
    else if (bytes[i] === 0 && bytes[i + 1] === 0x0a) be++;
  }
  if (le > 0 && be === 0) return 'utf-16le';
  if (be > 0 && le === 0) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Encodings chardet may name that we decode, mapped to iconv-lite's names. */
const KNOWN: Record<string, string> = {
  'GB18030': 'gb18030',
  'Big5': 'big5',
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** Detect and decode. `declared` (from the manifest) skips detection: re-ingesting decodes as the import did. */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) throw new FormatError('empty', 'empty file', 'the file is empty; expected the text of a regulation', undefined, 1);
  const notes: string[] = [];
  const warnings: string[] = [];
  const b = bytes;
  let encoding: string;
  let body = bytes;
  if (declared) {
    encoding = declared;
    if (!iconv.encodingExists(encoding)) throw new FormatError('encoding', 'unknown encoding', `the manifest declares encoding ${encoding}, which iconv-lite does not know`);
    notes.push(`encoding ${encoding} (declared in the manifest)`);
  } else if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    encoding = 'utf-8';
    notes.push('encoding UTF-8 with BOM');
  } else if (b[0] === 0xff && b[1] === 0xfe) {
    encoding = 'utf-16le';
    notes.push('encoding UTF-16LE (BOM)');
  } else if (b[0] === 0xfe && b[1] === 0xff) {
    encoding = 'utf-16be';
    notes.push('encoding UTF-16BE (BOM)');
  } else if (bytes.indexOf(0) >= 0) {
    const guess = utf16Pattern(bytes);
    if (!guess) throw new FormatError('binary', 'binary file', 'NUL bytes: a binary file? expected text (UTF-8, UTF-16 or GB18030)', undefined, lineAt(bytes, bytes.indexOf(0)));
    encoding = guess;
    notes.push(`encoding ${guess.toUpperCase()} without BOM (from the byte pattern of its line breaks)`);
  } else if (isUtf8(bytes)) {
    encoding = 'utf-8';
    notes.push('encoding UTF-8');
  } else {
    // ties go to GB18030: these texts come from the mainland
    const candidates = analyse(bytes)
      .filter((c) => KNOWN[c.name])
      .sort((x, y) => y.confidence - x.confidence || Number(y.name === 'GB18030') - Number(x.name === 'GB18030'));
    const top = candidates[0];
    if (!top) {
      const lossy = new TextDecoder('utf-8').decode(bytes);
      const line = lossy.slice(0, lossy.indexOf('\ufffd')).split('\n').length;
      throw new FormatError('encoding', 'unknown encoding', 'not UTF-8, UTF-16 or GB18030/GBK (no Chinese encoding fits the bytes from here)', 'convert it to UTF-8, e.g. `iconv -f <encoding> -t UTF-8`', line);
    }
    encoding = KNOWN[top.name];
    const rivals = candidates.slice(1).filter((c) => c.confidence >= top.confidence - 20);
    notes.push(`encoding ${top.name} (detected, confidence ${top.confidence}%)`);
    if (top.confidence < 50 || rivals.length) {
      warnings.push(`the encoding is a guess: ${top.name} at ${top.confidence}%${rivals.length ? `, ${rivals.map((c) => `${c.name} at ${c.confidence}%`).join(', ')} close behind` : ''}; check the text, or declare \`encoding:\` on the source in the manifest`);
    }
  }
  if (encoding === 'utf-8' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) body = bytes.subarray(3);
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const lossy = new TextDecoder('utf-8').decode(body);
      throw new FormatError('encoding', 'not UTF-8', 'not valid UTF-8 (GBK or GB18030? then leave `encoding:` out of the manifest to detect it)', undefined, lossy.slice(0, lossy.indexOf('\ufffd')).split('\n').length);
    }
  } else {
    text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding, { stripBOM: true });
  }
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) warnings.push(`line ${text.slice(0, bad).split('\n').length}: bytes that are not valid ${encoding} were replaced by �`);
  return { text, encoding, notes, warnings };
}

/** How the lines end, for the report. */
export function lineEndings(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const kinds = [crlf && 'CRLF', lf && 'LF', cr && 'CR'].filter(Boolean);
  return kinds.length > 1 ? `mixed line endings (${kinds.join(', ')})` : `${kinds[0] || 'no'} line endings`;
}

export function extractTxt(bytes: Uint8Array, declaredEncoding?: string): Extracted {
  const d = decodeBytes(bytes, declaredEncoding);
  return { format: 'txt', lines: splitLines(d.text), encoding: d.encoding, notes: [...d.notes, lineEndings(d.text)], warnings: d.warnings, excluded: [] };
}
