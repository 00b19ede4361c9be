/**
 * Internal links under the site's base path (Astro's `base`, from
 * TIAOWEN_SITE: `/` or `/zhidu/`). Every root-relative href a component or a
 * browser script writes goes through `withBase`; src/lib stays base-free and
 * takes the base as an option where it writes markup.
 */
import { joinBase } from '../lib/site-address.ts';

/** The base path with a trailing slash. */
export const BASE: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `/regulations/x/` → `/zhidu/regulations/x/` (unchanged when the base is `/`). */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}
