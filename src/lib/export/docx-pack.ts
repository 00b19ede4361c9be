/**
 * Word files packed once, for the build's routes (`/regulations/<slug>.docx` and the Word 对照表 of
 * the compare, implementations and changes pages). `packDocx` (docx-common.ts, shared with the
 * browser) lets docx's `Packer` zip the package, unzips it and zips it again with the fixed time;
 * here the files are taken from docx's package compiler (`Packer`'s private static `compiler`, what
 * `Packer.pack` zips) and zipped once with that time: the same bytes (tests/lib/export/docx-pack.test.ts),
 * one deflate and one inflate less per file. Should a later docx have no such compiler, `packDocx`
 * is used instead. Kept apart from docx-common.ts so that the browser's scripts stay as they are.
 *
 * Pure: no file access.
 */
import { encodeUtf8, Packer, type Document } from 'docx';
import type { RegDocument } from '../document.ts';
import { PACKAGE_TIME, packDocx, stampFiles } from './docx-common.ts';
import { documentWord } from './document-docx.ts';
import { comparisonDocument, type DocxTableSpec } from './docx-table.ts';

/** The files of a package by their paths, in zip order. */
export type PackageFiles = Record<string, Uint8Array>;

/** What docx's package compiler gives: each file's data by its path, in the order docx zips them. */
export interface PackageCompiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly never[]): Map<string, string | ArrayBufferView | ArrayBuffer>;
}

/** docx's package compiler (`Packer`'s private static `compiler`), when this version of docx has one; undefined otherwise. */
export function packageCompiler(packer: unknown = Packer): PackageCompiler | undefined {
  const c = (packer as { compiler?: Partial<PackageCompiler> } | null)?.compiler;
  return typeof c?.compile === 'function' ? (c as PackageCompiler) : undefined;
}

/** A package's files as bytes, as docx's `zipFiles` makes them before zipping (strings as UTF-8, views as they are). */
export function packageBytes(files: Map<string, string | ArrayBufferView | ArrayBuffer>): PackageFiles {
  const out: PackageFiles = {};
  for (const [path, data] of files) {
    out[path] = typeof data === 'string' ? encodeUtf8(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  }
  return out;
}

/** The bytes of `packDocx(doc, timestamp)`, zipped once (through `packDocx` when there is no compiler: `null`). */
export async function packDocxOnce(doc: Document, timestamp: string = PACKAGE_TIME, compiler: PackageCompiler | null = packageCompiler() ?? null): Promise<Uint8Array> {
  if (!compiler) return packDocx(doc, timestamp);
  return stampFiles(packageBytes(compiler.compile(doc, undefined, [])), timestamp);
}

/** The bytes of `documentDocx(doc)` (`/regulations/<slug>.docx`), zipped once. */
export function documentDocxOnce(doc: RegDocument): Promise<Uint8Array> {
  return packDocxOnce(documentWord(doc));
}

/** The bytes of `comparisonDocx(spec)` (a Word 对照表), zipped once. */
export function comparisonDocxOnce(spec: DocxTableSpec): Promise<Uint8Array> {
  return packDocxOnce(comparisonDocument(spec), spec.timestamp);
}
