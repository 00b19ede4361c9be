/**
 * Losslessness: for every document, the text it publishes equals its source
 * lines minus the declared exclusions, with the declared corrections,
 * whitespace aside. The published side is read back from the committed MDX
 * (what the site renders); the source side is computed here independently of
 * the converter, from the raw file and the manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { loadManifest } from '../../../scripts/lib/ingest-core.ts';
import { PATHS } from '../../../scripts/lib/paths.ts';
import { walk, type ProvisionNode } from '../../../src/lib/tree.ts';

const squash = (s: string) => s.replace(/[\s\u3000\ufeff]+/gu, '');

function publishedText(root: ProvisionNode): string {
  const segments: { line: number; order: number; text: string }[] = [];
  let order = 0;
  for (const [n] of walk(root)) {
    for (const t of [n.num, n.heading, n.text]) if (t) segments.push({ line: n.line, order: order++, text: t });
    for (const row of n.rows ?? []) for (const c of row) segments.push({ line: c.line, order: order++, text: c.text });
  }
  segments.sort((a, b) => a.line - b.line || a.order - b.order);
  return squash(segments.map((s) => s.text).join(''));
}

const manifest = loadManifest();
const corpus = getCorpus();

describe('losslessness', () => {
  for (const source of manifest.sources) {
    const raw = readFileSync(join(PATHS.sources, source.file), 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
    for (const spec of source.documents) {
      it(`${spec.slug}: published text = source lines − exclusions + corrections`, () => {
        const doc = corpus.get(spec.slug)!;
        expect(doc, `content/regulations/${spec.slug}.mdx`).toBeDefined();
        const lines = raw.slice(0, spec.lines[1]).map((text, i) => ({ n: i + 1, text })).filter((l) => l.n >= spec.lines[0]);
        const whole = new Set<number>();
        for (const e of doc.excluded) if (!e.text) for (let n = e.from; n <= e.to; n++) whole.add(n);
        const expected = lines
          .filter((l) => !whole.has(l.n))
          .map((l) => {
            let t = l.text;
            for (const e of doc.excluded) if (e.text && e.from === l.n) t = t.replace(e.text, '');
            for (const c of spec.corrections) if (c.line === l.n && c.find !== undefined) t = t.replace(c.find, c.replace ?? '');
            return t;
          })
          .join('');
        // every exclusion names a reason; every whole-line exclusion made by the manifest is in the document's list
        for (const e of doc.excluded) expect(e.reason.length).toBeGreaterThan(3);
        expect(publishedText(doc.root)).toBe(squash(expected));
      });
    }
  }
});
