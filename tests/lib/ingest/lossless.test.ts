/**
 * Losslessness: for every document, the text it publishes equals its source
 * lines minus the declared exclusions, with the declared corrections,
 * whitespace aside. The published side is read back from the committed MDX
 * (what the site renders); the source side is computed here independently of
 * the converter, from the source's text and the manifest. The source's text
 * is the file itself for .txt (decoded as imported: UTF-8, UTF-16, GB18030),
 * and the text extracted from it for .docx/.doc/.pdf/.html
 * (scripts/lib/read-source.ts, deterministic): manifest line numbers refer to it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { loadManifest } from '../../../scripts/lib/ingest-core.ts';
import { readSource } from '../../../scripts/lib/read-source.ts';
import { PATHS } from '../../../scripts/lib/paths.ts';
import { expectedText, publishedText } from '../../support/lossless.ts';

const manifest = loadManifest();
const corpus = getCorpus();
const sourceLines = new Map<string, string[]>();
for (const source of manifest.sources) sourceLines.set(source.file, (await readSource(join(PATHS.sources, source.file), source)).lines);

describe('losslessness', () => {
  for (const source of manifest.sources) {
    const raw = sourceLines.get(source.file)!;
    for (const spec of source.documents) {
      it(`${spec.slug}: published text = source lines − exclusions + corrections`, () => {
        const doc = corpus.get(spec.slug)!;
        expect(doc, `content/regulations/${spec.slug}.mdx`).toBeDefined();
        // every exclusion names a reason; every whole-line exclusion made by the manifest is in the document's list
        for (const e of doc.excluded) expect(e.reason.length).toBeGreaterThan(3);
        expect(publishedText(doc.root)).toBe(expectedText(raw, spec, doc));
      });
    }
  }
});
