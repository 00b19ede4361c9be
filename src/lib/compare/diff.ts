/**
 * Character-level diff of two provisions, made for reading Chinese text.
 *
 * - Tokens are Unicode code points (jsdiff `diffArrays`), compared after
 *   folding: full-width and half-width forms are the same character
 *   (，/, （/( ：/:), and curly quotes equal straight ones, so a measure
 *   that only changes punctuation width is still verbatim. Each side keeps
 *   its own characters for display.
 * - Cleanup, after diff-match-patch's semantic cleanup: a short run of
 *   equal characters between two changes (no longer than the edits on
 *   either side of it and at most CLEANUP_MAX_EQUAL characters, or a single
 *   character) is folded into one change,
 *   so 应当 → 坚持 reads as one replacement, not a scatter of letters.
 */
import { diffArrays } from 'diff';

export type SegmentOp = 'equal' | 'change';

/** One run of the diff. `old` is the base (parent) side, `new` the compared (local) side; either may be '' in a change. */
export interface Segment {
  op: SegmentOp;
  old: string;
  new: string;
}

export interface TextDiff {
  segments: Segment[];
  /** 0..1: 2 × equal characters / (old + new characters), punctuation width folded, whitespace ignored. */
  similarity: number;
  /**
   * False when the texts were too different to be worth a character diff
   * (see `DiffOptions.minSimilarity`): `segments` is then one change of the
   * whole texts and `similarity` an upper bound.
   */
  exact: boolean;
  /** Text present only in `new`, one entry per change (whitespace-only changes left out). */
  inserted: string[];
  /** Text present only in `old`, one entry per change. */
  deleted: string[];
}

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '「': '"', '」': '"', '‘': "'", '’': "'", '『': '"', '』': '"' };

/** The comparison form of one character: NFKC when that stays one character, quotes straightened. */
export function foldChar(c: string): string {
  if (QUOTES[c]) return QUOTES[c]!;
  const k = c.normalize('NFKC');
  return [...k].length === 1 ? k : c;
}

const isSpace = (c: string) => /^\s$/u.test(c);

type Raw = { op: 'equal' | 'del' | 'ins'; old: string[]; new: string[] };

/** Segments straight from jsdiff, with each side's own characters. */
function rawDiff(a: string[], b: string[]): Raw[] {
  const fa = a.map(foldChar);
  const fb = b.map(foldChar);
  const parts = diffArrays(fa, fb);
  const out: Raw[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const n = p.count;
    if (p.added) {
      out.push({ op: 'ins', old: [], new: b.slice(j, j + n) });
      j += n;
    } else if (p.removed) {
      out.push({ op: 'del', old: a.slice(i, i + n), new: [] });
      i += n;
    } else {
      out.push({ op: 'equal', old: a.slice(i, i + n), new: b.slice(j, j + n) });
      i += n;
      j += n;
    }
  }
  return out;
}

/** Group raw runs into equal segments and change segments (a change = every del/ins between two equals). */
function group(raw: Raw[]): { op: SegmentOp; old: string[]; new: string[] }[] {
  const out: { op: SegmentOp; old: string[]; new: string[] }[] = [];
  for (const r of raw) {
    const op: SegmentOp = r.op === 'equal' ? 'equal' : 'change';
    const last = out.at(-1);
    if (last && last.op === op) {
      last.old.push(...r.old);
      last.new.push(...r.new);
    } else {
      out.push({ op, old: [...r.old], new: [...r.new] });
    }
  }
  return out;
}

/**
 * Longest equal run that cleanup may fold into the changes around it. Longer
 * shared runs (a whole shared sentence between two rewritten ones) stay
 * visible as shared text.
 */
export const CLEANUP_MAX_EQUAL = 6;

/** Fold short equalities sandwiched between changes into one change, until nothing changes. */
function cleanup(segs: { op: SegmentOp; old: string[]; new: string[] }[]): { op: SegmentOp; old: string[]; new: string[] }[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 1; k + 1 < segs.length; k++) {
      const [before, eq, after] = [segs[k - 1]!, segs[k]!, segs[k + 1]!];
      if (eq.op !== 'equal' || before.op !== 'change' || after.op !== 'change') continue;
      const len = eq.old.length;
      if (eq.old.includes('\n') || eq.new.includes('\n')) continue;
      const editBefore = Math.max(before.old.length, before.new.length);
      const editAfter = Math.max(after.old.length, after.new.length);
      if (len <= 1 || (len <= CLEANUP_MAX_EQUAL && len <= editBefore && len <= editAfter)) {
        segs.splice(k - 1, 3, {
          op: 'change',
          old: [...before.old, ...eq.old, ...after.old],
          new: [...before.new, ...eq.new, ...after.new],
        });
        changed = true;
        break;
      }
    }
  }
  return segs;
}

export interface DiffOptions {
  /**
   * Skip the character diff when the similarity cannot reach this value. The
   * bound is the overlap of the two character multisets (a common
   * subsequence cannot use a character more often than both texts have it),
   * computed in linear time; Myers' diff costs O((N+M)·D) and is slowest on
   * exactly the pairs too different for a readable diff (a long article
   * against a short one).
   */
  minSimilarity?: number;
}

/** Upper bound of `similarity`: 2 × shared characters (as multisets) / total characters. */
export function similarityBound(oldText: string, newText: string): number {
  const count = new Map<string, number>();
  let total = 0;
  for (const c of oldText) {
    if (isSpace(c)) continue;
    const f = foldChar(c);
    count.set(f, (count.get(f) ?? 0) + 1);
    total++;
  }
  let shared = 0;
  for (const c of newText) {
    if (isSpace(c)) continue;
    total++;
    const f = foldChar(c);
    const n = count.get(f) ?? 0;
    if (n > 0) {
      shared++;
      count.set(f, n - 1);
    }
  }
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Diff `oldText` (base) against `newText` (compared). */
export function diffText(oldText: string, newText: string, options: DiffOptions = {}): TextDiff {
  if (options.minSimilarity !== undefined) {
    const bound = similarityBound(oldText, newText);
    if (bound < options.minSimilarity) {
      return {
        segments: [{ op: 'change', old: oldText, new: newText }],
        similarity: bound,
        exact: false,
        inserted: newText.trim() ? [newText] : [],
        deleted: oldText.trim() ? [oldText] : [],
      };
    }
  }
  const a = [...oldText];
  const b = [...newText];
  const raw = rawDiff(a, b);
  let equal = 0;
  for (const r of raw) if (r.op === 'equal') equal += r.old.filter((c) => !isSpace(c)).length;
  const total = a.filter((c) => !isSpace(c)).length + b.filter((c) => !isSpace(c)).length;
  const similarity = total === 0 ? 1 : (2 * equal) / total;
  const segments: Segment[] = cleanup(group(raw)).map((s) => ({ op: s.op, old: s.old.join(''), new: s.new.join('') }));
  const inserted: string[] = [];
  const deleted: string[] = [];
  for (const s of segments) {
    if (s.op !== 'change') continue;
    if (s.new.trim()) inserted.push(s.new);
    if (s.old.trim()) deleted.push(s.old);
  }
  return { segments, similarity, exact: true, inserted, deleted };
}

/** True when the two texts are the same once punctuation width and whitespace are folded. */
export function sameText(a: string, b: string): boolean {
  return foldedText(a) === foldedText(b);
}

/** The comparison form of a text (what `sameText` compares): whitespace dropped, each character folded. */
export function foldedText(s: string): string {
  return [...s].filter((c) => !isSpace(c)).map(foldChar).join('');
}
