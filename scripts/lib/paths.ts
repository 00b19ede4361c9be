/** Where the project keeps its content, resolved from the repository root. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const PATHS = {
  root,
  sources: join(root, 'content/sources'),
  manifest: join(root, 'content/sources/manifest.yaml'),
  regulations: join(root, 'content/regulations'),
  crosswalk: join(root, 'content/crosswalk'),
} as const;
