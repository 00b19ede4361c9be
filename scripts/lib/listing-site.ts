/**
 * A copy of the site that builds only the routes whose output grows with the
 * number of documents (the listings: home, 404, /documents/…, /commentary/
 * pages, /compare/ and its pair pages and picker groups, /crosswalk/ and its
 * matrix pages, the crosswalk export index, /import-report/), for measuring
 * them at corpus sizes the whole build cannot reach on this machine. The
 * routes left out produce one file per document whose size depends on that
 * document only (its page, exports, compare data, crosswalk part), or a page
 * that does not list documents (about, search index, favicon). Built in a
 * temporary project that borrows our node_modules; no search index.
 */
import { cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from './paths.ts';

/** Routes (under src/pages) not built by the listing-only site. */
export const PER_DOCUMENT_ROUTES = [
  'regulations',
  'commentary/[slug].astro',
  'compare/[a]',
  'compare/data/[slug].json.ts',
  'crosswalk/[slug].json.ts',
  'crosswalk/[slug].csv.ts',
  'about.mdx',
  'schemas',
  'favicon.svg.ts',
  'robots.txt.ts',
  // Owned by the search work (issue 10, goal 3); measured in the whole build only.
  'search.astro',
] as const;

/** Write the listing-only project into `dir` (src/ copied, per-document routes removed); returns the astro binary to run there. */
export function writeListingProject(dir: string): string {
  cpSync(join(PATHS.root, 'src'), join(dir, 'src'), { recursive: true });
  for (const r of PER_DOCUMENT_ROUTES) rmSync(join(dir, 'src/pages', r), { recursive: true, force: true });
  cpSync(join(PATHS.root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  symlinkSync(join(PATHS.root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'tiaowen-listings', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });\n`,
  );
  return join(PATHS.root, 'node_modules/.bin/astro');
}
