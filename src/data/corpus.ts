/**
 * Build-time access to the published documents: content/regulations/*.mdx,
 * indexed once per process (sorted by file name, so every build sees the same
 * order): the metadata of every document is held, each document's tree is
 * read from its file when asked for, through a bounded cache, so the build's
 * memory is bounded by the cache, not by the corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LRUCache } from 'lru-cache';
import type { DocMeta } from '../schemas/meta.ts';
import type { RegDocument } from '../lib/document.ts';
import { readMdx } from '../lib/mdx/read.ts';
import { attachAliases } from '../lib/tree.ts';
import { buildHistory, derivedAliases, type History } from '../lib/versions/history.ts';

export interface Corpus {
  /**
   * Every document (its current version), in corpus order, as a reference: the metadata is held, the
   * provision tree (`root`, and `aliases`, `excluded`, `corrections`) is read from its file on access,
   * through the bounded cache of `get` (see DocumentStore). Listing pages use the metadata only; a
   * pass over the trees of every document reads them one at a time.
   */
  documents: RegDocument[];
  /** One document, read from its file (with its earlier versions) through a bounded LRU cache. */
  get(slug: string): RegDocument | undefined;
  /** Whether the corpus holds a document of this slug (no read). */
  has(slug: string): boolean;
  /** The metadata of every version of a document, oldest first (the current one last; no read). */
  versionMetas(slug: string): DocMeta[];
  /** Every version of a document, oldest first (the current one last); one entry for a document with one version. Read through the cache. */
  versions(slug: string): RegDocument[];
  /** The revision history of a document with several versions; undefined otherwise. Read through the cache. */
  history(slug: string): History | undefined;
  /** How many times a document file (with its versions) was read and parsed, index pass included: for tests and the bench. */
  reads(): number;
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

/** How many documents (each with its earlier versions) the cache of `Corpus.get` holds at most, unless told otherwise. */
export const DOCUMENT_CACHE_SIZE = Number(process.env.TIAOWEN_DOCUMENT_CACHE ?? 32);

/**
 * A reference to a document: its metadata held, its tree read from the store on each access (the
 * store's cache answers repeated accesses). Enumerable like a document, so JSON.stringify(ref) is
 * the document's JSON.
 */
function documentRef(meta: DocMeta, tree: () => RegDocument): RegDocument {
  const ref = { meta } as RegDocument;
  for (const k of ['root', 'aliases', 'excluded', 'corrections'] as const) {
    Object.defineProperty(ref, k, { enumerable: true, get: () => tree()[k] });
  }
  return ref;
}

/**
 * The corpus of a regulations folder, held compactly: one pass reads every document once (checking
 * it, as the build always did) and keeps its metadata and the metadata of its versions; trees are
 * read again on demand, one document (with its versions and history) at a time, through an LRU
 * cache of `cacheSize` documents. Memory: the metadata of the corpus plus `cacheSize` documents.
 */
export function loadCorpus(dir: string, cacheSize = DOCUMENT_CACHE_SIZE): Corpus {
  let reads = 0;
  const files = new Map<string, string>();
  const metas = new Map<string, DocMeta[]>();
  const cache = new LRUCache<string, Read>({ max: Math.max(1, cacheSize) });
  const read = (slug: string): Read | undefined => {
    let r = cache.get(slug);
    if (!r) {
      const file = files.get(slug);
      if (!file) return undefined;
      reads++;
      r = readWithVersions(dir, file);
      cache.set(slug, r);
    }
    return r;
  };
  const documents = documentFiles(dir).map((f) => {
    reads++;
    const r = readWithVersions(dir, f);
    const slug = r.doc.meta.slug;
    files.set(slug, f);
    // structuredClone: fresh strings. The parsed metadata's strings are slices of the file's text, and
    // V8 keeps a slice's whole parent string alive: held for every document, they held the corpus.
    metas.set(slug, structuredClone(r.all.map((d) => d.meta)));
    return documentRef(metas.get(slug)!.at(-1)!, () => read(slug)!.doc);
  });
  return {
    documents,
    get: (slug) => read(slug)?.doc,
    has: (slug) => files.has(slug),
    versionMetas: (slug) => metas.get(slug) ?? [],
    versions: (slug) => ((metas.get(slug)?.length ?? 0) > 1 ? read(slug)!.all : files.has(slug) ? [read(slug)!.doc] : []),
    history: (slug) => ((metas.get(slug)?.length ?? 0) > 1 ? read(slug)!.history : undefined),
    reads: () => reads,
  };
}

export function getCorpus(): Corpus {
  const dir = regulationsDir();
  if (cached?.dir !== dir) cached = { dir, corpus: loadCorpus(dir) };
  return cached.corpus;
}
