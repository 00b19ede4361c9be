/**
 * Stage 1 (normalise): raw text → numbered lines of one document, with the
 * manifest's exclusions and corrections applied and accounted for.
 */
import type { Correction, Diagnostic, Exclusion } from '../document.ts';

export interface SourceLine {
  /** 1-based line number in the raw file. */
  line: number;
  /** The line as it stands after corrections (leading tabs kept: tables need them). */
  raw: string;
  /** When the parser read this line and the ones after it as one (a broken heading): the last of them. */
  end?: number;
  /** `raw` trimmed of spaces, ideographic spaces, tabs, BOMs and zero-width spaces (a line of only those is blank). */
  text: string;
}

const TRIM = /^[\s\u3000\u00a0\ufeff\u200b-\u200d\u2060]+|[\s\u3000\u00a0\ufeff\u200b-\u200d\u2060]+$/gu;

export function trimLine(s: string): string {
  return s.replace(TRIM, '');
}

/** Split raw text into lines: a leading BOM dropped, CRLF, CR and LF all end a line. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export interface LineSpec {
  from: number;
  to: number;
  /** Whole-line and part-line exclusions inside the range. */
  exclude: { lines?: [number, number]; line?: number; text?: string; reason: string }[];
  corrections: Correction[];
}

export interface PreparedLines {
  lines: SourceLine[];
  excluded: Exclusion[];
  diagnostics: Diagnostic[];
}

/**
 * Cut lines `from..to` out of `all`, drop the excluded ones, apply the
 * corrections. Every problem (a correction whose text is not in its line, a
 * range past the end of the file) is a diagnostic with file:line.
 */
export function prepareLines(all: string[], spec: LineSpec, file: string): PreparedLines {
  const diagnostics: Diagnostic[] = [];
  const excluded: Exclusion[] = [];
  const err = (line: number, ruleId: string, message: string) =>
    diagnostics.push({ file, line, severity: 'error', ruleId, message });

  if (spec.to > all.length) err(all.length || 1, 'range-past-end', `the range ${spec.from}-${spec.to} goes past the last line (${all.length})`);
  const wholeExcluded = new Map<number, string>();
  const partExcluded = new Map<number, { text: string; reason: string }[]>();
  for (const e of spec.exclude) {
    if (e.lines) {
      for (let n = e.lines[0]; n <= e.lines[1]; n++) wholeExcluded.set(n, e.reason);
      if (e.lines[0] <= spec.to && e.lines[1] >= spec.from) excluded.push({ from: e.lines[0], to: e.lines[1], reason: e.reason });
    } else if (e.line && e.text) {
      partExcluded.set(e.line, [...(partExcluded.get(e.line) ?? []), { text: e.text, reason: e.reason }]);
    }
  }

  const lines: SourceLine[] = [];
  const corrections = new Map<number, Correction[]>();
  for (const c of spec.corrections) corrections.set(c.line, [...(corrections.get(c.line) ?? []), c]);
  for (const line of corrections.keys()) {
    if (line < spec.from || line > spec.to) err(line, 'correction-outside', `a correction names line ${line}, outside the document's lines ${spec.from}-${spec.to}`);
  }

  for (let n = spec.from; n <= Math.min(spec.to, all.length); n++) {
    if (wholeExcluded.has(n)) continue;
    let raw = all[n - 1];
    for (const part of partExcluded.get(n) ?? []) {
      const at = raw.indexOf(part.text);
      if (at < 0) {
        err(n, 'exclusion-not-found', `the text to exclude (“${part.text}”) is not in this line`);
        continue;
      }
      raw = raw.slice(0, at) + raw.slice(at + part.text.length);
      excluded.push({ from: n, to: n, reason: part.reason, text: part.text });
    }
    let joinPrevious = false;
    for (const c of corrections.get(n) ?? []) {
      if (c.join) {
        joinPrevious = true;
        continue;
      }
      const at = raw.indexOf(c.find!);
      if (at < 0) {
        err(n, 'correction-not-found', `the correction expects “${c.find}” in this line, which is not there`);
        continue;
      }
      raw = raw.slice(0, at) + c.replace! + raw.slice(at + c.find!.length);
    }
    const pieces = raw.split('\n');
    if (joinPrevious) {
      const prev = [...lines].reverse().find((l) => l.text !== '');
      if (!prev) {
        err(n, 'join-nothing', 'a `join` correction, but no earlier line to join');
      } else {
        prev.raw += pieces[0].replace(TRIM, '');
        prev.text = trimLine(prev.raw);
        pieces.shift();
      }
    }
    for (const piece of pieces) lines.push({ line: n, raw: piece, text: trimLine(piece) });
  }
  return { lines, excluded, diagnostics };
}
