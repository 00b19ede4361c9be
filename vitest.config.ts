/// <reference types="vitest/config" />
import { configDefaults } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/**
 * Two projects, both run by `npm test` (= `vitest run`):
 * - unit: everything outside tests/e2e (pure logic, Astro components through
 *   the container API, CLIs);
 * - e2e: browser tests in tests/e2e against the built site, which the global
 *   setup builds once (`npm run build`; TIAOWEN_REUSE_DIST=1 reuses dist/,
 *   TIAOWEN_DIST=<dir> serves another build) and serves on 127.0.0.1.
 * Run one with `vitest run --project unit` (or e2e).
 *
 * `getViteConfig` adds Astro's Vite plugins so tests can import .astro files;
 * `extends: true` gives them to both projects.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
