/** The converter over the whole manifest; shared by the ingest CLI, the crosswalk CLI and tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { manifestSchema, type Manifest, type SourceSpec } from '../../src/schemas/manifest.ts';
import { parseYamlWith } from '../../src/lib/yaml-validate.ts';
import { buildDocument, checkCoverage } from '../../src/lib/ingest/pipeline.ts';
import type { Diagnostic, RegDocument } from '../../src/lib/document.ts';
import { checkSlugVersions } from '../../src/lib/versions/model.ts';
import { FormatError, formatOfSource, readSource, sourceLabel } from './read-source.ts';
import { PATHS } from './paths.ts';

export interface IngestResult {
  docs: RegDocument[];
  diagnostics: Diagnostic[];
}

export function loadManifest(path = PATHS.manifest): Manifest {
  return loadManifestWithLines(path).data;
}

/** The manifest with `lineOf(path)`, to place cross-reference errors on the offending line. */
export function loadManifestWithLines(path = PATHS.manifest) {
  return parseYamlWith(readFileSync(path, 'utf8'), relative(process.cwd(), path), manifestSchema);
}

/** The documents of one source, from its extracted lines; diagnostics name `shown`. */
export function buildSource(source: SourceSpec, lines: string[], shown: string): IngestResult {
  const docs: RegDocument[] = [];
  const diagnostics: Diagnostic[] = checkCoverage({ ...source, file: shown }, lines);
  for (const spec of source.documents) {
    const built = buildDocument({ ...source, file: source.file }, spec, lines);
    docs.push(built.doc);
    diagnostics.push(...built.diagnostics.map((d) => ({ ...d, file: shown })));
  }
  return { docs, diagnostics };
}

/** How diagnostics name a source: its path, with ` (extracted text)` for derived text. */
export function labelOf(source: SourceSpec, sourcesDir = PATHS.sources): string {
  return sourceLabel(relative(process.cwd(), join(sourcesDir, source.file)), formatOfSource(source));
}

/** Entries sharing a slug must each give a distinct version date (src/lib/versions/model.ts); errors at the manifest line. */
export function versionDiagnostics(manifest: Manifest, manifestShown: string, lineOf: (path: (string | number)[]) => number): Diagnostic[] {
  const entries = new Map<string, { si: number; di: number; version?: string }[]>();
  manifest.sources.forEach((source, si) => source.documents.forEach((spec, di) => entries.set(spec.slug, [...(entries.get(spec.slug) ?? []), { si, di, version: spec.version }])));
  const out: Diagnostic[] = [];
  for (const [slug, list] of entries) {
    for (const p of checkSlugVersions(slug, list.map((e) => e.version))) {
      const { si, di, version } = list[p.entry]!;
      const line = lineOf(['sources', si, 'documents', di, version ? 'version' : 'slug']);
      out.push({ file: manifestShown, line, severity: 'error', ruleId: 'version', message: p.message });
    }
  }
  return out;
}

/** Build every document the manifest names. */
export async function ingestAll(manifest: Manifest, sourcesDir = PATHS.sources, manifestPath = PATHS.manifest, lineOf: (path: (string | number)[]) => number = () => 1): Promise<IngestResult> {
  const docs: RegDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const slugs = new Map<string, string>();
  const manifestShown = relative(process.cwd(), manifestPath);
  for (const [si, source] of manifest.sources.entries()) {
    const path = join(sourcesDir, source.file);
    const shown = labelOf(source, sourcesDir);
    if (!existsSync(path)) {
      diagnostics.push({ file: manifestShown, line: lineOf(['sources', si, 'file']), severity: 'error', ruleId: 'missing-source', message: `source ${source.file} is not in ${relative(process.cwd(), sourcesDir)}/` });
      continue;
    }
    let lines: string[];
    try {
      lines = (await readSource(path, source)).lines;
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      diagnostics.push({ file: shown, line: e.line ?? 1, severity: 'error', ruleId: `format-${e.code}`, message: `${e.title}: ${e.message}${e.hint ? ` (${e.hint})` : ''}` });
      continue;
    }
    const built = buildSource(source, lines, shown);
    for (const spec of source.documents) {
      const where = slugs.get(spec.slug);
      // Several entries of one slug are versions of one document when each gives its date (checked below).
      if (where && !spec.version) diagnostics.push({ file: shown, line: spec.lines[0], severity: 'error', ruleId: 'duplicate-slug', message: `slug ${spec.slug} is already used by ${where}; a second version of a document needs \`version: YYYY-MM-DD\` on every entry of the slug` });
      if (!where) slugs.set(spec.slug, `${shown}:${spec.lines[0]}`);
    }
    docs.push(...built.docs);
    diagnostics.push(...built.diagnostics);
  }
  diagnostics.push(...versionDiagnostics(manifest, manifestShown, lineOf));
  for (const [si, source] of manifest.sources.entries()) {
    for (const [di, spec] of source.documents.entries()) {
      for (const [pi, p] of (spec.meta.parents ?? []).entries()) {
        if (!slugs.has(p.slug)) {
          const line = lineOf(['sources', si, 'documents', di, 'meta', 'parents', pi, 'slug']);
          diagnostics.push({ file: manifestShown, line, severity: 'error', ruleId: 'unknown-parent', message: `${spec.slug} names parent ${p.slug}, which is not in the manifest` });
        }
      }
    }
  }
  return { docs, diagnostics };
}
