/**
 * Benchmark section: metadata accuracy per field against the hand-labelled set
 * (tests/fixtures/metadata-gold.yaml: seeds, Party-measure fixtures, corpus texts), and the
 * importer's robustness on the whole real corpus (../shared/corpora/, when present): accepted,
 * refused, and accepted with exactly the index's count of lines opening with 第N条.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGold } from '../lib/metadata-gold.ts';
import { PATHS } from '../lib/paths.ts';
import { checkCorpusText, summarise } from '../../src/lib/ingest/corpus-check.ts';
import type { Table } from '../lib/bench-table.ts';

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

function accuracy(): Table {
  const rows: (string | number)[][] = [];
  for (const [label, kinds] of [['seeds', ['seed']], ['Party-measure fixtures', ['fixture']], ['corpus texts', ['corpus']], ['all', ['seed', 'fixture', 'corpus']]] as const) {
    const run = runGold([...kinds]);
    if (run.items === 0) {
      rows.push([label, 0, ...run.scores.map(() => '–')]);
      continue;
    }
    rows.push([label, run.items, ...run.scores.map((s) => pct(s.right, s.total))]);
  }
  const fields = runGold(['fixture']).scores.map((s) => s.field);
  return { title: 'Metadata: share of hand-labelled items with the field exactly right (tests/fixtures/metadata-gold.yaml)', columns: ['items', 'n', ...fields], rows };
}

function robustness(): Table | null {
  const shared = join(PATHS.root, '../shared/corpora');
  const archive = existsSync(shared) ? readdirSync(shared).find((n) => /^lawrefbook-.*\.tar\.xz$/u.test(n)) : undefined;
  if (!archive) return null;
  const dir = mkdtempSync(join(tmpdir(), 'tiaowen-corpus-'));
  try {
    execFileSync('tar', ['xJf', join(shared, archive), '-C', dir]);
    const index = JSON.parse(readFileSync(join(shared, archive.replace(/\.tar\.xz$/u, '.index.json')), 'utf8')) as Record<string, { articles: number }>;
    const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    const s = summarise(files.map((n) => checkCorpusText(n, readFileSync(join(dir, n), 'utf8'), index[n]?.articles)));
    return {
      title: `Importer robustness on the real corpus (${archive}; npm run corpus-check -- DIR lists the refusals)`,
      columns: ['texts', 'accepted', 'refused', 'accepted with exactly the index’s 第N条 count'],
      rows: [[s.files, `${s.accepted} (${pct(s.accepted, s.files)})`, s.refused, `${s.exact} (${pct(s.exact, s.files)})`]],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Table[]> {
  const r = robustness();
  return r ? [accuracy(), r] : [accuracy()];
}
