/**
 * Helpers for pages that render in steps (src/scripts/lazy-render.ts), shared
 * by tests/e2e/long-document.test.ts and lazy-render.test.ts.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** One frame and a little more. */
export const settle = (p: Page) => p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 300))));

/** Every deferred block rendered (src/scripts/lazy-render.ts is done). */
export const allRendered = (p: Page) => p.locator('html[data-rendered="all"]').waitFor({ state: 'attached', timeout: 10_000 });

/** A page on which the progressive rendering never gets its turn (no idle time is ever given), as if it had not run yet. */
export async function stalledPage(context: BrowserContext): Promise<Page> {
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  return p;
}
