/**
 * Names for imported files: the slug derived from the file name, the file
 * name in content/sources/, and deterministic collision resolution (-2, -3, …
 * in input order), each change reported.
 */
import { createHash } from 'node:crypto';

/** `Some File_2023.txt` → `some-file-2023`; a name without ASCII letters or digits → `measure-<hash of the name>`. */
export function slugFromName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const ascii = stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (/[a-z]/.test(ascii) && ascii.length >= 3 && !['index', 'data'].includes(ascii)) return ascii.slice(0, 80).replace(/-+$/, '');
  const hash = createHash('sha256').update(stem.normalize('NFC')).digest('hex').slice(0, 8);
  return ascii ? `measure-${ascii.slice(0, 60).replace(/-+$/, '')}-${hash}` : `measure-${hash}`;
}

/** A file name safe in content/sources/: letters, digits, CJK, `.`, `-`, `_`. */
export function sourceFileName(fileName: string): string {
  const name = fileName.normalize('NFC').replace(/[^\w.\-\u4e00-\u9fff]+/gu, '_');
  const m = name.match(/^(.*?)(\.[^.]+)$/);
  return m ? `${m[1]}${m[2].toLowerCase()}` : name;
}

/** The first of `name`, `name-2`, `name-3`, … (before the extension, if any) that `taken` does not hold. */
export function unique(name: string, taken: (n: string) => boolean, ext = ''): string {
  const stem = ext ? name.slice(0, name.length - ext.length) : name;
  if (!taken(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${stem}-${i}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}
