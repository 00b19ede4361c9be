/**
 * Legacy Word .doc (OLE compound file). The container is opened with cfb to
 * check the Word header first (magic number, the fEncrypted flag: a
 * password-protected file is refused clearly instead of yielding garbage),
 * then word-extractor reads the document body, one paragraph per line.
 */
import CFB from 'cfb';
import WordExtractor from 'word-extractor';
import { splitLines } from '../source-lines.ts';
import { isOle } from './docx.ts';
import { FormatError, type Extracted } from './types.ts';

function checkWordHeader(bytes: Uint8Array): void {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch (e) {
    throw new FormatError('corrupt', 'corrupt .doc', `the OLE container cannot be read (${(e as Error).message})`, 'open it in Word and save it again');
  }
  if (CFB.find(container, 'EncryptionInfo')) throw new FormatError('encrypted', 'encrypted document', 'a password-protected Office document', 'remove the password in Word and import it again');
  // cfb gives a Buffer or a plain array of bytes, depending on the input
  const wd = CFB.find(container, 'WordDocument')?.content as ArrayLike<number> | undefined;
  if (!wd || wd.length < 0x20) throw new FormatError('corrupt', 'not a Word document', 'the OLE container has no WordDocument stream (an Excel or PowerPoint file?)');
  const u16 = (at: number) => wd[at] | (wd[at + 1] << 8);
  if (u16(0) !== 0xa5ec) throw new FormatError('unsupported', 'unsupported Word version', 'the WordDocument stream is not Word 97–2003 (magic number 0xA5EC missing)', 'save it again as .docx');
  if (u16(0x0a) & 0x0100) throw new FormatError('encrypted', 'encrypted .doc', 'the document is password-protected', 'remove the password in Word and import it again');
}

export async function extractDoc(bytes: Uint8Array): Promise<Extracted> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new FormatError('unsupported', 'a .docx named .doc', 'the file is a zip package (.docx), not a legacy .doc', 'rename it to .docx and import it again');
  if (!isOle(bytes)) throw new FormatError('corrupt', 'not a .doc', 'the file is not an OLE compound file, as every legacy Word .doc is', 'open it in Word and save it again');
  checkWordHeader(bytes);
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody();
  } catch (e) {
    throw new FormatError('corrupt', 'corrupt .doc', `word-extractor could not read the document (${(e as Error).message})`, 'open it in Word and save it again');
  }
  const lines = splitLines(body.replace(/\u00a0/g, ' '));
  return { format: 'doc', lines, notes: [`Word .doc, ${lines.length} lines (word-extractor)`], warnings: [], excluded: [] };
}
