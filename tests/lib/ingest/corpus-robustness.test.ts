/**
 * The real corpus (../shared/corpora/lawrefbook-*.tar.xz, unpacked into a temporary folder; or
 * $TIAOWEN_CORPUS_DIR): of a fixed sample (every 7th text, ~490; the machine is shared, and the
 * whole corpus is measured by `npm run corpus-check` and `npm run bench -- --only metadata`), at
 * least 99.5% published with exactly as many articles as the index counts lines opening with 第N条,
 * and every accepted text published without losing a line. Skipped with a message when the corpus
 * is absent. The Party-measure fixtures are always checked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWholeFile, losslessMismatch, resultOf, summarise, type CorpusFileResult } from '../../../src/lib/ingest/corpus-check.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SHARED = join(ROOT, '../shared/corpora');
const archive = existsSync(SHARED) ? readdirSync(SHARED).find((n) => /^lawrefbook-.*\.tar\.xz$/u.test(n)) : undefined;
let dir = process.env.TIAOWEN_CORPUS_DIR ?? null;
let cleanup = () => {};
if (archive && !(dir && existsSync(join(dir, 'lrb-0000.txt')))) {
  const tmp = mkdtempSync(join(tmpdir(), 'tiaowen-corpus-'));
  execFileSync('tar', ['xJf', join(SHARED, archive), '-C', tmp]);
  dir = tmp;
  cleanup = () => rmSync(tmp, { recursive: true, force: true });
} else if (!archive) dir = null;
afterAll(() => cleanup());

describe('Party-measure fixtures', () => {
  const fixtures = join(ROOT, 'tests/fixtures/party-measures');
  it.each(readdirSync(fixtures).filter((n) => n.endsWith('.txt')))('%s: accepted, nothing lost', (name) => {
    const text = readFileSync(join(fixtures, name), 'utf8');
    const { doc, diagnostics } = buildWholeFile(name, text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(losslessMismatch(doc, text)).toBeNull();
  });
});

describe.skipIf(!dir || !archive)(`the real corpus${dir && archive ? '' : ' (skipped: ../shared/corpora/lawrefbook-*.tar.xz is absent)'}`, () => {
  it('a sample: ≥ 99.5% published with exactly the index’s 第N条 count; every accepted text lossless', { timeout: 300_000 }, () => {
    const index = JSON.parse(readFileSync(join(SHARED, archive!.replace(/\.tar\.xz$/u, '.index.json')), 'utf8')) as Record<string, { articles: number }>;
    const files = readdirSync(dir!).filter((n) => n.endsWith('.txt')).sort().filter((_, i) => i % 7 === 0);
    const results: CorpusFileResult[] = [];
    const lost: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(dir!, f), 'utf8');
      const built = buildWholeFile(f, text);
      const r = resultOf(f, built, index[f]?.articles);
      results.push(r);
      if (!r.error) {
        const m = losslessMismatch(built.doc, text);
        if (m) lost.push(`${f}: published “${m.published}” where the source has “${m.source}”`);
      }
    }
    const s = summarise(results);
    expect(s.files).toBe(files.length);
    expect(s.exact / s.files).toBeGreaterThanOrEqual(0.995);
    expect(lost).toEqual([]);
    // what is still refused is refused for having no body, with a message saying so
    for (const r of results.filter((x) => x.error)) expect(r.error).toMatch(/nothing to publish/);
  });
});
