/**
 * Build-time access to the published documents: content/regulations/*.mdx,
 * indexed once per process (sorted by file name, so every build sees the same
 * order): the metadata of every document is held, each document's tree is
 * read from its file when asked for, through a bounded cache, so the build's
 * memory is bounded by the cache, not by the corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
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
  /** How many times a document file (with its versions) was read, index pass included: for tests and the bench. */
  reads(): number;
  /** How many of those reads parsed the files (the others took the parse made earlier in the process, see TreeSpill). */
  parses(): number;
}

/** The files of a document: its MDX file (`text`, when already read), then its earlier versions (regulations/versions/<slug>/<date>.mdx), oldest first. */
function sourceFiles(dir: string, file: string, slug: string, text = readFileSync(file, 'utf8')): { path: string; text: string }[] {
  const out = [{ path: file, text }];
  const folder = join(dir, 'versions', slug);
  if (existsSync(folder)) {
    for (const n of readdirSync(folder).filter((x) => x.endsWith('.mdx')).sort()) out.push({ path: join(folder, n), text: readFileSync(join(folder, n), 'utf8') });
  }
  return out;
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
 * One document parsed from its files (`sourceFiles`: the current version first, then the earlier
 * ones): anchors of earlier versions the current one lacks land on their successor (the manifest's
 * aliases win); aliases attached and checked.
 */
function parseWithVersions(files: readonly { path: string; text: string }[], parsed?: RegDocument): Read {
  const [current, ...earlier] = files;
  const doc = parsed ?? readMdx(current!.text, current!.path);
  const versions = doc.meta.version
    ? earlier.map((f) => {
        const v = readMdx(f.text, f.path);
        v.meta = { ...v.meta, archived: true };
        return v;
      })
    : [];
  const all = [...versions, doc];
  const history = all.length > 1 ? buildHistory(all) : undefined;
  if (history) doc.aliases = { ...derivedAliases(history), ...doc.aliases };
  const broken = attachAliases(doc.root, doc.aliases);
  if (broken.length) throw new Error(`${current!.path}:2: aliases ${broken.join(', ')} point at no provision, or shadow an existing id`);
  return { doc, all, history };
}

/** One document read from its MDX file in `dir`, with its earlier versions (`parseWithVersions`); its files. */
function readWithVersions(dir: string, file: string): { read: Read; sources: { path: string; text: string }[] } {
  const text = readFileSync(file, 'utf8');
  const doc = readMdx(text, file);
  const sources = sourceFiles(dir, file, doc.meta.slug, text);
  return { read: parseWithVersions(sources, doc), sources };
}

/**
 * Documents parsed once per process: each parse is kept, serialized (`v8.serialize`, which keeps
 * Maps, shared references and undefined fields), in a temporary file under the sha1 of the files it
 * was parsed from. A later read of the same files (another route, another pass) reads the copy
 * instead of parsing the MDX again; a file that changed (`astro dev`) is parsed again. Nothing is
 * held in memory but where each copy is. The file is unlinked as soon as it is opened, so nothing is
 * left on disk however the process ends (about 90 MB for the 3,430 documents of the real corpus
 * while it runs). `TIAOWEN_TREE_SPILL=off` turns it off.
 */
export class TreeSpill {
  private fd: number | undefined;
  private size = 0;
  private readonly entries = new Map<string, { key: string; at: number; length: number }>();

  /** The parse of `files`, from the spill when the same files were parsed before, else `parse(files)` (and spilled). */
  read(slug: string, files: readonly { path: string; text: string }[], parse: (f: typeof files) => Read): { read: Read; parsed: boolean } {
    const e = this.entries.get(slug);
    if (e && e.key === TreeSpill.key(files)) {
      const buf = Buffer.allocUnsafe(e.length);
      readSync(this.fd!, buf, 0, e.length, e.at);
      return { read: deserialize(buf) as Read, parsed: false };
    }
    const read = parse(files);
    this.store(slug, files, read);
    return { read, parsed: true };
  }

  /** Keep `read`, parsed from `files`, for a later `read`. */
  store(slug: string, files: readonly { path: string; text: string }[], read: Read): void {
    const buf = serialize(read);
    const fd = this.file();
    writeSync(fd, buf, 0, buf.length, this.size);
    this.entries.set(slug, { key: TreeSpill.key(files), at: this.size, length: buf.length });
    this.size += buf.length;
  }

  private static key(files: readonly { path: string; text: string }[]): string {
    const h = createHash('sha1');
    for (const f of files) h.update(f.path).update('\0').update(f.text).update('\0');
    return h.digest('hex');
  }

  /** The spill file, opened on first use and unlinked at once (where the system allows it; else removed at exit). */
  private file(): number {
    if (this.fd === undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'tiaowen-trees-'));
      const path = join(dir, 'trees.v8');
      this.fd = openSync(path, 'w+');
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      }
    }
    return this.fd;
  }
}

/** Whether parsed documents are spilled (`TreeSpill`): unless `TIAOWEN_TREE_SPILL=off`. */
function spillOn(env: Record<string, string | undefined> = process.env): boolean {
  const raw = env.TIAOWEN_TREE_SPILL;
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new Error(`TIAOWEN_TREE_SPILL: expected on or off, got "${raw}"`);
}

/** One document read from its MDX file (in a regulations folder), aliases attached (checked). */
export function readDocument(file: string): RegDocument {
  return readWithVersions(dirname(file), file).read.doc;
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
export function loadCorpus(dir: string, cacheSize = DOCUMENT_CACHE_SIZE, spill: TreeSpill | null = spillOn() ? new TreeSpill() : null): Corpus {
  let reads = 0;
  let parses = 0;
  const files = new Map<string, string>();
  const metas = new Map<string, DocMeta[]>();
  const cache = new LRUCache<string, Read>({ max: Math.max(1, cacheSize) });
  /** A document whose slug is known: from the spill when it was parsed before from the same files. */
  const load = (file: string, slug: string): Read => {
    reads++;
    const sources = sourceFiles(dir, file, slug);
    if (!spill) {
      parses++;
      return parseWithVersions(sources);
    }
    const r = spill.read(slug, sources, (f) => parseWithVersions(f));
    if (r.parsed) parses++;
    return r.read;
  };
  const read = (slug: string): Read | undefined => {
    let r = cache.get(slug);
    if (!r) {
      const file = files.get(slug);
      if (!file) return undefined;
      r = load(file, slug);
      cache.set(slug, r);
    }
    return r;
  };
  const documents = documentFiles(dir).map((f) => {
    reads++;
    parses++;
    const { read: r, sources } = readWithVersions(dir, f);
    const slug = r.doc.meta.slug;
    spill?.store(slug, sources, r);
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
    parses: () => parses,
  };
}

export function getCorpus(): Corpus {
  const dir = regulationsDir();
  if (cached?.dir !== dir) cached = { dir, corpus: loadCorpus(dir) };
  return cached.corpus;
}
