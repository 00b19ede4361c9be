/**
 * npm run bench                       every section in scripts/bench/*.ts, printed as plain-text tables
 * npm run bench -- --only pipeline    only the named section(s) (comma-separated)
 * npm run bench -- --full             sections that have a large size run it too (pipeline: 2,000 measures)
 *
 * Each section exports `run(): Promise<{ title, columns, rows }[]>` and reads
 * its own options from the command line. Timing lives here, never in tests.
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export type { Table } from './lib/bench-table.ts';
import { formatTable, type Table } from './lib/bench-table.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: false, options: { only: { type: 'string' } } });
  const dir = join(import.meta.dirname, 'bench');
  const only = typeof values.only === 'string' ? new Set(values.only.split(',').map((x) => x.trim())) : null;
  const sections = readdirSync(dir)
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))
    .sort()
    .filter((n) => !only || only.has(basename(n, '.ts')));
  if (only && sections.length !== only.size) {
    console.error(`bench: --only ${values.only}: unknown section; expected some of ${readdirSync(dir).map((n) => basename(n, '.ts')).join(', ')}`);
    return 2;
  }
  console.log(`tiaowen benchmark — ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`);
  let failed = 0;
  for (const name of sections) {
    const mod = (await import(pathToFileURL(join(dir, name)).href)) as { run?: () => Promise<Table[]> };
    if (typeof mod.run !== 'function') {
      console.error(`bench: scripts/bench/${name} exports no run()`);
      failed++;
      continue;
    }
    try {
      for (const t of await mod.run()) console.log(`\n${formatTable(t)}`);
    } catch (e) {
      console.error(`bench: section ${basename(name, '.ts')} failed: ${e instanceof Error ? e.message : String(e)}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
