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
  const { doc, diagnostics } = buildWholeFile(file, text);
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
