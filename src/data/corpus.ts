/**
 * Build-time access to the published documents: content/regulations/*.mdx,
 * read once per process (sorted by file name, so every build sees the same
 * order) and memoised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export function loadCorpus(dir: string): Corpus {
  const versions = new Map<string, RegDocument[]>();
  const histories = new Map<string, History>();
  const documents = readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => {
      const doc = readMdx(readFileSync(join(dir, n), 'utf8'), join(dir, n));
      const all = doc.meta.version ? [...readVersions(dir, doc.meta.slug), doc] : [doc];
      versions.set(doc.meta.slug, all);
      if (all.length > 1) {
        const history = buildHistory(all);
        histories.set(doc.meta.slug, history);
        // Anchors of earlier versions the current one lacks land on their successor; the manifest's aliases win.
        doc.aliases = { ...derivedAliases(history), ...doc.aliases };
      }
      const broken = attachAliases(doc.root, doc.aliases);
      if (broken.length) throw new Error(`${join(dir, n)}:2: aliases ${broken.join(', ')} point at no provision, or shadow an existing id`);
      return doc;
    });
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  return { documents, get: (slug) => bySlug.get(slug), versions: (slug) => versions.get(slug) ?? [], history: (slug) => histories.get(slug) };
}

export function getCorpus(): Corpus {
  const dir = regulationsDir();
  if (cached?.dir !== dir) cached = { dir, corpus: loadCorpus(dir) };
  return cached.corpus;
}

