/**
 * Names of imported files at their edges (src/lib/ingest/import-names.ts, as its doc comments state): the
 * slug from the file name (lower-case ASCII words, at most 80 characters; else `measure-…` with the first
 * 8 hex digits of the SHA-256 of the name's stem — checked here against `sha256sum`), and a safe file name.
 */
import { describe, expect, it } from 'vitest';
import { slugFromName, sourceFileName } from '../../../src/lib/ingest/import-names.ts';

describe('slugFromName', () => {
  it('only the last extension goes; every run of other characters is one hyphen, none at either end', () => {
    expect(slugFromName('a-b.c.txt')).toBe('a-b-c');
    expect(slugFromName('--abc--.txt')).toBe('abc');
    expect(slugFromName('Some  File__2023.txt')).toBe('some-file-2023');
    expect(slugFromName('abc')).toBe('abc');
  });

  it('at most 80 characters, never ending in a hyphen', () => {
    expect(slugFromName(`${'a'.repeat(85)}.txt`)).toBe('a'.repeat(80));
    expect(slugFromName(`${'a'.repeat(79)}--b.txt`)).toBe('a'.repeat(79));
  });

  it('a name with fewer than three ASCII characters, without a letter, or a reserved word, gets measure- and the hash', () => {
    // printf '问责办法' | sha256sum → 64401bc6…; printf 'ab' | sha256sum → fb8e20fc…; printf '' | sha256sum → e3b0c442…
    expect(slugFromName('问责办法.txt')).toBe('measure-64401bc6');
    expect(slugFromName('ab.txt')).toBe('measure-ab-fb8e20fc');
    expect(slugFromName('abc.txt')).toBe('abc');
    expect(slugFromName('.hidden')).toBe('measure-e3b0c442');
    expect(slugFromName('Data.TXT')).toMatch(/^measure-data-[0-9a-f]{8}$/);
    expect(slugFromName('12.txt')).toMatch(/^measure-12-[0-9a-f]{8}$/);
  });

  it('the ASCII part of a measure- slug: at most 60 characters, no hyphen before the hash', () => {
    expect(slugFromName(`问责${'1'.repeat(70)}.txt`)).toMatch(new RegExp(`^measure-${'1'.repeat(60)}-[0-9a-f]{8}$`));
    expect(slugFromName(`问责${'1'.repeat(59)}-问.txt`)).toMatch(new RegExp(`^measure-${'1'.repeat(59)}-[0-9a-f]{8}$`));
    expect(slugFromName('问责 2023.docx')).toMatch(/^measure-2023-[0-9a-f]{8}$/);
  });
});

describe('sourceFileName', () => {
  it('each run of unsafe characters is one underscore; only the last extension is lower-cased', () => {
    expect(sourceFileName('Some File (1).TXT')).toBe('Some_File_1_.txt');
    expect(sourceFileName('a  b..Doc')).toBe('a_b..doc');
    expect(sourceFileName('A.B.C.TXT')).toBe('A.B.C.txt');
    expect(sourceFileName('NoExt')).toBe('NoExt');
  });
});
