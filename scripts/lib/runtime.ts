/**
 * The Node.js the project runs on: the exact version pinned as the `node`
 * devDependency, whose binary npm installs at node_modules/.bin/node. npm
 * scripts find it first on PATH; child processes started by the CLIs, the
 * benchmark and the tests get the same PATH from `pinnedNodeEnv()`, so a
 * `#!/usr/bin/env node` script never falls back to the machine's own Node.
 */
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { PATHS } from './paths.ts';

const pkg = JSON.parse(readFileSync(join(PATHS.root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };

/** The pinned version, e.g. `26.10.0`. */
export const PINNED_NODE: string = pkg.devDependencies?.node ?? '';

/**
 * Variables a test runner sets in its own process (vitest: BASE_URL, MODE,
 * NODE_ENV=test, …) that would change what a child `astro build` produces:
 * Vite reads BASE_URL and NODE_ENV from the environment.
 */
const RUNNER_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** The environment for a child process: ours without the test runner's variables, the pinned Node first on PATH, then `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of RUNNER_VARIABLES) delete env[k];
  return { ...env, ...pinnedNodeEnv(), ...extra };
}

/** Environment entries that put the project's node_modules/.bin (and so its Node) first on PATH. */
export function pinnedNodeEnv(): { PATH: string } {
  const bin = join(PATHS.root, 'node_modules', '.bin');
  const rest = (process.env.PATH ?? '').split(delimiter).filter((p) => p && p !== bin);
  return { PATH: [bin, ...rest].join(delimiter) };
}
