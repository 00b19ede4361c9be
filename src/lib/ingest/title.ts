/**
 * Where the title is: the 《X》 an issuing notice (or a news lead) names and
 * that then stands alone as a line, or the first line that reads as a title
 * (never a 文号, a news lead, a date or a site heading above it).
 */
import { LINE_SHAPES } from '../levels.ts';
import { classify } from './classify.ts';
import { endsLikeTitle, isDocNumberLine, mayBeTitle, squash } from './line-kinds.ts';
import type { SourceLine } from './source-lines.ts';

export interface NoticeTitle {
  /** The measure's title as the notice names it, squashed. */
  title: string;
  /** Index of the first and the last line of the notice title (or of the lead naming it). */
  startIndex: number;
  endIndex: number;
}

/** A title compared with another: spaces, widths, traditional forms and inner book-title marks (〈〉 <>) ignored. */
const titleKey = (s: string) => squash(s).replace(/[<>〈〉《》]/gu, '');

/** Index of the first numbered line (article, chapter, section…), or the length. */
function bodyStart(lines: SourceLine[]): number {
  const i = lines.findIndex((l) => classify(l.text) !== null);
  return i < 0 ? lines.length : i;
}

/** The line (or two lines) below `from` that read exactly `title`. */
function findLine(lines: SourceLine[], from: number, title: string): { index: number; span: number } | null {
  for (let i = from; i < lines.length; i++) {
    if (titleKey(lines[i].text) === title) return { index: i, span: 1 };
    if (lines[i + 1] && titleKey(lines[i].text + lines[i + 1].text) === title) return { index: i, span: 2 };
  }
  return null;
}

/** A notice title (关于印发《X》的通 知), else a lead naming 《X》 that then stands alone as the title. */
export function findNoticeTitle(lines: SourceLine[]): NoticeTitle | null {
  const head = lines.slice(0, Math.min(20, bodyStart(lines)));
  for (let i = 0; i < head.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(i + 3, head.length); j++) {
      joined += head[j].text;
      const m = LINE_SHAPES.noticeTitle.exec(squash(joined));
      // the notice title starts in line i (not in a line joined after it)
      if (m && m.index < squash(head[i].text).length) return { title: titleKey(m[1]), startIndex: i, endIndex: j };
    }
  }
  for (let i = 0; i < head.length; i++) {
    for (const m of head[i].text.matchAll(/《([^《》]{4,80})》/gu)) {
      const title = titleKey(m[1]);
      if (!endsLikeTitle(title) || isDocNumberLine(title)) continue;
      if (findLine(lines.slice(0, 60), i + 1, title)) return { title, startIndex: i, endIndex: i };
    }
  }
  return null;
}

/** How many lines a title starting at `i` spans: a second line ends it when the first does not end like a title. */
function titleSpan(lines: SourceLine[], i: number): number {
  const next = lines[i + 1];
  return !endsLikeTitle(lines[i].text) && next && endsLikeTitle(next.text) && !classify(next.text) && mayBeTitle(next.text) ? 2 : 1;
}

/** Index of the title line (and how many lines it spans), or null. */
export function findTitle(lines: SourceLine[], opts: { titleLine?: number; commentary: boolean }, notice: NoticeTitle | null): { index: number; span: number } | null {
  if (opts.titleLine !== undefined) {
    const i = lines.findIndex((l) => l.line >= opts.titleLine!);
    return i < 0 ? null : { index: i, span: titleSpan(lines, i) };
  }
  // the title under the notice, or (as databases print it) above it
  if (notice) return findLine(lines, notice.endIndex + 1, notice.title) ?? findLine(lines.slice(0, notice.startIndex), 0, notice.title);
  if (lines.length === 0 || classify(lines[0].text)) return null;
  if (opts.commentary) return { index: 0, span: titleSpan(lines, 0) };
  // The first line that reads as a title and ends like one (alone or with the next line)…
  const end = Math.min(12, bodyStart(lines));
  for (let i = 0; i < end; i++) {
    if (!mayBeTitle(lines[i].text)) continue;
    const span = titleSpan(lines, i);
    if (endsLikeTitle(lines[i + span - 1].text)) return { index: i, span };
  }
  // …else the first line that may be one at all, else the first line.
  const any = lines.slice(0, end).findIndex((l) => mayBeTitle(l.text));
  return { index: Math.max(0, any), span: any < 0 ? 1 : titleSpan(lines, any) };
}
