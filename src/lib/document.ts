import type { DocMeta } from '../schemas/meta.ts';
import type { ProvisionNode } from './tree.ts';

/** A range of source lines (1-based, inclusive) left out of the published text, with the reason. */
export interface Exclusion {
  from: number;
  to: number;
  reason: string;
  /** Only part of a line was left out (e.g. the 解读 repeat of an article): the exact text. */
  text?: string;
}

/** A declared fix of an obvious source defect. */
export interface Correction {
  line: number;
  /** Text found in the line, and what it became (`\n` splits a line). */
  find?: string;
  replace?: string;
  /** The line continues the previous non-blank line (a sentence broken across lines). */
  join?: boolean;
  reason: string;
}

/** A problem or remark about the source, always with a place. */
export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
}

/** One published document: metadata plus its provision tree. */
export interface RegDocument {
  meta: DocMeta;
  root: ProvisionNode;
  /** Old anchor id → current anchor id, kept across renumbering revisions. */
  aliases: Record<string, string>;
  excluded: Exclusion[];
  corrections: Correction[];
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.ruleId}]`;
}
