/**
 * Where the project keeps its content: content/ at the repository root, or
 * the folder named by $TIAOWEN_CONTENT (tests and the benchmark point it at a
 * temporary copy). src/data/corpus.ts honours the same variable.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const content = process.env.TIAOWEN_CONTENT ? resolve(process.env.TIAOWEN_CONTENT) : join(root, 'content');

export const PATHS = {
  root,
  content,
  sources: join(content, 'sources'),
  manifest: join(content, 'sources/manifest.yaml'),
  regulations: join(content, 'regulations'),
  crosswalk: join(content, 'crosswalk'),
} as const;
