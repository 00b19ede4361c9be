/**
 * The in-process runner of the hostile tests (harness.ts) gives what the
 * program gives: the same exit status and the same stderr as `tsx
 * scripts/ingest.ts` (and `scripts/crosswalk.ts`) on the same input, for a
 * success, a refusal and misuse; and an error the CLI throws is a crash with
 * its stack on stderr, which assertNoCrash rejects, as it rejects a program
 * that prints one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, assertNoCrash, measure } from './cases.ts';
import { makeSandbox, runCrosswalk, runIngest, runInProcess, STACK_FRAME, type RunMode, type RunResult, type Sandbox } from './harness.ts';
import { errorOf } from '../support/thrown.ts';

/** stdout and stderr with the sandbox's random folder name made constant. */
const plain = (r: RunResult) => ({ status: r.status, stdout: r.stdout.replace(/tiaowen-hostile-\w+/g, 'SANDBOX'), stderr: r.stderr.replace(/tiaowen-hostile-\w+/g, 'SANDBOX') });

/** Run `go` in two fresh sandboxes, once as a program and once in-process. */
async function both(go: (sb: Sandbox, mode: RunMode) => Promise<RunResult>): Promise<[RunResult, RunResult]> {
  const out: RunResult[] = [];
  for (const mode of ['process', 'in-process'] as const) {
    const sb = makeSandbox();
    try {
      out.push(await go(sb, mode));
    } finally {
      sb.cleanup();
    }
  }
  return out as [RunResult, RunResult];
}

describe('running a CLI in-process (harness.ts)', () => {
  it('gives the status and output of the program: ingest FILE, a refusal, an unknown option', async () => {
    const cases: [string, (sb: Sandbox) => string[]][] = [
      ['a measure', (sb) => [sb.file('measure.txt', measure(ARTICLES)), '--slug', 'parity']],
      ['a duplicate article', (sb) => [sb.file('dup.txt', measure([ARTICLES[0], ARTICLES[1], '第二条　重复。'])), '--slug', 'dup']],
      ['an unknown option', () => ['--frobnicate']],
    ];
    for (const [name, args] of cases) {
      const [program, inProcess] = await both((sb, mode) => runIngest(sb, args(sb), 60_000, mode));
      expect(plain(inProcess), name).toEqual(plain(program));
    }
  }, 180_000);

  it('gives the status and output of the program: crosswalk with a bad curation file', async () => {
    const [program, inProcess] = await both((sb, mode) => {
      mkdirSync(join(sb.content, 'crosswalk'), { recursive: true });
      writeFileSync(join(sb.content, 'crosswalk', 'bad.yaml'), 'decisions: yes\n');
      return runCrosswalk(sb, [], 60_000, mode);
    });
    expect(program.status).toBe(1);
    expect(plain(inProcess)).toEqual(plain(program));
  }, 120_000);

  it('reports an error the CLI throws as a crash: its stack on stderr, status 1', async () => {
    const r = await runInProcess(async () => () => {
      throw new TypeError('unexpected');
    }, [], {}, 10_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/TypeError: unexpected/);
    expect(STACK_FRAME.test(r.stderr)).toBe(true);
    expect(errorOf(() => assertNoCrash(r)).message).toMatch(/stack trace on stderr/);
  });

  it('reports a run longer than its time as timed out', async () => {
    const r = await runInProcess(async () => () => new Promise<number>((resolve) => setTimeout(() => resolve(0), 5_000)), [], {}, 100);
    expect(r.timedOut).toBe(true);
    expect(errorOf(() => assertNoCrash(r)).message).toMatch(/hung/);
  });
});
