/**
 * Run `scripts/ingest.ts` as a user would, on the content folder `content`
 * (TIAOWEN_CONTENT), under the Node running the tests (the pinned one).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export interface IngestRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runIngestCli(content: string, args: string[], timeoutMs = 60_000): IngestRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, TIAOWEN_CONTENT: content },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A private copy of the project's content/ in a new temporary folder (`<tmp>/<prefix>XXXX/content`), for a CLI test to change. */
export function copyContent(prefix: string): string {
  const content = join(mkdtempSync(join(tmpdir(), prefix)), 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  return content;
}
