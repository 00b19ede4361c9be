/**
 * The compare page of Rizhao against the 2016 Regulations, aligned by the published crosswalk (the
 * links the compare pages and data files use). Apart from tests/lib/compare.test.ts because it builds
 * the whole crosswalk of the seeds: the mutation runs of compare/ leave it out (stryker.config.mjs).
 */
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import type { AlignedRow } from '../../src/lib/compare/align.ts';
import { compareDocuments } from '../../src/lib/compare/pairs.ts';

const corpus = getCorpus();
const doc = (slug: string) => {
  const d = corpus.get(slug);
  if (!d) throw new Error(`seed ${slug} missing`);
  return d;
};
const rowOf = (rows: AlignedRow[], anchor: string) => rows.find((r) => r.local?.anchor === anchor);

describe('Rizhao against the 2016 Regulations, aligned by the published crosswalk', async () => {
  // The same links the compare pages and data files use (src/data/crosswalk.ts through src/pages/compare/_links.ts).
  const { compareLinks } = await import('../../src/pages/compare/_links.ts');
  const links = compareLinks();
  const cmp = compareDocuments(doc('rizhao-polytechnic-2017'), doc('ccp-accountability-2016'), links);

  it('uses the crosswalk', () => {
    expect(links.length).toBeGreaterThan(0);
    expect(cmp.linkSource).toBe('crosswalk');
  });

  it('第四条 ↔ 第五条 near-verbatim; 第六条 ↔ 第七条 adapted, adding 提醒 and 函询', () => {
    const r4 = rowOf(cmp.rows, 'art-4')!;
    expect(r4.base[0]!.unit.anchor).toBe('art-5');
    expect(r4.status).toBe('near-verbatim');
    const r6 = rowOf(cmp.rows, 'art-6')!;
    expect(r6.base[0]!.unit.anchor).toBe('art-7');
    expect(r6.status).toBe('adapted');
    expect(r6.diff!.inserted.join('|')).toMatch(/提醒[\s\S]*函询/);
  });
});
