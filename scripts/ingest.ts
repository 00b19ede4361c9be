/**
 * npm run ingest                      regenerate content/regulations/*.mdx from content/sources/ + manifest
 * npm run ingest -- --check           fail when a committed MDX file is stale
 * npm run ingest -- FILE.txt [--slug S] [--parent P] [--class C]
 *                                     add a new measure received as plain text
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { parseDocument as parseYamlDocument } from 'yaml';
import { ValidationError } from '../src/lib/yaml-validate.ts';
import { ingestAll, loadManifest, loadManifestWithLines } from './lib/ingest-core.ts';
import { slug as slugSchema } from '../src/schemas/meta.ts';
import { writeMdx } from '../src/lib/mdx/write.ts';
import { formatDiagnostic, type Diagnostic, type RegDocument } from '../src/lib/document.ts';
import { decodeSource, SourceDecodeError } from './lib/read-source.ts';
import { PATHS } from './lib/paths.ts';

class UsageError extends Error {}

/** Undo a source addition that the converter then refused. */
let rollback: (() => void) | null = null;

function report(diagnostics: Diagnostic[], verbose: boolean) {
  for (const d of diagnostics) if (verbose || d.severity === 'error') console.error(formatDiagnostic(d));
}

/** Write (or, with check, compare) one MDX file per document; returns the stale/changed files. */
function syncMdx(docs: RegDocument[], check: boolean): string[] {
  mkdirSync(PATHS.regulations, { recursive: true });
  const wanted = new Map(docs.map((d) => [`${d.meta.slug}.mdx`, writeMdx(d)]));
  const problems: string[] = [];
  for (const [name, text] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(PATHS.regulations, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === text) continue;
    problems.push(`${relative(process.cwd(), path)}: ${current === null ? 'missing' : 'stale'}`);
    if (!check) writeFileSync(path, text);
  }
  for (const name of readdirSync(PATHS.regulations).filter((n) => n.endsWith('.mdx')).sort()) {
    if (wanted.has(name)) continue;
    problems.push(`${relative(process.cwd(), join(PATHS.regulations, name))}: not in the manifest`);
    if (!check) unlinkSync(join(PATHS.regulations, name));
  }
  return problems;
}

/** Add a new source file to content/sources and to the manifest (keeping its comments). */
function addSource(file: string, opts: { slug?: string; parent?: string; class?: string }): string {
  const bytes = readFileSync(file);
  const lines = decodeSource(bytes, file); // fail early on binary / GBK input, before anything is written
  const name = basename(file).replace(/[^\w.\-\u4e00-\u9fff]+/gu, '_');
  if (!name.endsWith('.txt')) throw new UsageError(`${file}: expected a .txt file`);
  const target = join(PATHS.sources, name);
  const manifestText = readFileSync(PATHS.manifest, 'utf8');
  const manifest = loadManifest();
  const slug = opts.slug ?? `measure-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}`;
  if (!slugSchema.safeParse(slug).success) throw new UsageError(`--slug ${JSON.stringify(slug)}: expected a slug of lowercase letters, digits and hyphens (e.g. some-college-2024)`);
  const known = manifest.sources.flatMap((s) => s.documents.map((d) => d.slug));
  if (opts.parent && !known.includes(opts.parent)) throw new UsageError(`--parent ${opts.parent}: no such document; expected one of ${known.join(', ')}`);
  if (manifest.sources.some((s) => s.file === name)) throw new UsageError(`${file}: content/sources/${name} is already in the manifest; edit its entry instead`);
  if (manifest.sources.some((s) => s.documents.some((d) => d.slug === slug))) throw new UsageError(`slug ${slug} is already used; pass another with --slug`);
  if (existsSync(target) && !readFileSync(target).equals(bytes)) throw new UsageError(`${target} exists with other content`);
  const copied = !existsSync(target);
  copyFileSync(file, target);
  rollback = () => {
    writeFileSync(PATHS.manifest, manifestText);
    if (copied) unlinkSync(target);
  };
  const doc = parseYamlDocument(manifestText);
  const meta: Record<string, unknown> = {};
  if (opts.parent) meta.parents = [{ slug: opts.parent, version: opts.parent.match(/(\d{4})$/)?.[1] ?? undefined }];
  if (opts.class) meta.class = opts.class;
  const entry = { file: name, documents: [{ slug, lines: [1, Math.max(1, lines.length)], ...(Object.keys(meta).length ? { meta } : {}) }] };
  doc.addIn(['sources'], doc.createNode(JSON.parse(JSON.stringify(entry))));
  writeFileSync(PATHS.manifest, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  return slug;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      slug: { type: 'string' },
      parent: { type: 'string' },
      class: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError('expected at most one source file');
  let added: string | null = null;
  if (positionals.length === 1) {
    if (values.check) throw new UsageError('--check takes no file');
    added = addSource(resolve(positionals[0]), { slug: values.slug, parent: values.parent, class: values.class });
  }
  const manifest = loadManifestWithLines();
  const { docs, diagnostics } = ingestAll(manifest.data, PATHS.sources, PATHS.manifest, manifest.lineOf);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (added) {
    const doc = docs.find((d) => d.meta.slug === added);
    report(diagnostics.filter((d) => d.file.endsWith(doc!.meta.source.file) || d.severity === 'error'), true);
    const m = doc!.meta;
    console.error(`added ${m.slug}: 《${m.title}》 issuer=${m.issuer ?? '未注明'} 文号=${m.docNumber ?? '无'} issued=${m.issued ?? '不详'} effective=${m.effective ?? '不详'}`);
    console.error(`  ${[...countKinds(doc!)].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    if (!values.slug) console.error(`  hint: the slug ${m.slug} was made up; pass --slug to choose a readable one (edit content/sources/manifest.yaml)`);
  } else report(diagnostics, !values.quiet && !values.check);
  if (errors.length) {
    if (rollback) rollback();
    console.error(`ingest: ${errors.length} error(s); nothing written${added ? ` (${positionals[0]} was not added)` : ''}`);
    return 1;
  }
  const problems = syncMdx(docs, values.check);
  if (values.check) {
    if (problems.length) {
      for (const p of problems) console.error(p);
      console.error('ingest --check: the committed MDX does not match the sources and manifest; run `npm run ingest`');
      return 1;
    }
    console.error(`ingest --check: ${docs.length} documents up to date`);
    return 0;
  }
  console.error(`ingest: ${docs.length} documents; ${problems.length} file(s) written or removed`);
  return 0;
}

function countKinds(doc: RegDocument): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (n: RegDocument['root']) => {
    if (['chapter', 'article', 'section', 'item', 'sub', 'annex'].includes(n.kind)) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    n.children.forEach(visit);
  };
  visit(doc.root);
  return counts;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ValidationError || e instanceof SourceDecodeError || e instanceof UsageError) {
    console.error(e.message);
    process.exitCode = 1;
  } else if (e instanceof Error && 'code' in e && (e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`${(e as NodeJS.ErrnoException).path}: no such file`);
    process.exitCode = 1;
  } else if (e instanceof TypeError && /parseArgs|Unknown option/.test(String(e.message))) {
    console.error(`ingest: ${e.message}`);
    process.exitCode = 2;
  } else throw e;
}
