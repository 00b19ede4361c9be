import { z } from 'zod';
import { docClass, isoDate, parentRef, slug } from './meta.ts';

const lineNo = z.number().int().positive();

/** An inclusive range of 1-based source lines: `[from, to]`. */
export const lineRange = z
  .tuple([lineNo, lineNo])
  .refine(([a, b]) => a <= b, 'expected [from, to] with from <= to');

/** Lines (or part of one line) left out of the published text, with the reason. */
export const exclusionSpec = z
  .strictObject({
    /** The whole lines `[from, to]`… */
    lines: lineRange.optional(),
    /** …or one line, of which only `text` is left out. */
    line: lineNo.optional(),
    /** The exact text left out of `line` (the rest of the line is published). */
    text: z.string().min(1).optional(),
    /** Why it is not published (site junk, duplicate heading, …). */
    reason: z.string().min(1),
  })
  .refine((e) => (e.lines ? !e.line && !e.text : !!e.line && !!e.text), {
    error: 'expected either `lines: [from, to]` or `line` with `text`',
  });

/** A declared fix of an obvious source defect. */
export const correctionSpec = z
  .strictObject({
    line: lineNo,
    /** Text found in the line… */
    find: z.string().min(1).optional(),
    /** …and what it becomes; `\n` splits the line in two. */
    replace: z.string().optional(),
    /** The line continues the previous non-blank line (a sentence broken across lines). */
    join: z.literal(true).optional(),
    reason: z.string().min(1),
  })
  .refine((c) => (c.join ? c.find === undefined : c.find !== undefined && c.replace !== undefined), {
    error: 'expected either `find` and `replace`, or `join: true`',
  });

/** Metadata the text does not give (or gives wrongly); merged over what the converter extracts. */
export const metaOverrides = z
  .strictObject({
    title: z.string().min(1).optional(),
    shortTitle: z.string().min(1).optional(),
    class: docClass.optional(),
    issuer: z.string().nullable().optional(),
    docNumber: z.string().nullable().optional(),
    issued: isoDate.nullable().optional(),
    effective: isoDate.nullable().optional(),
    provisional: z.enum(['暂行', '试行']).nullable().optional(),
    status: z.enum(['in-force', 'superseded', 'unknown']).optional(),
    parents: z.array(parentRef).optional(),
  });

/** One document cut out of a source file. */
export const documentSpec = z
  .strictObject({
    slug,
    /** The lines of the source that make this document. */
    lines: lineRange,
    /**
     * The date of this version (YYYY-MM-DD: the day it was issued or adopted), when the document
     * has several: one entry per version, all with the same slug and each with its own date; the
     * latest is the current version, published at /regulations/<slug>/. Absent for a document
     * with one version.
     */
    version: isoDate.optional(),
    /** `regulation` (default) or `commentary` (an essay: headings and paragraphs). */
    kind: z.enum(['regulation', 'commentary']).default('regulation'),
    /** First line of the title block, when the converter cannot find it (a masthead precedes it). */
    titleLine: lineNo.optional(),
    meta: metaOverrides.default({}),
    /** Old anchor id → new anchor id, so links made before a renumbering keep landing. */
    aliases: z.record(z.string(), z.string()).default({}),
    corrections: z.array(correctionSpec).default([]),
  });

export const sourceSpec = z
  .strictObject({
    /** File name in content/sources/ (kept verbatim, as received). */
    file: z.string().regex(/^[^/\\]+\.(txt|docx|doc|pdf|html|htm)$/i, 'expected a .txt, .docx, .doc, .pdf, .html or .htm file name in content/sources/'),
    /** How the text is extracted (default: from the file name's extension); line numbers refer to the extracted text. */
    format: z.enum(['txt', 'docx', 'doc', 'pdf', 'html']).optional(),
    /** For .txt and .html: the character encoding found at import (iconv-lite name), so re-ingesting decodes the same way. */
    encoding: z.string().min(1).optional(),
    documents: z.array(documentSpec).min(1),
    /** Lines not published, with reasons; every non-blank line is either in a document or excluded. */
    exclude: z.array(exclusionSpec).default([]),
  });

export const manifestSchema = z.strictObject({ sources: z.array(sourceSpec).default([]) });

export type Manifest = z.output<typeof manifestSchema>;
export type SourceSpec = z.output<typeof sourceSpec>;
export type DocumentSpec = z.output<typeof documentSpec>;
export type ExclusionSpec = z.output<typeof exclusionSpec>;
export type CorrectionSpec = z.output<typeof correctionSpec>;
