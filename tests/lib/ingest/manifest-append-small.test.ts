/**
 * Surgical manifest edits (src/lib/ingest/manifest-append.ts) on small manifests built in each test:
 * the new entries appended as text in the manifest's own style, every byte before them kept, and the
 * manifests it cannot append to refused with a typed error saying what it expected.
 */
import { describe, expect, it } from 'vitest';
import { appendSources, entryText, ManifestAppendError } from '../../../src/lib/ingest/manifest-append.ts';
import { errorOf } from '../../support/thrown.ts';

const B = { file: 'b.txt', documents: [{ slug: 'b', lines: [1, 2] }] };
const bAt = (indent: number) => ['- file: b.txt', '  documents:', '    - slug: b', '      lines: [ 1, 2 ]'].map((l) => ' '.repeat(indent) + l).join('\n');

describe('entryText', () => {
  it('block YAML in the manifest’s style: flow lists of scalars, exclusions, corrections and parents on one line each', () => {
    const e = {
      file: 'a.txt',
      exclude: [{ lines: [1, 3], reason: 'x' }],
      documents: [{ slug: 'a', lines: [1, 40], meta: { parents: [{ slug: 'p', version: '2016' }] }, corrections: [{ line: 2, find: 'a', replace: 'b', reason: 'r' }], aliases: { 'art-7': 'art-8' } }],
    };
    expect(entryText(e, 2).split('\n')).toEqual([
      '  - file: a.txt',
      '    exclude:',
      '      - { lines: [ 1, 3 ], reason: x }',
      '    documents:',
      '      - slug: a',
      '        lines: [ 1, 40 ]',
      '        meta:',
      "          parents: [ { slug: p, version: '2016' } ]",
      '        corrections:',
      '          - { line: 2, find: a, replace: b, reason: r }',
      '        aliases:',
      '          art-7: art-8',
    ]);
    expect(entryText(B, 0)).toBe(bAt(0));
  });
});

describe('appendSources', () => {
  it('appends after the last entry, one blank line between, at the column of the list’s dashes', () => {
    expect(appendSources('sources:\n  - file: a.txt\n', [B])).toBe(`sources:\n  - file: a.txt\n\n${bAt(2)}\n`);
    expect(appendSources('# c\nsources: # list\n    - file: a.txt\n', [B])).toBe(`# c\nsources: # list\n    - file: a.txt\n\n${bAt(4)}\n`);
    expect(appendSources('sources:\n- file: a.txt\n', [B])).toBe(`sources:\n- file: a.txt\n\n${bAt(0)}\n`);
    expect(appendSources('sources:  \n\n  # first\n  - file: a.txt\n', [B])).toBe(`sources:  \n\n  # first\n  - file: a.txt\n\n${bAt(2)}\n`);
  });

  it('ends the last line first when the file has no final newline; several entries a blank line apart', () => {
    expect(appendSources('sources:\n  - file: a.txt', [B, B])).toBe(`sources:\n  - file: a.txt\n\n${bAt(2)}\n\n${bAt(2)}\n`);
  });

  it('with another top-level key before `sources:`, parsed: the same text, the dashes’ column kept', () => {
    expect(appendSources('x: 1\nsources:\n  - file: a.txt\n', [B])).toBe(`x: 1\nsources:\n  - file: a.txt\n\n${bAt(2)}\n`);
    expect(appendSources('x: 1\nsources:\n- file: a.txt\n', [B])).toBe(`x: 1\nsources:\n- file: a.txt\n\n${bAt(0)}\n`);
    expect(appendSources('x: 1\nsources:\n    - file: a.txt', [B])).toBe(`x: 1\nsources:\n    - file: a.txt\n\n${bAt(4)}\n`);
  });

  it('an empty file, a file without `sources:` and an empty list get a block list', () => {
    expect(appendSources('', [B])).toBe(`sources:\n${bAt(2)}\n`);
    expect(appendSources('# only a comment', [B])).toBe(`# only a comment\nsources:\n${bAt(2)}\n`);
    expect(appendSources('x: 1\nsources: []  \ny: 2\n', [B])).toBe(`x: 1\nsources:\n${bAt(2)}\ny: 2\n`);
  });

  it('refuses what it cannot append to as text, saying what it expected', () => {
    const refused = (text: string) => errorOf(() => appendSources(text, [B]), ManifestAppendError);
    expect(refused('sources:\n  - file: a.txt\nx: 1\n').message).toBe('expected `sources:` to be the last key of the manifest');
    expect(refused('- a\n').message).toBe('expected the manifest to be a mapping with `sources:`');
    expect(refused('sources: x\n').message).toBe('expected `sources:` as a block list (- file: …) to append to');
    expect(refused('sources: [\n').message).toMatch(/^the manifest does not parse: Flow sequence in block collection/);
    expect(refused('- a\n').name).toBe('ManifestAppendError');
  });
});
