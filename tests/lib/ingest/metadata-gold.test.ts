/**
 * The extractor against the hand-labelled metadata set (tests/fixtures/metadata-gold.yaml):
 * seed and Party-measure fixture items always run; corpus items run when ../shared/corpora/ is there
 * (or $TIAOWEN_CORPUS_DIR holds the files) and are skipped with a message otherwise.
 */
import { describe, expect, it } from 'vitest';
import { corpusFiles, loadGold, runGold } from '../../../scripts/lib/metadata-gold.ts';
import { GOLD_FIELDS } from '../../../src/lib/ingest/metadata-eval.ts';

const gold = loadGold();
const corpusNames = gold.filter((i) => i.kind === 'corpus').map((i) => i.name);
const corpus = corpusFiles(corpusNames.slice(0, 1));
corpus?.cleanup();

describe('the labelled metadata set', () => {
  it('has at least 50 items, seeds, fixtures and corpus texts among them', () => {
    expect(gold.length).toBeGreaterThanOrEqual(50);
    for (const kind of ['seed', 'fixture', 'corpus'] as const) expect(gold.some((i) => i.kind === kind)).toBe(true);
    for (const i of gold) for (const k of Object.keys(i.expected)) expect(GOLD_FIELDS as readonly string[]).toContain(k);
  });

  it('every Party-measure fixture comes out exactly as labelled', () => {
    const run = runGold(['fixture']);
    expect(run.scores.flatMap((s) => s.misses.map((m) => `${s.field} ${m.item}: expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.found)}`))).toEqual([]);
  });

  it('seeds: every field right on all but at most one document', () => {
    const run = runGold(['seed']);
    for (const s of run.scores) expect(s.total - s.right, `${s.field}: ${JSON.stringify(s.misses)}`).toBeLessThanOrEqual(1);
  });

  it.skipIf(!corpus)('corpus texts: every field at least 95% right', () => {
    const run = runGold(['corpus']);
    expect(run.skipped).toBe(0);
    for (const s of run.scores) expect(s.right / s.total, `${s.field}: ${JSON.stringify(s.misses)}`).toBeGreaterThanOrEqual(0.95);
  });
  if (!corpus) it.skip(`corpus items: skipped, the corpus is not at ../shared/corpora/ (${corpusNames.length} items)`, () => {});
});
