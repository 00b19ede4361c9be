/** Real multi-version fixtures (tests/fixtures/versions/) through the converter, in memory. */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** One version of a fixture as a manifest entry: the source copied in as `<folder>-<date>.txt`. */
interface VersionEntry {
  folder: string;
  date: string;
  slug: string;
  shortTitle: string;
  /** Omit `version:` (a document with one version). */
  single?: boolean;
  parent?: { slug: string; version: string };
}

/** The versions the site-level tests publish: real revisions from tests/fixtures/versions/. */
export const SITE_VERSIONS: VersionEntry[] = [
  { folder: 'holidays', date: '2013-12-11', slug: 'national-holidays', shortTitle: '全国年节及纪念日放假办法' },
  { folder: 'holidays', date: '2024-11-10', slug: 'national-holidays', shortTitle: '全国年节及纪念日放假办法' },
  { folder: 'state-council-organisation', date: '1982-12-10', slug: 'state-council-organisation', shortTitle: '国务院组织法' },
  { folder: 'state-council-organisation', date: '2024-03-11', slug: 'state-council-organisation', shortTitle: '国务院组织法' },
  { folder: 'scrap-metal', date: '1994-01-25', slug: 'scrap-metal-trade', shortTitle: '废旧金属收购业治安管理办法' },
  { folder: 'scrap-metal', date: '2023-07-20', slug: 'scrap-metal-trade', shortTitle: '废旧金属收购业治安管理办法' },
  { folder: 'secrets-law', date: '2010-04-29', slug: 'state-secrets-law', shortTitle: '保守国家秘密法' },
  { folder: 'secrets-law', date: '2024-02-27', slug: 'state-secrets-law', shortTitle: '保守国家秘密法' },
  { folder: 'secrets-law-regulations', date: '2014-01-17', slug: 'state-secrets-regulations-2014', shortTitle: '保守国家秘密法实施条例', single: true, parent: { slug: 'state-secrets-law', version: '2010' } },
];

/** Copy the fixture sources into `content/sources` and append their manifest entries (as an editor would write them). */
export function addVersionFixtures(content: string, entries: readonly VersionEntry[] = SITE_VERSIONS): void {
  let yaml = '';
  for (const e of entries) {
    const file = `${e.folder}-${e.date}.txt`;
    const text = readFileSync(`${VERSIONS_DIR}${e.folder}/${e.date}.txt`, 'utf8');
    writeFileSync(join(content, 'sources', file), text);
    const lines = text.replace(/\r?\n$/, "").split(/\r?\n/).length;
    yaml += `\n  - file: ${file}\n    documents:\n      - slug: ${e.slug}\n        lines: [1, ${lines}]\n`;
    if (!e.single) yaml += `        version: '${e.date}'\n`;
    yaml += `        meta:\n          shortTitle: ${e.shortTitle}\n          class: 规范性文件\n`;
    if (e.parent) yaml += `          parents: [{ slug: ${e.parent.slug}, version: '${e.parent.version}' }]\n`;
  }
  appendFileSync(join(content, 'sources/manifest.yaml'), yaml);
}
