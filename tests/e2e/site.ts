/**
 * What the e2e global setup (tests/e2e/global-setup.ts) provides to tests:
 * the URL of the served site and the directory it was built into.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site served by tests/e2e/global-setup.ts. */
    siteUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
  }
}

/** The URL of the site the e2e global setup serves (no trailing slash). */
export function siteUrl(): string {
  return inject('siteUrl');
}

/** The directory the e2e global setup built. */
export function distDir(): string {
  return inject('distDir');
}
