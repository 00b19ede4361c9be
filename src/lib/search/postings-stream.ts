/**
 * The postings of every piece, written while the records arrive
 * (src/lib/search/postings.ts gives the format and `PostingsBuilder`, the
 * batch version whose output this reproduces byte for byte).
 *
 * Each key's document frequency and the corpus's record count are known
 * before the records arrive (a first pass over the documents counts them,
 * src/lib/search/search-data-stream.ts), so each key's fate is known from its
 * first posting:
 * - a key held by more than `max` records is cut into parts at fixed record
 *   ranges (`partSpan`): only the part of the range the records are in is
 *   held, and it is handed to the sink as soon as the records pass its end
 *   (the keys of each span are flushed together when the record count crosses
 *   a multiple of it, so a key that does not recur holds nothing either);
 * - the records of a key held by at most `max` records go into one array
 *   sized for all of them at the start (their total is known), and the files
 *   of those keys (`postings/<n>.json`, hashed) are written at the end, one
 *   file at a time.
 * Pure: no file access.
 */
import { pieceCode, pieceOfCode } from './pair-table.ts';
import { encodePostings, keyPath, PART_POSTINGS, partCount, partSpan, postingBucketOf, POSTINGS_PER_BUCKET, type PostingBucket, type PostingPart } from './postings.ts';

/** What a first pass over the corpus knows of its keys: a number for each (0 … size − 1) and how many records hold it. */
export interface KeyCounts {
  readonly size: number;
  /** Every key, as its `pieceCode`. */
  codes(): Iterable<number>;
  idOf(code: number): number | undefined;
  dfOf(id: number): number;
}

/** The open part of a common key's list. */
interface OpenPart {
  key: string;
  span: number;
  parts: number;
  /** Index of the part being filled; its postings so far. */
  part: number;
  postings: number[];
  last: number;
  /** Postings so far (all parts). */
  count: number;
}

/** Postings of every key, emitted as they complete (see the module comment). */
export class PostingsStream {
  /** Where each rare key's postings start in `rare` (by key number; −1: a common key), and how many are in. */
  private readonly start: Int32Array;
  private readonly filled: Int32Array;
  private readonly rare: Int32Array;
  private readonly open = new Map<number, OpenPart>();
  /** The common keys by span, and the record count at which the parts of that span were last flushed. */
  private readonly bySpan = new Map<number, { keys: OpenPart[]; flushedTo: number }>();
  private next = 0;
  private finished = false;

  /**
   * `counts`: the keys and their counts (from the first pass); `records`: the corpus's records;
   * `max`: the postings limit (0 publishes nothing); `emitPart` receives each part once complete.
   */
  constructor(
    private readonly counts: KeyCounts,
    readonly records: number,
    readonly max: number,
    private readonly emitPart: (part: PostingPart) => void,
    readonly perPart = PART_POSTINGS,
  ) {
    if (!Number.isInteger(max) || max < 0) throw new Error(`postings limit: expected a non-negative integer, got ${max}`);
    this.start = new Int32Array(counts.size);
    this.filled = new Int32Array(counts.size);
    let total = 0;
    for (let id = 0; id < counts.size; id++) {
      const df = counts.dfOf(id);
      if (df <= max) {
        this.start[id] = total;
        total += df;
      } else this.start[id] = -1;
    }
    this.rare = new Int32Array(max === 0 ? 0 : total);
  }

  /** Postings of the keys published whole (held by at most `max` records). */
  get size(): number {
    return this.rare.length;
  }

  /** Common keys whose current part is held (for tests: a part whose range the records passed is never among them). */
  heldParts(): { key: string; part: number; postings: number }[] {
    return [...this.open.values()].filter((o) => o.postings.length > 0).map((o) => ({ key: o.key, part: o.part, postings: o.postings.length }));
  }

  /** Record `record` holds the keys `codes` (`pieceCode`; records in ascending order; each key counted by the first pass). */
  add(codes: Iterable<number>, record: number): void {
    if (this.max === 0) return;
    if (this.finished) throw new Error('postings: add after finish');
    if (record < this.next - 1 || record >= this.records) throw new Error(`postings: record ${record} out of order or beyond the ${this.records} records (the last was ${this.next - 1})`);
    if (record >= this.next) this.advance(record);
    for (const k of codes) {
      const id = this.counts.idOf(k);
      if (id === undefined) throw new Error(`postings: ${pieceOfCode(k)} (record ${record}) was not counted by the first pass`);
      const at = this.start[id]!;
      if (at >= 0) this.addRare(id, k, at, record);
      else this.addCommon(id, k, record);
    }
  }

  private addRare(id: number, code: number, at: number, record: number): void {
    const n = this.filled[id]!;
    if (n > 0 && this.rare[at + n - 1] === record) return;
    if (n >= this.counts.dfOf(id)) throw new Error(`postings: ${pieceOfCode(code)} is held by more records than the first pass counted (${this.counts.dfOf(id)})`);
    this.rare[at + n] = record;
    this.filled[id] = n + 1;
  }

  private addCommon(id: number, code: number, record: number): void {
    let o = this.open.get(id);
    if (!o) {
      const key = pieceOfCode(code);
      const span = partSpan(this.counts.dfOf(id), this.records, this.perPart);
      o = { key, span, parts: partCount(span, this.records), part: 0, postings: [], last: -1, count: 0 };
      this.open.set(id, o);
      let group = this.bySpan.get(span);
      if (!group) this.bySpan.set(span, (group = { keys: [], flushedTo: 0 }));
      group.keys.push(o);
    }
    if (o.last === record) return;
    this.flushTo(o, Math.floor(record / o.span));
    o.postings.push(record);
    o.last = record;
    o.count++;
  }

  /** Emit the parts of `o` before part `part` (empty ones included). */
  private flushTo(o: OpenPart, part: number): void {
    while (o.part < part) {
      this.emitPart({ path: `${keyPath(o.key)}/${o.part}`, postings: encodePostings(o.postings) });
      o.postings = [];
      o.part++;
    }
  }

  /** The records reach `record`: every part whose range ends at or before it is complete. */
  private advance(record: number): void {
    this.next = record + 1;
    for (const [span, group] of this.bySpan) {
      const boundary = Math.floor(record / span) * span;
      if (boundary <= group.flushedTo) continue;
      for (const o of group.keys) this.flushTo(o, boundary / span);
      group.flushedTo = boundary;
    }
  }

  /**
   * The records are all in: emit the remaining parts (each common key's last
   * ones), and hand the files of the rare keys to `emitBucket`, one at a time
   * (none when nothing is published); returns their number.
   */
  finish(emitBucket: (bucket: PostingBucket, n: number) => void, perBucket = POSTINGS_PER_BUCKET): number {
    if (this.max === 0) return 0;
    this.finished = true;
    for (const o of this.open.values()) this.flushTo(o, o.parts);
    const keys: string[] = [];
    for (const code of this.counts.codes()) {
      const id = this.counts.idOf(code)!;
      const k = pieceOfCode(code);
      const df = this.counts.dfOf(id);
      const held = df > this.max ? (this.open.get(id)?.count ?? 0) : this.filled[id]!;
      if (held !== df) throw new Error(`postings: ${k} is held by ${held} records, the first pass counted ${df}`);
      if (df <= this.max) keys.push(k);
    }
    this.open.clear();
    this.bySpan.clear();
    if (keys.length === 0) return 0;
    keys.sort();
    const count = Math.max(1, Math.ceil(this.size / perBucket));
    const byBucket: string[][] = Array.from({ length: count }, () => []);
    for (const k of keys) byBucket[postingBucketOf(k, count)]!.push(k);
    for (let b = 0; b < count; b++) {
      const out: PostingBucket = {};
      for (const k of byBucket[b]!) {
        const id = this.counts.idOf(pieceCode(k))!;
        const at = this.start[id]!;
        out[k] = encodePostings(Array.from(this.rare.subarray(at, at + this.filled[id]!)));
      }
      byBucket[b] = [];
      emitBucket(out, b);
    }
    return count;
  }
}
