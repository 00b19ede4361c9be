/**
 * The importer's formats: bytes in → extracted text lines, a report of the
 * format and encoding found, and chrome lines excluded with reasons. Pure: no
 * file access (the CLI reads the bytes). Deterministic: the same bytes give
 * the same lines, so re-ingesting a .docx/.pdf/.html re-derives the text the
 * manifest's line numbers refer to.
 */
import { extractDoc } from './doc.ts';
import { extractDocx } from './docx.ts';
import { extractHtml } from './html.ts';
import { extractPdf } from './pdf.ts';
import { extractTxt } from './text.ts';
import { EXTENSIONS, FormatError, LIMITS, type Extracted, type SourceFormat } from './types.ts';

export * from './types.ts';

/** The format a file name's extension says, or null. */
export function formatOf(name: string): SourceFormat | null {
  const m = name.toLowerCase().match(/\.[a-z]+$/);
  return (m && EXTENSIONS[m[0]]) || null;
}

export async function extractText(bytes: Uint8Array, format: SourceFormat, encoding?: string): Promise<Extracted> {
  if (bytes.length > LIMITS.maxBytes) throw new FormatError('too-large', 'file too large', `${bytes.length} bytes (limit ${LIMITS.maxBytes / 2 ** 20} MiB)`);
  if (bytes.length === 0) throw new FormatError('empty', 'empty file', 'the file is empty; expected the text of a regulation', undefined, 1);
  const out = await extractOf(bytes, format, encoding);
  if (out.lines.length > LIMITS.maxLines) throw new FormatError('too-large', 'too many lines', `${out.lines.length} lines of text (limit ${LIMITS.maxLines}): not one measure?`);
  if (!out.lines.some((l) => l.trim() !== '')) throw new FormatError('no-text', 'no text', 'no text was found in the file (blank lines only)', undefined, 1);
  return out;
}

function extractOf(bytes: Uint8Array, format: SourceFormat, encoding?: string): Extracted | Promise<Extracted> {
  switch (format) {
    case 'txt':
      return extractTxt(bytes, encoding);
    case 'html':
      return extractHtml(bytes, encoding);
    case 'docx':
      return extractDocx(bytes);
    case 'doc':
      return extractDoc(bytes);
    case 'pdf':
      return extractPdf(bytes);
  }
}
