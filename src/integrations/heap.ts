/**
 * Astro integration: a build's heap grows with what it holds, not with the
 * garbage it makes. V8 lets the old generation grow to several times what
 * was live after the last full collection before collecting again (a growing
 * factor of up to 4): on the 3,423-text corpus the Astro process held about
 * 140 MB after each full collection, yet its heap reached 700 MB (and its
 * resident memory 1.2 GB) while the routes' `getStaticPaths` read every
 * document, which makes garbage the size of the corpus (README "Memory: one
 * document at a time"). During `astro build` this sets V8's growing factor to
 * 1 + TIAOWEN_HEAP_GROWING_PERCENT/100 (default 50 %), so the heap stays
 * within about 1.5 × what is live, whatever the corpus size, for a few more
 * full collections. `TIAOWEN_HEAP_GROWING_PERCENT=0` leaves V8's default.
 *
 * V8 reads the flag each time it sets the next collection's limit, so setting
 * it once the process runs takes effect (`node --heap-growing-percent` is not
 * allowed in NODE_OPTIONS, and `astro build` is started by npm, the benchmark
 * and the tests alike).
 */
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';

/** Heap growth allowed over what is live, percent, unless `TIAOWEN_HEAP_GROWING_PERCENT` says otherwise. */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;

/** The growing percent: `TIAOWEN_HEAP_GROWING_PERCENT` (a non-negative integer; 0: V8's default) or the default. */
export function heapGrowingPercent(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TIAOWEN_HEAP_GROWING_PERCENT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_HEAP_GROWING_PERCENT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`TIAOWEN_HEAP_GROWING_PERCENT: expected a non-negative integer, got "${raw}"`);
  return n;
}

/**
 * Set V8's heap growing factor in this process (`heapGrowingPercent()`; nothing when it is 0). The
 * build's search-index process calls it too (scripts/search-index.ts): it makes garbage the size of
 * each document it reads while it holds the search data's tables.
 */
export function boundHeapGrowth(env: Record<string, string | undefined> = process.env): number {
  const percent = heapGrowingPercent(env);
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}

export default function boundedHeap(): AstroIntegration {
  return {
    name: 'tiaowen:heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        boundHeapGrowth();
      },
    },
  };
}
