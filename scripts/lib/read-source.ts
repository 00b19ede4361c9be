/** Decode a raw source file: UTF-8 only, no binary; the message names the file and what was expected. */
import { splitLines } from '../../src/lib/ingest/source-lines.ts';

export class SourceDecodeError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SourceDecodeError';
  }
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

export function decodeSource(bytes: Uint8Array, file: string): string[] {
  if (bytes.length === 0) throw new SourceDecodeError(file, 1, 'the file is empty; expected the text of a regulation');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new SourceDecodeError(file, lineAt(bytes, nul), 'the file holds NUL bytes: a binary file? expected UTF-8 plain text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // find the first invalid sequence for the message
    let bad = 0;
    for (let i = 1; i <= bytes.length; i++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i));
        bad = i;
      } catch {
        if (i - bad > 4) break;
      }
    }
    throw new SourceDecodeError(file, lineAt(bytes, bad), 'not valid UTF-8 (GBK or GB18030? convert it with `iconv -f GB18030 -t UTF-8`); expected UTF-8 plain text');
  }
  return splitLines(text);
}
