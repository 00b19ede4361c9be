/**
 * In a test: a site build shared with other test files (see
 * tests/support/shared-builds.ts, the global setup that builds it once per
 * run). Read it, never write into it: other files read the same directory.
 *
 *   const { dir, log } = await sharedBuild('sub');
 */
import { request } from 'node:http';
import { inject } from 'vitest';
import type { SharedBuildName, SharedBuildResult } from './shared-builds.ts';

/** Wait for the shared build `name` (started by this call when no file asked for it before). */
export function sharedBuild(name: SharedBuildName): Promise<SharedBuildResult> {
  const base = inject('sharedBuildsUrl');
  if (!base) throw new Error('no shared builds in this project: list tests/support/shared-builds.ts in its globalSetup (vitest.config.ts)');
  return new Promise((resolvePromise, reject) => {
    // no timeout here: the caller's hook timeout bounds the wait
    const req = request(`${base}/build/${encodeURIComponent(name)}`, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => {
        if (res.statusCode === 200) resolvePromise(JSON.parse(body) as SharedBuildResult);
        else reject(new Error(`shared build ${name} failed:\n${body}`));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
