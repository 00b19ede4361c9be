/**
 * The error a call throws, or a promise rejects with, so that a test checks the error itself: vitest's
 * `toThrow('text')` and `toThrow(/text/)` (and `rejects.toThrow(…)`) also pass when `undefined` or `null`
 * is thrown (vitest 5), so a fault that throws no error at all could pass them. Each helper fails the
 * test when nothing is thrown or the value is not an instance of `type` (Error unless given); it returns
 * the error, whose message (and a typed error's fields) the test then checks.
 */
type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

function checked<E extends Error>(e: unknown, type: ErrorClass<E> | undefined, what: string): E {
  const want = type ?? (Error as unknown as ErrorClass<E>);
  if (e instanceof want) return e;
  const got = e instanceof Error ? `${e.name}: ${e.message}` : `${typeof e} ${String(e)}`;
  throw new Error(`${what}: expected ${want.name === 'Error' ? 'an Error' : `a ${want.name}`}, got ${got}`);
}

/** The error `f` throws (an instance of `type`, Error by default). */
export function errorOf<E extends Error = Error>(f: () => unknown, type?: ErrorClass<E>): E {
  try {
    f();
  } catch (e) {
    return checked(e, type, 'thrown');
  }
  throw new Error(`expected ${type ? `a ${type.name}` : 'an error'} to be thrown, nothing was`);
}

/** The error `p` (or the promise `p()` returns) rejects with (an instance of `type`, Error by default). */
export async function rejectionOf<E extends Error = Error>(p: Promise<unknown> | (() => Promise<unknown>), type?: ErrorClass<E>): Promise<E> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return checked(e, type, 'rejected');
  }
  throw new Error(`expected a rejection${type ? ` with a ${type.name}` : ''}, the promise resolved`);
}
