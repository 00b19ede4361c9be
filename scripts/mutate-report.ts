/**
 * `npm run mutate:report`: the mutation score of src/lib/ per folder and
 * overall, from every Stryker JSON report in reports/mutation/ (one per
 * `npm run mutate -- --mutate …` selection; the newest report of each file
 * counts), and the files no run has measured. `--files` adds the per-file
 * table, `--markdown` prints the tables as Markdown (for the README). `npm run mutate` prints the same at the end of each run.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from './lib/bench-table.ts';
import { aggregate, earlierTable, fileTable, folderTable, markdownTable, partialTable, type EarlierPart, type NamedReport } from './lib/mutation-report.ts';
import { PATHS } from './lib/paths.ts';
import { isMain } from './lib/is-main.ts';

/** Every .ts file below a folder, as paths relative to the repository root with '/'. */
function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(relative(PATHS.root, p).split('\\').join('/'));
  }
  return out;
}

/** The Stryker JSON reports of a folder whose names match `pattern` (its first group is the run's name). */
export function readReports(dir: string, pattern = /^(.+)\.json$/): NamedReport[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
  return names.map((n) => {
    const path = join(dir, n);
    let report;
    try {
      report = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}; expected a Stryker JSON report (mutation-testing-report-schema)`);
    }
    if (!report || typeof report.files !== 'object') throw new Error(`${path}: no "files" object; expected a Stryker JSON report (mutation-testing-report-schema)`);
    return { name: pattern.exec(n)![1]!, time: statSync(path).mtimeMs, report };
  });
}

/** scripts/mutation-earlier.json (see EarlierPart); none when the file is absent. */
export function readEarlier(path: string): EarlierPart[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  let parts: unknown;
  try {
    parts = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}; expected a JSON list of earlier parts (scripts/lib/mutation-report.ts, EarlierPart)`);
  }
  const keys = ['part', 'files', 'mutants', 'killed', 'timeout', 'survived', 'noCoverage', 'measured'];
  if (!Array.isArray(parts)) throw new Error(`${path}: expected a JSON list of earlier parts`);
  parts.forEach((p, i) => {
    const missing = keys.filter((k) => !(k in (p ?? {})));
    if (missing.length) throw new Error(`${path}: entry ${i + 1} has no ${missing.join(', ')}; expected ${keys.join(', ')}`);
  });
  return parts as EarlierPart[];
}

export function printReport(withFiles: boolean, markdown = false): void {
  const sources = new Map(tsFiles(join(PATHS.root, 'src/lib')).map((f) => [f, readFileSync(join(PATHS.root, f), 'utf8')]));
  const dir = join(PATHS.root, 'reports/mutation');
  // The incremental files (reports/stryker-incremental-<run>.json) hold what a stopped run finished.
  const partial = readReports(join(PATHS.root, 'reports'), /^stryker-incremental-(.+)\.json$/);
  const a = aggregate(readReports(dir), sources, partial, readEarlier(join(PATHS.root, 'scripts/mutation-earlier.json')));
  if (!a.files.length && !a.earlier.length) {
    console.log(`No mutation reports in ${relative(PATHS.root, dir)}/ yet: run \`npm run mutate -- --mutate 'src/lib/<folder>/**'\` first.`);
    return;
  }
  const show = markdown ? markdownTable : formatTable;
  console.log(show(folderTable(a)));
  if (withFiles) console.log('\n' + show(fileTable(a)));
  if (a.earlier.length) console.log('\n' + show(earlierTable(a)));
  if (a.superseded.length) console.log(`\nEarlier figures superseded by a newer report of one of their files: ${a.superseded.map((p) => p.part).join('; ')}`);
  if (a.partial.length) console.log('\n' + show(partialTable(a)));
  const stale = a.files.filter((f) => f.stale);
  if (stale.length) console.log(`\nStale (changed since measured; run again): ${stale.map((f) => f.file).join(', ')}`);
  console.log(
    a.unmeasured.length
      ? `\nIn no report, complete or partial (${a.unmeasured.length} files: never measured, or nothing to mutate, as in a file of types or constants only): ${a.unmeasured.join(', ')}`
      : '\nEvery file of src/lib/ is in a report.',
  );
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { files: { type: 'boolean', default: false }, markdown: { type: 'boolean', default: false } } });
  try {
    printReport(values.files, values.markdown);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
