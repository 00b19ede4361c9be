/**
 * Global setup of the `e2e` vitest project: build the site once (`npm run
 * build`) and serve `dist/` on 127.0.0.1 for every browser test.
 *
 * - TIAOWEN_REUSE_DIST=1: skip the build when dist/ already holds a built site
 *   with its search index (for quick re-runs; you vouch that it is current).
 * - TIAOWEN_DIST=<dir>: serve that already built directory instead (implies no build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './harness.ts';
import { childEnv } from '../../scripts/lib/runtime.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function built(dir: string): boolean {
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'pagefind', 'pagefind-entry.json'));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const custom = process.env.TIAOWEN_DIST;
  const dist = custom ? resolve(custom) : join(ROOT, 'dist');
  const reuse = Boolean(custom) || process.env.TIAOWEN_REUSE_DIST === '1';
  if (!(reuse && built(dist))) {
    if (custom) throw new Error(`TIAOWEN_DIST=${custom}: no built site there (index.html and pagefind/ expected)`);
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: childEnv(), maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
      throw new Error(`npm run build failed (exit ${r.status}); the e2e tests need a built site:\n${out}`);
    }
  }
  if (!built(dist)) throw new Error(`${dist}: build finished but index.html or pagefind/ is missing`);
  const server = await startStaticServer(dist);
  project.provide('siteUrl', server.url);
  project.provide('distDir', dist);
  return () => server.close();
}
