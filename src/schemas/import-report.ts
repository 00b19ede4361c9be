import { z } from 'zod';

/** One input file of an import run and what became of it. */
export const importedFile = z.object({
  /** The path as given (or found under a directory argument). */
  input: z.string(),
  status: z.enum(['accepted', 'warnings', 'refused', 'unchanged', 'skipped']),
  format: z.string().optional(),
  encoding: z.string().optional(),
  /** content/sources/ file name and slug, when accepted. */
  source: z.string().optional(),
  slug: z.string().optional(),
  title: z.string().optional(),
  /** The first reason for a refusal (or a skip). */
  reason: z.string().optional(),
  /** What the format reader found (encoding and how sure, pages, chrome excluded, renamings). */
  notes: z.array(z.string()).default([]),
  /** Diagnostics as `place: severity: message [rule]`, place = extracted-text line; at most 10 per file. */
  diagnostics: z.array(z.string()).default([]),
  /** How many diagnostics there were in all. */
  diagnosticCount: z.number().int().default(0),
});

/** content/import-report.json: the last `npm run ingest -- PATH...` run, rendered at /import-report/. */
export const importReport = z.object({
  version: z.literal(1),
  strict: z.boolean(),
  summary: z.object({
    accepted: z.number().int(),
    warnings: z.number().int(),
    refused: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
  }),
  files: z.array(importedFile),
});

export type ImportedFile = z.output<typeof importedFile>;
export type ImportReport = z.output<typeof importReport>;
