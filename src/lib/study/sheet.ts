/**
 * The trainer's study sheet (/study/) lives in its URL, so it can be shared
 * and reopened without a server:
 *
 *   /study/?title=问责专题&items=rizhao-polytechnic-2017%23art-6,ccp-accountability-2016%23art-7&h.1=问责方式&n.1=对照本校办法
 *
 * - `items`: the chosen provisions in the trainer's order, `<slug>#<anchor>`
 *   joined by commas (slugs and anchors are [a-z0-9-], so neither holds a
 *   comma or a `#`; URLSearchParams writes the `#` as %23);
 * - `h.N` / `n.N`: the optional heading and note of item N (0-based, by
 *   position in `items`);
 * - `title`: the optional title of the sheet.
 *
 * Pure: parse and write the query, and the operations the page offers
 * (add, move up/down, remove, edit), each returning a new sheet.
 */

export interface StudyItem {
  /** Document slug. */
  doc: string;
  /** Anchor of the provision on the document page (art-6, sec-2, …). */
  anchor: string;
  heading?: string;
  note?: string;
}

export interface StudySheet {
  title?: string;
  items: StudyItem[];
}

/** What a slug or an anchor may be: lowercase ASCII letters, digits and hyphens. */
const NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The longest heading or note kept (a URL must stay shareable). */
export const MAX_TEXT = 2000;
/** The most items a sheet holds. */
export const MAX_ITEMS = 100;

export interface ParsedSheet {
  sheet: StudySheet;
  /** Parts of the query that were not understood and left out, for the page to say so. */
  problems: string[];
}

const clean = (s: string | null) => {
  const t = (s ?? '').replace(/\r\n?/g, '\n').trim();
  return t ? t.slice(0, MAX_TEXT) : undefined;
};

/** Read a sheet from a query string (`?items=…` or a URLSearchParams). Unknown or malformed entries are reported, never guessed. */
export function parseSheet(query: string | URLSearchParams): ParsedSheet {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const problems: string[] = [];
  const items: StudyItem[] = [];
  const seen = new Set<string>();
  const raw = (params.get('items') ?? '').split(',').filter((x) => x !== '');
  raw.forEach((entry, i) => {
    const hash = entry.indexOf('#');
    const doc = hash > 0 ? entry.slice(0, hash) : '';
    const anchor = hash > 0 ? entry.slice(hash + 1) : '';
    if (!NAME.test(doc) || !NAME.test(anchor)) {
      problems.push(`第${i + 1}项“${entry}”不是“文件#锚点”的形式，已略去`);
      return;
    }
    const key = `${doc}#${anchor}`;
    if (seen.has(key)) {
      problems.push(`第${i + 1}项“${key}”重复，已略去`);
      return;
    }
    if (items.length >= MAX_ITEMS) {
      problems.push(`超过${MAX_ITEMS}项，第${i + 1}项起已略去`);
      return;
    }
    seen.add(key);
    const heading = clean(params.get(`h.${i}`));
    const note = clean(params.get(`n.${i}`));
    items.push({ doc, anchor, ...(heading ? { heading } : {}), ...(note ? { note } : {}) });
  });
  const title = clean(params.get('title'));
  return { sheet: { ...(title ? { title } : {}), items }, problems: [...new Set(problems)] };
}

/** The query string of a sheet (without `?`); empty for an empty sheet without title. */
export function sheetQuery(sheet: StudySheet): string {
  const params = new URLSearchParams();
  if (sheet.title) params.set('title', sheet.title);
  if (sheet.items.length) params.set('items', sheet.items.map((it) => `${it.doc}#${it.anchor}`).join(','));
  sheet.items.forEach((it, i) => {
    if (it.heading) params.set(`h.${i}`, it.heading);
    if (it.note) params.set(`n.${i}`, it.note);
  });
  return params.toString();
}

export const hasItem = (sheet: StudySheet, doc: string, anchor: string) => sheet.items.some((it) => it.doc === doc && it.anchor === anchor);

/** Append a provision (no change when it is already on the sheet or the sheet is full). */
export function addItem(sheet: StudySheet, doc: string, anchor: string): StudySheet {
  if (!NAME.test(doc) || !NAME.test(anchor)) throw new RangeError(`not a document and anchor: ${doc}#${anchor}`);
  if (hasItem(sheet, doc, anchor) || sheet.items.length >= MAX_ITEMS) return sheet;
  return { ...sheet, items: [...sheet.items, { doc, anchor }] };
}

/** Move item `index` by `delta` places (−1 up, +1 down); unchanged at the ends. */
export function moveItem(sheet: StudySheet, index: number, delta: number): StudySheet {
  const to = index + delta;
  if (index < 0 || index >= sheet.items.length || to < 0 || to >= sheet.items.length) return sheet;
  const items = [...sheet.items];
  const [it] = items.splice(index, 1);
  items.splice(to, 0, it!);
  return { ...sheet, items };
}

export function removeItem(sheet: StudySheet, index: number): StudySheet {
  return { ...sheet, items: sheet.items.filter((_, i) => i !== index) };
}

/** Set (or clear, with an empty text) the heading or note of item `index`. */
export function editItem(sheet: StudySheet, index: number, field: 'heading' | 'note', text: string): StudySheet {
  return {
    ...sheet,
    items: sheet.items.map((it, i) => {
      if (i !== index) return it;
      const value = clean(text);
      const { [field]: _old, ...rest } = it;
      return value ? { ...rest, [field]: value } : rest;
    }),
  };
}

export function setTitle(sheet: StudySheet, text: string): StudySheet {
  const title = clean(text);
  const { title: _old, ...rest } = sheet;
  return title ? { ...rest, title } : rest;
}
