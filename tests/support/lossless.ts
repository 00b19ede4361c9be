/**
 * The lossless check, for tests/lib/ingest/lossless.test.ts (the committed
 * content) and the import tests (a temporary content/ with every format):
 * for a document, the text it publishes (read back from its MDX) and the text
 * it should publish (its source lines minus the declared exclusions, with the
 * declared corrections), both with whitespace squashed. Computed here
 * independently of the converter; the source lines are the file's text for
 * .txt and the extracted text for the other formats.
 */
import type { RegDocument } from '../../src/lib/document.ts';
import type { DocumentSpec } from '../../src/schemas/manifest.ts';
import { walk, type ProvisionNode } from '../../src/lib/tree.ts';

export const squash = (s: string) => s.replace(/[\s\u3000\ufeff]+/gu, '');

export function publishedText(root: ProvisionNode): string {
  const segments: { line: number; order: number; text: string }[] = [];
  let order = 0;
  for (const [n] of walk(root)) {
    for (const t of [n.num, n.heading, n.text]) if (t) segments.push({ line: n.line, order: order++, text: t });
    for (const row of n.rows ?? []) for (const c of row) segments.push({ line: c.line, order: order++, text: c.text });
  }
  segments.sort((a, b) => a.line - b.line || a.order - b.order);
  return squash(segments.map((s) => s.text).join(''));
}

export function expectedText(raw: string[], spec: DocumentSpec, doc: RegDocument): string {
  const lines = raw.slice(0, spec.lines[1]).map((text, i) => ({ n: i + 1, text })).filter((l) => l.n >= spec.lines[0]);
  const whole = new Set<number>();
  for (const e of doc.excluded) if (!e.text) for (let n = e.from; n <= e.to; n++) whole.add(n);
  return squash(
    lines
      .filter((l) => !whole.has(l.n))
      .map((l) => {
        let t = l.text;
        for (const e of doc.excluded) if (e.text && e.from === l.n) t = t.replace(e.text, '');
        for (const c of spec.corrections) if (c.line === l.n && c.find !== undefined) t = t.replace(c.find, c.replace ?? '');
        return t;
      })
      .join(''),
  );
}
