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
import type { Table } from './lib/bench-table.ts';

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const isNumeric = (v: string | number) => typeof v === 'number' || /^[-+]?\d[\d,.]*( ?(s|ms|MB|KiB|MiB|%))?$/.test(v);

/** A table as aligned plain text: numbers right-aligned, text left-aligned. */
export function formatTable(t: Table): string {
  const cells = t.rows.map((r) => r.map((v) => String(v)));
  const widths = t.columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (v: string, i: number, right: boolean) => {
    const gap = ' '.repeat(widths[i] - displayWidth(v));
    return right ? gap + v : v + gap;
  };
  const line = (vals: string[], raw: (string | number)[] | null) =>
    vals.map((v, i) => pad(v, i, raw !== null && isNumeric(raw[i] ?? ''))).join('  ').trimEnd();
  const out = [t.title, line(t.columns, null), widths.map((w) => '-'.repeat(w)).join('  ')];
  cells.forEach((r, k) => out.push(line(t.columns.map((_, i) => r[i] ?? ''), t.rows[k])));
  return out.join('\n');
}

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
