/**
 * Appending to the manifest as text (src/lib/ingest/manifest-append.ts), the cases the small tests leave out:
 * several entries on each path (a blank line between each two, as everywhere in manifest.yaml), and a
 * `sources:` key with no list after it, which the manifest's schema refuses too (`sources` is a list or
 * absent) and which appending must not turn into a second `sources:` key.
 */
import { describe, expect, it } from 'vitest';
import { appendSources, ManifestAppendError } from '../../../src/lib/ingest/manifest-append.ts';
import { manifestSchema } from '../../../src/schemas/manifest.ts';
import { errorOf } from '../../support/thrown.ts';
import { parse } from 'yaml';

const entry = (slug: string) => ({ file: `${slug}.txt`, documents: [{ slug, lines: [1, 2] }] });
const block = (slug: string) => [`  - file: ${slug}.txt`, '    documents:', `      - slug: ${slug}`, '        lines: [ 1, 2 ]'].join('\n');

describe('appendSources: several entries, a blank line between each two', () => {
  it('into an empty file, a file without `sources:` and an empty list', () => {
    expect(appendSources('', [entry('a'), entry('b')])).toBe(`sources:\n${block('a')}\n\n${block('b')}\n`);
    expect(appendSources('# manifest\n', [entry('a'), entry('b')])).toBe(`# manifest\nsources:\n${block('a')}\n\n${block('b')}\n`);
    expect(appendSources('sources: []\n', [entry('a'), entry('b')])).toBe(`sources:\n${block('a')}\n\n${block('b')}\n`);
  });

  it('after the last entry of a manifest that is parsed (another top-level key first)', () => {
    const text = 'x: 1\nsources:\n  - file: z.txt\n';
    expect(appendSources(text, [entry('a'), entry('b')])).toBe(`${text}\n${block('a')}\n\n${block('b')}\n`);
  });

  it('at the column of the list’s dashes, not of a nested list ending a file without a final newline', () => {
    const text = 'sources:\n  - file: z.txt\n    exclude:\n      - { lines: [1, 2], reason: x }';
    expect(appendSources(text, [entry('a')])).toBe(`${text}\n\n${block('a')}\n`);
  });

  it('the text appended reads back as the entries given', () => {
    const out = appendSources('sources:\n  - file: z.txt\n    documents:\n      - { slug: z, lines: [1, 1] }\n', [entry('a'), entry('b')]);
    expect(manifestSchema.parse(parse(out)).sources.map((s) => s.file)).toEqual(['z.txt', 'a.txt', 'b.txt']);
  });
});

describe('appendSources: a `sources:` key with no list after it', () => {
  it('is refused, saying a block list was expected, as the schema refuses it; no second `sources:` is written', () => {
    for (const text of ['sources:\n', 'sources:', 'sources: # none yet\n', 'x: 1\nsources:\n']) {
      const e = errorOf(() => appendSources(text, [entry('a')]), ManifestAppendError);
      expect([e.name, e.message]).toEqual(['ManifestAppendError', 'expected `sources:` as a block list (- file: …) to append to']);
      expect(manifestSchema.safeParse(parse(text.replace('x: 1\n', ''))).success).toBe(false);
    }
  });
});
