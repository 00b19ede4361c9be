/** The benchmark's synthetic corpus generator (scripts/lib/synth.ts): deterministic, and what it makes is a valid measure. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PARENT, rng, seedArticles, synthesize, writeSyntheticContent } from '../../scripts/lib/synth.ts';
import { buildDocument } from '../../src/lib/ingest/pipeline.ts';
import { splitLines } from '../../src/lib/ingest/source-lines.ts';
import { manifestSchema } from '../../src/schemas/manifest.ts';
import { walk } from '../../src/lib/tree.ts';
import { REPO } from './build.ts';

const seeds = seedArticles(join(REPO, 'content/regulations'));

describe('synthetic corpus', () => {
  it('the RNG is seeded', () => {
    const a = rng(1);
    const b = rng(1);
    const c = rng(2);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('the same seed gives the same measures; another seed others', () => {
    const one = synthesize(5, 7, seeds);
    expect(synthesize(5, 7, seeds)).toEqual(one);
    expect(synthesize(5, 8, seeds).map((m) => m.text)).not.toEqual(one.map((m) => m.text));
    expect(new Set(one.map((m) => m.slug)).size).toBe(5);
  });

  it('draws on articles of several seed measures and varies the order', () => {
    const ms = synthesize(20, 2016, seeds);
    const from = new Set(ms.flatMap((m) => m.articles.map((a) => a.from)));
    expect(from.size).toBeGreaterThanOrEqual(3);
    // the same seed article lands under different numbers in different measures
    const numbers = new Map<string, Set<number>>();
    for (const m of ms) for (const a of m.articles) numbers.set(`${a.from}#${a.sourceId}`, (numbers.get(`${a.from}#${a.sourceId}`) ?? new Set()).add(a.number));
    expect([...numbers.values()].some((s) => s.size > 1)).toBe(true);
  });

  it('each measure converts without errors into articles 1..n, with the parent declared in the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiaowen-synth-'));
    try {
      const ms = synthesize(8, 3, seeds);
      const content = writeSyntheticContent(join(dir, 'content'), ms, join(REPO, 'content'));
      const manifest = manifestSchema.parse(parseYaml(readFileSync(join(content, 'sources/manifest.yaml'), 'utf8')));
      for (const m of ms) {
        const source = manifest.sources.find((s) => s.file === m.file)!;
        expect(source.documents[0].meta.parents).toEqual([{ slug: PARENT, version: '2016' }]);
        const lines = splitLines(readFileSync(join(content, 'sources', m.file), 'utf8'));
        const built = buildDocument(source, source.documents[0], lines);
        expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const arts = [...walk(built.doc.root)].filter(([n]) => n.kind === 'article').map(([n]) => n.id);
        expect(arts).toEqual(m.articles.map((a) => `art-${a.number}`));
        expect(built.doc.meta.title).toBe(m.title);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
