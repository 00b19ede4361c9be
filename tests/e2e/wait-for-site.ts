/**
 * Setup file of the `e2e` project (runs before each e2e test file): wait
 * until the site the global setup serves is built (the shared `default`
 * build, tests/support/shared-builds.ts), and check that it is a site.
 */
import { inject } from 'vitest';
import { builtSite } from '../support/shared-builds.ts';
import { sharedBuild } from '../support/shared-build.ts';

if (inject('e2eWaitsForBuild')) {
  const { dir } = await sharedBuild('default');
  if (dir !== inject('distDir')) throw new Error(`the e2e tests serve ${inject('distDir')}, but the default build went to ${dir}`);
}
if (!builtSite(inject('distDir'))) throw new Error(`${inject('distDir')}: build finished but index.html or pagefind/ is missing`);
