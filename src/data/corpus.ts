/**
 * Build-time access to the published documents: content/regulations/*.mdx,
 * read once per process (sorted by file name, so every build sees the same
 * order) and memoised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RegDocument } from '../lib/document.ts';
import { readMdx } from '../lib/mdx/read.ts';
import { attachAliases } from '../lib/tree.ts';
import { buildHistory, derivedAliases, type History } from '../lib/versions/history.ts';

export interface Corpus {
  /** The current version of every document. */
  documents: RegDocument[];
  get(slug: string): RegDocument | undefined;
  /** Every version of a document, oldest first (the current one last); one entry for a document with one version. */
  versions(slug: string): RegDocument[];
  /** The revision history of a document with several versions; undefined otherwise. */
  history(slug: string): History | undefined;
}

/** Earlier versions of a document: regulations/versions/<slug>/<date>.mdx. */
function readVersions(dir: string, slug: string): RegDocument[] {
  const folder = join(dir, 'versions', slug);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => {
      const doc = readMdx(readFileSync(join(folder, n), 'utf8'), join(folder, n));
      doc.meta = { ...doc.meta, archived: true };
      return doc;
    });
}

/**
 * content/regulations under $TIAOWEN_CONTENT when set (tests, benchmark), else under the working
 * directory: astro, vitest and the CLIs all run at the repository root (scripts/lib/paths.ts agrees).
 */
function regulationsDir(): string {
  const fromEnv = process.env.TIAOWEN_CONTENT;
  if (fromEnv) return join(fromEnv, 'regulations');
  return join(process.cwd(), 'content/regulations');
}

let cached: { dir: string; corpus: Corpus } | null = null;

/** The MDX files of a folder, in corpus order (sorted by file name). */
function documentFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => join(dir, n));
}

interface Read {
  doc: RegDocument;
  /** Every version, oldest first, the current one last. */
  all: RegDocument[];
  history?: History;
}

/**
 * One document read from its MDX file in `dir`, with its earlier versions:
 * anchors of earlier versions the current one lacks land on their successor
 * (the manifest's aliases win); aliases attached and checked.
 */
function readWithVersions(dir: string, file: string): Read {
  const doc = readMdx(readFileSync(file, 'utf8'), file);
  const all = doc.meta.version ? [...readVersions(dir, doc.meta.slug), doc] : [doc];
  const history = all.length > 1 ? buildHistory(all) : undefined;
  if (history) doc.aliases = { ...derivedAliases(history), ...doc.aliases };
  const broken = attachAliases(doc.root, doc.aliases);
  if (broken.length) throw new Error(`${file}:2: aliases ${broken.join(', ')} point at no provision, or shadow an existing id`);
  return { doc, all, history };
}

/** One document read from its MDX file (in a regulations folder), aliases attached (checked). */
export function readDocument(file: string): RegDocument {
  return readWithVersions(dirname(file), file).doc;
}

/**
 * The documents one at a time, in corpus order, each read when asked for and
 * not kept: for a pass over the corpus that needs one document at a time
 * (the search index), in memory bounded by the largest document.
 */
export function* eachDocument(dir = regulationsDir()): Generator<RegDocument> {
  for (const f of documentFiles(dir)) yield readDocument(f);
}

export function loadCorpus(dir: string): Corpus {
  const versions = new Map<string, RegDocument[]>();
  const histories = new Map<string, History>();
  const documents = documentFiles(dir).map((f) => {
    const r = readWithVersions(dir, f);
    versions.set(r.doc.meta.slug, r.all);
    if (r.history) histories.set(r.doc.meta.slug, r.history);
    return r.doc;
  });
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  return { documents, get: (slug) => bySlug.get(slug), versions: (slug) => versions.get(slug) ?? [], history: (slug) => histories.get(slug) };
}

export function getCorpus(): Corpus {
  const dir = regulationsDir();
  if (cached?.dir !== dir) cached = { dir, corpus: loadCorpus(dir) };
  return cached.corpus;
}

