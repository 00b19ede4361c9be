import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test` (= `vitest run`):
 * - unit: everything outside tests/e2e (pure logic, components, CLIs);
 * - e2e: browser tests in tests/e2e against the built site, which the global
 *   setup builds once (`npm run build`; TIAOWEN_REUSE_DIST=1 reuses dist/) and
 *   serves on 127.0.0.1. Run one project with `vitest run --project e2e`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
          testTimeout: 30_000,
        },
      },
      {
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
