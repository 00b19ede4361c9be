/**
 * Before parsing: lines a careful reader reads as one (a heading or a
 * book title broken over two lines), and the lines of a table of contents
 * (headings listed once before the body, then again over their provisions).
 * Shapes come from src/lib/levels.ts; every join and exclusion is reported.
 */
import { LINE_SHAPES } from '../levels.ts';
import type { Diagnostic, Exclusion } from '../document.ts';
import { classify, type Classified } from './classify.ts';
import type { SourceLine } from './source-lines.ts';

const STRUCTURE = new Set(['part', 'chapter', 'division']);
const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');
const count = (s: string, ch: string) => s.split(ch).length - 1;
const isTableLine = (l: SourceLine) => /^\t/u.test(l.raw);

/** The line opens a 《 that it does not close, and the next line closes it before opening another. */
function continuesTitle(l: SourceLine, next: SourceLine): boolean {
  if (count(l.text, '《') <= count(l.text, '》')) return false;
  const close = next.text.indexOf('》');
  const open = next.text.indexOf('《');
  return close >= 0 && (open < 0 || close < open);
}

/** A heading (第N章 …) whose words run onto the next line: `第二节 向中华人民共和国请求没收、` / `返还违法所得…`. */
function continuesHeading(prev: SourceLine | undefined, l: SourceLine, next: SourceLine, after: SourceLine | undefined): boolean {
  const c = classify(l.text);
  if (!c || !STRUCTURE.has(c.level)) return false;
  if (classify(next.text) || next.text.length > 30 || /[。；;：:，,！？]$/u.test(next.text) || LINE_SHAPES.date.test(next.text)) return false;
  if (/[、，,和及与或的]$/u.test(c.rest) || c.rest === '') return true;
  // A short tail before the next numbered line; not at the end of a run of headings (a table of
  // contents, whose last heading the body's unnumbered first heading follows: 第八章 附则 / 总 则).
  const prevLevel = prev ? classify(prev.text)?.level : undefined;
  if (prevLevel !== undefined && STRUCTURE.has(prevLevel)) return false;
  const afterLevel = after ? classify(after.text)?.level : undefined;
  return afterLevel === 'article' || (afterLevel !== undefined && STRUCTURE.has(afterLevel));
}

export interface Joined {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

/** Join broken book titles and headings; `lines` are the non-blank lines of one document. */
export function joinBrokenLines(lines: SourceLine[], file: string): Joined {
  const out: SourceLine[] = [];
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < lines.length; i++) {
    let cur = { ...lines[i] };
    if (isTableLine(cur)) {
      out.push(cur);
      continue;
    }
    for (let guard = 0; guard < 3 && i + 1 < lines.length && !isTableLine(lines[i + 1]); guard++) {
      const next = lines[i + 1];
      const title = continuesTitle(cur, next);
      if (!title && !continuesHeading(out.at(-1), cur, next, lines[i + 2])) break;
      const sep = !title && classify(cur.text)?.rest === '' ? ' ' : '';
      diagnostics.push({ file, line: next.line, severity: 'info', ruleId: 'joined', message: `line ${next.line} (“${next.text.slice(0, 12)}”) continues the ${title ? 'book title 《…》' : 'heading'} of line ${cur.line}; read as one line` });
      cur = { line: cur.line, raw: cur.raw + sep + next.text, text: cur.text + sep + next.text, end: next.end ?? next.line };
      i++;
    }
    out.push(cur);
  }
  return { lines: out, diagnostics };
}

/**
 * The lines of a table of contents before the first article: a line holding
 * several headings, a `目录` label, and a run of headings that the body then
 * repeats from its first heading on. Returns their indices.
 */
export interface Toc {
  indices: Set<number>;
  excluded: Exclusion[];
  /** The body's first heading written without its number (`总 则` after a contents list that says `第一章 总 则`). */
  unnumbered?: { line: number; heading: Classified };
}

export function findToc(lines: SourceLine[]): Toc {
  const indices = new Set<number>();
  let unnumbered: Toc['unnumbered'];
  const firstArticle = lines.findIndex((l) => classify(l.text)?.level === 'article');
  const end = firstArticle < 0 ? lines.length : firstArticle;
  const heading = (i: number) => {
    const c = classify(lines[i].text);
    return c && STRUCTURE.has(c.level) ? `${c.level}-${c.ordinal}-${squash(c.rest)}` : null;
  };
  for (let i = 0; i < end; i++) {
    if (LINE_SHAPES.tocLine.test(lines[i].text) || LINE_SHAPES.tocLabel.test(lines[i].text)) indices.add(i);
  }
  const first = lines.findIndex((_, i) => i < end && !indices.has(i) && heading(i) !== null);
  if (first >= 0) {
    const key = heading(first);
    const again = lines.findIndex((_, i) => i > first && i < end && heading(i) === key);
    const onlyHeadings = again > 0 && lines.slice(first, again).every((l, k) => heading(first + k) !== null || indices.has(first + k) || (l.text.length <= 30 && !/[。；;，,]/u.test(l.text)));
    if (onlyHeadings) for (let i = first; i < again; i++) indices.add(i);
    else {
      // A run of headings (at least three) that text separates from the first article, whose
      // headings the body repeats further down (the body's first heading may be unnumbered: 总 则).
      let last = first;
      while (last + 1 < end && heading(last + 1) !== null) last++;
      const keys = new Set(lines.slice(first, last + 1).map((_, k) => heading(first + k)));
      const repeated = lines.some((_, i) => i > last && keys.has(heading(i)));
      if (last - first >= 2 && last + 1 < end && repeated) {
        for (let i = first; i <= last; i++) indices.add(i);
        const firstHeading = classify(lines[first].text)!;
        const bare = lines.slice(last + 1, end).findIndex((l) => squash(l.text) === squash(firstHeading.rest));
        if (bare >= 0 && firstHeading.rest) unnumbered = { line: lines[last + 1 + bare].line, heading: firstHeading };
      }
    }
  }
  const excluded: Exclusion[] = [...indices].sort((a, b) => a - b).map((i) => ({ from: lines[i].line, to: lines[i].end ?? lines[i].line, reason: 'table of contents (目录): the same headings stand over their provisions below' }));
  return { indices, excluded, ...(unnumbered ? { unnumbered } : {}) };
}
