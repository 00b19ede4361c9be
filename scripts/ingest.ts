/**
 * npm run ingest                      regenerate content/regulations/*.mdx from content/sources/ + manifest
 * npm run ingest -- --check           fail when a committed MDX file is stale (warnings fatal with --strict)
 * npm run ingest -- PATH... [--slug S] [--parent P] [--class C] [--strict] [--verbose]
 *                                     import files (.txt .docx .doc .pdf .html .htm) and directories
 *                                     (recursively); writes content/import-report.json
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ValidationError } from '../src/lib/yaml-validate.ts';
import { docClass, slug as slugSchema } from '../src/schemas/meta.ts';
import { formatDiagnostic } from '../src/lib/document.ts';
import { ingestAll, labelOf, loadManifestWithLines } from './lib/ingest-core.ts';
import { importFiles, listInputs, summaryLines, writeReport } from './lib/import-batch.ts';
import { syncMdx } from './lib/sync-mdx.ts';
import { PATHS } from './lib/paths.ts';
import { isMain } from './lib/is-main.ts';

class UsageError extends Error {}

/**
 * Rebuild (or check) every document of the manifest. With --check, or when
 * the manifest itself is at fault, all or nothing; otherwise a source with an
 * error is refused (its MDX left as it was) and every other document is
 * written: one bad text never blocks the others.
 */
async function regenerate(check: boolean, strict: boolean, quiet: boolean): Promise<number> {
  const manifest = loadManifestWithLines();
  const { docs, diagnostics } = await ingestAll(manifest.data, PATHS.sources, PATHS.manifest, manifest.lineOf);
  const fatal = diagnostics.filter((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  for (const d of diagnostics) if (fatal.includes(d) || (!quiet && !check)) console.error(formatDiagnostic(d));
  const labels = new Map(manifest.data.sources.map((s) => [labelOf(s), s]));
  const perSource = fatal.every((d) => labels.has(d.file));
  if (fatal.length && (check || !perSource)) {
    console.error(`ingest: ${fatal.length} error(s)${strict ? ' (warnings are errors with --strict)' : ''}; nothing written`);
    return 1;
  }
  const refused = new Map<string, string>();
  for (const d of fatal) if (!refused.has(d.file)) refused.set(d.file, `${d.file}:${d.line}: ${d.message}`);
  const refusedSlugs = new Set([...refused.keys()].flatMap((label) => labels.get(label)!.documents.map((d) => d.slug)));
  const written = docs.filter((d) => !refusedSlugs.has(d.meta.slug));
  const problems = syncMdx(written, check, new Set([...refusedSlugs].map((s) => `${s}.mdx`)));
  if (check) {
    if (problems.length) {
      for (const p of problems) console.error(p);
      console.error('ingest --check: the committed MDX does not match the sources and manifest; run `npm run ingest`');
      return 1;
    }
    console.error(`ingest --check: ${docs.length} documents up to date`);
    return 0;
  }
  for (const reason of refused.values()) console.error(`refused   ${reason}`);
  console.error(`ingest: ${written.length} documents; ${problems.length} file(s) written or removed${refused.size ? `; ${refused.size} source(s) refused, their ${refusedSlugs.size} document(s) left as they were${strict ? ' (warnings are errors with --strict)' : ''}` : ''}`);
  return refused.size ? 1 : 0;
}

/** Import files and directories; one bad file never blocks the others. */
async function importPaths(paths: string[], opts: { slug?: string; parent?: string; class?: string; strict: boolean; verbose: boolean }): Promise<number> {
  const { inputs, missing } = listInputs(paths);
  if (missing.length) throw new UsageError(`${missing.join(', ')}: no such file or directory`);
  if (opts.slug && (inputs.length !== 1 || paths.length !== 1)) throw new UsageError('--slug names the document of a single file; with several files, slugs come from the file names');
  if (opts.slug && !slugSchema.safeParse(opts.slug).success) throw new UsageError(`--slug ${JSON.stringify(opts.slug)}: expected a slug of lowercase letters, digits and hyphens (e.g. some-college-2024)`);
  if (opts.class && !docClass.safeParse(opts.class).success) throw new UsageError(`--class ${JSON.stringify(opts.class)}: ${docClass.safeParse(opts.class).error!.issues[0].message}`);
  const manifest = loadManifestWithLines().data;
  const known = manifest.sources.flatMap((s) => s.documents.map((d) => d.slug));
  if (opts.parent && !known.includes(opts.parent)) throw new UsageError(`--parent ${opts.parent}: no such document; expected one of ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}`);
  if (opts.slug && known.includes(opts.slug)) throw new UsageError(`slug ${opts.slug} is already used; pass another with --slug`);
  const report = await importFiles(inputs, manifest, opts);
  for (const line of summaryLines(report, opts.verbose)) console.error(line);
  console.error(`report: ${relative(process.cwd(), writeReport(report))} (the site shows it at /import-report/)`);
  return report.summary.refused ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      slug: { type: 'string' },
      parent: { type: 'string' },
      class: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (!positionals.length) {
    if (values.slug || values.parent || values.class) throw new UsageError('--slug, --parent and --class go with files to import');
    return regenerate(values.check, values.strict, values.quiet);
  }
  if (values.check) throw new UsageError('--check takes no file');
  return importPaths(positionals, { slug: values.slug, parent: values.parent, class: values.class, strict: values.strict, verbose: values.verbose });
}

/**
 * The CLI as a function: the exit code for `argv` (the arguments after the
 * script), messages on stderr. A usage or validation error is a message and
 * exit 1 (2 for an option parseArgs does not know); any other error is thrown,
 * as a crash. Exported so that tests can run it in-process (tests/hostile/);
 * the script runs it when started as a program.
 */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    if (e instanceof ValidationError || e instanceof UsageError) {
      console.error(e.message);
      return 1;
    }
    if (e instanceof TypeError && /parseArgs|Unknown option|ERR_PARSE_ARGS/.test(`${e.message} ${(e as NodeJS.ErrnoException).code}`)) {
      console.error(`ingest: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
