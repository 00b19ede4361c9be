/**
 * npm run corpus-check -- DIR [--index INDEX.json] [--list N] [--json]
 *
 * Runs the pure pipeline (src/lib/ingest/pipeline.ts) over every .txt file of
 * DIR in memory, each file as one whole-file document, writing nothing, and
 * prints: accepted / refused, the refused files with their first error, and
 * how many accepted documents have exactly as many articles (第N条 and
 * 第N条之一, i.e. art-N provisions) as the index counts lines opening with
 * 第N条 (the lawrefbook index: `{ "lrb-0000.txt": { "articles": 31, … } }`).
 * Without --index it looks for `*.index.json` next to DIR or in
 * ../shared/corpora/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpusText, summarise, type CorpusFileResult } from '../src/lib/ingest/corpus-check.ts';
import { PATHS } from './lib/paths.ts';

function findIndex(dir: string): string | null {
  for (const d of [dir, resolve(dir, '..'), join(PATHS.root, '../shared/corpora')]) {
    if (!existsSync(d)) continue;
    const hit = readdirSync(d).find((n) => n.endsWith('.index.json'));
    if (hit) return join(d, hit);
  }
  return null;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { index: { type: 'string' }, list: { type: 'string', default: '40' }, json: { type: 'boolean', default: false }, mismatches: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) {
    console.error('usage: npm run corpus-check -- DIR [--index INDEX.json] [--list N] [--mismatches] [--json]');
    return 2;
  }
  const dir = resolve(positionals[0]);
  if (!existsSync(dir)) {
    console.error(`corpus-check: ${dir}: no such directory`);
    return 2;
  }
  const indexPath = values.index ? resolve(values.index) : findIndex(dir);
  const index: Record<string, { articles: number }> = indexPath ? JSON.parse(readFileSync(indexPath, 'utf8')) : {};
  const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  const results: CorpusFileResult[] = [];
  for (const name of files) {
    results.push(checkCorpusText(name, readFileSync(join(dir, name), 'utf8'), index[name]?.articles));
  }
  const s = summarise(results);
  if (values.json) {
    console.log(JSON.stringify({ ...s, results }, null, 1));
    return 0;
  }
  const limit = Number(values.list);
  const refused = results.filter((r) => r.error);
  console.log(`corpus-check: ${dir} (${files.length} files; index ${indexPath ?? 'none'})`);
  if (refused.length) {
    console.log(`\nrefused (${refused.length}; first ${Math.min(limit, refused.length)}):`);
    for (const r of refused.slice(0, limit)) console.log(`  ${r.error}`);
  }
  const mismatched = results.filter((r) => !r.error && r.expected !== undefined && r.articles !== r.expected);
  if (values.mismatches && mismatched.length) {
    console.log(`\naccepted with another article count (${mismatched.length}; first ${Math.min(limit, mismatched.length)}):`);
    for (const r of mismatched.slice(0, limit)) console.log(`  ${r.file}: ${r.articles} articles; the index counts ${r.expected} lines opening with 第N条`);
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, s.files)).toFixed(1)}%`;
  console.log('');
  console.log(`files                                     ${s.files}`);
  console.log(`accepted                                  ${s.accepted} (${pct(s.accepted)})`);
  console.log(`refused                                   ${s.refused} (${pct(s.refused)})`);
  if (indexPath) {
    console.log(`accepted with exactly the index's 第N条 count  ${s.exact} (${pct(s.exact)})`);
    console.log(`accepted with another count               ${s.accepted - s.exact - s.unindexed}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
