/**
 * The build cache: results of expensive build steps stored under a key that
 * is the sha256 of everything they are computed from, so a rebuild after a
 * small change reuses what did not change and can never publish anything a
 * cold build would not (a different input is a different key).
 *
 * Where: `$TIAOWEN_CACHE_DIR`, else `node_modules/.cache/tiaowen/` under the
 * working directory. `TIAOWEN_CACHE=off` turns it off (every step computed,
 * nothing stored). Clearing it is deleting the folder. Entries are written to
 * a temporary name and renamed into place, so an interrupted build leaves no
 * half entry.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The cache folder, or null when the cache is off. */
export function cacheRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string | null {
  const mode = env.TIAOWEN_CACHE?.trim().toLowerCase();
  if (mode === 'off' || mode === '0' || mode === 'false') return null;
  const dir = env.TIAOWEN_CACHE_DIR?.trim();
  return dir ? dir : join(cwd, 'node_modules/.cache/tiaowen');
}

/** sha256 (hex) of the parts, each length-prefixed so that no two sequences of parts collide. */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`${b.byteLength}:`);
    h.update(b);
  }
  return h.digest('hex');
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Put every file of `from` at the same place under `to`: a hard link when
 * the file system allows (no bytes copied; deleting either side leaves the
 * other), else a copy.
 */
export function linkTree(from: string, to: string): void {
  for (const f of filesUnder(from)) {
    const target = join(to, f);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(join(from, f), target);
    } catch {
      copyFileSync(join(from, f), target);
    }
  }
}

/** A cache of folders (with a small JSON note each) in one section of the cache, e.g. `search`. */
export class FolderCache<Note> {
  readonly dir: string;

  constructor(root: string, section: string) {
    this.dir = join(root, section);
  }

  private entry(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }

  /** Whether `key` is cached. */
  has(key: string): boolean {
    return existsSync(join(this.entry(key), 'note.json'));
  }

  /** The stored note when `key` is cached (its folder then copied to `to`), else null. */
  restore(key: string, to: string): Note | null {
    const e = this.entry(key);
    const note = join(e, 'note.json');
    if (!existsSync(note)) return null;
    linkTree(join(e, 'files'), to);
    return JSON.parse(readFileSync(note, 'utf8')) as Note;
  }

  /** Store the folder `from` and its note under `key` (replacing an entry of the same key). */
  store(key: string, from: string, note: Note): void {
    const e = this.entry(key);
    const tmp = `${e}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(join(tmp, 'files'), { recursive: true });
    linkTree(from, join(tmp, 'files'));
    writeFileSync(join(tmp, 'note.json'), `${JSON.stringify(note)}\n`);
    rmSync(e, { recursive: true, force: true });
    renameSync(tmp, e);
  }
}
