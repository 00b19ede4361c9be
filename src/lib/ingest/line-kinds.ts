/**
 * What a single unnumbered line is: a date, a 题注 (adoption history), an
 * issuing body, a 文号, site furniture, a possible title. The shapes are in
 * LINE_SHAPES (src/lib/levels.ts); these predicates only combine them.
 */
import { foldTraditional, LINE_SHAPES } from '../levels.ts';
import { classify } from './classify.ts';

export const SENTENCE_PUNCT = /[，。；：,.;:！？!?、]/u;

/** Squash for comparing titles: width folded, spaces and traditional forms ignored. */
export const squash = (s: string) => foldTraditional(s.normalize('NFKC').replace(/[\s\u3000]+/gu, ''));

/** A line that is a date, optionally after an issuer (`党委办公室 2017年6月21日印发`). */
export function isDateLine(text: string): boolean {
  const m = LINE_SHAPES.date.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index).replace(/[（(\s\u3000]/gu, '');
  const after = text.slice(m.index + m[0].length).replace(/[）)\s\u3000]|印发|发布|制发/gu, '');
  if (after !== '') return false;
  return before === '' || (before.length <= 40 && !SENTENCE_PUNCT.test(before));
}

/** A 题注 line (adoption / amendment history); commas and full stops only inside 《…》 or not at all. */
export function isHistoryLine(text: string): boolean {
  const t = foldTraditional(text);
  if (!LINE_SHAPES.history.test(t) || t.length > 400) return false;
  const outside = t.replace(/《[^《》]*》/gu, '');
  return !/[，。,]/u.test(outside);
}

/** An issuing body alone on a line (a sign-off). */
export function isOrgLine(text: string): boolean {
  return text.length <= 40 && !SENTENCE_PUNCT.test(text) && LINE_SHAPES.orgEnd.test(foldTraditional(text));
}

/** A 文号 alone on a line, maybe in brackets or book-title marks: `（穗办〔2009〕6号）`, `《党发〔2017〕21号》`. */
export function isDocNumberLine(text: string): boolean {
  const t = foldTraditional(text);
  const m = LINE_SHAPES.docNumber.exec(t);
  return !!m && t.replace(m[0], '').replace(/[()（）《》\s\u3000]/gu, '') === '';
}

/** Site furniture: page titles with the site name, breadcrumbs, counters, links. */
export function isSiteJunk(text: string): boolean {
  return LINE_SHAPES.siteJunk.test(text);
}

/** A database metadata line (`【发布文号】…【生效日期】…`). */
export function isDbLine(text: string): boolean {
  return LINE_SHAPES.dbField.test(text);
}

/** Could this line be (the first line of) a title? No sentence, no 文号, date, junk or numbering. */
export function mayBeTitle(text: string): boolean {
  return (
    text.length <= 80 &&
    !/[，。；：,;:！？!?]/u.test(text.replace(/[（(][^）)]*[）)]/gu, '')) &&
    !isDocNumberLine(text) &&
    !isDateLine(text) &&
    !isSiteJunk(text) &&
    !isDbLine(text) &&
    !LINE_SHAPES.newsLead.test(text) &&
    !classify(text)
  );
}

/** A whole title: it may be one, and it ends as titles end (…办法, …意见（试行）). */
export function endsLikeTitle(text: string): boolean {
  return LINE_SHAPES.titleEnd.test(foldTraditional(text.replace(/^《|》$/gu, '')));
}
