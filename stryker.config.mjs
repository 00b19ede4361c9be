// @ts-check
/**
 * Mutation testing of src/lib/ (`npm run mutate`; not part of `npm test`).
 * One folder: `npm run mutate -- --mutate 'src/lib/ingest/**'`.
 * Incremental: results are kept in reports/stryker-incremental.json (not in
 * git) and only mutants whose code or covering tests changed run again;
 * `npm run mutate -- --force` runs everything.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: two test processes at most.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  ignorePatterns: ['dist', '.astro', 'bench/output', 'tests/output', 'reports', '.stryker-tmp'],
  timeoutMS: 20_000,
  thresholds: { high: 85, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
