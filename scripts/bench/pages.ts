/**
 * Benchmark section: the largest page and the largest data file (gzip, as a
 * host serves them) of the built site, at the real corpus size and at four
 * times it (issue 10, goal 5: no page or data file over 1 MB gzip whatever
 * the corpus size).
 *
 * - real corpus: the 3,423 texts of ../shared/corpora/lawrefbook-*.tar.xz
 *   imported into a temporary copy of content/ and the whole site built
 *   (pages, exports, compare data, search index); every file of dist/ is
 *   gzipped and the largest of each kind reported.
 * - ×4 (about 13,700 documents: every imported text copied three more times
 *   under new slugs, scripts/lib/replicate.ts): the whole build does not fit
 *   this machine yet (issue 10, goal 1), so only the routes whose output
 *   grows with the number of documents are built (scripts/lib/listing-site.ts)
 *   — the listings; the other routes write one file per document, whose size
 *   depends on that document alone, and are the same as at ×1. The same
 *   listing-only build at ×1 shows what grows.
 * - synthetic (scripts/lib/synth.ts, 2,000 measures by default, each
 *   implementing the 2016 条例): the real texts declare no parent, so their
 *   crosswalk matrix and measure–parent list are small; these measures fill
 *   them (one matrix row and one pair each). Listing routes only, as for ×4.
 *   --pages-synth 13700 can be asked for, but the crosswalk's coverage grows
 *   with measures × links: in this session it had not finished in 45 minutes.
 *
 * Options: --pages-dist DIR scans an existing whole build instead of building
 * the real corpus; --pages-times N (default 4); --pages-synth N (default
 * 2000; 0 skips it); --pages-limit S (seconds per build, default 3600). The
 * real-corpus parts are skipped, with a message, without the corpus.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PATHS } from '../lib/paths.ts';
import { distSizes, largest, type FileSize } from '../lib/dist-sizes.ts';
import { writeListingProject } from '../lib/listing-site.ts';
import { replicateCorpus } from '../lib/replicate.ts';
import { synthesize, writeSyntheticContent } from '../lib/synth.ts';
import { measure } from './pipeline.ts';

export type { Table } from '../lib/bench-table.ts';
import type { Table } from '../lib/bench-table.ts';

const CORPORA = join(PATHS.root, '../shared/corpora');
const LIMIT_BYTES = 1024 * 1024;

const kb = (b: number) => (b / 1024).toFixed(1);

interface Site {
  name: string;
  documents: number;
  files: FileSize[];
  build: string;
}

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: false,
    options: { 'pages-dist': { type: 'string' }, 'pages-times': { type: 'string' }, 'pages-limit': { type: 'string' }, 'pages-synth': { type: 'string' } },
  });
  return {
    dist: typeof values['pages-dist'] === 'string' ? values['pages-dist'] : undefined,
    times: Number(values['pages-times'] ?? 4),
    synth: Number(values['pages-synth'] ?? 2000),
    limit: Number(values['pages-limit'] ?? 3600),
  };
}

function unpackCorpus(root: string): string | null {
  const tarball = existsSync(CORPORA) ? readdirSync(CORPORA).find((n) => /^lawrefbook-.*\.tar\.xz$/.test(n)) : undefined;
  if (!tarball) return null;
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  const tar = spawnSync('tar', ['xJf', join(CORPORA, tarball), '-C', corpus]);
  if (tar.status !== 0) throw new Error(`tar xJf ${tarball} failed: ${tar.stderr}`);
  return corpus;
}

/** A copy of content/ with the whole corpus imported (ingest exits 1 for the few refused texts: that is expected). */
function importCorpus(root: string, corpus: string): string {
  const content = join(root, 'content');
  cpSync(join(PATHS.root, 'content'), content, { recursive: true });
  rmSync(join(content, 'import-report.json'), { force: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PATHS.root, 'scripts/ingest.ts'), '--quiet', corpus], {
    cwd: PATHS.root,
    env: { ...process.env, TIAOWEN_CONTENT: content },
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  if (!existsSync(join(content, 'import-report.json'))) throw new Error(`ingest of the corpus failed (exit ${r.status}): ${r.stderr.split('\n').slice(-5).join(' ')}`);
  return content;
}

const countDocs = (content: string) => readdirSync(join(content, 'regulations')).filter((n) => n.endsWith('.mdx')).length;

async function wholeBuild(root: string, content: string, limit: number): Promise<Site> {
  const dist = join(root, 'dist-whole');
  const m = await measure(join(PATHS.root, 'node_modules/.bin/astro'), ['build', '--outDir', dist], { TIAOWEN_CONTENT: content }, PATHS.root, limit);
  const site = { name: 'whole site', documents: countDocs(content), files: distSizes(dist), build: `${m.seconds.toFixed(0)} s wall, ${m.cpu.toFixed(0)} s CPU, ${m.peakMB} MB peak` };
  rmSync(dist, { recursive: true, force: true });
  return site;
}

async function listingBuild(root: string, content: string, label: string, limit: number): Promise<Site> {
  const dir = join(root, `listing-${label}`);
  const astro = writeListingProject(dir);
  const dist = join(dir, 'dist');
  const m = await measure(astro, ['build', '--outDir', dist], { TIAOWEN_CONTENT: content }, dir, limit);
  const site = { name: `listing routes only, ${label}`, documents: countDocs(content), files: distSizes(dist), build: `${m.seconds.toFixed(0)} s wall, ${m.cpu.toFixed(0)} s CPU, ${m.peakMB} MB peak` };
  rmSync(dir, { recursive: true, force: true });
  return site;
}

function summaryRow(s: Site): (string | number)[] {
  const page = largest(s.files, 'page')[0];
  const data = largest(s.files, 'data')[0];
  const over = s.files.filter((f) => f.kind !== 'search' && f.kind !== 'asset' && f.gzip > LIMIT_BYTES).length;
  return [s.name, s.documents, s.files.length, page ? `${page.path} ${kb(page.gzip)}` : '—', data ? `${data.path} ${kb(data.gzip)}` : '—', over, s.build];
}

function topRows(s: Site, n = 6): (string | number)[][] {
  return (['page', 'data', 'search'] as const).flatMap((kind) => largest(s.files, kind, kind === 'search' ? 1 : n).map((f) => [s.name, kind, f.path, kb(f.bytes), kb(f.gzip)]));
}

/** A content/ copy with `n` synthetic measures of the 2016 条例, their MDX generated. */
function synthContent(root: string, n: number): string {
  const content = writeSyntheticContent(join(root, `content-synth-${n}`), synthesize(n));
  rmSync(join(content, 'import-report.json'), { force: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PATHS.root, 'scripts/ingest.ts'), '--quiet'], {
    cwd: PATHS.root,
    env: { ...process.env, TIAOWEN_CONTENT: content },
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`ingest of ${n} synthetic measures failed (exit ${r.status}): ${r.stderr.split('\n').slice(-5).join(' ')}`);
  return content;
}

export async function run(): Promise<Table[]> {
  const opt = options();
  const title = 'Pages and data files: the largest, gzip KiB (goal: none over 1,024 KiB at any corpus size)';
  const root = mkdtempSync(join(tmpdir(), 'tiaowen-bench-pages-'));
  try {
    const sites: Site[] = [];
    const notes: string[] = [];
    const corpus = unpackCorpus(root);
    if (!corpus) notes.push(`real corpus skipped: no ${CORPORA}/lawrefbook-*.tar.xz`);
    else {
      const content = importCorpus(root, corpus);
      if (opt.dist) sites.push({ name: `whole site (${opt.dist})`, documents: countDocs(content), files: distSizes(opt.dist), build: 'given' });
      else sites.push(await wholeBuild(root, content, opt.limit));
      sites.push(await listingBuild(root, content, 'real ×1', opt.limit));
      const bigger = join(root, `content-x${opt.times}`);
      cpSync(content, bigger, { recursive: true });
      replicateCorpus(join(bigger, 'regulations'), opt.times, /^lrb-\d+\.mdx$/);
      rmSync(content, { recursive: true, force: true });
      sites.push(await listingBuild(root, bigger, `real ×${opt.times}`, opt.limit));
      rmSync(bigger, { recursive: true, force: true });
    }
    if (opt.synth > 0) sites.push(await listingBuild(root, synthContent(root, opt.synth), `${opt.synth} synthetic measures`, opt.limit));
    return [
      {
        title,
        columns: ['site', 'documents', 'files', 'largest page (path, gzip KiB)', 'largest data file (path, gzip KiB)', 'files > 1 MiB gzip (not search)', 'build'],
        rows: [...sites.map(summaryRow), ...notes.map((n) => [n, '', '', '', '', '', ''])],
      },
      { title: 'Pages and data files: the largest of each kind (search: the index, built by the search code)', columns: ['site', 'kind', 'path', 'KiB', 'gzip KiB'], rows: sites.flatMap((s) => topRows(s)) },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
