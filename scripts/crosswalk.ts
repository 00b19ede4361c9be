/**
 * npm run crosswalk                 coverage summary of every measure (stdout), warnings on stderr
 * npm run crosswalk -- --json       exactly the links the site publishes (/crosswalk.json), JSON alone on stdout
 * npm run crosswalk -- --csv        the same as /crosswalk.csv
 *
 * Reads what the site reads: content/regulations/*.mdx through the corpus
 * loader (so measures added with `npm run ingest -- FILE.txt` since the last
 * build are included) and content/crosswalk/*.yaml. Diagnostics go to stderr.
 */
import { parseArgs } from 'node:util';
import { getCorpus } from '../src/data/corpus.ts';
import { getCoverage, getCrosswalk } from '../src/data/crosswalk.ts';
import { formatDiagnostic } from '../src/lib/document.ts';
import { CurationError } from '../src/lib/crosswalk/curation.ts';
import { crosswalkCsv, crosswalkJson } from '../src/lib/crosswalk/export.ts';
import { ValidationError } from '../src/lib/yaml-validate.ts';
import { RELATION_LABEL } from '../src/schemas/crosswalk.ts';
import { isMain } from './lib/is-main.ts';

function summary(): string {
  const lines: string[] = [];
  const cov = getCoverage();
  for (const m of cov.measures) {
    lines.push(`${m.doc.meta.slug} → ${m.parent.meta.slug}`);
    for (const c of m.cells) {
      if (!c.links.length) continue;
      const unit = cov.parents.find((p) => p.doc === m.parent)!.units.find((u) => u.anchor === c.parent)!;
      lines.push(`  ${unit.num}${unit.topic ? `（${unit.topic}）` : ''} ← ${c.local.map((u) => u.num || u.anchor).join(' ')} [${RELATION_LABEL[c.relation!]}]`);
    }
    lines.push(`  not implemented: ${m.missing.map((u) => u.num).join(' ') || '—'}`);
    lines.push(`  no parent basis: ${m.unbased.map((u) => u.num || u.anchor).join(' ') || '—'}`);
  }
  const cw = getCrosswalk();
  const external = cw.references.filter((r) => r.external).length;
  lines.push(`${cw.links.length} links (${['citation', 'suggested', 'curated'].map((s) => `${cw.links.filter((l) => l.source === s).length} ${s}`).join(', ')}); ${cw.references.length} references, ${external} external`);
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false } } });
  if (values.json && values.csv) {
    console.error('crosswalk: choose one of --json and --csv');
    return 2;
  }
  getCorpus();
  const cw = getCrosswalk();
  for (const d of cw.diagnostics) console.error(formatDiagnostic(d));
  if (values.json) process.stdout.write(crosswalkJson(cw));
  else if (values.csv) process.stdout.write(crosswalkCsv(cw));
  else process.stdout.write(summary());
  return 0;
}

/**
 * The CLI as a function: the exit code for `argv`, output on stdout and
 * stderr; a curation or validation error is a message and exit 1 (2 for an
 * unknown option), any other error is thrown. Exported so that tests can run
 * it in-process (tests/hostile/crosswalk.test.ts); the script runs it when
 * started as a program.
 */
export function run(argv: string[]): number {
  try {
    return main(argv);
  } catch (e) {
    if (e instanceof CurationError || e instanceof ValidationError) {
      console.error(e.message);
      console.error('crosswalk: fix the curation file(s) above');
      return 1;
    }
    if (e instanceof TypeError && /Unknown option|parseArgs/i.test(String(e.message))) {
      console.error(`crosswalk: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (isMain(import.meta.url)) process.exitCode = run(process.argv.slice(2));
