/**
 * The project runs on the Node pinned in package.json (devDependency `node`),
 * whatever Node the machine has: the test runner itself, and the child
 * processes that the CLIs, the benchmark and the tests start.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../scripts/lib/paths.ts';
import { PINNED_NODE, pinnedNodeEnv } from '../../scripts/lib/runtime.ts';

describe('the pinned Node', () => {
  it('is an exact version', () => {
    expect(PINNED_NODE).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs the tests', () => {
    expect(process.version).toBe(`v${PINNED_NODE}`);
  });

  it('runs a #!/usr/bin/env node script started with pinnedNodeEnv, even from a PATH that lists the machine Node first', () => {
    const env = { ...process.env, PATH: `/usr/bin:/usr/local/bin:${process.env.PATH ?? ''}` };
    const out = execFileSync(join(PATHS.root, 'node_modules/.bin/tsx'), ['-e', 'process.stdout.write(process.version)'], {
      cwd: PATHS.root,
      env: { ...env, ...pinnedNodeEnv() },
      encoding: 'utf8',
    });
    expect(out).toBe(`v${PINNED_NODE}`);
  });
});
