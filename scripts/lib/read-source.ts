/**
 * Read a source file and extract its text lines with the format modules
 * (src/lib/ingest/formats/): the lines the manifest's line numbers, the
 * diagnostics and the lossless test refer to.
 */
import { readFileSync, statSync } from 'node:fs';
import { extractText, formatOf, FormatError, LIMITS, type Extracted, type SourceFormat } from '../../src/lib/ingest/formats/index.ts';

export { FormatError };

/** How a file is named in messages: for derived text, `foo.docx (extracted text)`, so `:12` is clearly line 12 of the extracted text. */
export function sourceLabel(shown: string, format: SourceFormat): string {
  return format === 'txt' ? shown : `${shown} (extracted text)`;
}

/** `file[:line]: title: message (hint)` */
export function formatErrorMessage(file: string, e: FormatError): string {
  return `${file}${e.line ? `:${e.line}` : ''}: ${e.title}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
}

/** The format of a manifest source: declared, else from the extension. */
export function formatOfSource(source: { file: string; format?: SourceFormat }): SourceFormat {
  return source.format ?? formatOf(source.file) ?? 'txt';
}

export function readBytes(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > LIMITS.maxBytes) throw new FormatError('too-large', 'file too large', `${size} bytes (limit ${LIMITS.maxBytes / 2 ** 20} MiB)`);
  return readFileSync(path);
}

export async function readSource(path: string, source: { file: string; format?: SourceFormat; encoding?: string }): Promise<Extracted> {
  return extractText(readBytes(path), formatOfSource(source), source.encoding);
}
