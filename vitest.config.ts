import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three projects, all run by `npm test` (= `vitest run`):
 * - unit: everything outside tests/e2e and tests/components (pure logic, CLIs);
 * - components: Astro render tests, with Astro's Vite plugins
 *   (tests/components/vitest.config.ts);
 * - e2e: browser tests in tests/e2e against the built site, which the global
 *   setup has built once (the shared `default` build into dist/, as `npm run
 *   build`; TIAOWEN_REUSE_DIST=1 reuses dist/, TIAOWEN_DIST=<dir> serves another
 *   build) and serves on 127.0.0.1.
 * Builds shared by several files (unit and e2e): tests/support/shared-builds.ts.
 * Run one with `vitest run --project unit` (components, e2e).
 */
export default defineConfig({
  test: {
    // Every build a test starts is cold (no build cache) unless the test gives a cache folder:
    // double builds must compare two real builds (tests/integrity/build-cache.test.ts tests the cache).
    env: { TIAOWEN_CACHE: 'off' },
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/components/**'],
          testTimeout: 30_000,
          // The integrity tests delete the sites they built in afterAll: tens of thousands of files,
          // which took over the default 10 s on a busy disk (tests/integrity/versions.test.ts).
          hookTimeout: 60_000,
          // Site builds several files share, built once per run on demand (README "Tests").
          globalSetup: ['tests/support/shared-builds.ts'],
          // Two files at a time (vitest's default on two cores is one): a file waiting for a build,
          // a CLI or the disk leaves the other core to the next file. The same count as the
          // components project (tests/components/vitest.config.ts), which runs at the same time: vitest
          // requires one count per group.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      'tests/components/vitest.config.ts',
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // the shared builds first: the e2e setup serves the shared `default` build
          globalSetup: ['tests/support/shared-builds.ts', 'tests/e2e/global-setup.ts'],
          // each file waits there until that build is done (the other projects run meanwhile)
          setupFiles: ['tests/e2e/wait-for-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time, and alone: after the unit and components projects
          // (the second group), so that no other file competes with the browser.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
