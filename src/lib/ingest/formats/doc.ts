/** Legacy Word .doc (OLE compound file), read with word-extractor: the document body, one paragraph per line. */
import WordExtractor from 'word-extractor';
import { splitLines } from '../source-lines.ts';
import { isOle } from './docx.ts';
import { FormatError, type Extracted } from './types.ts';

export async function extractDoc(bytes: Uint8Array): Promise<Extracted> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new FormatError('unsupported', 'a .docx named .doc', 'the file is a zip package (.docx), not a legacy .doc', 'rename it to .docx and import it again');
  if (!isOle(bytes)) throw new FormatError('corrupt', 'not a .doc', 'the file is not an OLE compound file, as every legacy Word .doc is', 'open it in Word and save it again');
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody();
  } catch (e) {
    const msg = (e as Error).message;
    if (/encrypt|password/i.test(msg)) throw new FormatError('encrypted', 'encrypted .doc', `the document is password-protected (${msg})`, 'remove the password in Word and import it again');
    throw new FormatError('corrupt', 'corrupt .doc', `word-extractor could not read the document (${msg})`, 'open it in Word and save it again');
  }
  const lines = splitLines(body.replace(/\u00a0/g, ' '));
  return { format: 'doc', lines, notes: [`Word .doc, ${lines.length} lines (word-extractor)`], warnings: [], excluded: [] };
}
