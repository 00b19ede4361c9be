/**
 * The build's heap setting (src/integrations/heap.ts): the growing percent it
 * gives V8, from TIAOWEN_HEAP_GROWING_PERCENT, and the refusal of a bad value.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_GROWING_PERCENT, heapGrowingPercent } from '../../src/integrations/heap.ts';
import { errorOf } from '../support/thrown.ts';

describe('heapGrowingPercent', () => {
  it('is the default when unset or blank', () => {
    expect(heapGrowingPercent({})).toBe(DEFAULT_HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent({ TIAOWEN_HEAP_GROWING_PERCENT: ' ' })).toBe(DEFAULT_HEAP_GROWING_PERCENT);
    expect(DEFAULT_HEAP_GROWING_PERCENT).toBe(50);
  });
  it('takes a non-negative integer (0: V8 decides)', () => {
    expect(heapGrowingPercent({ TIAOWEN_HEAP_GROWING_PERCENT: '0' })).toBe(0);
    expect(heapGrowingPercent({ TIAOWEN_HEAP_GROWING_PERCENT: '25' })).toBe(25);
  });
  it.each(['-1', '1.5', 'half', '50%'])('refuses %s, naming the variable', (v) => {
    expect(errorOf(() => heapGrowingPercent({ TIAOWEN_HEAP_GROWING_PERCENT: v })).message).toContain(`TIAOWEN_HEAP_GROWING_PERCENT: expected a non-negative integer, got "${v}"`);
  });
});
