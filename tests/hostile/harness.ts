/**
 * Run `npm run ingest` (the same command: tsx scripts/ingest.ts) against a
 * temporary copy of content/, never the real one. Every run is bounded by a
 * timeout so a hang fails the test instead of stalling the suite.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from '../../scripts/lib/runtime.ts';
import { readMdx } from '../../src/lib/mdx/read.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { walk } from '../../src/lib/tree.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(REPO, 'node_modules/.bin/tsx');

/** A stack frame line as Node prints it: "    at fn (file.ts:12:34)". */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+/;

export interface Sandbox {
  dir: string;
  content: string;
  /** Write a hostile input file next to (not inside) the sandboxed content/. */
  file(name: string, data: string | Uint8Array): string;
  /** Snapshot of every file under content/ (path → bytes), to prove nothing changed. */
  snapshot(): Map<string, string>;
  cleanup(): void;
}

export function makeSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'tiaowen-hostile-'));
  const content = join(dir, 'content');
  cpSync(join(REPO, 'content'), content, { recursive: true });
  return {
    dir,
    content,
    file(name, data) {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
    snapshot() {
      const out = new Map<string, string>();
      const visit = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
          const p = join(d, e.name);
          // the log of the last import run (every run writes it, refusals included), not content
          if (p === join(content, 'import-report.json')) continue;
          if (e.isDirectory()) visit(p);
          else out.set(p.slice(content.length + 1), readFileSync(p).toString('base64'));
        }
      };
      visit(content);
      return out;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Run the ingest CLI with TIAOWEN_CONTENT pointing at the sandbox (asynchronously: a long run must not block the test worker). */
export function runIngest(sb: Sandbox, args: string[], timeoutMs = 60_000): Promise<RunResult> {
  return runCommand(TSX, ['scripts/ingest.ts', ...args], { TIAOWEN_CONTENT: sb.content }, timeoutMs);
}

/** Run a command at the repository root; kill it (and report timedOut) after timeoutMs. */
export function runCommand(cmd: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: REPO, env: childEnv({ NO_COLOR: '1', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolvePromise({ status, signal, stdout, stderr, timedOut });
    });
  });
}

/** The document a successful `ingest FILE --slug S` wrote, read back through readMdx. */
export function readBack(sb: Sandbox, slug: string): { doc: RegDocument; mdx: string } {
  const path = join(sb.content, 'regulations', `${slug}.mdx`);
  if (!existsSync(path)) throw new Error(`${path} was not written`);
  const mdx = readFileSync(path, 'utf8');
  return { doc: readMdx(mdx, path), mdx };
}

/** Every id in a document, in reading order. */
export function idsOf(doc: RegDocument): string[] {
  return [...walk(doc.root)].map(([n]) => n.id).filter((x): x is string => !!x);
}

/** Every text a reader sees (num, heading, text, cells), one entry per field. */
export function textsOf(doc: RegDocument): string[] {
  const out: string[] = [];
  for (const [n] of walk(doc.root)) {
    for (const s of [n.num, n.heading, n.text]) if (s) out.push(s);
    for (const row of n.rows ?? []) for (const c of row) out.push(c.text);
  }
  return out;
}

/** A clear message names the offending file (by base name) and a line: `name:12`. */
export function namesFileLine(stderr: string, file: string): boolean {
  const name = basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${name}:\\d+`).test(stderr);
}
