/**
 * The pair table: for every Han pair (and every single Han character) of the
 * corpus, how many provisions contain it (document frequency) and which
 * index shards hold those provisions. The search page fetches only the
 * buckets of the pieces of a query (a few KB each), never the whole table,
 * so what it loads does not grow with the corpus.
 *
 * It answers two questions before Pagefind is asked anything:
 * - which piece is rarest (the one handed to Pagefind: fewest index bytes);
 * - which shards can hold a match at all: a provision containing the query
 *   contains every piece, so only shards holding every piece are searched
 *   (a term that occurs nowhere loads no shard).
 */
import { isHan, isHanUnit, normalizeForSearch } from './text.ts';

/**
 * Entries aimed at per bucket file (the number of buckets follows from the
 * table's size): about 5 KB gzipped each, and a query fetches one per piece,
 * so a long query (15 pieces) stays near 70 KB of table.
 */
export const BUCKET_ENTRIES = 500;

/** One entry of the table: document frequency and the shards, as ranges (`0-3,7`). */
export type PairEntry = [df: number, shards: string];

/** A bucket file: key (pair or character) → entry, keys sorted. */
export type PairBucket = Record<string, PairEntry>;

/** A stable hash of a key (FNV-1a over its UTF-16 units), the same at build time and in the browser. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The bucket a key lives in, of `count` buckets. */
export function bucketOf(key: string, count: number): number {
  return count <= 1 ? 0 : hash(key) % count;
}

/** Shard numbers (ascending, unique) as ranges: [0,1,2,3,7] → `0-3,7`. */
export function encodeShards(shards: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < shards.length; ) {
    let j = i;
    while (j + 1 < shards.length && shards[j + 1] === shards[j]! + 1) j++;
    out.push(j === i ? String(shards[i]) : `${shards[i]}-${shards[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

/** The inverse of `encodeShards`. */
export function decodeShards(s: string): number[] {
  if (s === '') return [];
  const out: number[] = [];
  for (const part of s.split(',')) {
    const [a, b] = part.split('-').map(Number);
    for (let k = a!; k <= (b ?? a!); k++) out.push(k);
  }
  return out;
}

/** The keys a provision text contributes: its Han pairs and its Han characters, each once. */
export function pieceKeys(text: string): Set<string> {
  return new Set(pieceCodes(text).map(pieceOfCode));
}

const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - 0x4e00 + 1;

/**
 * The number of a piece key (a Han character or pair; every Han character is one UTF-16 unit):
 * a character c → c − U+4E00, a pair ab → 20,992 + (a − U+4E00) · 20,992 + (b − U+4E00). Under
 * 2^30, so V8 keeps it as a small integer: the builders key their tables by it, not by a string
 * made and hashed for every piece of every provision.
 */
export function pieceCode(key: string): number {
  const a = key.charCodeAt(0) - HAN_FIRST;
  if (key.length === 1 && a >= 0 && a < HAN_COUNT) return a;
  const b = key.charCodeAt(1) - HAN_FIRST;
  if (key.length === 2 && a >= 0 && a < HAN_COUNT && b >= 0 && b < HAN_COUNT) return HAN_COUNT + a * HAN_COUNT + b;
  throw new Error(`piece key: expected one or two Han characters, got "${key}"`);
}

/** The inverse of `pieceCode`. */
export function pieceOfCode(code: number): string {
  if (code < HAN_COUNT) return String.fromCharCode(HAN_FIRST + code);
  const p = code - HAN_COUNT;
  return String.fromCharCode(HAN_FIRST + Math.floor(p / HAN_COUNT), HAN_FIRST + (p % HAN_COUNT));
}

/** `pieceKeys` as numbers (`pieceCode`), each once, in the same order: the pairs, then the characters. */
export function pieceCodes(text: string): number[] {
  const n = normalizeForSearch(text);
  const codes = new Set<number>();
  for (let i = 0; i + 1 < n.length; i++) {
    if (isHanUnit(n, i) && isHanUnit(n, i + 1)) codes.add(HAN_COUNT + (n.charCodeAt(i) - HAN_FIRST) * HAN_COUNT + (n.charCodeAt(i + 1) - HAN_FIRST));
  }
  for (let i = 0; i < n.length; i++) if (isHanUnit(n, i)) codes.add(n.charCodeAt(i) - HAN_FIRST);
  return [...codes];
}

/** An Int32Array at least `n` long holding `a`'s values (the rest `fill`): the arrays of a builder grow by doubling. */
export function grownInt32(a: Int32Array<ArrayBuffer>, n: number, fill = 0): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2, 16));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/**
 * Accumulates the table over the provisions of the corpus, shard by shard
 * (shards in ascending order). Held compactly, since a corpus has hundreds of
 * thousands of keys: a key is numbered once (`idOf`), and its count and its
 * shards (as runs of consecutive shards, the way `encodeShards` writes them)
 * live in typed arrays indexed by that number, not in an object per key (which
 * cost about 600 bytes a key: 210 MB on the 3,430 documents of the real corpus).
 */
export class PairTableBuilder {
  private readonly ids = new Map<number, number>();
  private df = new Int32Array(0);
  /** The open run of shards of each key: [runFrom, runTo]; runTo −1 before the first. */
  private runFrom = new Int32Array(0);
  private runTo = new Int32Array(0);
  /** The runs closed before the open one, as `encodeShards` writes them (undefined: none). */
  private readonly closed: (string | undefined)[] = [];

  /** Count one provision of shard `shard`. */
  add(text: string, shard: number): void {
    this.addKeys(pieceKeys(text), shard);
  }

  /** Count one provision of shard `shard` holding `keys` (its `pieceKeys`). */
  addKeys(keys: Iterable<string>, shard: number): void {
    this.addCodes([...keys].map(pieceCode), shard);
  }

  /** Count one provision of shard `shard` holding the keys `codes` (its `pieceCodes`). */
  addCodes(codes: readonly number[], shard: number): void {
    for (const k of codes) {
      let id = this.ids.get(k);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(k, id);
        this.df = grownInt32(this.df, id + 1);
        this.runFrom = grownInt32(this.runFrom, id + 1);
        this.runTo = grownInt32(this.runTo, id + 1, -1);
        this.closed.push(undefined);
      }
      this.df[id]!++;
      const to = this.runTo[id]!;
      if (to === shard) continue;
      if (to >= 0 && to === shard - 1) {
        this.runTo[id] = shard;
        continue;
      }
      if (to >= 0) this.closed[id] = this.runText(id, this.closed[id]);
      this.runFrom[id] = shard;
      this.runTo[id] = shard;
    }
  }

  /** The closed runs and the open one of key `id`, as `encodeShards` writes them. */
  private runText(id: number, before: string | undefined): string {
    const from = this.runFrom[id]!;
    const to = this.runTo[id]!;
    const run = from === to ? String(from) : `${from}-${to}`;
    return before === undefined ? run : `${before},${run}`;
  }

  /** Number of keys. */
  get size(): number {
    return this.ids.size;
  }

  /** Every key counted (as `pieceCode`), in order of first sight. */
  codes(): IterableIterator<number> {
    return this.ids.keys();
  }

  /** The number of a key (`pieceCode`; numbered in order of first sight), undefined for a key never counted. */
  idOf(code: number): number | undefined {
    return this.ids.get(code);
  }

  /** How many provisions hold the key numbered `id`. */
  dfOf(id: number): number {
    return this.df[id]!;
  }

  /**
   * The corpus turned out to fit one index shard (it is cut only when it holds more
   * records than a shard may, known at the end): every key's shards become `0`.
   */
  singleShard(): void {
    this.closed.fill(undefined);
    this.runFrom.fill(0);
    for (let id = 0; id < this.ids.size; id++) this.runTo[id] = 0;
  }

  /** The table cut into buckets (`BUCKET_ENTRIES` entries each on average), keys sorted in each. */
  buckets(perBucket = BUCKET_ENTRIES): PairBucket[] {
    return [...this.eachBucket(perBucket)];
  }

  /** The buckets of `buckets`, made one at a time (what is held at once is one bucket and the sorted keys). */
  *eachBucket(perBucket = BUCKET_ENTRIES): Generator<PairBucket> {
    const count = Math.max(1, Math.ceil(this.ids.size / perBucket));
    const byBucket: string[][] = Array.from({ length: count }, () => []);
    for (const k of [...this.ids.keys()].map(pieceOfCode).sort()) byBucket[bucketOf(k, count)]!.push(k);
    for (let b = 0; b < count; b++) {
      const out: PairBucket = {};
      for (const k of byBucket[b]!) {
        const id = this.ids.get(pieceCode(k))!;
        out[k] = [this.df[id]!, this.runText(id, this.closed[id])];
      }
      byBucket[b] = [];
      yield out;
    }
  }
}

/** What the table says about a query, before Pagefind is asked. */
export interface QueryPlan {
  /** The piece handed to Pagefind: the rarest (ties: query order). */
  term: string;
  /** Shards that can hold a match (every piece present), ascending. */
  shards: number[];
  /** Provisions containing the rarest piece: an upper bound of the matches. */
  bound: number;
}

/**
 * Plan a query from the entries of its pieces (`lookup` answers undefined for
 * a key the corpus does not have). Pieces are Han pairs or single Han
 * characters; anything else (digits, Latin) tells nothing and is skipped;
 * with no Han piece at all, every one of `shardCount` shards is searched.
 */
export function planQuery(pieces: readonly string[], lookup: (key: string) => PairEntry | undefined, shardCount: number): QueryPlan {
  const all = Array.from({ length: shardCount }, (_, i) => i);
  const han = pieces.filter((p) => [...p].every(isHan) && [...p].length <= 2);
  if (han.length === 0) return { term: pieces[0] ?? '', shards: all, bound: Number.POSITIVE_INFINITY };
  let term = han[0]!;
  let bound = Number.POSITIVE_INFINITY;
  let shards = new Set(all);
  for (const p of han) {
    const e = lookup(p);
    if (!e) return { term: p, shards: [], bound: 0 };
    if (e[0] < bound) {
      bound = e[0];
      term = p;
    }
    const here = new Set(decodeShards(e[1]));
    shards = new Set([...shards].filter((s) => here.has(s)));
  }
  return { term, shards: [...shards].sort((a, b) => a - b), bound };
}
