import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The test set StrykerJS runs against each mutant (`npm run mutate`, see
 * stryker.config.mjs): the unit tests of src/lib/ only (tests/lib/), which run
 * the code in-process. The CLI, hostile-input and integrity tests spawn child
 * processes that never see the active mutant, and the e2e tests need a build,
 * so they would only cost time.
 */
export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/components/**'],
    testTimeout: 60_000,
  },
});
