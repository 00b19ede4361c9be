/**
 * Pagination of listing pages: a list cut into pages of at most `size`
 * items, and the address of each page. Page 1 lives at the listing's own
 * address (`/documents/issuer/x/`), page N ≥ 2 at `<base>page/N/`, so a
 * listing that fits on one page keeps its plain address.
 */

/** One page of a list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  count: number;
  items: T[];
  /** Position of the page's first item in the whole list (0-based). */
  start: number;
}

/** Cut `items` into pages of at most `size` (an empty list still has one, empty, page). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: expected a positive integer page size, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size), start: i * size }));
}

/**
 * Address of page `n` of the listing at `base` (which ends with a slash); the
 * pages after the first may live under another folder (`rest`: /compare/'s
 * further pages are /compare/pairs/page/N/).
 */
export function pagePath(base: string, n: number, rest = base): string {
  for (const b of [base, rest]) if (!b.endsWith('/')) throw new Error(`pagePath: expected a base ending with "/", got "${b}"`);
  return n <= 1 ? base : `${rest}page/${n}/`;
}

/** Route parameter of page `n` for a rest route (`[...page]`): undefined for page 1, `page/N` otherwise. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** The page number a rest parameter names (undefined → 1); null when it is not a page parameter. */
export function pageNumber(param: string | undefined): number | null {
  if (param === undefined || param === '') return 1;
  const m = /^page\/([1-9][0-9]*)$/.exec(param);
  return m ? Number(m[1]) : null;
}

/** Page links around the current one for a pager: every page when few, else first, last and a window around `current`, gaps as null. */
export function pagerItems(current: number, count: number, window = 2): (number | null)[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= count) shown.add(n);
  const out: (number | null)[] = [];
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - last > 1) out.push(n - last === 2 ? n - 1 : null);
    out.push(n);
    last = n;
  }
  return out;
}
