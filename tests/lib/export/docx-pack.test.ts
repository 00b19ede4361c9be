/**
 * The build's Word files are zipped once from the files docx's compiler gives, with the fixed time
 * (src/lib/export/docx-pack.ts), instead of zipping with `Packer`, unzipping and zipping again
 * (`packDocx`, src/lib/export/docx-common.ts, which the browser keeps using): the bytes must be
 * `packDocx`'s, for every seed regulation's Word file and for a comparison table with a timestamp of
 * its own; without the compiler (another docx version) `packDocx` itself is used.
 */
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { bodyParagraph, PACKAGE_TIME, packDocx, stampFiles, stampPackage, wordDocument } from '../../../src/lib/export/docx-common.ts';
import { comparisonDocxOnce, documentDocxOnce, packageBytes, packageCompiler, packDocxOnce } from '../../../src/lib/export/docx-pack.ts';
import { docxBlocks } from '../../../src/lib/export/docx-blocks.ts';
import { docxChildren, documentDocx } from '../../../src/lib/export/document-docx.ts';
import { comparisonDocument, comparisonDocx } from '../../../src/lib/export/docx-table.ts';
import type { Document } from 'docx';
import { errorOf } from '../../support/thrown.ts';

/** What packDocx gave before: docx zips (stamping the current time), then the package is unzipped and zipped again. */
async function roundTrip(make: () => Document, timestamp = PACKAGE_TIME): Promise<Uint8Array> {
  return stampPackage(new Uint8Array(await Packer.toArrayBuffer(make())), timestamp);
}

const regulations = getCorpus().documents.filter((d) => d.meta.class !== '评论');

describe('packDocxOnce', () => {
  it('finds docx’s package compiler, and none on something else', () => {
    expect(packageCompiler()).toBeDefined();
    expect(packageCompiler(null)).toBeUndefined();
    expect(packageCompiler({})).toBeUndefined();
    expect(packageCompiler({ compiler: { compile: 'no' } })).toBeUndefined();
  });

  it('gives the bytes of the round trip for every seed regulation', async () => {
    expect(regulations.length).toBeGreaterThan(3);
    for (const d of regulations) {
      expect(Buffer.from(await documentDocxOnce(d)).equals(Buffer.from(await documentDocx(d))), d.meta.slug).toBe(true);
      const make = () => wordDocument({ title: d.meta.title, children: docxChildren(docxBlocks(d)) });
      const once = await packDocxOnce(make());
      expect(Buffer.from(once).equals(Buffer.from(await roundTrip(make))), d.meta.slug).toBe(true);
      // the same entries, in docx's order, each stamped
      expect(Object.keys(unzipSync(once))).toEqual(Object.keys(unzipSync(new Uint8Array(await Packer.toArrayBuffer(make())))));
    }
  });

  it('gives the bytes of the round trip for a comparison table with a timestamp of its own', async () => {
    const spec = {
      title: '对照表',
      lines: ['制表日期：2016年7月8日'],
      headers: ['修改前', '修改后'] as [string, string],
      rows: [{ left: { num: '第一条', runs: [{ text: '为了' }, { text: '严明', mark: 'del' as const }] }, right: null }],
      empty: ['（无）', '（删除）'] as [string, string],
      timestamp: '2016-07-08T10:20:30Z',
    };
    const once = await comparisonDocxOnce(spec);
    expect(Buffer.from(once).equals(Buffer.from(await roundTrip(() => comparisonDocument(spec), spec.timestamp)))).toBe(true);
    expect(Buffer.from(once).equals(Buffer.from(await comparisonDocx(spec)))).toBe(true);
    expect(new TextDecoder().decode(unzipSync(once)['docProps/core.xml'])).toContain('2016-07-08T10:20:30Z</dcterms:created>');
  });

  it('falls back to the round trip when docx has no compiler', async () => {
    const make = () => wordDocument({ title: '某某办法', children: [bodyParagraph('为了规范。', '第一条')] });
    let compiled = 0;
    const counting = { compile: (...args: Parameters<NonNullable<ReturnType<typeof packageCompiler>>['compile']>) => (compiled++, packageCompiler()!.compile(...args)) };
    expect(Buffer.from(await packDocxOnce(make(), PACKAGE_TIME, counting)).equals(Buffer.from(await packDocx(make())))).toBe(true);
    expect(compiled).toBe(1);
    const fallback = await packDocxOnce(make(), PACKAGE_TIME, null);
    expect(compiled).toBe(1);
    expect(Buffer.from(fallback).equals(Buffer.from(await packDocx(make())))).toBe(true);
    expect(Buffer.from(fallback).equals(Buffer.from(await packDocxOnce(make())))).toBe(true);
  });

  it('turns strings into UTF-8 and keeps byte views as they are', () => {
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const files = packageBytes(
      new Map<string, string | ArrayBufferView | ArrayBuffer>([
        ['a.xml', '条文'],
        ['b.bin', bytes.subarray(1, 3)],
        ['c.bin', bytes.buffer],
      ]),
    );
    expect(Object.keys(files)).toEqual(['a.xml', 'b.bin', 'c.bin']);
    expect([...files['a.xml']!]).toEqual([...new TextEncoder().encode('条文')]);
    expect([...files['b.bin']!]).toEqual([2, 3]);
    expect([...files['c.bin']!]).toEqual([1, 2, 3, 4]);
    expect(errorOf(() => stampFiles({}, 'yesterday')).message).toContain('docx timestamp: expected an ISO date, got "yesterday"');
  });
});
