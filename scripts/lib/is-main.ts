/**
 * Whether the module at `url` (its `import.meta.url`) is the program Node was
 * started with (`tsx scripts/x.ts`, `node --import tsx scripts/x.ts`), rather
 * than imported by another module, such as a test that runs a CLI's `run` in-process.
 * Both paths through realpath: Node resolves symlinks for the main module.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function isMain(url: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}
