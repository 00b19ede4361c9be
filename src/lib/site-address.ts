/**
 * The public address of the site (`TIAOWEN_SITE`, e.g. `https://host/zhidu/`):
 * where absolute links (canonical, sitemap, feed, copied citations) point, and
 * the base path every internal link starts with. Without one, the build still
 * works at the root of any host: what a reader copies is then computed in the
 * browser from the address the page is served from.
 */

export interface SiteAddress {
  /** Origin and path with a trailing slash: `https://host/zhidu/`. */
  site: string;
  /** The path part, with leading and trailing slashes: `/zhidu/` (or `/`). */
  base: string;
}

export class SiteAddressError extends Error {
  override name = 'SiteAddressError';
  constructor(
    readonly value: string,
    readonly hint: string,
  ) {
    super(`TIAOWEN_SITE=${JSON.stringify(value)}: ${hint}`);
  }
}

/** Parse `TIAOWEN_SITE`; null when unset or blank. Throws SiteAddressError when it is not an http(s) address. */
export function parseSiteAddress(raw: string | undefined): SiteAddress | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteAddressError(value, 'expected an absolute address such as https://example.gov.cn/ or https://host/zhidu/');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SiteAddressError(value, 'expected an http:// or https:// address');
  if (url.search || url.hash) throw new SiteAddressError(value, 'expected an address without ?query or #fragment');
  if (url.username || url.password) throw new SiteAddressError(value, 'expected an address without user name or password');
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}

/** `path` (starting with `/`, relative to the site) under `prefix` (a base path or an absolute site address, ending in `/`). */
export function joinBase(prefix: string, path: string): string {
  return `${prefix}${path.replace(/^\/+/, '')}`;
}
