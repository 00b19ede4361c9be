/**
 * Prints, after vitest's own summary, the slowest test files (where the
 * suite's time goes, to keep CI under its budget) and then one plain closing
 * line, `tests: N passed, N failed, N skipped`, for tools that read a run's
 * last lines.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // a file that failed to load has no tests but must not look green
      if (module.state() === 'failed' && ![...module.children.allTests()].length) failed++;
    }
    failed += unhandledErrors.length;
    process.stdout.write(slowest(testModules, 10));
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

/** The `n` test files that took longest (collection, tests and hooks), one per line. */
function slowest(testModules: ReadonlyArray<TestModule>, n: number): string {
  const rows = testModules
    .map((m) => ({ name: `${m.project.name}: ${m.relativeModuleId}`, ms: m.diagnostic().collectDuration + m.diagnostic().duration }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name))
    .slice(0, n);
  if (!rows.length) return '';
  return `\nslowest test files:\n${rows.map((r) => `  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.name}`).join('\n')}\n`;
}
