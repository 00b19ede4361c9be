/**
 * Reading Pagefind 1.6.0 word-index chunks (`pagefind/index/*.pf_index`), so
 * the build and the tests can check what the index holds (was Chinese
 * segmented? is every adjacent Han pair there?). This leans on Pagefind's
 * private file format, which is why pagefind is pinned exactly and
 * tests/lib/search-pagefind-contract.test.ts fails when an upgrade changes it.
 *
 * A chunk is gzip( "pagefind_dcd" + CBOR ); the caller gunzips. The CBOR is
 * `[ words ]`, each word `[ text, [ [page, contentLocations, metaLocations], … ], variants ]`;
 * negative location values are weight / field markers, the rest positions.
 */

const SIGNATURE = 'pagefind_dcd';

/** Minimal CBOR decoder: unsigned/negative ints, byte and text strings, arrays, maps, simple values, floats. */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = new TextDecoder('utf-8');
  let i = 0;
  const read = (): unknown => {
    if (i >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const ib = bytes[i++]!;
    const major = ib >> 5;
    const info = ib & 31;
    let v: number;
    if (info < 24) v = info;
    else if (info === 24) v = bytes[i++]!;
    else if (info === 25) (v = view.getUint16(i)), (i += 2);
    else if (info === 26) (v = view.getUint32(i)), (i += 4);
    else if (info === 27) (v = Number(view.getBigUint64(i))), (i += 8);
    else if (info === 31) v = -1;
    else throw new Error(`CBOR: unsupported additional info ${info}`);
    switch (major) {
      case 0:
        return v;
      case 1:
        return -1 - v;
      case 2: {
        const b = bytes.subarray(i, i + v);
        i += v;
        return b;
      }
      case 3: {
        const s = utf8.decode(bytes.subarray(i, i + v));
        i += v;
        return s;
      }
      case 4: {
        const a: unknown[] = [];
        if (v === -1) {
          while (bytes[i] !== 0xff) a.push(read());
          i++;
        } else for (let k = 0; k < v; k++) a.push(read());
        return a;
      }
      case 5: {
        const o: Record<string, unknown> = {};
        for (let k = 0; k < v; k++) {
          const key = read();
          o[String(key)] = read();
        }
        return o;
      }
      case 6:
        return read();
      default:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        if (info === 26) return view.getFloat32(i - 4);
        if (info === 27) return view.getFloat64(i - 8);
        return v;
    }
  };
  return read();
}

/** One word of the index and where it occurs. */
export interface IndexWord {
  word: string;
  /** Pages (records) with the word in their content, with positions. */
  content: { page: number; positions: number[] }[];
  /** Pages with the word only in metadata. */
  metaOnly: number[];
}

/** Decode one decompressed chunk (starting with the signature). Throws when the layout is not the one we know. */
export function decodeIndexChunk(decompressed: Uint8Array): IndexWord[] {
  const sig = new TextDecoder().decode(decompressed.subarray(0, SIGNATURE.length));
  if (sig !== SIGNATURE) throw new Error(`not a Pagefind chunk: signature ${JSON.stringify(sig)}`);
  const data = decodeCbor(decompressed.subarray(SIGNATURE.length));
  if (!Array.isArray(data) || !Array.isArray(data[0])) throw new Error('unexpected Pagefind chunk layout: expected [words]');
  return (data[0] as unknown[]).map((w, k) => {
    if (!Array.isArray(w) || typeof w[0] !== 'string' || !Array.isArray(w[1])) {
      throw new Error(`unexpected Pagefind word layout at ${k}: expected [text, pages, variants]`);
    }
    const content: IndexWord['content'] = [];
    const metaOnly: number[] = [];
    for (const p of w[1] as unknown[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'number' || !Array.isArray(p[1])) {
        throw new Error(`unexpected Pagefind page layout in word ${JSON.stringify(w[0])}`);
      }
      const positions = (p[1] as number[]).filter((x) => x >= 0);
      if (positions.length) content.push({ page: p[0], positions });
      else metaOnly.push(p[0]);
    }
    return { word: w[0] as string, content, metaOnly };
  });
}

/** Facts about an index that tell whether Chinese was segmented. */
export interface SegmentationReport {
  /** Han words found in content. */
  hanWords: number;
  /** Single Han characters among them (jieba emits them; an unsegmented index has almost none). */
  singleHan: number;
  /** Longest Han word in content, in characters. */
  longestHan: number;
  longestHanWord: string;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

export function segmentationReport(words: readonly IndexWord[]): SegmentationReport {
  let hanWords = 0;
  let singleHan = 0;
  let longestHan = 0;
  let longestHanWord = '';
  for (const w of words) {
    if (w.content.length === 0 || !HAN_ONLY.test(w.word)) continue;
    hanWords++;
    const len = [...w.word].length;
    if (len === 1) singleHan++;
    if (len > longestHan) (longestHan = len), (longestHanWord = w.word);
  }
  return { hanWords, singleHan, longestHan, longestHanWord };
}

/**
 * Was the index built with Chinese segmentation? With jieba, content words
 * are short (a handful of characters) and single characters are common;
 * without it a word is a whole run of text between spaces and punctuation.
 */
export function looksSegmented(r: SegmentationReport): boolean {
  return r.hanWords > 0 && r.singleHan > 0 && r.longestHan <= 12;
}

/** Segmentation of several chunks or bundles together: what one report over all their words, in order, gives. */
export function mergeSegmentation(reports: readonly SegmentationReport[]): SegmentationReport {
  const out: SegmentationReport = { hanWords: 0, singleHan: 0, longestHan: 0, longestHanWord: '' };
  for (const r of reports) {
    out.hanWords += r.hanWords;
    out.singleHan += r.singleHan;
    if (r.longestHan > out.longestHan) (out.longestHan = r.longestHan), (out.longestHanWord = r.longestHanWord);
  }
  return out;
}

/**
 * `segmentationReport(decodeIndexChunk(decompressed))` without building the
 * words: the chunk's CBOR is walked once, and of each word only its text and
 * whether some page has a content position are kept (the build checks every
 * shard it indexes; decoding every position list was a tenth of the index
 * process's time). Throws where `decodeIndexChunk` does.
 */
export function chunkSegmentation(decompressed: Uint8Array): SegmentationReport {
  const sig = new TextDecoder().decode(decompressed.subarray(0, SIGNATURE.length));
  if (sig !== SIGNATURE) throw new Error(`not a Pagefind chunk: signature ${JSON.stringify(sig)}`);
  const c = new CborCursor(decompressed.subarray(SIGNATURE.length));
  const top = c.head();
  if (top.major !== 4) throw new Error('unexpected Pagefind chunk layout: expected [words]');
  if (top.length === 0 || c.atBreak(top.length)) throw new Error('unexpected Pagefind chunk layout: expected [words]');
  const words = c.head();
  if (words.major !== 4) throw new Error('unexpected Pagefind chunk layout: expected [words]');
  let hanWords = 0;
  let singleHan = 0;
  let longestHan = 0;
  let longestHanWord = '';
  for (let k = 0; !c.atEnd(words.length, k); k++) {
    // no closures in these loops: the build's tsx loader wraps each in a naming call
    const w = c.head();
    if (w.major !== 4 || w.length === 0 || c.atBreak(w.length) || c.peekMajor() !== 3) throw wordLayoutError(k);
    const text = c.text();
    if (w.length === 1 || c.atBreak(w.length) || c.peekMajor() !== 4) throw wordLayoutError(k);
    const pages = c.head();
    let content = false;
    for (let p = 0; !c.atEnd(pages.length, p); p++) {
      const page = c.head();
      if (page.major !== 4 || page.length === 0 || c.atBreak(page.length)) throw pageLayoutError(text);
      if (c.peekMajor() !== 0 && c.peekMajor() !== 1) throw pageLayoutError(text); // a number
      c.skip();
      if (page.length === 1 || c.atBreak(page.length) || c.peekMajor() !== 4) throw pageLayoutError(text);
      if (c.positions(c.head().length)) content = true;
      c.skipRest(page.length, 2);
    }
    c.skipRest(w.length, 2);
    if (!content || !HAN_ONLY.test(text)) continue;
    hanWords++;
    const len = [...text].length;
    if (len === 1) singleHan++;
    if (len > longestHan) (longestHan = len), (longestHanWord = text);
  }
  return { hanWords, singleHan, longestHan, longestHanWord };
}

function wordLayoutError(k: number): Error {
  return new Error(`unexpected Pagefind word layout at ${k}: expected [text, pages, variants]`);
}

function pageLayoutError(word: string): Error {
  return new Error(`unexpected Pagefind page layout in word ${JSON.stringify(word)}`);
}

/** A forward-only walk over CBOR items (the subset `decodeCbor` reads), for `chunkSegmentation`; allocates nothing per item. */
class CborCursor {
  private i = 0;
  /** The major type of the item whose head `head` read last. */
  private lastMajor = 0;
  private readonly view: DataView;
  private readonly utf8 = new TextDecoder('utf-8');
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  peekMajor(): number {
    if (this.i >= this.bytes.length) throw new Error('CBOR: unexpected end of data');
    return this.bytes[this.i]! >> 5;
  }

  /** Read an item's head: its length or value (-1: indefinite length); its major type in `lastMajor`. */
  private readHead(): number {
    const b = this.bytes;
    if (this.i >= b.length) throw new Error('CBOR: unexpected end of data');
    const ib = b[this.i++]!;
    const info = ib & 31;
    this.lastMajor = ib >> 5;
    if (info < 24) return info;
    let v: number;
    if (info === 24) v = b[this.i++]!;
    else if (info === 25) (v = this.view.getUint16(this.i)), (this.i += 2);
    else if (info === 26) (v = this.view.getUint32(this.i)), (this.i += 4);
    else if (info === 27) (v = Number(this.view.getBigUint64(this.i))), (this.i += 8);
    else if (info === 31) v = -1;
    else throw new Error(`CBOR: unsupported additional info ${info}`);
    return v;
  }

  /** An item's head: its major type and its length or value (-1: indefinite length). */
  head(): { major: number; length: number } {
    const length = this.readHead();
    return { major: this.lastMajor, length };
  }

  /** Whether an indefinite-length container is at its break (consumed). */
  atBreak(length: number): boolean {
    if (length !== -1 || this.bytes[this.i] !== 0xff) return false;
    this.i++;
    return true;
  }

  /** Whether item `k` of a container of `length` items is past its end (an indefinite one's break consumed). */
  atEnd(length: number, k: number): boolean {
    return length === -1 ? this.atBreak(length) : k >= length;
  }

  text(): string {
    const length = this.readHead();
    const s = this.utf8.decode(this.bytes.subarray(this.i, this.i + length));
    this.i += length;
    return s;
  }

  /**
   * Skip the `length` items of a list of positions (-1: up to its break);
   * true when one of them is non-negative (a content position). Integers are
   * skipped by their heads' sizes alone, other items as `skip` does.
   */
  positions(length: number): boolean {
    const b = this.bytes;
    let any = false;
    for (let k = 0; length === -1 ? b[this.i] !== 0xff : k < length; k++) {
      if (this.i >= b.length) throw new Error('CBOR: unexpected end of data');
      const ib = b[this.i]!;
      const major = ib >> 5;
      const info = ib & 31;
      if (major > 1 || info > 27) {
        this.skip();
        continue;
      }
      if (major === 0) any = true;
      this.i += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : info === 26 ? 5 : 9;
    }
    if (length === -1) this.i++; // the break
    return any;
  }

  /** Skip the items of a container after the first `read` of its `length`. */
  skipRest(length: number, read: number): void {
    for (let k = read; !this.atEnd(length, k); k++) this.skip();
  }

  /** Skip one whole item. */
  skip(): void {
    const length = this.readHead();
    const major = this.lastMajor;
    if (major === 2 || major === 3) this.i += length;
    else if (major === 4) this.skipRest(length, 0);
    else if (major === 5) this.skipRest(length === -1 ? -1 : length * 2, 0);
    else if (major === 6) this.skip();
  }
}
