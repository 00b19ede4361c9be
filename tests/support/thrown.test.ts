/** The helpers that read a thrown error itself (tests/support/thrown.ts), where vitest's toThrow(text) is blind. */
import { describe, expect, it } from 'vitest';
import { errorOf, rejectionOf } from './thrown.ts';

class OwnError extends Error {
  override name = 'OwnError';
  constructor(readonly code: string) {
    super(`own: ${code}`);
  }
}

describe('errorOf', () => {
  it('returns the error thrown, typed', () => {
    const e = errorOf(() => {
      throw new OwnError('x');
    }, OwnError);
    expect(e.code).toBe('x');
    expect(e.message).toBe('own: x');
  });

  it('fails where toThrow(text) passes: undefined or null thrown', () => {
    const nothing = () => {
      throw undefined;
    };
    expect(nothing).toThrow('any text'); // the blind spot
    expect(() => errorOf(nothing)).toThrowError(new Error('thrown: expected an Error, got undefined undefined'));
    expect(() =>
      errorOf(() => {
        throw null;
      }),
    ).toThrowError(new Error('thrown: expected an Error, got object null'));
  });

  it('fails when nothing is thrown, or an error of another type', () => {
    expect(() => errorOf(() => 1)).toThrowError(new Error('expected an error to be thrown, nothing was'));
    expect(() =>
      errorOf(() => {
        throw new RangeError('r');
      }, OwnError),
    ).toThrowError(new Error('thrown: expected a OwnError, got RangeError: r'));
  });
});

describe('rejectionOf', () => {
  it('returns the rejection of a promise or of a function returning one', async () => {
    expect((await rejectionOf(Promise.reject(new OwnError('p')), OwnError)).code).toBe('p');
    expect((await rejectionOf(async () => Promise.reject(new TypeError('t')))).message).toBe('t');
  });

  it('fails on a rejection with undefined, and on a promise that resolves', async () => {
    await expect(rejectionOf(Promise.reject(undefined))).rejects.toThrowError(new Error('rejected: expected an Error, got undefined undefined'));
    await expect(rejectionOf(Promise.resolve(1), OwnError)).rejects.toThrowError(new Error('expected a rejection with a OwnError, the promise resolved'));
  });
});
