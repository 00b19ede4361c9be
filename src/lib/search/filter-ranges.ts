/**
 * The records of each filter value, as ranges of record numbers: a document's
 * search units are consecutive records, so the records a filter value (a
 * document's short title, a class, an issuer, a year) selects are a few
 * ranges. With a filter set, the search page reads only the windows of the
 * postings that overlap them and fetches only the blocks of candidates inside
 * them (src/lib/search/intersect.ts), so a filter never costs blocks of
 * records it would drop.
 *
 * Published per filter key in hashed files (`/search-data/filter-ranges/<key>/<n>.json`):
 * value → its ranges, `start-end` in base 36 (end exclusive), comma-separated.
 * Pure: no file access.
 */
import { bucketOf } from './pair-table.ts';

/** Values aimed at per file of a filter key. */
export const RANGE_VALUES_PER_FILE = 250;

/** A file of one filter key: value → encoded ranges. */
export type RangeBucket = Record<string, string>;

/** Ranges [start, end) of record numbers, ascending and disjoint. */
export type RecordRanges = [start: number, end: number][];

/** The file of a filter key holding `value`, of `count` files. */
export function rangeFileOf(value: string, count: number): number {
  return bucketOf(value, count);
}

/** `[[0, 16], [40, 41]]` → `0-g,14-15`. */
export function encodeRanges(ranges: RecordRanges): string {
  return ranges.map(([a, b]) => `${a.toString(36)}-${b.toString(36)}`).join(',');
}

/** The inverse of `encodeRanges`. */
export function decodeRanges(s: string): RecordRanges {
  if (s === '') return [];
  return s.split(',').map((r) => {
    const [a, b] = r.split('-');
    return [parseInt(a!, 36), parseInt(b!, 36)];
  });
}

/** The records two range lists share. */
export function intersectRanges(a: RecordRanges, b: RecordRanges): RecordRanges {
  const out: RecordRanges = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]![0], b[j]![0]);
    const to = Math.min(a[i]![1], b[j]![1]);
    if (from < to) out.push([from, to]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** Does any range overlap [from, to)? */
export function overlaps(ranges: RecordRanges, from: number, to: number): boolean {
  return ranges.some(([a, b]) => a < to && from < b);
}

/** Is `record` in one of the ranges? */
export function inRanges(ranges: RecordRanges, record: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= record) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] <= record;
}

/** Accumulates the ranges of every filter value, documents fed in corpus order. */
export class FilterRangesBuilder {
  private readonly ranges = new Map<string, Map<string, RecordRanges>>();

  /** A document's records [from, to) carry these filter values. */
  add(values: Record<string, readonly string[]>, from: number, to: number): void {
    if (to <= from) return;
    for (const [key, vs] of Object.entries(values)) {
      let byValue = this.ranges.get(key);
      if (!byValue) this.ranges.set(key, (byValue = new Map()));
      for (const v of vs) {
        let list = byValue.get(v);
        if (!list) byValue.set(v, (list = []));
        const last = list[list.length - 1];
        if (last && from < last[1]) throw new Error(`filter ranges: documents must come in corpus order (${key}=${v}: ${from} after ${last[1]})`);
        if (last && last[1] === from) last[1] = to;
        else list.push([from, to]);
      }
    }
  }

  /** Per filter key, its values cut into files (`perFile` values each on average), values sorted in each. */
  files(perFile = RANGE_VALUES_PER_FILE): Record<string, RangeBucket[]> {
    const out: Record<string, RangeBucket[]> = {};
    for (const key of [...this.ranges.keys()].sort()) {
      const byValue = this.ranges.get(key)!;
      const count = Math.max(1, Math.ceil(byValue.size / perFile));
      const files: RangeBucket[] = Array.from({ length: count }, () => ({}));
      for (const v of [...byValue.keys()].sort()) files[rangeFileOf(v, count)]![v] = encodeRanges(byValue.get(v)!);
      out[key] = files;
    }
    return out;
  }
}
