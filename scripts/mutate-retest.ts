/**
 * `npm run mutate:retest -- <run> [file…]`: forget the surviving and uncovered mutants
 * of one incremental mutation run (reports/stryker-incremental-<run>.json) —
 * of the named source files only, when files are given (those new tests aim at) —, so
 * that the next `npm run mutate` of the same selection (without --force) tests
 * them again against the current tests and reuses every killed result.
 *
 * Why: Stryker's incremental mode does not run a surviving *static* mutant
 * again when tests are added (README, "Mutation testing"), and `--force`
 * re-runs everything (an hour for the converter). A killed mutant stays
 * killed when tests are only added, so reusing those verdicts is sound; its
 * killing test is checked by Stryker itself (changed → run again).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [run, ...only] = process.argv.slice(2);
if (!run) {
  console.error('usage: npm run mutate:retest -- <run> [file…]   (the <run> of reports/stryker-incremental-<run>.json; files as src/lib/…)');
  process.exit(2);
}
const file = `reports/stryker-incremental-${run}.json`;
let report: { files: Record<string, { mutants: { status: string }[] }> };
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: ${(e as Error).message}; expected the incremental file of an earlier \`npm run mutate\` run`);
  process.exit(1);
}
const unknown = only.filter((f) => !(f in report.files));
if (unknown.length) {
  console.error(`${file}: no mutants of ${unknown.join(', ')}; expected files of this run: ${Object.keys(report.files).join(', ')}`);
  process.exit(1);
}
let dropped = 0;
for (const [name, f] of Object.entries(report.files)) {
  if (only.length && !only.includes(name)) continue;
  const kept = f.mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout');
  dropped += f.mutants.length - kept.length;
  console.log(`${name}: ${kept.length} killed or timed out kept, ${f.mutants.length - kept.length} to test again`);
  f.mutants = kept;
}
writeFileSync(file, JSON.stringify(report));
console.log(`${file}: ${dropped} mutants will be tested again by the next run of this selection (without --force)`);
