/**
 * Import section of `npm run bench`: `npm run ingest -- DIR` on the real
 * corpus (../shared/corpora/lawrefbook-*.tar.xz, 3,423 texts, unpacked into a
 * temporary directory), into a temporary copy of content/ (TIAOWEN_CONTENT):
 * a 300-text batch and the whole corpus (the cost must be linear in what is
 * added), then the same batch again (everything unchanged), one more text
 * added to that large corpus, and a full regeneration of everything imported. Skipped, with a message, when the
 * corpus is absent. Nothing is written to the project's content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Table } from '../lib/bench-table.ts';
import { PATHS } from '../lib/paths.ts';

const CORPORA = join(PATHS.root, '../shared/corpora');

interface Run {
  seconds: number;
  cpu: number;
  peakMB: number;
  summary: string;
}

function ingest(content: string, args: string[]): Run {
  const stats = join(mkdtempSync(join(tmpdir(), 'tiaowen-time-')), 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', stats, process.execPath, '--import', 'tsx', join(PATHS.root, 'scripts/ingest.ts'), ...args], {
    cwd: PATHS.root,
    env: { ...process.env, TIAOWEN_CONTENT: content },
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  const [seconds, user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number);
  rmSync(join(stats, '..'), { recursive: true, force: true });
  const summary = r.stderr.split('\n').filter((l) => /^ingest(?: --check)?: /.test(l)).pop() ?? `exit ${r.status}: ${r.stderr.split('\n').slice(-3).join(' ')}`;
  return { seconds, cpu: user + sys, peakMB: Math.round(kb / 1024), summary: summary.replace(/^ingest: /, '') };
}

function freshContent(root: string, name: string): string {
  const content = join(root, name);
  cpSync(join(PATHS.root, 'content'), content, { recursive: true });
  rmSync(join(content, 'import-report.json'), { force: true });
  return content;
}

export async function run(): Promise<Table[]> {
  const tarball = existsSync(CORPORA) ? readdirSync(CORPORA).find((n) => /^lawrefbook-.*\.tar\.xz$/.test(n)) : undefined;
  const title = 'import (npm run ingest -- DIR) on the real corpus';
  if (!tarball) return [{ title, columns: ['note'], rows: [[`skipped: no ${CORPORA}/lawrefbook-*.tar.xz`]] }];
  const root = mkdtempSync(join(tmpdir(), 'tiaowen-bench-import-'));
  try {
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    const tar = spawnSync('tar', ['xJf', join(CORPORA, tarball), '-C', corpus]);
    if (tar.status !== 0) throw new Error(`tar xJf ${tarball} failed: ${tar.stderr}`);
    // the texts may sit in a sub-folder of the archive
    const files = (function list(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
    })(corpus).sort();
    const part = join(root, 'part');
    mkdirSync(part);
    for (const f of files.slice(0, 300)) symlinkSync(f, join(part, f.split('/').pop()!));
    const rows: (string | number)[][] = [];
    const row = (what: string, n: number, r: Run) => rows.push([what, n, r.seconds.toFixed(1), r.cpu.toFixed(1), r.peakMB, ((r.seconds * 1000) / n).toFixed(1), r.summary]);
    row('import 300 texts in one call', 300, ingest(freshContent(root, 'c300'), [part]));
    const all = freshContent(root, 'call');
    row(`import all ${files.length} texts in one call`, files.length, ingest(all, [corpus]));
    row('the same call again (all unchanged)', files.length, ingest(all, [corpus]));
    const one = join(root, 'one-more-measure.txt');
    writeFileSync(one, '某某学院问责办法\n第一条 为了规范问责工作，制定本办法。\n第二条 本办法自印发之日起施行。\n');
    row('then add one text (cost of one addition to a large corpus)', 1, ingest(all, [one]));
    row('full regeneration of everything imported', files.length + 1, ingest(all, ['--quiet']));
    return [{ title: `${title}: ${tarball}`, columns: ['run', 'files', 'wall (s)', 'CPU (s)', 'peak RSS (MB)', 'wall ms / file', 'outcome'], rows }];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
