/**
 * Benchmark section: the whole pipeline on the real corpus
 * (../shared/corpora/lawrefbook-*.tar.xz, 3,423 texts, unpacked into a
 * temporary folder; skipped with a message when absent).
 *
 *   npm run bench -- --only corpus                   cold, warm after adding one measure, bare comparison
 *   npm run bench -- --only corpus --replicate 4     the corpus 4× under new slugs (r2-lrb-…, r3-…)
 *   npm run bench -- --only corpus --sample 500      the first 500 texts only (a quicker run)
 *   … --no-warm --no-bare --no-alone --no-build      leave those runs out; --keep keeps the work folder
 *   … --limit 3600                                   time limit of one stage, seconds (default 3600)
 *
 * Each stage runs as its own process tree under /usr/bin/time: wall seconds,
 * CPU seconds (user + system of the whole tree: steadier than wall time on a
 * shared machine) and the peak resident memory of its largest process.
 *
 * - cold: import every text into a fresh copy of content/ (`npm run ingest -- DIR`),
 *   then `astro build` with an empty build cache (crosswalk, pages, and the
 *   search index in its own process alongside). The crosswalk, the search
 *   index and the share pages are also run alone, for their share (they are
 *   inside the build).
 * - warm: one more measure imported, then `astro build` again with the cache
 *   the cold build filled.
 * - bare: the same MDX pages as a bare Astro + @astrojs/mdx site
 *   (scripts/lib/bare-site.ts), then plain Pagefind over its HTML.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Table } from '../lib/bench-table.ts';
import { PATHS } from '../lib/paths.ts';
import { buildBareSite } from '../lib/bare-site.ts';
import { measure, StageTimeout, type Measured } from './pipeline.ts';

const CORPORA = join(PATHS.root, '../shared/corpora');
const BIN = (name: string) => join(PATHS.root, 'node_modules/.bin', name);
const TSX = BIN('tsx');

type Outcome = Measured | Error;
const ok = (o: Outcome | null | undefined): o is Measured => !!o && !(o instanceof Error);

/** Every .txt under `dir`, sorted (the archive may hold the texts in a sub-folder). */
function texts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? texts(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []))
    .sort();
}

/** The corpus folder to import: the texts once, then `copies - 1` more times under new names (→ new slugs). */
function replicate(files: readonly string[], dir: string, copies: number): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (let k = 1; k <= copies; k++) {
    for (const f of files) {
      const name = f.split('/').pop()!;
      symlinkSync(f, join(dir, k === 1 ? name : `r${k}-${name}`));
      n++;
    }
  }
  return n;
}

/** A copy of the project's content/ without its import report (the import writes its own). */
function freshContent(dir: string): string {
  cpSync(join(PATHS.root, 'content'), dir, { recursive: true });
  rmSync(join(dir, 'import-report.json'), { force: true });
  return dir;
}

/** One more measure: a corpus text under a new name and title (what an editor adds to the site). */
function oneMeasure(files: readonly string[], dir: string): string {
  const text = readFileSync(files[Math.min(100, files.length - 1)]!, 'utf8').split('\n');
  text[0] = `某某市${text[0]!.trim()}（新增）`;
  const file = join(dir, 'added-measure-2026.txt');
  writeFileSync(file, text.join('\n'));
  return file;
}

export async function run(argv = process.argv.slice(2)): Promise<Table[]> {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      replicate: { type: 'string', default: '1' },
      sample: { type: 'string' },
      'no-warm': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
      'no-alone': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      limit: { type: 'string', default: '3600' },
    },
  });
  const copies = Number(values.replicate);
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`--replicate ${String(values.replicate)}: expected a positive integer`);
  const limit = Number(values.limit);
  if (!(limit > 0)) throw new Error(`--limit ${String(values.limit)}: expected seconds, a positive number`);
  const sample = values.sample === undefined ? Infinity : Number(values.sample);
  if (!(sample >= 1)) throw new Error(`--sample ${String(values.sample)}: expected a positive number of texts`);
  const tarball = existsSync(CORPORA) ? readdirSync(CORPORA).find((n) => /^lawrefbook-.*\.tar\.xz$/.test(n)) : undefined;
  const title = `real corpus${Number.isFinite(sample) ? ` (first ${sample} texts)` : ''}${copies > 1 ? ` ×${copies}` : ''}: import + astro build + search index`;
  if (!tarball) return [{ title, columns: ['note'], rows: [[`skipped: no ${CORPORA}/lawrefbook-*.tar.xz`]] }];

  // inside the repository (bench/output/, git-ignored): for an outDir outside the working
  // directory Astro stages its build in the shared .astro/ (see pipeline.ts)
  mkdirSync(join(PATHS.root, 'bench/output'), { recursive: true });
  const work = join(PATHS.root, 'bench/output', `corpus-x${copies}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['xJf', join(CORPORA, tarball), '-C', unpacked]);
    if (tar.status !== 0) throw new Error(`tar xJf ${tarball} failed: ${String(tar.stderr)}`);
    const files = texts(unpacked).slice(0, sample);
    const corpus = join(work, 'corpus');
    const count = replicate(files, corpus, copies);
    const content = freshContent(join(work, 'content'));
    const cache = join(work, 'cache');
    const env = { TIAOWEN_CONTENT: content, TIAOWEN_CACHE_DIR: cache };
    const stage = async (cmd: string, args: string[], e: Record<string, string>, allowExit: number[] = [0]): Promise<Outcome> => {
      try {
        return await measure(cmd, args, e, PATHS.root, limit, allowExit);
      } catch (err) {
        if (!(err instanceof StageTimeout)) console.error(err instanceof Error ? err.message : String(err));
        return err instanceof Error ? err : new Error(String(err));
      }
    };
    const rows: (string | number)[][] = [];
    const row = (run: string, what: string, o: Outcome | null, note = '') => {
      if (ok(o)) rows.push([run, what, o.seconds.toFixed(1), o.cpu.toFixed(1), o.peakMB, note]);
      else rows.push([run, what, '—', '—', '—', o instanceof StageTimeout ? `killed at the ${o.limitSeconds} s limit` : o ? `failed: ${o.message.split('\n').find((l) => /error|heap|killed/i.test(l)) ?? o.message.split('\n')[0]}` : note]);
    };
    const total = (run: string, parts: Outcome[]) => {
      const done = parts.filter(ok);
      if (done.length !== parts.length) rows.push([run, 'total', 'incomplete', '', '', '']);
      else rows.push([run, 'total', done.reduce((a, m) => a + m.seconds, 0).toFixed(1), done.reduce((a, m) => a + m.cpu, 0).toFixed(1), Math.max(...done.map((m) => m.peakMB)), 'largest process of any stage']);
    };
    const summary = (o: Outcome) => (ok(o) ? (o.output.split('\n').filter((l) => /^ingest: /.test(l)).pop() ?? '').replace(/^ingest: /, '') : '');
    const pagefindLine = (o: Outcome) => (ok(o) ? (/Pagefind [\d.]+: (.*)/.exec(o.output)?.[1] ?? '') : '');
    // the share-pages CLI's JSON line: pages written and their bytes (README "Share pages")
    const shareNote = (o: Outcome) => {
      const line = ok(o) ? o.output.split('\n').filter((l) => l.startsWith('{')).pop() : undefined;
      if (!line) return '';
      const r = JSON.parse(line) as { documents: number; pages: number; bytes: number };
      return `${r.pages} pages of ${r.documents} documents, ${(r.bytes / 2 ** 20).toFixed(1)} MiB`;
    };

    // cold
    const ingest = await stage(TSX, ['scripts/ingest.ts', '--quiet', corpus], env, [0, 1]);
    row('cold', `import ${count} texts`, ingest, summary(ingest));
    if (!values['no-alone']) {
      const cw = await stage(TSX, ['scripts/crosswalk.ts', '--json'], env);
      row('cold', '  crosswalk alone (also inside the build)', cw);
      // the build's two child processes: the search data, and the index
      const sd = await stage(TSX, ['scripts/search-index.ts', join(work, 'search-data-alone'), '--search-data', '--no-index'], { ...env, TIAOWEN_CACHE: 'off' });
      row('cold', '  search data alone (inside the build, in parallel)', sd);
      rmSync(join(work, 'search-data-alone'), { recursive: true, force: true });
      const si = await stage(TSX, ['scripts/search-index.ts', join(work, 'search-alone')], { ...env, TIAOWEN_CACHE: 'off' });
      row('cold', '  search index alone (inside the build, in parallel)', si);
      const sp = await stage(TSX, ['scripts/share-pages.ts', join(work, 'share-alone')], env);
      row('cold', '  share pages alone (inside the build, in astro:build:done)', sp, shareNote(sp));
      rmSync(join(work, 'share-alone'), { recursive: true, force: true });
    }
    const dist = join(work, 'dist');
    const build = values['no-build'] ? null : await stage(BIN('astro'), ['build', '--outDir', dist], env);
    if (build) {
      row('cold', 'astro build: pages + search index', build, pagefindLine(build));
      total('cold', [ingest, build]);
    }

    // warm: one more measure, the cache filled by the cold build
    if (!values['no-warm'] && ok(build)) {
      const added = await stage(TSX, ['scripts/ingest.ts', oneMeasure(files, work)], env, [0, 1]);
      row('warm', 'import one more measure', added, summary(added));
      const again = await stage(BIN('astro'), ['build', '--outDir', join(work, 'dist-warm')], env);
      row('warm', 'astro build: pages + search index', again, pagefindLine(again));
      total('warm', [added, again]);
      if (ok(build) && ok(again)) rows.push(['warm', 'warm / cold (astro build)', (again.seconds / build.seconds).toFixed(2), (again.cpu / build.cpu).toFixed(2), '', 'goal ≤ 0.33']);
    }

    // bare Astro + MDX site of the same pages, then plain Pagefind over its HTML
    if (!values['no-bare']) {
      const bare = await buildBareSite(join(content, 'regulations'), join(work, 'bare'), (cmd, args, e, cwd) =>
        measure(cmd, args, e, cwd, limit).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))),
      );
      row('bare', `bare Astro + MDX site (${bare.pages} pages)`, bare.measured);
      if (ok(bare.measured)) {
        const pf = await stage(BIN('pagefind'), ['--site', join(work, 'bare/dist')], {});
        row('bare', 'plain Pagefind over its HTML', pf);
        total('bare', [bare.measured, pf]);
      }
    }
    if (values.keep) rows.push(['', 'work folder (kept)', work, '', '', '']);
    return [{ title: `${title}: ${tarball}, ${count} texts`, columns: ['run', 'stage', 'wall (s)', 'CPU (s)', 'peak RSS (MB)', 'note'], rows }];
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}
