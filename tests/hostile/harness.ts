/**
 * Run `npm run ingest` (the same command: tsx scripts/ingest.ts) against a
 * temporary copy of content/, never the real one. Every run is bounded by a
 * timeout so a hang fails the test instead of stalling the suite.
 *
 * Two ways to run a CLI, with the same result shape: as a program (a child
 * process: `tsx scripts/…`, about a second of Node and tsx start-up each
 * time, more under load), or in-process (its exported `run`, on modules
 * loaded afresh for the run; see runInProcess). Most cases run in-process; a
 * few per file run as programs, to pin what only a real process shows (its
 * exit status, what reaches stderr, a hang that must be killed).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { format } from 'node:util';
import { vi } from 'vitest';
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

/** `process`: a child process running the program; `in-process`: its exported `run` (runInProcess). */
export type RunMode = 'process' | 'in-process';

/** Run the ingest CLI with TIAOWEN_CONTENT pointing at the sandbox (asynchronously: a long run must not block the test worker). */
export function runIngest(sb: Sandbox, args: string[], timeoutMs = 60_000, mode: RunMode = 'in-process'): Promise<RunResult> {
  if (mode === 'in-process') return runInProcess('ingest', args, { TIAOWEN_CONTENT: sb.content }, timeoutMs);
  return runCommand(TSX, ['scripts/ingest.ts', ...args], { TIAOWEN_CONTENT: sb.content }, timeoutMs);
}

/** Run the crosswalk CLI (`npm run crosswalk`) on the sandbox. */
export function runCrosswalk(sb: Sandbox, args: string[], timeoutMs = 60_000, mode: RunMode = 'in-process'): Promise<RunResult> {
  if (mode === 'in-process') return runInProcess('crosswalk', args, { TIAOWEN_CONTENT: sb.content }, timeoutMs);
  return runCommand(TSX, ['scripts/crosswalk.ts', ...args], { TIAOWEN_CONTENT: sb.content }, timeoutMs);
}

/** Loads a CLI's `run` (a test of this harness passes its own). */
export type CliLoader = () => Promise<(argv: string[]) => number | Promise<number>>;

const CLIS = {
  ingest: async () => (await import('../../scripts/ingest.ts')).run,
  crosswalk: async () => (await import('../../scripts/crosswalk.ts')).run,
} satisfies Record<string, CliLoader>;

/**
 * Run a CLI's exported `run(argv)` in this process as its program would run:
 * with `env` set (and NO_COLOR), every module of the project loaded afresh
 * (vi.resetModules: nothing a module computed at load, such as the content
 * paths, or cached, such as the corpus, carries over from an earlier run),
 * console and process.stdout/stderr captured. The exit status is what `run`
 * returns; an error it throws is what Node does with an uncaught error: its
 * stack on stderr and status 1 (so assertNoCrash sees the stack frames). A
 * run longer than `timeoutMs` is reported as timedOut (it cannot be killed:
 * cases that may hang run as a process).
 */
export async function runInProcess(cli: keyof typeof CLIS | CliLoader, args: string[], env: Record<string, string>, timeoutMs: number): Promise<RunResult> {
  const vars = { NO_COLOR: '1', ...env };
  const savedEnv = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const stdout: string[] = [];
  const stderr: string[] = [];
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, out: process.stdout.write, err: process.stderr.write };
  const sink = (to: string[]) => (chunk: string | Uint8Array) => (to.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true);
  Object.assign(process.env, vars);
  console.log = console.info = (...a: unknown[]) => void stdout.push(`${format(...a)}\n`);
  console.warn = console.error = (...a: unknown[]) => void stderr.push(`${format(...a)}\n`);
  process.stdout.write = sink(stdout) as typeof process.stdout.write;
  process.stderr.write = sink(stderr) as typeof process.stderr.write;
  let timer: NodeJS.Timeout | undefined;
  try {
    vi.resetModules();
    const run = await (typeof cli === 'function' ? cli() : CLIS[cli]());
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
    const status = await Promise.race([Promise.resolve().then(() => run(args)), timeout]).catch((e: unknown) => {
      stderr.push(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      return 1;
    });
    if (status === 'timeout') return { status: null, signal: 'SIGKILL', stdout: stdout.join(''), stderr: stderr.join(''), timedOut: true };
    return { status, signal: null, stdout: stdout.join(''), stderr: stderr.join(''), timedOut: false };
  } finally {
    clearTimeout(timer);
    Object.assign(console, { log: saved.log, info: saved.info, warn: saved.warn, error: saved.error });
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
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
