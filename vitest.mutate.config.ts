import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The test set StrykerJS runs against each mutant (`npm run mutate`, see
 * stryker.config.mjs): unit tests of src/lib/ only (tests/lib/), which run
 * the code in-process; narrowed to the mutated folder's tests through
 * TIAOWEN_MUTATE_TESTS (a JSON list of globs). The CLI, hostile-input and
 * integrity tests spawn child processes that never see the active mutant, and
 * the e2e tests need a build, so they would only cost time.
 */
const selected: string[] | undefined = process.env.TIAOWEN_MUTATE_TESTS ? JSON.parse(process.env.TIAOWEN_MUTATE_TESTS) : undefined;

export default defineConfig({
  test: {
    include: selected ?? ['tests/lib/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/components/**'],
    testTimeout: 60_000,
  },
});
