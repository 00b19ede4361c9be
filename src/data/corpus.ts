/**
 * Build-time access to the published documents: content/regulations/*.mdx,
 * read once per process (sorted by file name, so every build sees the same
 * order) and memoised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegDocument } from '../lib/document.ts';
import { readMdx } from '../lib/mdx/read.ts';
import { attachAliases } from '../lib/tree.ts';

export interface Corpus {
  documents: RegDocument[];
  get(slug: string): RegDocument | undefined;
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
  const documents = readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => {
      const doc = readMdx(readFileSync(join(dir, n), 'utf8'), join(dir, n));
      const broken = attachAliases(doc.root, doc.aliases);
      if (broken.length) throw new Error(`${join(dir, n)}:2: aliases ${broken.join(', ')} point at no provision, or shadow an existing id`);
      return doc;
    });
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  return { documents, get: (slug) => bySlug.get(slug) };
}

export function getCorpus(): Corpus {
  const dir = regulationsDir();
  if (cached?.dir !== dir) cached = { dir, corpus: loadCorpus(dir) };
  return cached.corpus;
}

