/**
 * `npm run ingest -- PATH...`: import any number of files and directories
 * (recursively) in one run. Each file is read, extracted, converted and
 * checked on its own; what can be published is written (the source copied
 * verbatim to content/sources/, its MDX, its manifest entry appended as text),
 * each refused file is left out with its diagnostics. The cost is linear in
 * what is added: the existing documents are not rebuilt.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic, type RegDocument } from '../../src/lib/document.ts';
import { formatOf, FormatError, EXTENSIONS, type SourceFormat } from '../../src/lib/ingest/formats/index.ts';
import { slugFromName, sourceFileName, unique } from '../../src/lib/ingest/import-names.ts';
import { appendSources } from '../../src/lib/ingest/manifest-append.ts';
import { writeMdx } from '../../src/lib/mdx/write.ts';
import { walk } from '../../src/lib/tree.ts';
import { sourceSpec, type Manifest, type SourceSpec } from '../../src/schemas/manifest.ts';
import type { ImportedFile, ImportReport } from '../../src/schemas/import-report.ts';
import { buildSource } from './ingest-core.ts';
import { formatErrorMessage, readBytes, sourceLabel } from './read-source.ts';
import { extractText } from '../../src/lib/ingest/formats/index.ts';
import { PATHS } from './paths.ts';

export interface ImportOptions {
  slug?: string;
  parent?: string;
  class?: string;
  strict: boolean;
}

export interface Input {
  path: string;
  shown: string;
  /** Found under a directory argument (unsupported extensions are skipped there, refused when named). */
  found: boolean;
}

/** Files named, and files under directories named (recursively, sorted): deterministic order. */
export function listInputs(args: string[]): { inputs: Input[]; missing: string[] } {
  const inputs: Input[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) inputs.push({ path, shown: relative(process.cwd(), path) || path, found: true });
    }
  };
  for (const arg of args) {
    const path = resolve(arg);
    if (!existsSync(path)) missing.push(arg);
    else if (statSync(path).isDirectory()) walk(path);
    else inputs.push({ path, shown: arg, found: false });
  }
  return { inputs, missing };
}

interface Accepted {
  entry: Record<string, unknown>;
  bytes: Uint8Array;
  doc: RegDocument;
}

function countKinds(doc: RegDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [n] of walk(doc.root)) if (['chapter', 'article', 'section', 'item', 'sub', 'annex'].includes(n.kind)) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return counts;
}

const firstReason = (ds: Diagnostic[]) => ds[0] && `${ds[0].file}:${ds[0].line}: ${ds[0].message}`;

/** Import one file: the outcome for the report, and what to write when it is accepted. */
async function importOne(input: Input, ctx: { opts: ImportOptions; taken: { files: Set<string>; slugs: Set<string> }; manifestFiles: Map<string, string[]> }): Promise<{ outcome: ImportedFile; accepted?: Accepted }> {
  const outcome: ImportedFile = { input: input.shown, status: 'refused', notes: [], diagnostics: [], diagnosticCount: 0 };
  const format = formatOf(input.path);
  if (!format) {
    outcome.status = input.found ? 'skipped' : 'refused';
    outcome.reason = `not a supported format; expected ${Object.keys(EXTENSIONS).join(', ')}`;
    return { outcome };
  }
  outcome.format = format;
  let name = sourceFileName(basename(input.path));
  let bytes: Uint8Array;
  try {
    bytes = readBytes(input.path);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    outcome.reason = formatErrorMessage(input.shown, e);
    return { outcome };
  }
  // the same file imported before (under its name, or a -2, -3… given to resolve a collision): nothing to do
  const ext = name.match(/\.[^.]+$/)?.[0] ?? '';
  for (let i = 1, candidate = name; ctx.manifestFiles.has(candidate); i++, candidate = `${name.slice(0, name.length - ext.length)}-${i}${ext}`) {
    const target = join(PATHS.sources, candidate);
    if (existsSync(target) && readFileSync(target).equals(bytes)) {
      const slugs = ctx.manifestFiles.get(candidate)!;
      outcome.source = candidate;
      if (ctx.opts.slug && !slugs.includes(ctx.opts.slug)) {
        outcome.reason = `${input.shown}: already imported as content/sources/${candidate} (slug ${slugs.join(', ')}); to rename it, edit its entry in the manifest instead`;
        return { outcome };
      }
      outcome.status = 'unchanged';
      outcome.slug = slugs[0];
      outcome.reason = `already imported as content/sources/${candidate}`;
      return { outcome };
    }
  }
  let extracted;
  try {
    extracted = await extractText(bytes, format);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    outcome.reason = formatErrorMessage(input.shown, e);
    return { outcome };
  }
  outcome.encoding = extracted.encoding;
  outcome.notes.push(...extracted.notes);
  const uniqueName = unique(name, (n) => ctx.taken.files.has(n) || existsSync(join(PATHS.sources, n)), ext);
  if (uniqueName !== name) outcome.notes.push(`content/sources/${name} is taken: stored as ${uniqueName}`);
  name = uniqueName;
  const wanted = ctx.opts.slug ?? slugFromName(basename(input.path));
  const slug = unique(wanted, (s) => ctx.taken.slugs.has(s));
  if (slug !== wanted) outcome.notes.push(`slug ${wanted} is taken: ${slug} used`);
  if (!ctx.opts.slug && wanted.startsWith('measure-')) outcome.notes.push(`hint: the slug ${slug} was made from a hash of the file name; pass --slug (one file) or rename the file for a readable one`);
  const meta: Record<string, unknown> = {};
  if (ctx.opts.class) meta.class = ctx.opts.class;
  if (ctx.opts.parent) meta.parents = [{ slug: ctx.opts.parent, version: ctx.opts.parent.match(/(\d{4})$/)?.[1] ?? undefined }];
  const entry: Record<string, unknown> = {
    file: name,
    format,
    ...(extracted.encoding ? { encoding: extracted.encoding } : {}),
    ...(extracted.excluded.length ? { exclude: extracted.excluded } : {}),
    documents: [{ slug, lines: [1, Math.max(1, extracted.lines.length)], ...(Object.keys(meta).length ? { meta } : {}) }],
  };
  const spec = sourceSpec.safeParse(JSON.parse(JSON.stringify(entry)));
  if (!spec.success) {
    outcome.reason = `${input.shown}: ${spec.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    return { outcome };
  }
  const label = sourceLabel(input.shown, format);
  let built;
  try {
    built = buildSource(spec.data as SourceSpec, extracted.lines, label);
  } catch (e) {
    outcome.reason = `${label}: the converter failed (${(e as Error).message}); please report this file`;
    return { outcome };
  }
  const diagnostics = [...extracted.warnings.map((w): Diagnostic => ({ file: label, line: 1, severity: 'warning', ruleId: 'format', message: w })), ...built.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error' || (ctx.opts.strict && d.severity === 'warning'));
  outcome.diagnosticCount = diagnostics.length;
  outcome.diagnostics = [...errors, ...diagnostics.filter((d) => !errors.includes(d))].slice(0, 10).map(formatDiagnostic);
  const doc = built.docs[0];
  outcome.title = doc.meta.title;
  const m = doc.meta;
  outcome.notes.push(`found: issuer ${m.issuer ?? '未注明'}, 文号 ${m.docNumber ?? '无'}, issued ${m.issued ?? '不详'}, effective ${m.effective ?? '不详'}; ${[...countKinds(doc)].map(([k, n]) => `${n} ${k}`).join(', ') || 'no provisions'}`);
  if (errors.length) {
    outcome.reason = firstReason(errors);
    return { outcome };
  }
  outcome.status = diagnostics.some((d) => d.severity === 'warning') ? 'warnings' : 'accepted';
  outcome.source = name;
  outcome.slug = slug;
  ctx.taken.files.add(name);
  ctx.taken.slugs.add(slug);
  return { outcome, accepted: { entry, bytes, doc } };
}

/** Run the import; writes sources, MDX and the manifest for the accepted files. */
export async function importFiles(inputs: Input[], manifest: Manifest, opts: ImportOptions): Promise<ImportReport> {
  const taken = { files: new Set(manifest.sources.map((s) => s.file)), slugs: new Set(manifest.sources.flatMap((s) => s.documents.map((d) => d.slug))) };
  const ctx = { opts, taken, manifestFiles: new Map(manifest.sources.map((s) => [s.file, s.documents.map((d) => d.slug)])) };
  const files: ImportedFile[] = [];
  const accepted: Accepted[] = [];
  for (const input of inputs) {
    const r = await importOne(input, ctx);
    files.push(r.outcome);
    if (r.accepted) accepted.push(r.accepted);
  }
  if (accepted.length) {
    const manifestText = readFileSync(PATHS.manifest, 'utf8');
    const next = appendSources(manifestText, accepted.map((a) => a.entry));
    mkdirSync(PATHS.regulations, { recursive: true });
    for (const a of accepted) writeFileSync(join(PATHS.sources, a.entry.file as string), a.bytes);
    for (const a of accepted) writeFileSync(join(PATHS.regulations, `${a.doc.meta.slug}.mdx`), writeMdx(a.doc));
    writeFileSync(PATHS.manifest, next);
  }
  const count = (s: ImportedFile['status']) => files.filter((f) => f.status === s).length;
  return {
    version: 1,
    strict: opts.strict,
    summary: { accepted: count('accepted'), warnings: count('warnings'), refused: count('refused'), unchanged: count('unchanged'), skipped: count('skipped') },
    files,
  };
}

/** The report as a small JSON file under content/ (accepted files listed briefly). */
export function writeReport(report: ImportReport, path = join(PATHS.content, 'import-report.json')): string {
  const brief = {
    ...report,
    files: report.files.map((f) => (f.status === 'accepted' || f.status === 'unchanged' ? { input: f.input, status: f.status, slug: f.slug, source: f.source, format: f.format, encoding: f.encoding } : f)),
  };
  // one file per line: small, and diffs read well
  writeFileSync(path, `{"version":1,"strict":${brief.strict},"summary":${JSON.stringify(brief.summary)},"files":[\n${brief.files.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
  return path;
}

/** The run's summary for the terminal. */
export function summaryLines(report: ImportReport, verbose: boolean): string[] {
  const out: string[] = [];
  const few = report.files.length <= 20 || verbose;
  for (const f of report.files) {
    // a reason that names the file (with its line) stands alone
    if (f.status === 'refused') out.push(`refused   ${f.reason!.startsWith(f.input) ? f.reason : `${f.input}: ${f.reason}`}`);
    else if (f.status === 'skipped') out.push(`skipped   ${f.input}: ${f.reason}`);
    else if (f.status === 'unchanged') {
      if (few) out.push(`unchanged ${f.input}: ${f.reason}`);
    } else if (few) {
      out.push(`${f.status === 'warnings' ? 'warnings' : 'accepted'}  ${f.input} → ${f.slug}: 《${f.title}》 (${[f.format, f.encoding].filter(Boolean).join(', ')})`);
      for (const n of f.notes) out.push(`            ${n}`);
    }
    if (verbose || (few && f.status === 'warnings')) for (const d of f.diagnostics) out.push(`            ${d}`);
  }
  const s = report.summary;
  out.push(`ingest: ${report.files.length} file(s): ${s.accepted} accepted, ${s.warnings} accepted with warnings, ${s.refused} refused${s.unchanged ? `, ${s.unchanged} unchanged` : ''}${s.skipped ? `, ${s.skipped} skipped` : ''}`);
  return out;
}
