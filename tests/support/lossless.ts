/**
 * The lossless check, for tests/lib/ingest/lossless.test.ts (the committed
 * content) and the import tests (a temporary content/ with every format):
 * for a document, the text it publishes (read back from its MDX) and the text
 * it should publish, both with whitespace squashed. What it should publish is
 * computed from the source and the manifest alone — its source lines minus
 * the exclusions the manifest declares, with the declared corrections — and a
 * small reviewed allow-list of lines the converter may leave out
 * (tests/fixtures/lossless-allow.yaml), never from the converter's own
 * `excluded` list. The source lines are the file's text for .txt and the
 * extracted text for the other formats.
 */
import type { DocumentSpec, ExclusionSpec } from '../../src/schemas/manifest.ts';
import { walk, type ProvisionNode } from '../../src/lib/tree.ts';

export const squash = (s: string) => s.replace(/[\s\u3000\ufeff]+/gu, '');

/** An allow-list entry: lines (or a part of one line) the converter may leave out, and why. */
export interface Allowed {
  lines: [number, number];
  text?: string;
  /** The 解读 part repeats this article (anchor id). */
  repeats?: string;
  /** A heading the converter drops, as written. */
  heading?: string;
  reason?: string;
}

export function publishedText(root: ProvisionNode, skip: (n: ProvisionNode) => boolean = () => false): string {
  const segments: { line: number; order: number; text: string }[] = [];
  let order = 0;
  const visit = (n: ProvisionNode) => {
    if (skip(n)) return;
    for (const t of [n.num, n.heading, n.text]) if (t) segments.push({ line: n.line, order: order++, text: t });
    for (const row of n.rows ?? []) for (const c of row) segments.push({ line: c.line, order: order++, text: c.text });
    for (const c of n.children) visit(c);
  };
  visit(root);
  segments.sort((a, b) => a.line - b.line || a.order - b.order);
  return squash(segments.map((s) => s.text).join(''));
}

/** Lines (whole) and parts of lines left out: the manifest's exclusions of the source, plus the allow-list. */
export function leftOut(exclude: readonly ExclusionSpec[], allowed: readonly Allowed[] = []) {
  const whole = new Set<number>();
  const parts: { line: number; text: string }[] = [];
  for (const e of exclude) {
    if (e.lines) for (let n = e.lines[0]; n <= e.lines[1]; n++) whole.add(n);
    else if (e.line !== undefined && e.text !== undefined) parts.push({ line: e.line, text: e.text });
  }
  for (const a of allowed) {
    if (a.text !== undefined) parts.push({ line: a.lines[0], text: a.text });
    else for (let n = a.lines[0]; n <= a.lines[1]; n++) whole.add(n);
  }
  return { whole, parts };
}

export function expectedText(raw: string[], spec: DocumentSpec, exclude: readonly ExclusionSpec[], allowed: readonly Allowed[] = []): string {
  const { whole, parts } = leftOut(exclude, allowed);
  return squash(
    raw
      .map((text, i) => ({ n: i + 1, text }))
      .filter((l) => l.n >= spec.lines[0] && l.n <= spec.lines[1] && !whole.has(l.n))
      .map((l) => {
        let t = l.text;
        for (const p of parts) if (p.line === l.n) {
          if (!t.includes(p.text)) throw new Error(`line ${l.n}: the part to leave out (“${p.text}”) is not in the line`);
          t = t.replace(p.text, '');
        }
        for (const c of spec.corrections) if (c.line === l.n && c.find !== undefined) t = t.replace(c.find, c.replace ?? '');
        return t;
      })
      .join(''),
  );
}
