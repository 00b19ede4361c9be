/** Surgical manifest edits: appending entries leaves every other byte of manifest.yaml unchanged. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendSources, ManifestAppendError } from '../../../src/lib/ingest/manifest-append.ts';
import { manifestSchema } from '../../../src/schemas/manifest.ts';
import { errorOf } from '../../support/thrown.ts';

const committed = readFileSync(join(import.meta.dirname, '../../../content/sources/manifest.yaml'), 'utf8');
const entry = (n: number) => ({
  file: `new-${n}.html`,
  format: 'html',
  encoding: 'gb18030',
  exclude: [{ lines: [1, 3], reason: 'site chrome: navigation' }],
  documents: [{ slug: `new-${n}`, lines: [1, 40], meta: { class: '党内规范性文件', parents: [{ slug: 'ccp-accountability-2016', version: '2016' }] } }],
});

describe('appendSources', () => {
  it('keeps the committed manifest byte for byte, comments and `{ slug: … }` included, and appends the new entries', () => {
    const out = appendSources(committed, [entry(1), entry(2)]);
    expect(out.startsWith(committed)).toBe(true);
    expect(committed).toContain('{ slug: ccp-accountability-2016');
    const parsed = manifestSchema.parse(parse(out));
    const before = manifestSchema.parse(parse(committed));
    expect(parsed.sources.slice(0, -2)).toEqual(before.sources);
    expect(parsed.sources.slice(-2).map((s) => s.documents[0].slug)).toEqual(['new-1', 'new-2']);
    expect(parsed.sources.at(-1)).toMatchObject({ file: 'new-2.html', format: 'html', encoding: 'gb18030', exclude: [{ lines: [1, 3], reason: 'site chrome: navigation' }] });
    // written in the manifest's own style
    expect(out.slice(committed.length)).toContain("\n  - file: new-1.html\n    format: html\n");
    expect(out.slice(committed.length)).toMatch(/- \{ lines: \[ ?1, 3 ?\], reason: 'site chrome: navigation' \}/);
  });

  it('appends to a file without a final newline, to an empty list and to a file without sources', () => {
    const noEol = committed.trimEnd();
    expect(appendSources(noEol, [entry(1)]).startsWith(noEol)).toBe(true);
    expect(manifestSchema.parse(parse(appendSources('# only a comment\n', [entry(1)]))).sources).toHaveLength(1);
    const empty = appendSources('# c\nsources: [] # none yet\n', [entry(1)]);
    expect(empty.startsWith('# c\nsources:')).toBe(true);
    expect(manifestSchema.parse(parse(empty)).sources).toHaveLength(1);
  });

  it('appending nothing changes nothing', () => {
    expect(appendSources(committed, [])).toBe(committed);
  });

  it('refuses a list it cannot append to as text', () => {
    const e = errorOf(() => appendSources('sources: [{ file: a.txt, documents: [{ slug: a, lines: [1, 2] }] }]\n', [entry(1)]), ManifestAppendError);
    expect(e.message).toBe('expected `sources:` as a block list (- file: …) to append to');
  });
});
