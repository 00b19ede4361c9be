/**
 * Candidates of a query from the postings (src/lib/search/postings.ts),
 * whatever its pieces' frequencies: the postings of its rarest pieces are
 * intersected a record range (window) at a time, in corpus order, before any
 * record text is fetched.
 *
 * Every provision containing the query holds every one of its pieces, so the
 * intersection of any of their lists keeps recall complete; the more lists,
 * the fewer candidates whose text must be fetched and checked. A rare piece's
 * list (held by at most the postings limit) is read whole; a common piece's
 * list is cut into parts every `partSpan` records, so only the parts of the
 * window being read are fetched. Parts are powers of two long and nest, so a
 * window (one part of the rarest common piece) is tiled exactly by the parts
 * of the commoner ones. A query made only of common pieces but rare itself
 * (条例第七条规定: its rarest pair in 5,079 provisions, the phrase in ~50)
 * so costs, per window, a part of each list (a few KB) and the blocks of the
 * few records holding every piece, not thousands of fragments.
 * Pure: the fetching is passed in.
 */
import { isHan } from './text.ts';
import { PART_POSTINGS, partCount, partSpan } from './postings.ts';
import { inRanges, overlaps, type RecordRanges } from './filter-ranges.ts';

/** Lists intersected per query, at most. */
export const MAX_LISTS = 6;

/**
 * A piece's list is used only when it is held by at most this many times as
 * many provisions as the rarest piece: a commoner list costs more bytes per
 * window (and requests: one part per `partSpan`) than it saves.
 */
export const LIST_RATIO = 32;

/** A list to intersect: a key of the pair table and how many provisions hold it. */
export interface PlannedList {
  key: string;
  df: number;
  /** Records per part; null for a rare key, read whole from the postings files. */
  span: number | null;
}

/** How a query's candidates come from the postings. */
export interface PostingPlan {
  /** The lists intersected, rarest first. */
  lists: PlannedList[];
  /** Records per window: the span of the rarest common list, or all records when every list is rare. */
  window: number;
  /** Windows over the corpus. */
  windows: number;
  /** Provisions holding the rarest piece: an upper bound of the matches. */
  bound: number;
}

/**
 * Plan a query's postings from its pieces' document frequencies (`df`:
 * undefined for a piece the corpus lacks). Null when the postings cannot
 * answer it: none published (`max` 0 or no `records`), no Han piece (the
 * text check alone decides digits and Latin), a piece the corpus lacks (the
 * pair table already says there is no match), or, with `commonAllowed`
 * false, a rarest piece above the limit. Pieces that are not Han pairs or
 * characters are skipped. `perPart` must be the one the parts were cut with.
 */
export function planPostings(
  pieces: readonly string[],
  df: (piece: string) => number | undefined,
  max: number,
  records: number,
  commonAllowed = true,
  perPart = PART_POSTINGS,
): PostingPlan | null {
  if (max <= 0 || records <= 0) return null;
  const han = [...new Set(pieces)].filter((p) => [...p].length <= 2 && [...p].every(isHan));
  if (han.length === 0) return null;
  const known = han.map((key, i) => ({ key, i, df: df(key) }));
  if (known.some((k) => k.df === undefined || k.df === 0)) return null;
  const sorted = known.sort((a, b) => a.df! - b.df! || a.i - b.i);
  const rarest = sorted[0]!.df!;
  if (rarest > max && !commonAllowed) return null;
  const lists = sorted
    .filter((k, n) => n === 0 || k.df! <= LIST_RATIO * rarest)
    .slice(0, MAX_LISTS)
    .map((k) => ({ key: k.key, df: k.df!, span: k.df! <= max ? null : partSpan(k.df!, records, perPart) }));
  const spans = lists.map((l) => l.span).filter((s): s is number => s !== null);
  // The rarest common list has the longest parts; with none, one window covers the corpus.
  const window = spans.length ? Math.max(...spans) : records;
  return { lists, window, windows: partCount(window, records), bound: rarest };
}

/** The parts of a list of span `span` that tile window `w` of `plan` over `records` records (the last window may need fewer). */
export function partsOfWindow(plan: PostingPlan, span: number, w: number, records: number): number[] {
  const first = (w * plan.window) / span;
  const end = Math.min(first + plan.window / span, partCount(span, records));
  return Array.from({ length: Math.max(0, end - first) }, (_, i) => first + i);
}

/** Intersection of ascending lists of record numbers (two pointers; the shortest first). */
export function intersectAscending(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = [...sorted[0]!];
  for (const l of sorted.slice(1)) {
    const next: number[] = [];
    let j = 0;
    for (const x of out) {
      while (j < l.length && l[j]! < x) j++;
      if (j === l.length) break;
      if (l[j] === x) next.push(x);
    }
    out = next;
    if (out.length === 0) break;
  }
  return out;
}

/** The records of an ascending list in [from, to). */
export function sliceRange(list: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < list.length && list[i]! < to; i++) out.push(list[i]!);
  return out;
}

/** How the candidates fetch postings: a rare key's whole list, a common key's part. */
export interface PostingSource {
  whole(keys: readonly string[]): Promise<number[][]>;
  part(key: string, part: number): Promise<number[]>;
}

/** Windows whose parts are fetched ahead of the one being read, so that their requests overlap its checking. */
export const READ_AHEAD = 1;

/**
 * The candidates of a plan, window by window in corpus order. With `ranges`
 * (the records the chosen filters select, src/lib/search/filter-ranges.ts),
 * windows outside them are skipped unread and candidates outside them dropped.
 * While a window is read, the parts of the next `readAhead` windows in scope
 * are already requested (a query that stops early so fetches at most that
 * many windows' parts more than it reads).
 */
export class WindowedCandidates {
  private next = 0;
  private rare: Promise<Map<string, number[]>> | null = null;
  private readonly pending = new Map<number, Promise<number[][]>>();

  constructor(
    readonly plan: PostingPlan,
    private readonly records: number,
    private readonly source: PostingSource,
    private readonly ranges: RecordRanges | null = null,
    private readonly readAhead = READ_AHEAD,
  ) {}

  /** The share (0–1) of the records in scope (all, or those in `ranges`) that the windows read so far cover. */
  get share(): number {
    const upTo = this.scanned;
    if (!this.ranges) return this.records ? upTo / this.records : 1;
    let all = 0;
    let read = 0;
    for (const [a, b] of this.ranges) {
      all += b - a;
      read += Math.max(0, Math.min(b, upTo) - a);
    }
    return all ? read / all : 1;
  }

  /** True when every window has been read. */
  get finished(): boolean {
    return this.next >= this.plan.windows;
  }

  /** Records covered by the windows read so far. */
  get scanned(): number {
    return Math.min(this.records, this.next * this.plan.window);
  }

  /** The records of the next window holding every planned piece, ascending (null: no window left). */
  async nextWindow(): Promise<number[] | null> {
    // Windows holding no record in scope are skipped unread.
    this.next = this.inScopeFrom(this.next);
    if (this.finished) return null;
    const w = this.next++;
    let ahead = w;
    for (let i = 0; i < this.readAhead; i++) {
      ahead = this.inScopeFrom(ahead + 1);
      if (ahead >= this.plan.windows) break;
      // Requested now, awaited when read; a failure surfaces then, not as an unhandled rejection.
      this.listsOf(ahead).catch(() => {});
    }
    const lists = await this.listsOf(w);
    this.pending.delete(w);
    const out = intersectAscending(lists);
    return this.ranges ? out.filter((r) => inRanges(this.ranges!, r)) : out;
  }

  /** The first window from `w` on that holds a record in scope (`plan.windows` when none). */
  private inScopeFrom(w: number): number {
    const { window, windows } = this.plan;
    while (w < windows && this.ranges && !overlaps(this.ranges, w * window, (w + 1) * window)) w++;
    return w;
  }

  /** Each planned list's records in window `w`, requested once. */
  private listsOf(w: number): Promise<number[][]> {
    let lists = this.pending.get(w);
    if (!lists) this.pending.set(w, (lists = this.fetchWindow(w)));
    return lists;
  }

  private async fetchWindow(w: number): Promise<number[][]> {
    const from = w * this.plan.window;
    const to = Math.min(this.records, from + this.plan.window);
    const rare = await this.rareLists();
    return Promise.all(
      this.plan.lists.map(async (l) => {
        if (l.span === null) return sliceRange(rare.get(l.key)!, from, to);
        const parts = await Promise.all(partsOfWindow(this.plan, l.span, w, this.records).map((p) => this.source.part(l.key, p)));
        return parts.flat();
      }),
    );
  }

  /** The rare keys' whole lists, fetched once. */
  private rareLists(): Promise<Map<string, number[]>> {
    this.rare ??= (async () => {
      const keys = this.plan.lists.filter((l) => l.span === null).map((l) => l.key);
      const lists = keys.length ? await this.source.whole(keys) : [];
      return new Map(keys.map((k, i) => [k, lists[i]!]));
    })();
    return this.rare;
  }
}
