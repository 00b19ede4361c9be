/**
 * What every format module returns: the text lines extracted from the bytes
 * (the reference the manifest's line numbers and the lossless test refer to),
 * a report of the format and encoding found, and the lines that are site
 * chrome (HTML navigation, footers, …), excluded with a reason.
 */

export type SourceFormat = 'txt' | 'docx' | 'doc' | 'pdf' | 'html';

export const FORMATS: readonly SourceFormat[] = ['txt', 'docx', 'doc', 'pdf', 'html'];

/** File extensions accepted by `npm run ingest` and the format each means. */
export const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.docx': 'docx',
  '.doc': 'doc',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
};

/** Lines of the extracted text left out of the published document, with the reason. */
export interface ChromeExclusion {
  lines: [number, number];
  reason: string;
}

export interface Extracted {
  format: SourceFormat;
  /** The extracted text, one string per line (line 1 first). */
  lines: string[];
  /** For txt and html: the character encoding the bytes were decoded with (iconv-lite name). */
  encoding?: string;
  /** What was found, for the report (format, encoding and how sure, pages, dropped scripts). */
  notes: string[];
  /** Doubts the editor should check (an ambiguous encoding guess, a mixed line ending, …). */
  warnings: string[];
  /** Site chrome and page furniture, excluded with reasons (extracted-text line numbers). */
  excluded: ChromeExclusion[];
}

/** Limits that keep a hostile file from exhausting the machine. */
export const LIMITS = {
  /** Largest source file read at all. */
  maxBytes: 64 * 1024 * 1024,
  /** Largest total declared uncompressed size of a .docx (zip) package. */
  maxUnzippedBytes: 256 * 1024 * 1024,
  /** Highest declared compression ratio of one .docx part (zip bombs reach 1000:1 and more). */
  maxZipRatio: 200,
  /** Most pages of a PDF. */
  maxPdfPages: 1000,
  /** Most lines of extracted text. */
  maxLines: 200_000,
};

/** A file that cannot be read as the format it claims: typed data, shown as `file: title: message (hint)`. */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    /** A short, stable code: `corrupt`, `encrypted`, `too-large`, `no-text`, `unsupported`, `encoding`, `binary`. */
    readonly code: string,
    readonly title: string,
    message: string,
    readonly hint?: string,
    /** The line of the text the problem is on, when there is one. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * Group 1-based line numbers with reasons into runs of lines with the same
 * reason; blank lines between two marked lines of one reason join the run.
 */
export function runsOf(marks: Map<number, string>, lines: string[]): ChromeExclusion[] {
  const out: ChromeExclusion[] = [];
  const blankBetween = (a: number, b: number) => {
    for (let n = a + 1; n < b; n++) if (lines[n - 1].trim() !== '') return false;
    return true;
  };
  for (const n of [...marks.keys()].sort((a, b) => a - b)) {
    const reason = marks.get(n)!;
    const last = out[out.length - 1];
    if (last && last.reason === reason && blankBetween(last.lines[1], n)) last.lines[1] = n;
    else out.push({ lines: [n, n], reason });
  }
  return out;
}
