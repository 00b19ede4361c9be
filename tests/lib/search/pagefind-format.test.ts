import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCbor, decodeIndexChunk, looksSegmented, segmentationReport } from '../../../src/lib/search/pagefind-format.ts';
import { buildRecords } from '../../../src/lib/search/records.ts';
import { readIndexWords, writeSearchIndex } from '../../../src/integrations/pagefind.ts';
import { corpus } from '../../fixtures/search-corpus.ts';
import { errorOf, rejectionOf } from '../../support/thrown.ts';

describe('decodeCbor', () => {
  it('decodes the CBOR Pagefind writes', () => {
    // [1, -2, "诫勉", [true, null], {"a": 500}]
    const bytes = Uint8Array.from([0x85, 0x01, 0x21, 0x66, ...new TextEncoder().encode('诫勉'), 0x82, 0xf5, 0xf6, 0xa1, 0x61, 0x61, 0x19, 0x01, 0xf4]);
    expect(decodeCbor(bytes)).toEqual([1, -2, '诫勉', [true, null], { a: 500 }]);
  });
  it('refuses a chunk without the Pagefind signature', () => {
    expect(errorOf(() => decodeIndexChunk(new TextEncoder().encode('not_pagefind'))).message).toMatch(/not a Pagefind chunk/);
  });
});

describe('segmentationReport', () => {
  it('tells a segmented index from an unsegmented one', () => {
    const w = (word: string) => ({ word, content: [{ page: 0, positions: [0] }], metaOnly: [] });
    expect(looksSegmented(segmentationReport([w('诫'), w('诫勉'), w('组织')]))).toBe(true);
    expect(looksSegmented(segmentationReport([w('对党的领导干部的问责方式包括通报诫勉')]))).toBe(false);
    expect(looksSegmented(segmentationReport([]))).toBe(false);
  });
});

describe('writeSearchIndex (runs the pagefind binary)', () => {
  const dirs: string[] = [];
  const tmp = async () => {
    const d = await mkdtemp(join(tmpdir(), 'tiaowen-pf-'));
    dirs.push(d);
    return join(d, 'pagefind');
  };
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('writes a segmented index holding pairs inside runs and across punctuation', async () => {
    const out = await tmp();
    const r = await writeSearchIndex(buildRecords(corpus), out);
    expect(r.records).toBe(8);
    expect(looksSegmented(r.segmentation)).toBe(true);
    const words = new Set((await readIndexWords(out)).map((w) => w.word));
    expect(words.has('诫勉')).toBe(true);
    // 组织调整: a pair inside a jieba word boundary …
    expect(words.has('织调')).toBe(true);
    // … and 诫勉、组织: a pair across punctuation, from the record's boundary pairs.
    expect(words.has('勉组')).toBe(true);
  });

  it('fails the build when Chinese was not segmented', async () => {
    const english = buildRecords(corpus).map((r) => ({ ...r, language: 'en' }));
    expect((await rejectionOf(writeSearchIndex(english, await tmp()))).message).toMatch(/without Chinese segmentation/);
    const r = await writeSearchIndex(english, await tmp(), { requireSegmentation: false });
    expect(looksSegmented(r.segmentation)).toBe(false);
  });

  it('fails when Pagefind reports errors (here: an output path it cannot write)', async () => {
    const dir = await tmp();
    await writeFile(`${dir}-file`, 'a file where a directory should be');
    expect((await rejectionOf(writeSearchIndex(buildRecords(corpus), join(`${dir}-file`, 'pagefind'), { timeoutMs: 5_000 }))).message).toMatch(/Pagefind writeFiles (failed|did not answer)/);
  });
});
