/**
 * Sizes of a built site's files as a host serves them: gzip (level 6, what
 * web servers use by default) of every file, grouped as pages (.html), data
 * files (every other file the site emits: .json, .csv, .xml, .txt, …), the
 * search index (pagefind/, pagefind-shards/: built by the search code) and
 * assets (_astro/: scripts and styles shared by every page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type FileKind = 'page' | 'data' | 'search' | 'asset';

export interface FileSize {
  /** Path under the site root, with a leading slash. */
  path: string;
  kind: FileKind;
  bytes: number;
  gzip: number;
}

export function kindOf(path: string): FileKind {
  if (/^\/pagefind(?:-shards)?\//.test(path)) return 'search';
  if (path.startsWith('/_astro/')) return 'asset';
  return path.endsWith('.html') ? 'page' : 'data';
}

/** Every file of `dist` with its raw and gzip size. */
export function distSizes(dist: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        const buf = readFileSync(full);
        const path = `/${relative(dist, full).split('\\').join('/')}`;
        // Pagefind's index files are gzipped already: served as they are.
        const gz = kindOf(path) === 'search' && /\.pf_/.test(path) ? buf.length : gzipSync(buf, { level: 6 }).length;
        out.push({ path, kind: kindOf(path), bytes: buf.length, gzip: gz });
      }
    }
  };
  walk(dist);
  return out;
}

/** The `n` largest files of each kind by gzip size, largest first. */
export function largest(files: readonly FileSize[], kind: FileKind, n = 1): FileSize[] {
  return files
    .filter((f) => f.kind === kind)
    .sort((a, b) => b.gzip - a.gzip || (a.path < b.path ? -1 : 1))
    .slice(0, n);
}
