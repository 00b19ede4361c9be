/**
 * The MDX dialect of content/regulations/*.mdx: one JSX element per provision
 * node, named after its level (article → <Article>), text in attributes.
 * Shared by the writer and the reader so the two cannot drift apart.
 */
import type { Level } from '../levels.ts';

export const ELEMENT_OF: Readonly<Record<Level, string>> = {
  document: 'Document',
  title: 'Title',
  notice: 'Notice',
  preamble: 'Preamble',
  part: 'Part',
  chapter: 'Chapter',
  division: 'Division',
  article: 'Article',
  para: 'Para',
  item: 'Item',
  sub: 'Sub',
  section: 'Section',
  heading: 'Heading',
  interpretation: 'Interpretation',
  annex: 'Annex',
  table: 'Table',
  signoff: 'Signoff',
};

export const LEVEL_OF: Readonly<Record<string, Level>> = Object.fromEntries(
  Object.entries(ELEMENT_OF).map(([level, el]) => [el, level as Level]),
);

/** Table rows and cells, which are not provision levels. */
export const ROW = 'Row';
export const CELL = 'Cell';

/** String attributes, in the order they are written. */
export const STRING_ATTRS = ['id', 'num', 'heading', 'text'] as const;
/** Number attributes, in the order they are written. */
export const NUMBER_ATTRS = ['ordinal', 'suffix', 'line'] as const;

/**
 * A JSX attribute holding `value` literally. Plain `"…"` when nothing in it
 * could be read as markup, a character reference or an expression; otherwise
 * a JSON string literal inside `{…}` with braces and angle brackets escaped,
 * so the value is data and never code.
 */
export function attr(name: string, value: string | number): string {
  if (typeof value === 'number') return `${name}={${value}}`;
  if (!/["&{}<>\\\n\r\t\u2028\u2029]/u.test(value)) return `${name}="${value}"`;
  const json = JSON.stringify(value).replace(/[{}<>\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${name}={${json}}`;
}
