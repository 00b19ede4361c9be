/** Real multi-version fixtures (tests/fixtures/versions/) through the converter, in memory. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../../src/lib/ingest/pipeline.ts';
import { compareUnits, type CompareUnit } from '../../src/lib/compare/units.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { documentSpec, sourceSpec } from '../../src/schemas/manifest.ts';

export const VERSIONS_DIR = fileURLToPath(new URL('../fixtures/versions/', import.meta.url));

/** The document of one fixture file (the whole file is the document). */
export function fixtureDoc(folder: string, name: string, slug = folder, version?: string): RegDocument {
  const file = `${folder}/${name}.txt`;
  const lines = readFileSync(`${VERSIONS_DIR}${file}`, 'utf8').split(/\r?\n/);
  const spec = documentSpec.parse({ slug, lines: [1, lines.length], ...(version ? { version } : {}) });
  const built = buildDocument({ ...sourceSpec.parse({ file: name + ".txt", documents: [spec] }), file }, spec, lines);
  const errors = built.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  return built.doc;
}

export function fixtureUnits(folder: string, name: string): CompareUnit[] {
  return compareUnits(fixtureDoc(folder, name));
}
