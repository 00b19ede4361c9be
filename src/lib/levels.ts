/**
 * The ONE table of structural levels (after Bluebell's hierarchy table).
 *
 * Every level a provision tree can hold, how its anchor id is formed, how it
 * is cited, and which levels it may contain. The parser, the id assigner, the
 * serialiser and the pages all read this table; no other file decides what
 * may nest in what.
 */

export type Level =
  | 'document'
  | 'notice' // 印发通知 wrapped around a measure
  | 'preamble' // unnumbered text between the title and the first provision
  | 'part' // 编
  | 'chapter' // 章
  | 'division' // 节
  | 'article' // 条
  | 'para' // 款 (unnumbered paragraph, counted)
  | 'item' // 项 （一）/(一)/（1）/(1)
  | 'sub' // 目 1. / 1．/ 1、
  | 'section' // 一、 (documents without articles)
  | 'heading' // an unnumbered heading (commentary essays)
  | 'interpretation' // 解读 attached to an article
  | 'annex' // 附件
  | 'table' // a table inside an annex
  | 'signoff'; // issuer / date / 文号 lines

export interface LevelSpec {
  /** Chinese name of the unit, used in citations (第六条第二款). */
  unit: string;
  /** Id fragment: `${prefix}-${n}`; null when the level carries no own anchor. */
  prefix: string | null;
  /** Whether the id is prefixed by the parent's id (art-6-para-2) or stands alone (art-6). */
  nested: boolean;
  /** Levels this one may directly contain. */
  contains: readonly Level[];
}

export const LEVELS: Readonly<Record<Level, LevelSpec>> = {
  document: {
    unit: '',
    prefix: null,
    nested: false,
    contains: ['notice', 'preamble', 'part', 'chapter', 'article', 'section', 'heading', 'annex', 'signoff', 'para'],
  },
  notice: { unit: '通知', prefix: 'notice', nested: false, contains: ['para', 'signoff'] },
  preamble: { unit: '', prefix: 'preamble', nested: false, contains: ['para'] },
  part: { unit: '编', prefix: 'part', nested: false, contains: ['chapter', 'article'] },
  chapter: { unit: '章', prefix: 'chp', nested: false, contains: ['division', 'article'] },
  division: { unit: '节', prefix: 'div', nested: true, contains: ['article'] },
  article: { unit: '条', prefix: 'art', nested: false, contains: ['para', 'interpretation'] },
  para: { unit: '款', prefix: 'para', nested: true, contains: ['item', 'sub'] },
  item: { unit: '项', prefix: 'item', nested: true, contains: ['sub', 'para'] },
  sub: { unit: '目', prefix: 'sub', nested: true, contains: ['para'] },
  section: { unit: '部分', prefix: 'sec', nested: false, contains: ['para', 'item', 'sub'] },
  heading: { unit: '', prefix: 'h', nested: false, contains: ['para'] },
  interpretation: { unit: '解读', prefix: 'interp', nested: true, contains: ['para', 'item'] },
  annex: { unit: '附件', prefix: 'annex', nested: false, contains: ['para', 'table', 'sub', 'item'] },
  table: { unit: '表', prefix: 'table', nested: true, contains: [] },
  signoff: { unit: '', prefix: null, nested: false, contains: [] },
};

export function mayContain(parent: Level, child: Level): boolean {
  return LEVELS[parent].contains.includes(child);
}
