/**
 * Scoring extracted metadata against hand-labelled expectations (src/lib/ingest/metadata-eval.ts): per
 * field, the items right and the misses with what was expected and found; history compared as
 * `date action body` strings; an absent expectation means null.
 */
import { describe, expect, it } from 'vitest';
import { answerOf, expectedOf, same, score } from '../../../src/lib/ingest/metadata-eval.ts';

const meta = (m: Record<string, unknown> = {}) => ({ title: 't', issuer: null, docNumber: null, issued: null, effective: null, provisional: null, history: [], ...m }) as Parameters<typeof answerOf>[0];

describe('metadata-eval', () => {
  it('history answers as `date action body`, a body left out when unknown', () => {
    const m = meta({ history: [{ date: '2016-06-28', action: '通过', by: '中共中央政治局' }, { date: '2000-02-01', action: '施行', by: null }] });
    expect(answerOf(m, 'history')).toEqual(['2016-06-28 通过 中共中央政治局', '2000-02-01 施行']);
    expect(answerOf(meta({ history: undefined }), 'history')).toEqual([]);
    expect(answerOf(meta({ issuer: undefined }), 'issuer')).toBeNull();
  });

  it('expectations: absent is null, history absent is none', () => {
    expect(expectedOf({}, 'issuer')).toBeNull();
    expect(expectedOf({ issuer: '甲' }, 'issuer')).toBe('甲');
    expect(expectedOf({}, 'history')).toEqual([]);
    expect(same(['a'], ['a'])).toBe(true);
    expect(same(['a'], ['b'])).toBe(false);
    expect(same(null, '')).toBe(false);
  });

  it('per field: right of total, and each miss', () => {
    const s = score([
      { item: 'a', expected: { title: 't', issuer: '甲' }, meta: meta({ issuer: '甲' }) },
      { item: 'b', expected: { title: 't' }, meta: meta({ issuer: '乙' }) },
      { item: 'c', expected: { title: 'x', history: ['2016-06-28 通过'] }, meta: meta({ history: [{ date: '2016-06-28', action: '通过', by: null }] }) },
    ]);
    expect(s.map((f) => [f.field, f.right, f.total])).toEqual([
      ['title', 2, 3],
      ['issuer', 2, 3],
      ['docNumber', 3, 3],
      ['issued', 3, 3],
      ['effective', 3, 3],
      ['provisional', 3, 3],
      ['history', 3, 3],
    ]);
    expect(s[0].misses).toEqual([{ item: 'c', expected: 'x', found: 't' }]);
    expect(s[1].misses).toEqual([{ item: 'b', expected: null, found: '乙' }]);
  });
});
