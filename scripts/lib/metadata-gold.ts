/**
 * The hand-labelled metadata set (tests/fixtures/metadata-gold.yaml): load it, build each item's
 * document from its text (seed: the manifest's lines, exclusions and corrections without its meta
 * overrides; fixture: a whole file; corpus: a whole file of the lawrefbook corpus, unpacked from
 * ../shared/corpora/ into a temporary folder or read from $TIAOWEN_CORPUS_DIR), and score it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDocument } from '../../src/lib/ingest/pipeline.ts';
import { buildWholeFile } from '../../src/lib/ingest/corpus-check.ts';
import { splitLines } from '../../src/lib/ingest/source-lines.ts';
import { score, type Expected, type FieldScore } from '../../src/lib/ingest/metadata-eval.ts';
import type { DocMeta } from '../../src/schemas/meta.ts';
import { loadManifest } from './ingest-core.ts';
import { PATHS } from './paths.ts';

export const GOLD_PATH = join(PATHS.root, 'tests/fixtures/metadata-gold.yaml');
const FIXTURES = join(PATHS.root, 'tests/fixtures/party-measures');

export interface GoldItem {
  kind: 'seed' | 'fixture' | 'corpus';
  name: string;
  expected: Expected;
}

export function loadGold(path = GOLD_PATH): GoldItem[] {
  const doc = parse(readFileSync(path, 'utf8')) as { items: Record<string, unknown>[] };
  return doc.items.map((raw) => {
    const { seed, fixture, corpus, ...expected } = raw as Record<string, string>;
    const kind = seed ? 'seed' : fixture ? 'fixture' : 'corpus';
    return { kind, name: seed ?? fixture ?? corpus, expected: expected as Expected };
  });
}

/** A folder holding the named corpus files, and how to clean it up; null when the corpus is absent. */
export function corpusFiles(names: string[]): { dir: string; cleanup: () => void } | null {
  const given = process.env.TIAOWEN_CORPUS_DIR;
  if (given && names.every((n) => existsSync(join(given, n)))) return { dir: given, cleanup: () => {} };
  const shared = join(PATHS.root, '../shared/corpora');
  const archive = existsSync(shared) ? readdirSync(shared).find((n) => /^lawrefbook-.*\.tar\.xz$/u.test(n)) : undefined;
  if (!archive) return null;
  const dir = mkdtempSync(join(tmpdir(), 'tiaowen-corpus-'));
  execFileSync('tar', ['xJf', join(shared, archive), '-C', dir, ...names]);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Build one item's document and return its metadata. */
export function metaOf(item: GoldItem, corpusDir: string | null): DocMeta {
  if (item.kind === 'fixture') return buildWholeFile(item.name, readFileSync(join(FIXTURES, item.name), 'utf8')).doc.meta;
  if (item.kind === 'corpus') return buildWholeFile(item.name, readFileSync(join(corpusDir!, item.name), 'utf8')).doc.meta;
  for (const source of loadManifest().sources) {
    const spec = source.documents.find((d) => d.slug === item.name);
    if (!spec) continue;
    const lines = splitLines(readFileSync(join(PATHS.sources, source.file), 'utf8'));
    return buildDocument(source, { ...spec, meta: {} }, lines).doc.meta;
  }
  throw new Error(`${GOLD_PATH}: no seed document ${item.name} in the manifest`);
}

export interface GoldRun {
  scores: FieldScore[];
  items: number;
  /** Corpus items left out because the corpus is absent. */
  skipped: number;
}

export function runGold(kinds: GoldItem['kind'][] = ['seed', 'fixture', 'corpus']): GoldRun {
  const items = loadGold().filter((i) => kinds.includes(i.kind));
  const corpusNames = items.filter((i) => i.kind === 'corpus').map((i) => i.name);
  const corpus = corpusNames.length ? corpusFiles(corpusNames) : null;
  try {
    const usable = items.filter((i) => i.kind !== 'corpus' || corpus);
    const results = usable.map((i) => ({ item: `${i.kind}:${i.name}`, expected: i.expected, meta: metaOf(i, corpus?.dir ?? null) }));
    return { scores: score(results), items: usable.length, skipped: items.length - usable.length };
  } finally {
    corpus?.cleanup();
  }
}
