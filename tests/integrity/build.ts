/**
 * Build the site into a directory of our own (`astro build --outDir DIR`), so
 * the integrity tests never clobber `dist/` that others use. No vitest
 * import: scripts can use it too.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from '../../scripts/lib/runtime.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A fresh folder for one build, inside the repository (tests/output/builds/,
 * git-ignored). It must be inside: for an outDir outside the working
 * directory Astro stages its server build in the shared `.astro/`, and two
 * such builds at once (ours, another helper's) then delete each other's files.
 */
export function buildDir(label: string): string {
  const parent = join(REPO, 'tests/output/builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${label}-`));
}

/** Run `astro build --outDir outDir` at the repository root; rejects with the tail of the log on failure. */
export function astroBuild(outDir: string, env: Record<string, string> = {}, timeoutMs = 600_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(REPO, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: REPO,
      env: childEnv({ NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (log += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (log += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (status === 0) resolvePromise(log);
      else reject(new Error(`astro build --outDir ${outDir} failed (exit ${status}${signal ? `, ${signal}` : ''}):\n${log.split('\n').slice(-40).join('\n')}`));
    });
  });
}

/** Every file under `dir` (relative path, '/'-separated), sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
  }
  return out.sort();
}

/** sha256 of every file under `dir`. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** Files that differ between two trees: changed, or present in only one. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: string[] = [];
  for (const n of names) {
    if (!a.has(n)) out.push(`${n}: only in the second build`);
    else if (!b.has(n)) out.push(`${n}: only in the first build`);
    else if (a.get(n) !== b.get(n)) out.push(`${n}: differs`);
  }
  return out;
}
