/**
 * Word .docx: the zip's central directory is checked first (declared
 * uncompressed sizes and ratios, so a zip bomb is refused before anything is
 * inflated); then every part is inflated as a stream, counting bytes, and a
 * part that inflates past its declared size stops the import (a package that
 * lies about its sizes); only then does mammoth extract the raw text, one
 * paragraph per line.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { splitLines } from '../source-lines.ts';
import { FormatError, LIMITS, type Extracted } from './types.ts';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
export const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The zip's entries as declared in its central directory; nothing is inflated. */
export function zipEntries(bytes: Uint8Array): { name: string; size: number; originalSize: number }[] {
  const entries: { name: string; size: number; originalSize: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    throw new FormatError('corrupt', 'corrupt .docx', `the zip package cannot be read (${(e as Error).message})`, 'open it in Word and save it again as .docx');
  }
  return entries;
}

/** Refuse a package whose declared sizes would exhaust memory. */
export function checkZipBudget(entries: { name: string; size: number; originalSize: number }[]): void {
  const total = entries.reduce((s, e) => s + e.originalSize, 0);
  if (total > LIMITS.maxUnzippedBytes) {
    throw new FormatError('too-large', 'package too large', `the .docx declares ${(total / 2 ** 20).toFixed(0)} MiB uncompressed (limit ${LIMITS.maxUnzippedBytes / 2 ** 20} MiB): a zip bomb? nothing was inflated`);
  }
  for (const e of entries) {
    if (e.originalSize > 2 ** 20 && e.originalSize / Math.max(e.size, 1) > LIMITS.maxZipRatio) {
      throw new FormatError('too-large', 'suspicious compression', `part ${e.name} declares ${e.originalSize} bytes from ${e.size} compressed (ratio above ${LIMITS.maxZipRatio}:1): a zip bomb? nothing was inflated`);
    }
  }
}

/** Inflate every part as a stream, stopping at the first that produces more bytes than its central directory declares. */
export function checkInflation(bytes: Uint8Array, entries: { name: string; originalSize: number }[]): void {
  const declared = new Map(entries.map((e) => [e.name, e.originalSize]));
  let liar: string | null = null;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    let seen = 0;
    const limit = declared.get(file.name) ?? 0;
    file.ondata = (err, chunk) => {
      if (err) failure ??= err;
      seen += chunk?.length ?? 0;
      if (seen > limit && !liar) {
        liar = file.name;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !liar; at += 65536) unzip.push(bytes.subarray(at, at + 65536), at + 65536 >= bytes.length);
  } catch (e) {
    failure ??= e as Error;
  }
  if (liar) throw new FormatError('too-large', 'sizes do not match', `part ${liar} inflates past the ${declared.get(liar) ?? 0} bytes its zip directory declares: a zip bomb? refused while inflating`);
  if (failure) throw new FormatError('corrupt', 'corrupt .docx', `a part cannot be inflated (${failure.message})`, 'open it in Word and save it again as .docx');
}

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  if (isOle(bytes)) {
    throw new FormatError('encrypted', 'encrypted or legacy file', 'an OLE compound file, not a zip package: a password-protected .docx, or a legacy .doc named .docx', 'remove the password (or rename a legacy file to .doc) and import it again');
  }
  if (!isZip(bytes)) throw new FormatError('corrupt', 'not a .docx', 'the file is not a zip package, as every .docx is', 'open it in Word and save it again as .docx');
  const entries = zipEntries(bytes);
  checkZipBudget(entries);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new FormatError('corrupt', 'not a Word document', 'the zip package has no word/document.xml: not a Word .docx');
  checkInflation(bytes, entries);
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // Node's mammoth reads `buffer`, its browser build (the draft check opens .docx files in the page) `arrayBuffer`.
    const input = typeof Buffer === 'undefined' ? { arrayBuffer: bytes.slice().buffer } : { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    result = await mammoth.extractRawText(input as { buffer: Buffer });
  } catch (e) {
    throw new FormatError('corrupt', 'corrupt .docx', `mammoth could not read the document (${(e as Error).message})`, 'open it in Word and save it again as .docx');
  }
  // mammoth ends every paragraph with a blank line; one paragraph per line here
  const lines = splitLines(result.value.replace(/\n\n/g, '\n'));
  return {
    format: 'docx',
    lines,
    notes: [`Word .docx, ${lines.length} paragraphs (mammoth raw text)`],
    warnings: result.messages.map((m) => `mammoth: ${m.message}`),
    excluded: [],
  };
}
