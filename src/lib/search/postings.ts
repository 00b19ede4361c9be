/**
 * Postings of rare pieces and record blocks: how a rare query is answered
 * without Pagefind.
 *
 * Every searchable unit of the corpus gets a record number (corpus order).
 * For every key of the pair table (a Han pair or a single Han character,
 * `pieceKeys`) held by at most `postingsMax` provisions, the record numbers
 * holding it (its postings) are published in small hashed files
 * (`/search-data/postings/<n>.json`); the units' texts are published in
 * blocks of `RECORDS_PER_BLOCK` consecutive records
 * (`/search-data/records/<b>.json`), each with the few documents its records
 * belong to (titles, filters, path).
 *
 * A query whose rarest piece has postings intersects the postings of all its
 * pieces that have them (every provision containing the query holds every
 * piece, so recall stays complete), then fetches the blocks of the candidates
 * in corpus order and checks each text (precision stays exact): a rare term
 * costs a pair-table bucket, a postings file or two and a block per result,
 * instead of Pagefind's runtime and, per shard, its metadata and an index
 * chunk. Pure: no file access.
 */
import { bucketOf } from './pair-table.ts';
import { isHan } from './text.ts';

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

/** Postings lists intersected for one query, at most (its rarest pieces): more would cost bytes and cut little. */
export const POSTING_LISTS = 4;

/**
 * The pieces whose postings answer a query, rarest first (ties: query order),
 * at most `lists`; empty when the query must go to Pagefind (its rarest piece
 * has no postings, a piece occurs nowhere, or no postings are published).
 * `df` gives a piece's document frequency (undefined: not in the corpus).
 * Pieces that are not Han pairs or characters are skipped (as `planQuery` does).
 */
export function postingPieces(pieces: readonly string[], df: (piece: string) => number | undefined, max: number, lists = POSTING_LISTS): string[] {
  // Pieces other than Han pairs and characters (digits, Latin) are not in the table and tell nothing; the text check decides.
  const han = pieces.filter((p) => [...p].length <= 2 && [...p].every(isHan));
  if (max <= 0 || han.length === 0) return [];
  const known = han.map((p, i) => ({ p, i, n: df(p) }));
  if (known.some((k) => k.n === undefined || k.n === 0)) return [];
  const rare = known.filter((k) => k.n! <= max).sort((a, b) => a.n! - b.n! || a.i - b.i);
  return rare.slice(0, lists).map((k) => k.p);
}

/** The block file of a record number. */
export function blockOf(record: number): number {
  return Math.floor(record / RECORDS_PER_BLOCK);
}

/** The postings file a key lives in, of `count` files. */
export function postingBucketOf(key: string, count: number): number {
  return bucketOf(key, count);
}

/** Accumulates the postings of the keys held by at most `max` records; records in ascending order. */
export class PostingsBuilder {
  private readonly lists = new Map<string, number[]>();
  /** Keys seen in more than `max` records: their postings are not published. */
  private readonly common = new Set<string>();

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 0) throw new Error(`postings limit: expected a non-negative integer, got ${max}`);
  }

  /** Record `record` holds `keys`. */
  add(keys: Iterable<string>, record: number): void {
    if (this.max === 0) return;
    for (const k of keys) {
      if (this.common.has(k)) continue;
      let l = this.lists.get(k);
      if (!l) this.lists.set(k, (l = []));
      if (l[l.length - 1] === record) continue;
      l.push(record);
      if (l.length > this.max) {
        this.lists.delete(k);
        this.common.add(k);
      }
    }
  }

  /** Postings held (of the keys published). */
  get size(): number {
    let n = 0;
    for (const l of this.lists.values()) n += l.length;
    return n;
  }

  /** The postings cut into files (`perBucket` postings each on average; none when nothing is published), keys sorted in each. */
  buckets(perBucket = POSTINGS_PER_BUCKET): PostingBucket[] {
    if (this.lists.size === 0) return [];
    const count = Math.max(1, Math.ceil(this.size / perBucket));
    const out: PostingBucket[] = Array.from({ length: count }, () => ({}));
    for (const k of [...this.lists.keys()].sort()) out[postingBucketOf(k, count)]![k] = encodePostings(this.lists.get(k)!);
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
