/**
 * The machine-readable export of one document, `/regulations/<slug>.json`,
 * and its JSON Schema (`/schemas/document.schema.json`, generated from this
 * zod schema, so the two cannot drift).
 */
import { z } from 'zod';
import { docClass, isoDate, parentRef, slug } from './meta.ts';

const LEVEL_NAMES = ['document', 'title', 'notice', 'preamble', 'part', 'chapter', 'division', 'article', 'para', 'item', 'sub', 'section', 'heading', 'interpretation', 'annex', 'table', 'signoff'] as const;

/** One table cell. */
export const exportCell = z.strictObject({
  text: z.string(),
  rowspan: z.number().int().positive().optional(),
  colspan: z.number().int().positive().optional(),
});

/** One provision, with the anchor it has on the page. */
export const exportNode = z.strictObject({
  /** Structural level (章/节/条/款/项/目, sections, annexes, …). */
  kind: z.enum(LEVEL_NAMES),
  /** Anchor on the document page (`art-6-para-2`); absent for levels without one (title, sign-off). */
  id: z.string().optional(),
  /** Numbering as written: 第六条, （一）, 1. */
  num: z.string().optional(),
  /** Arabic value of the numbering. */
  ordinal: z.number().int().optional(),
  heading: z.string().optional(),
  /** The node's own text, without number and heading. */
  text: z.string(),
  /** Table rows (kind `table`), the first row being the header. */
  rows: z.array(z.array(exportCell)).optional(),
  get children() {
    return z.array(exportNode);
  },
});
export type ExportNode = z.infer<typeof exportNode>;

/** A crosswalk link seen from this document. */
export const exportLink = z.strictObject({
  /** Anchor in this document. */
  anchor: z.string(),
  /** The provision at the other end. */
  other: z.strictObject({ doc: slug, anchor: z.string() }),
  relation: z.enum(['restates', 'implements', 'related']),
  source: z.enum(['citation', 'suggested', 'curated']),
  score: z.number().min(0).max(1),
  /** Why the relation holds, as the page shows it (重申 · 保留上位条款文字 94%). */
  why: z.string(),
  /** Share of the parent provision's text the local one keeps (0–1). */
  kept: z.number().min(0).max(1),
  /** Phrases the local provision adds, and parent phrases it drops. */
  added: z.array(z.string()),
  dropped: z.array(z.string()),
});

export const documentExport = z.strictObject({
  /** Format version of this export. */
  version: z.literal(1),
  slug,
  /** Page of the document, relative to the site. */
  path: z.string(),
  meta: z.strictObject({
    title: z.string(),
    shortTitle: z.string(),
    class: docClass,
    issuer: z.string().nullable(),
    docNumber: z.string().nullable(),
    issued: isoDate.nullable(),
    effective: isoDate.nullable(),
    provisional: z.enum(['暂行', '试行']).nullable(),
    status: z.enum(['in-force', 'superseded', 'unknown']),
    parents: z.array(parentRef),
    /** The date of the current version, for a document with several (its earlier versions: /regulations/<slug>/<date>/). */
    version: isoDate.optional(),
  }),
  /** The provisions, in reading order. */
  provisions: z.array(exportNode),
  /** Old anchor → current anchor (kept across renumbering revisions). */
  aliases: z.record(z.string(), z.string()),
  crosswalk: z.strictObject({
    /** Links from provisions of this document to its parent(s). */
    parents: z.array(exportLink),
    /** Links from provisions of other documents (measures implementing this one) to it. */
    implementations: z.array(exportLink),
  }),
});
export type DocumentExport = z.infer<typeof documentExport>;

/** The JSON Schema published with the site. */
export function documentJsonSchema(): Record<string, unknown> {
  return { $id: 'document.schema.json', title: 'tiaowen document export', ...z.toJSONSchema(documentExport) };
}
