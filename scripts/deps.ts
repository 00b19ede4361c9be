/**
 * npm run deps            which dependencies are behind a major version (and the pinned Node)
 * npm run deps -- --check the same, exiting 1 when any is
 *
 * Reads `npm outdated --json` (the registry's `latest` of every direct
 * dependency) and prints one row per package whose latest major is ahead of the
 * installed one. The pinned Node (devDependency `node`) is listed with the
 * newest release of its own line, since a patch there is a security fix.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { formatTable } from './lib/bench-table.ts';
import { PATHS } from './lib/paths.ts';
import { PINNED_NODE } from './lib/runtime.ts';

type Outdated = Record<string, { current?: string; wanted?: string; latest?: string; type?: string }>;

const major = (v: string | undefined) => Number((v ?? '').split('.')[0]);

function npmJson(args: string[]): unknown {
  try {
    return JSON.parse(execFileSync('npm', args, { cwd: PATHS.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || '{}');
  } catch (e) {
    // npm outdated exits 1 when anything is outdated; its JSON is still on stdout
    const out = (e as { stdout?: string }).stdout;
    if (out) return JSON.parse(out);
    throw e;
  }
}

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const outdated = npmJson(['outdated', '--json']) as Outdated;
  const rows = Object.entries(outdated)
    .filter(([name, o]) => name !== 'node' && major(o.latest) > major(o.current))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, o]) => [name, o.current ?? '—', o.latest ?? '—', o.type ?? '']);
  const versions = npmJson(['view', 'node', 'versions', '--json']) as string[];
  const line = versions.filter((v) => major(v) === major(PINNED_NODE)).at(-1) ?? PINNED_NODE;
  const newest = versions.at(-1) ?? PINNED_NODE;
  console.log(formatTable({ title: 'Dependencies behind a major version', columns: ['package', 'installed', 'latest', 'type'], rows: rows.length ? rows : [['(none)', '', '', '']] }));
  console.log(`\nNode: pinned ${PINNED_NODE}; newest of the ${major(PINNED_NODE)}.x line ${line}; newest release ${newest}.`);
  console.log('Move the pin to the Active LTS line (an even major, LTS from its October): see README, "Runtime".');
  const behind = rows.length > 0 || line !== PINNED_NODE;
  return values.check && behind ? 1 : 0;
}

process.exitCode = main();
