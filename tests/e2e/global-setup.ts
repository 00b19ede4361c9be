/**
 * Global setup of the `e2e` vitest project: serve the built site on
 * 127.0.0.1 for every browser test. The site is the shared `default` build
 * (tests/support/shared-builds.ts: built once per run into dist/, as `npm run
 * build` does, and shared with the integrity tests); the build is started
 * here and every e2e file waits for it before its tests (tests/e2e/wait-for-site.ts),
 * so that the other projects' tests run meanwhile.
 *
 * - TIAOWEN_REUSE_DIST=1: skip the build when dist/ already holds a built site
 *   with its search index (for quick re-runs; you vouch that it is current).
 * - TIAOWEN_DIST=<dir>: serve that already built directory instead (implies no build).
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './harness.ts';
import { builtSite, distDir, e2eServesGivenSite, getSharedBuild } from '../support/shared-builds.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const custom = process.env.TIAOWEN_DIST;
  if (custom && !builtSite(resolve(custom))) throw new Error(`TIAOWEN_DIST=${custom}: no built site there (index.html and pagefind/ expected)`);
  const given = e2eServesGivenSite();
  const dist = custom ? resolve(custom) : distDir();
  if (!given) {
    // started now, awaited by every e2e file (wait-for-site.ts); a failure is reported there
    getSharedBuild('default').catch(() => undefined);
  }
  const server = await startStaticServer(dist);
  project.provide('siteUrl', server.url);
  project.provide('distDir', dist);
  project.provide('e2eWaitsForBuild', !given);
  return () => server.close();
}
