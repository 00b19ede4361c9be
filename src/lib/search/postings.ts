/**
 * Postings of every piece and record blocks: how a query is answered without
 * Pagefind.
 *
 * Every searchable unit of the corpus gets a record number (corpus order).
 * For every key of the pair table (a Han pair or a single Han character,
 * `pieceKeys`), the record numbers holding it (its postings) are published:
 * those of a key held by at most `postingsMax` provisions whole, in small
 * hashed files (`/search-data/postings/<n>.json`); those of a commoner key in
 * parts cut at fixed record ranges (`/search-data/parts/<key>/<n>.json`,
 * `partSpan`), so a very common key's list is read a range at a time. The
 * units' texts are published in blocks of `RECORDS_PER_BLOCK` consecutive
 * records (`/search-data/records/<b>.json`), each with the few documents its
 * records belong to (titles, filters, path).
 *
 * A query intersects the postings of its rarest pieces a range at a time
 * (src/lib/search/intersect.ts; every provision containing the query holds
 * every piece, so recall stays complete), then fetches the blocks of the
 * candidates in corpus order and checks each text (precision stays exact).
 * Pure: no file access.
 */
import { bucketOf } from './pair-table.ts';

/** Keys held by at most this many provisions get their postings published (default; `TIAOWEN_SEARCH_POSTINGS_MAX` overrides it at build time). */
export const DEFAULT_POSTINGS_MAX = 1000;

/** Consecutive records per block file. */
export const RECORDS_PER_BLOCK = 16;

/** Postings aimed at per postings file (the number of files follows from the total). */
export const POSTINGS_PER_BUCKET = 3000;

/** A postings file: key → its record numbers, ascending, as `encodePostings` writes them. */
export type PostingBucket = Record<string, string>;

/** Record numbers (ascending, unique) as base-36 gaps: [3, 4, 40] → `3,1,10`. */
export function encodePostings(ids: readonly number[]): string {
  let prev = 0;
  return ids
    .map((id, i) => {
      const gap = i === 0 ? id : id - prev;
      if (!Number.isInteger(gap) || gap < (i === 0 ? 0 : 1)) throw new Error(`postings must be ascending non-negative integers, got ${ids.join(',')}`);
      prev = id;
      return gap.toString(36);
    })
    .join(',');
}

/** The inverse of `encodePostings`. */
export function decodePostings(s: string): number[] {
  if (s === '') return [];
  let at = 0;
  return s.split(',').map((g) => (at += parseInt(g, 36)));
}

/** Intersection of ascending lists (the shortest first is fastest). */
export function intersectSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = [...sorted[0]!];
  for (const l of sorted.slice(1)) {
    const here = new Set(l);
    out = out.filter((x) => here.has(x));
  }
  return out;
}

/** The block file of a record number. */
export function blockOf(record: number): number {
  return Math.floor(record / RECORDS_PER_BLOCK);
}

/** The postings file a key lives in, of `count` files. */
export function postingBucketOf(key: string, count: number): number {
  return bucketOf(key, count);
}

/**
 * Postings aimed at per part of a common key's list (a key held by more than
 * the postings limit): its list is cut at fixed record ranges (`partSpan`),
 * so the page reads it a range at a time, and a part holds about this many
 * to twice as many record numbers.
 */
export const PART_POSTINGS = 2048;

/**
 * Records per part of a key held by `df` of `records` records: the smallest
 * power of two at which a part holds about `PART_POSTINGS` postings (at least
 * 1; the whole corpus in one part for a key whose list is that short). Powers
 * of two nest: the parts of a commoner key tile each part of a rarer one, so
 * lists can be intersected a range at a time.
 */
export function partSpan(df: number, records: number, perPart = PART_POSTINGS): number {
  let span = 1;
  while (span < records && span * df < perPart * records) span *= 2;
  return span;
}

/** Parts of a list cut every `span` records. */
export function partCount(span: number, records: number): number {
  return Math.max(1, Math.ceil(records / span));
}

/** The folder naming a key's parts: its code points in hex (`条例` → `6761-4f8b`), the same at build time and in the browser. */
export function keyPath(key: string): string {
  return [...key].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

/** One published part of a common key's postings: `/search-data/parts/<path>.json` holds `postings` (`encodePostings`). */
export interface PostingPart {
  /** `<keyPath>/<part>`. */
  path: string;
  postings: string;
}

/** An ascending list of record numbers kept as varint gaps (1–3 bytes a record instead of 8): every key's list stays in memory until the end. */
class CompactList {
  private bytes = new Uint8Array(4);
  private length = 0;
  count = 0;
  last = -1;

  push(record: number): void {
    let gap = record - this.last - 1;
    this.last = record;
    this.count++;
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (gap >= 0x80) {
      this.bytes[this.length++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    this.bytes[this.length++] = gap;
  }

  toArray(): number[] {
    const out: number[] = [];
    let at = -1;
    for (let i = 0; i < this.length; ) {
      let gap = 0;
      let shift = 0;
      let b: number;
      do {
        b = this.bytes[i++]!;
        gap += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      at += gap + 1;
      out.push(at);
    }
    return out;
  }
}

/**
 * Accumulates the postings of every key (records fed in ascending order):
 * the keys held by at most `max` records are published whole in hashed files
 * (`buckets`), the others cut into parts by record range (`parts`). At
 * `max` 0 nothing is published.
 */
export class PostingsBuilder {
  private readonly lists = new Map<string, CompactList>();

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 0) throw new Error(`postings limit: expected a non-negative integer, got ${max}`);
  }

  /** Record `record` holds `keys`. */
  add(keys: Iterable<string>, record: number): void {
    if (this.max === 0) return;
    for (const k of keys) {
      let l = this.lists.get(k);
      if (!l) this.lists.set(k, (l = new CompactList()));
      if (l.last === record) continue;
      if (record < l.last) throw new Error(`postings: records must come in ascending order (${k}: ${record} after ${l.last})`);
      l.push(record);
    }
  }

  /** Postings of the keys published whole (held by at most `max` records). */
  get size(): number {
    let n = 0;
    for (const l of this.lists.values()) if (l.count <= this.max) n += l.count;
    return n;
  }

  /** The postings of the keys held by at most `max` records, cut into files (`perBucket` postings each on average; none when nothing is published), keys sorted in each. */
  buckets(perBucket = POSTINGS_PER_BUCKET): PostingBucket[] {
    const keys = [...this.lists.keys()].filter((k) => this.lists.get(k)!.count <= this.max).sort();
    if (keys.length === 0) return [];
    const count = Math.max(1, Math.ceil(this.size / perBucket));
    const out: PostingBucket[] = Array.from({ length: count }, () => ({}));
    for (const k of keys) out[postingBucketOf(k, count)]![k] = encodePostings(this.lists.get(k)!.toArray());
    return out;
  }

  /** The postings of the keys held by more than `max` of `records` records, each list cut every `partSpan` records (empty parts included), keys sorted. */
  parts(records: number, perPart = PART_POSTINGS): PostingPart[] {
    const out: PostingPart[] = [];
    for (const k of [...this.lists.keys()].sort()) {
      const l = this.lists.get(k)!;
      if (l.count <= this.max) continue;
      if (l.last >= records) throw new Error(`postings: record ${l.last} of ${k} is beyond the ${records} records`);
      const span = partSpan(l.count, records, perPart);
      const ids = l.toArray();
      let at = 0;
      for (let p = 0; p < partCount(span, records); p++) {
        const from = at;
        while (at < ids.length && ids[at]! < (p + 1) * span) at++;
        out.push({ path: `${keyPath(k)}/${p}`, postings: encodePostings(ids.slice(from, at)) });
      }
    }
    return out;
  }
}

/** A document as a block names it: what a result and the filters need. */
export interface BlockDocument {
  slug: string;
  shortTitle: string;
  /** Page path without the base (`/regulations/<slug>/`). */
  path: string;
  /** Filter values (as in the Pagefind records): doc, class, issuer, year. */
  filters: Record<string, string[]>;
}

/** A record of a block: [index of its document in the block's `docs`, anchor id, label, readable text]. */
export type BlockRecord = [doc: number, id: string, label: string, text: string];

/** A block file: `RECORDS_PER_BLOCK` consecutive records (fewer in the last) and their documents. */
export interface RecordBlock {
  docs: BlockDocument[];
  records: BlockRecord[];
}

/** Cuts the records of the corpus (fed in order, one document at a time) into blocks. */
export class BlockWriter {
  private current: RecordBlock = { docs: [], records: [] };
  readonly blocks: RecordBlock[] = [];
  private count = 0;

  /** The record number the next unit gets. */
  get next(): number {
    return this.count;
  }

  /** Add a document's units; returns their record numbers. */
  addDocument(doc: BlockDocument, units: readonly { id: string; label: string; text: string }[]): number[] {
    const ids: number[] = [];
    for (const u of units) {
      let d = this.current.docs.findIndex((x) => x.slug === doc.slug);
      if (d < 0) d = this.current.docs.push(doc) - 1;
      this.current.records.push([d, u.id, u.label, u.text]);
      ids.push(this.count++);
      if (this.current.records.length === RECORDS_PER_BLOCK) {
        this.blocks.push(this.current);
        this.current = { docs: [], records: [] };
      }
    }
    return ids;
  }

  /** Close the last block; the list of blocks. */
  finish(): RecordBlock[] {
    if (this.current.records.length) this.blocks.push(this.current);
    this.current = { docs: [], records: [] };
    return this.blocks;
  }
}

/** Does a document's filter values pass the chosen filters (name → value; empty values: any)? */
export function passesFilters(values: Record<string, string[]>, filters: Partial<Record<string, string>> | undefined): boolean {
  for (const [k, v] of Object.entries(filters ?? {})) if (v && !(values[k] ?? []).includes(v)) return false;
  return true;
}
