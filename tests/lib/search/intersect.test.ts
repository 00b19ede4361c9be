/**
 * Candidates from the postings a window at a time (src/lib/search/intersect.ts):
 * which lists a query reads, the parts of a window, the intersection, and
 * that a query made only of common pieces but rare itself costs only the
 * parts of the windows read.
 */
import { describe, expect, it } from 'vitest';
import { intersectAscending, LIST_RATIO, MAX_LISTS, partsOfWindow, planPostings, READ_AHEAD, sliceRange, WindowedCandidates, type PostingPlan, type PostingSource } from '../../../src/lib/search/intersect.ts';
import { decodePostings, keyPath, partSpan, postingBucketOf, PostingsBuilder } from '../../../src/lib/search/postings.ts';
import { rejectionOf } from '../../support/thrown.ts';

describe('planPostings', () => {
  const df: Record<string, number> = { 问责: 500, 责条: 30, 条例: 9000, 例第: 5000, 第七: 8000, 七条: 7000, 条规: 12_000, 规定: 60_000, 诫: 20 };
  const lookup = (k: string) => df[k];

  it('reads the rarest pieces, rarest first; rare ones whole, common ones in parts', () => {
    const p = planPostings(['问责', '责条', '条例'], lookup, 1000, 100_000)!;
    expect(p.lists.map((l) => l.key)).toEqual(['责条', '问责']); // 条例 is more than LIST_RATIO × 30
    expect(p.lists.every((l) => l.span === null)).toBe(true);
    expect(p.window).toBe(100_000);
    expect(p.windows).toBe(1);
    expect(p.bound).toBe(30);
  });

  it('answers a query of common pieces from their parts, a window (the rarest part) at a time', () => {
    const p = planPostings(['条例', '例第', '第七', '七条', '条规', '规定'], lookup, 1000, 150_000)!;
    expect(p.lists.map((l) => l.key)).toEqual(['例第', '七条', '第七', '条例', '条规', '规定']);
    expect(p.lists.map((l) => l.span)).toEqual([5000, 7000, 8000, 9000, 12_000, 60_000].map((d) => partSpan(d, 150_000)));
    expect(p.window).toBe(partSpan(5000, 150_000));
    expect(p.windows).toBe(Math.ceil(150_000 / p.window));
    expect(p.bound).toBe(5000);
  });

  it('leaves out lists more than LIST_RATIO times commoner than the rarest, and keeps MAX_LISTS at most', () => {
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`甲${String.fromCodePoint(0x4e00 + i)}`, 100 + i]));
    many['乙丙'] = 100 * LIST_RATIO + 1;
    const p = planPostings(Object.keys(many), (k) => many[k], 50, 100_000)!;
    expect(p.lists.length).toBe(MAX_LISTS);
    expect(p.lists.map((l) => l.key)).not.toContain('乙丙');
    expect(p.lists[0]!.df).toBe(100);
  });

  it('leaves a query to Pagefind when no postings are published, nothing is Han, or a filter meets only common pieces', () => {
    expect(planPostings(['责条'], lookup, 0, 100)).toBeNull();
    expect(planPostings(['责条'], lookup, 1000, 0)).toBeNull();
    expect(planPostings(['2017'], lookup, 1000, 100)).toBeNull();
    expect(planPostings(['条例', '规定'], lookup, 1000, 100_000, false)).toBeNull();
    // a rare piece keeps the postings path, filter or not (a common piece then narrows its candidates a window at a time)
    expect(planPostings(['问责', '条例'], lookup, 1000, 100_000, false)?.lists.map((l) => [l.key, l.span])).toEqual([
      ['问责', null],
      ['条例', partSpan(9000, 100_000)],
    ]);
  });

  it('answers nothing from postings when a piece occurs nowhere (the pair table already says no match)', () => {
    expect(planPostings(['责条', '量子'], lookup, 1000, 100)).toBeNull();
  });

  it('skips pieces that are not Han (the text check decides them)', () => {
    expect(planPostings(['诫', '2017'], lookup, 100, 1000)!.lists.map((l) => l.key)).toEqual(['诫']);
  });
});

describe('partsOfWindow', () => {
  it('tiles a window with the parts of a commoner list, fewer in the last window', () => {
    const plan = { lists: [], window: 8, windows: 3, bound: 0 };
    expect(partsOfWindow(plan, 2, 0, 20)).toEqual([0, 1, 2, 3]);
    expect(partsOfWindow(plan, 2, 1, 20)).toEqual([4, 5, 6, 7]);
    expect(partsOfWindow(plan, 2, 2, 20)).toEqual([8, 9]);
    expect(partsOfWindow(plan, 8, 2, 20)).toEqual([2]);
  });
});

describe('intersectAscending and sliceRange', () => {
  it('keeps what every list holds, in order', () => {
    expect(intersectAscending([[1, 3, 5, 7, 9], [3, 4, 5, 9], [0, 3, 9, 12]])).toEqual([3, 9]);
    expect(intersectAscending([[1, 2], []])).toEqual([]);
    expect(intersectAscending([[2, 8]])).toEqual([2, 8]);
    expect(intersectAscending([])).toEqual([]);
    expect(intersectAscending([[5, 6, 7], [1, 2, 7, 8]])).toEqual([7]);
  });

  it('slices an ascending list to a range', () => {
    expect(sliceRange([1, 4, 8, 9, 15], 4, 9)).toEqual([4, 8]);
    expect(sliceRange([1, 4], 5, 9)).toEqual([]);
    expect(sliceRange([], 0, 9)).toEqual([]);
  });
});

describe('WindowedCandidates on common pieces with a small intersection', () => {
  // 4,000 records; 甲乙 in every third, 乙丙 in every fifth, 丙丁 in every seventh: each common,
  // together only in every 105th (38 records); 戊己 rare (3 records).
  const records = 4000;
  const perPart = 64;
  // Built in each test (not while vitest collects the file), so that mutation testing covers postings.ts per test.
  const setup = () => {
    const b = new PostingsBuilder(10);
    const holds = (r: number) => [...(r % 3 === 0 ? ['甲乙'] : []), ...(r % 5 === 0 ? ['乙丙'] : []), ...(r % 7 === 0 ? ['丙丁'] : []), ...([0, 2100, 3990].includes(r) ? ['戊己'] : [])];
    const df = new Map<string, number>();
    for (let r = 0; r < records; r++) {
      b.add(holds(r), r);
      for (const k of holds(r)) df.set(k, (df.get(k) ?? 0) + 1);
    }
    const parts = new Map(b.parts(records, perPart).map((p) => [p.path, decodePostings(p.postings)]));
    const files = b.buckets(10);
    const fetched: string[] = [];
    const source: PostingSource = {
      whole: async (keys) => keys.map((k) => (fetched.push(`whole ${k}`), decodePostings(files[postingBucketOf(k, files.length)]![k]!))),
      part: async (key, n) => {
        fetched.push(`${key}/${n}`);
        const ids = parts.get(`${keyPath(key)}/${n}`);
        if (!ids) throw new Error(`no part ${key}/${n}`);
        return ids;
      },
    };
    return { df, parts, fetched, source };
  };

  it('gives exactly the records holding every piece, window by window in corpus order', async () => {
    const { df, parts, fetched, source } = setup();
    const plan = planPostings(['甲乙', '乙丙', '丙丁'], (k) => df.get(k), 10, records, true, perPart)!;
    expect(plan.lists.every((l) => l.span !== null)).toBe(true);
    expect(plan.windows).toBeGreaterThan(1);
    const run = new WindowedCandidates(plan, records, source);
    const got: number[] = [];
    for (let c = await run.nextWindow(); c !== null; c = await run.nextWindow()) got.push(...c);
    expect(run.finished).toBe(true);
    expect(got).toEqual(Array.from({ length: records }, (_, r) => r).filter((r) => r % 105 === 0));
  });

  const partsOf = (plan: PostingPlan, w: number) => plan.lists.flatMap((l) => partsOfWindow(plan, l.span!, w, records).map((n) => `${l.key}/${n}`));

  it('fetches only the parts of the window it reads and of the next one (read ahead)', async () => {
    const { df, parts, fetched, source } = setup();
    const plan = planPostings(['甲乙', '乙丙', '丙丁'], (k) => df.get(k), 10, records, true, perPart)!;
    expect(plan.windows).toBeGreaterThan(2);
    const run = new WindowedCandidates(plan, records, source);
    const first = (await run.nextWindow())!;
    expect(first.every((r) => r < plan.window)).toBe(true);
    expect(run.scanned).toBe(plan.window);
    expect(run.share).toBeCloseTo(plan.window / records);
    expect(READ_AHEAD).toBe(1);
    expect([...fetched].sort()).toEqual([...partsOf(plan, 0), ...partsOf(plan, 1)].sort());
    expect(fetched.length).toBeLessThan(parts.size / 2);
    // The window read ahead is not fetched again when it is read.
    await run.nextWindow();
    expect([...fetched].sort()).toEqual([...partsOf(plan, 0), ...partsOf(plan, 1), ...partsOf(plan, 2)].sort());
  });

  it('requests the next window before the current one has arrived, and none ahead with readAhead 0', async () => {
    const { df, parts, fetched, source } = setup();
    const plan = planPostings(['甲乙', '乙丙', '丙丁'], (k) => df.get(k), 10, records, true, perPart)!;
    for (const [ahead, windows] of [[0, [0]], [2, [0, 1, 2]]] as const) {
      const asked: string[] = [];
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const slow: PostingSource = { whole: source.whole, part: async (key, n) => (asked.push(`${key}/${n}`), await gate, source.part(key, n)) };
      const run = new WindowedCandidates(plan, records, slow, null, ahead);
      const reading = run.nextWindow();
      await Promise.resolve();
      expect([...asked].sort()).toEqual(windows.flatMap((w) => partsOf(plan, w)).sort());
      release();
      expect((await reading)!.every((r) => r < plan.window)).toBe(true);
    }
  });

  it('reports a failed read-ahead when its window is read, not before', async () => {
    const { df, parts, fetched, source } = setup();
    const plan = planPostings(['甲乙', '乙丙', '丙丁'], (k) => df.get(k), 10, records, true, perPart)!;
    const failing: PostingSource = { whole: source.whole, part: async (key, n) => (n * plan.lists.find((l) => l.key === key)!.span! >= plan.window ? Promise.reject(new Error(`part ${key}/${n} missing`)) : source.part(key, n)) };
    const run = new WindowedCandidates(plan, records, failing);
    expect((await run.nextWindow())!.length).toBeGreaterThan(0);
    expect((await rejectionOf(run.nextWindow())).message).toMatch(/missing/);
  });

  it('with filter ranges, skips the windows outside them unread and drops the candidates outside them', async () => {
    const { df, parts, fetched, source } = setup();
    const plan = planPostings(['甲乙', '乙丙', '丙丁'], (k) => df.get(k), 10, records, true, perPart)!;
    const ranges: [number, number][] = [[3000, 3200], [3500, 3600]];
    const run = new WindowedCandidates(plan, records, source, ranges);
    const got: number[] = [];
    for (let c = await run.nextWindow(); c !== null; c = await run.nextWindow()) got.push(...c);
    expect(got).toEqual(Array.from({ length: records }, (_, r) => r).filter((r) => r % 105 === 0 && ranges.some(([a, b]) => r >= a && r < b)));
    const windowsRead = new Set(plan.lists.flatMap((l) => [...fetched].filter((f) => f.startsWith(`${l.key}/`)).map((f) => Math.floor((Number(f.split('/')[1]) * l.span!) / plan.window))));
    expect([...windowsRead].every((w) => w * plan.window < 3600 && (w + 1) * plan.window > 3000)).toBe(true);
    expect(run.share).toBe(1);
  });

  it('reads a rare list whole once and slices it per window', async () => {
    const { df, parts, fetched, source } = setup();
    const plan = planPostings(['戊己', '甲乙'], (k) => df.get(k), 10, records, true, perPart)!;
    expect(plan.lists.map((l) => l.key)).toEqual(['戊己']); // 甲乙 is far more than LIST_RATIO × 3
    const run = new WindowedCandidates(plan, records, source);
    expect(await run.nextWindow()).toEqual([0, 2100, 3990]);
    expect(await run.nextWindow()).toBeNull();
    expect(fetched).toEqual(['whole 戊己']);
  });
});
