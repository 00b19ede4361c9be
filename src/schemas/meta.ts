import { z } from 'zod';

/** A calendar date as written in ISO form, e.g. `2017-06-21`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a real calendar date');

/** Slugs that name the site's own files (/compare/data/index.json). */
const RESERVED_SLUGS = ['index', 'data'];

/** URL slug of a document: lowercase ASCII words joined by hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lowercase letters, digits and hyphens')
  .refine((s) => !RESERVED_SLUGS.includes(s), { error: (issue) => `"${String(issue.input)}" is reserved by the site (${RESERVED_SLUGS.join(', ')}); choose another slug` });

/** The class of a document. */
export const docClass = z.enum(['党内法规', '党内规范性文件', '规范性文件', '评论']);
export type DocClass = z.infer<typeof docClass>;

/** A parent regulation this document implements. */
export const parentRef = z.object({
  /** Slug of the parent document in this corpus. */
  slug,
  /**
   * Version of the parent this document implements: a version date (2016-07-08) or its year
   * (2016); the crosswalk pins it (see src/lib/versions/). Absent: the parent's current version.
   */
  version: z.string().optional(),
});

/** One event of a document's adoption / amendment history, as its 题注 states it. */
export const historyEvent = z.object({
  /** The day it happened. */
  date: isoDate,
  /** What happened: 通过 adopted, 批准 approved, 修正 amended (修改 is read as 修正), 修订 revised, 发布 / 公布 / 印发 issued, 施行 in force. */
  action: z.enum(['通过', '批准', '修正', '修订', '发布', '公布', '施行', '印发']),
  /** The body that did it, without session numbers (上海市人民代表大会常务委员会); null when the line does not say. */
  by: z.string().nullable(),
});
export type HistoryEvent = z.infer<typeof historyEvent>;

/**
 * Metadata of one published document. Values the text does not give stay
 * `null` (unknown): never invented.
 */
export const docMeta = z.object({
  slug,
  /** Full title as in the text. */
  title: z.string().min(1),
  /** Short title for lists and citations in results (日照问责办法). */
  shortTitle: z.string().min(1),
  /** 党内法规 for the 2016 Regulations; 党内规范性文件 / 规范性文件 for local measures; 评论 for commentary. */
  class: docClass,
  /** Issuing body; null when the text does not say. */
  issuer: z.string().nullable().default(null),
  /** 文号, e.g. 日职院办字〔2017〕51号; null when none is given. */
  docNumber: z.string().nullable().default(null),
  /**
   * Date of issue; null when unknown. From the sign-off; for a text with a 题注, the day it was
   * 发布 / 公布, else the day its current version was adopted (the last 通过 / 修订 / 修正).
   */
  issued: isoDate.nullable().default(null),
  /** Date it takes effect (自…起施行; 自发布之日起施行 means the issue date); null when unknown. */
  effective: isoDate.nullable().default(null),
  /** Adoption and amendment history from the 题注 under the title, in the order given; absent when there is none. */
  history: z.array(historyEvent).optional(),
  /** 暂行 / 试行 when the title says so. */
  provisional: z.enum(['暂行', '试行']).nullable().default(null),
  /** Whether the document is in force. */
  status: z.enum(['in-force', 'superseded', 'unknown']).default('unknown'),
  /** Parent regulation(s) this measure implements. */
  parents: z.array(parentRef).default([]),
  /** The date of this version, when the manifest lists several versions of the document (YYYY-MM-DD). */
  version: isoDate.optional(),
  /** An earlier (not the current) version: set when the site loads it from versions/<slug>/, never written by ingest. Its page is /regulations/<slug>/<version>/. */
  archived: z.boolean().optional(),
  /** Raw source file (relative to content/sources) and the 1-based inclusive line range. */
  source: z.object({ file: z.string(), from: z.number().int().positive(), to: z.number().int().positive() }),
});
export type DocMeta = z.infer<typeof docMeta>;
