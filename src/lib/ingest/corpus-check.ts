/**
 * One text taken as one whole-file document, through the pure pipeline, and
 * how the result compares with a count of its 第N条 lines. Used by
 * `npm run corpus-check` and the robustness tests; no file access.
 */
import { documentSpec, sourceSpec } from '../../schemas/manifest.ts';
import { walk } from '../tree.ts';
import { formatDiagnostic } from '../document.ts';
import { buildDocument, type Built } from './pipeline.ts';
import { splitLines } from './source-lines.ts';

/** Build `text` as the single document of a source named `file` (slug from the file name). */
export function buildWholeFile(file: string, text: string): Built {
  const lines = splitLines(text);
  const slug = file.replace(/\.[^.]+$/u, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'document';
  const spec = documentSpec.parse({ slug, lines: [1, Math.max(1, lines.length)] });
  const source = sourceSpec.parse({ file: file.endsWith('.txt') ? file : `${file}.txt`, documents: [spec] });
  return buildDocument(source, spec, lines.length ? lines : ['']);
}

export interface CorpusFileResult {
  file: string;
  /** The first error, formatted with file:line, when the text is refused. */
  error?: string;
  errors: number;
  /** Articles published (art-N provisions, 第N条之一 included). */
  articles: number;
  /** What the index says (lines opening with 第N条), when known. */
  expected?: number;
}

export function checkCorpusText(file: string, text: string, expected?: number): CorpusFileResult {
  return resultOf(file, buildWholeFile(file, text), expected);
}

/** Accepted or refused (first error), and the article count, of a built document. */
export function resultOf(file: string, { doc, diagnostics }: Built, expected?: number): CorpusFileResult {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  let articles = 0;
  for (const [n] of walk(doc.root)) if (n.kind === 'article') articles++;
  return { file, errors: errors.length, articles, ...(errors.length ? { error: formatDiagnostic(errors[0]) } : {}), ...(expected !== undefined ? { expected } : {}) };
}

export interface CorpusSummary {
  files: number;
  accepted: number;
  refused: number;
  /** Accepted and with exactly the expected article count. */
  exact: number;
  /** Accepted files the index does not list. */
  unindexed: number;
}

export function summarise(results: CorpusFileResult[]): CorpusSummary {
  const accepted = results.filter((r) => !r.error);
  return {
    files: results.length,
    accepted: accepted.length,
    refused: results.length - accepted.length,
    exact: accepted.filter((r) => r.expected !== undefined && r.articles === r.expected).length,
    unindexed: accepted.filter((r) => r.expected === undefined).length,
  };
}

const squashAll = (s: string) => s.replace(/[\s\u3000\ufeff\u200b-\u200d\u2060]+/gu, '');

/**
 * Losslessness of a whole-file document: the text its tree publishes (in source-line order) equals
 * the file minus the lines it lists as excluded, whitespace aside. Returns null when equal, else
 * where the two first differ.
 */
export function losslessMismatch(doc: Built['doc'], text: string): { at: number; published: string; source: string } | null {
  const segments: { line: number; order: number; text: string }[] = [];
  let order = 0;
  for (const [n] of walk(doc.root)) {
    for (const t of [n.num, n.heading, n.text]) if (t) segments.push({ line: n.line, order: order++, text: t });
    for (const row of n.rows ?? []) for (const c of row) segments.push({ line: c.line, order: order++, text: c.text });
  }
  segments.sort((a, b) => a.line - b.line || a.order - b.order);
  const published = squashAll(segments.map((s) => s.text).join(''));
  const whole = new Set<number>();
  for (const e of doc.excluded) if (!e.text) for (let k = e.from; k <= e.to; k++) whole.add(k);
  const source = squashAll(splitLines(text).filter((_, i) => !whole.has(i + 1)).join(''));
  if (published === source) return null;
  let at = 0;
  while (at < published.length && published[at] === source[at]) at++;
  return { at, published: published.slice(at, at + 30), source: source.slice(at, at + 30) };
}
