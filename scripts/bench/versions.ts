/**
 * Version alignment (src/lib/versions/align.ts) on every title of the real
 * corpus that comes in several dated versions (../shared/corpora/lawrefbook-*:
 * the index's paths end with the version date). Skipped without the corpus.
 * CPU time of the alignment alone (the texts are parsed first, untimed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Table } from '../lib/bench-table.ts';
import { PATHS } from '../lib/paths.ts';
import { buildDocument } from '../../src/lib/ingest/pipeline.ts';
import { compareUnits } from '../../src/lib/compare/units.ts';
import { alignVersions, summarise } from '../../src/lib/versions/align.ts';
import { documentSpec, sourceSpec } from '../../src/schemas/manifest.ts';

const CORPORA = join(PATHS.root, '../shared/corpora');

function units(path: string) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const spec = documentSpec.parse({ slug: 'x', lines: [1, lines.length] });
  return compareUnits(buildDocument(sourceSpec.parse({ file: 'x.txt', documents: [spec] }), spec, lines).doc);
}

export async function run(): Promise<Table[]> {
  const title = 'version alignment on the corpus titles with several dated versions';
  const tarball = existsSync(CORPORA) ? readdirSync(CORPORA).find((n) => /^lawrefbook-.*\.tar\.xz$/.test(n)) : undefined;
  const indexName = existsSync(CORPORA) ? readdirSync(CORPORA).find((n) => /^lawrefbook-.*\.index\.json$/.test(n)) : undefined;
  if (!tarball || !indexName) return [{ title, columns: ['note'], rows: [[`skipped: no ${CORPORA}/lawrefbook-*.tar.xz and its index`]] }];
  const root = mkdtempSync(join(tmpdir(), 'tiaowen-bench-versions-'));
  try {
    const tar = spawnSync('tar', ['xJf', join(CORPORA, tarball), '-C', root]);
    if (tar.status !== 0) throw new Error(`tar xJf ${tarball} failed: ${tar.stderr}`);
    const files = new Map<string, string>();
    (function list(dir: string) {
      for (const e of readdirSync(dir, { withFileTypes: true })) e.isDirectory() ? list(join(dir, e.name)) : files.set(e.name, join(dir, e.name));
    })(root);
    const index = JSON.parse(readFileSync(join(CORPORA, indexName), 'utf8')) as Record<string, { path: string }>;
    const titles = new Map<string, [string, string][]>();
    for (const [file, { path }] of Object.entries(index)) {
      const m = /([^/]*)\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(path);
      if (m && files.has(file)) titles.set(m[1]!, [...(titles.get(m[1]!) ?? []), [m[2]!, files.get(file)!]]);
    }
    let pairs = 0;
    let articles = 0;
    let total = 0;
    let worst = { ms: 0, what: '' };
    const changes = { modified: 0, inserted: 0, deleted: 0, moved: 0, split: 0, merged: 0 };
    for (const [name, versions] of [...titles].sort(([a], [b]) => a.localeCompare(b))) {
      if (versions.length < 2) continue;
      versions.sort(([a], [b]) => a.localeCompare(b));
      for (let k = 1; k < versions.length; k++) {
        const a = units(versions[k - 1]![1]);
        const b = units(versions[k]![1]);
        const t0 = process.cpuUsage();
        const rows = alignVersions(a, b);
        const cpu = process.cpuUsage(t0);
        const ms = (cpu.user + cpu.system) / 1000;
        const s = summarise(rows);
        for (const key of Object.keys(changes) as (keyof typeof changes)[]) changes[key] += s[key];
        pairs++;
        articles += a.length + b.length;
        total += ms;
        if (ms > worst.ms) worst = { ms, what: `${name} ${versions[k - 1]![0]} → ${versions[k]![0]} (${a.length} → ${b.length} articles)` };
      }
    }
    return [
      {
        title: `${title}: ${tarball}`,
        columns: ['version pairs', 'articles', 'CPU total (s)', 'CPU worst pair (s)', 'worst pair', 'modified', 'inserted', 'deleted', 'moved', 'split', 'merged'],
        rows: [[pairs, articles, (total / 1000).toFixed(2), (worst.ms / 1000).toFixed(2), worst.what, changes.modified, changes.inserted, changes.deleted, changes.moved, changes.split, changes.merged]],
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
