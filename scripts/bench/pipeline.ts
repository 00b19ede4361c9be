/**
 * Benchmark section: the whole pipeline on synthetic corpora (scripts/lib/synth.ts)
 * of 100 measures (default) and 2,000 (`--full`; or `--sizes 100,500`).
 * Each stage runs as its own child process under /usr/bin/time, which gives
 * wall time and peak resident memory (of the largest process of the stage's
 * process tree). Stages: ingest (raw text → MDX), crosswalk, Astro build
 * (which also writes the Pagefind index), the Pagefind stage alone, and the
 * same pages as a bare Astro + MDX site (no crosswalk, no search) for the
 * overhead ratio.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesize, writeSyntheticContent } from '../lib/synth.ts';
import { PATHS } from '../lib/paths.ts';
import { childEnv } from '../lib/runtime.ts';
import { buildBareSite } from '../lib/bare-site.ts';

export type { Table } from '../lib/bench-table.ts';
import type { Table } from '../lib/bench-table.ts';

export interface Measured {
  seconds: number;
  /** user + system CPU seconds of the stage's process tree (steadier than wall time on a shared machine). */
  cpu: number;
  peakMB: number;
  output: string;
}

/** A stage killed at its time limit. */
export class StageTimeout extends Error {
  constructor(readonly limitSeconds: number) {
    super(`killed after ${limitSeconds} s`);
  }
}

const BIN = (name: string) => join(PATHS.root, 'node_modules/.bin', name);

/**
 * Run a command under /usr/bin/time; throws with the tail of its output when it fails (an exit status
 * not in `allowExit`), StageTimeout after limitSeconds.
 */
export function measure(cmd: string, args: string[], env: Record<string, string>, cwd = PATHS.root, limitSeconds = stageLimit, allowExit: readonly number[] = [0]): Promise<Measured> {
  const stats = join(mkdtempSync(join(tmpdir(), 'tiaowen-time-')), 'time.txt');
  return new Promise((resolvePromise, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', stats, cmd, ...args], {
      cwd,
      env: childEnv({ NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a timeout kills the whole stage
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, limitSeconds * 1000);
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (killed) {
        rmSync(join(stats, '..'), { recursive: true, force: true });
        reject(new StageTimeout(limitSeconds));
        return;
      }
      const raw = existsSync(stats) ? readFileSync(stats, 'utf8').trim().split('\n').pop()! : '';
      rmSync(join(stats, '..'), { recursive: true, force: true });
      if (status === null || !allowExit.includes(status)) {
        reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${status}):\n${output.split('\n').slice(-30).join('\n')}`));
        return;
      }
      const [seconds, user, sys, kb] = raw.split(/\s+/).map(Number);
      resolvePromise({ seconds, cpu: user + sys, peakMB: Math.round(kb / 1024), output });
    });
  });
}

function treeBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

/** Mean size of the document pages (regulations/<slug>/index.html). */
function pageBytes(dist: string, prefix = 'regulations'): { pages: number; mean: number } {
  const dir = join(dist, prefix);
  if (!existsSync(dir)) return { pages: 0, mean: 0 };
  const sizes = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => statSync(join(dir, e.name, 'index.html')).size);
  return { pages: sizes.length, mean: sizes.length ? Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length) : 0 };
}

const s = (x: number) => x.toFixed(1);
const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

/** Default time limit of one stage (seconds); `--limit N` changes it. */
let stageLimit = 600;

type Outcome = Measured | StageTimeout | Error;

async function stage(p: Promise<Measured>): Promise<Outcome> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof StageTimeout)) console.error(e instanceof Error ? e.message : String(e));
    return e instanceof Error ? e : new Error(String(e));
  }
}

const ok = (o: Outcome | null): o is Measured => !!o && !(o instanceof Error);

async function benchSize(size: number, keep: boolean): Promise<Table[]> {
  // inside the repository (bench/output/, git-ignored): for an outDir outside the working
  // directory Astro stages its build in the shared .astro/, which parallel builds clobber
  mkdirSync(join(PATHS.root, 'bench/output'), { recursive: true });
  const work = mkdtempSync(join(PATHS.root, 'bench/output', `pipeline-${size}-`));
  try {
    const content = writeSyntheticContent(join(work, 'content'), synthesize(size));
    const env = { TIAOWEN_CONTENT: content };
    const stages: (string | number)[][] = [];
    const row = (name: string, o: Outcome | null, note = '') => {
      if (ok(o)) stages.push([name, s(o.seconds), s(o.cpu), o.peakMB, ((o.seconds * 1000) / size).toFixed(0), '']);
      else stages.push([name, o instanceof StageTimeout ? `> ${o.limitSeconds}` : '—', '—', '—', '—', o instanceof StageTimeout ? `killed at the ${o.limitSeconds} s limit` : o ? 'failed (see stderr)' : note]);
    };

    const ingest = await stage(measure(BIN('tsx'), ['scripts/ingest.ts', '--quiet'], env));
    row('ingest (text → MDX)', ingest);
    if (!ok(ingest)) return [{ title: `pipeline, ${size} synthetic measures: stages`, columns: ['stage', 'wall (s)', 'CPU (s)', 'peak RSS (MB)', 'wall ms / measure', 'note'], rows: stages }];

    const hasCrosswalk = existsSync(join(PATHS.root, 'scripts/crosswalk.ts'));
    const crosswalk = hasCrosswalk ? await stage(measure(BIN('tsx'), ['scripts/crosswalk.ts', '--json'], env)) : null;
    row('crosswalk (npm run crosswalk -- --json)', crosswalk, 'no scripts/crosswalk.ts');

    const dist = join(work, 'dist');
    const build = await stage(measure(BIN('astro'), ['build', '--outDir', dist], env));
    row('astro build (incl. search index)', build);

    const pf = await stage(measure(BIN('tsx'), ['scripts/lib/bench-pagefind.ts', join(work, 'pagefind-alone')], env));
    row('pagefind alone (same records)', pf, '');
    if (ok(pf)) stages[stages.length - 1][5] = 'already inside astro build';

    const bare = await buildBareSite(join(content, 'regulations'), join(work, 'bare'), (cmd, args, e, cwd) => stage(measure(cmd, args, e, cwd)));
    row('bare Astro + MDX site (same pages)', bare.measured, '');
    if (ok(bare.measured)) stages[stages.length - 1][5] = `${bare.pages} pages, no crosswalk/search`;

    const outputs: (string | number)[][] = [];
    if (ok(build)) {
      const out = treeBytes(dist);
      const search = treeBytes(join(dist, 'pagefind'));
      const pages = pageBytes(dist);
      const compare = treeBytes(join(dist, 'compare'));
      outputs.push(
        ['document pages (/regulations/…)', pages.pages],
        ['output: files / size', `${out.files} / ${mib(out.bytes)}`],
        ['  of which /compare/: files / size', `${compare.files} / ${mib(compare.bytes)}`],
        ['bytes per document page (mean HTML)', pages.mean],
        ['search index (dist/pagefind): files / size', `${search.files} / ${kib(search.bytes)}`],
      );
    }
    if (ok(bare.measured)) outputs.push(['bare site: bytes per page (mean HTML)', pageBytes(bare.dist, '').mean]);
    if (ok(build) && ok(bare.measured)) outputs.push(['build time ratio: ours / bare', (build.seconds / bare.measured.seconds).toFixed(2)]);
    const done = [ingest, crosswalk, build].filter(ok);
    outputs.push(
      ['whole pipeline (ingest + crosswalk + build)', done.length === (hasCrosswalk ? 3 : 2) ? `${s(done.reduce((a, m) => a + m.seconds, 0))} s` : 'incomplete'],
      ['peak memory of any stage', `${Math.max(...done.map((m) => m.peakMB))} MB`],
    );
    if (keep) outputs.push(['work folder (kept)', work]);
    return [
      { title: `pipeline, ${size} synthetic measures: stages`, columns: ['stage', 'wall (s)', 'CPU (s)', 'peak RSS (MB)', 'wall ms / measure', 'note'], rows: stages },
      { title: `pipeline, ${size} synthetic measures: output`, columns: ['measure', 'value'], rows: outputs },
    ];
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

export async function run(argv = process.argv.slice(2)): Promise<Table[]> {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: { full: { type: 'boolean', default: false }, sizes: { type: 'string' }, keep: { type: 'boolean', default: false }, limit: { type: 'string' } },
  });
  if (typeof values.limit === 'string') {
    stageLimit = Number(values.limit);
    if (!(stageLimit > 0)) throw new Error(`--limit ${values.limit}: expected seconds, a positive number`);
  }
  const sizes = typeof values.sizes === 'string' ? values.sizes.split(',').map((x) => Number(x.trim())) : values.full ? [100, 2000] : [100];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes ${values.sizes}: expected a comma-separated list of positive integers`);
  const tables: Table[] = [];
  for (const size of sizes) tables.push(...(await benchSize(size, values.keep === true)));
  return tables;
}
