/**
 * `npm run mutate [-- <stryker options>]`: runs StrykerJS (stryker.config.mjs)
 * with the given options, then prints the score table of everything measured
 * so far (scripts/mutate-report.ts). Exits with Stryker's status.
 */
import { spawnSync } from 'node:child_process';
import { printReport } from './mutate-report.ts';

const run = spawnSync('stryker', ['run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.error) {
  console.error(`could not start stryker: ${run.error.message}`);
  process.exit(1);
}
console.log('');
try {
  printReport(false);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
if (run.status !== 0) process.exitCode = run.status ?? 1;
