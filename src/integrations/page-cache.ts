/**
 * Astro integration: after the build, puts the document pages the build
 * cache held (and Astro therefore did not render) in their place, and stores
 * every document page Astro rendered under its key (src/data/page-cache.ts,
 * which wrote this build's plan while Astro collected the routes).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot, FolderCache } from './build-cache.ts';
import { planFile, type PagePlan } from '../data/page-cache.ts';

export default function pageCache(): AstroIntegration {
  return {
    name: 'tiaowen:page-cache',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = cacheRoot();
        const file = root ? planFile(root) : null;
        if (!root || !file || !existsSync(file)) return;
        const plan = JSON.parse(readFileSync(file, 'utf8')) as PagePlan;
        rmSync(file, { force: true });
        const cache = new FolderCache<Record<string, never>>(root, 'pages');
        const site = fileURLToPath(dir);
        const folder = (slug: string) => join(site, 'regulations', slug);
        for (const p of plan.rendered) {
          if (!existsSync(join(folder(p.slug), 'index.html'))) throw new Error(`tiaowen:page-cache: regulations/${p.slug}/index.html was not rendered`);
          cache.store(p.key, folder(p.slug), {});
        }
        for (const p of plan.cached) {
          if (!cache.restore(p.key, folder(p.slug))) {
            throw new Error(`tiaowen:page-cache: the cached page of ${p.slug} disappeared during the build; build again (or clear the cache: README "Build cache")`);
          }
        }
        const few = plan.rendered.length <= 20 && plan.cached.length > 0 ? ` (${plan.rendered.map((p) => p.slug).join(', ')})` : '';
        logger.info(`document pages: ${plan.rendered.length} rendered${few}, ${plan.cached.length} from the build cache`);
      },
    },
  };
}
