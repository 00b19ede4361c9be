import { describe, expect, it } from 'vitest';
import { slugFromName, sourceFileName, unique } from '../../../src/lib/ingest/import-names.ts';
import { slug } from '../../../src/schemas/meta.ts';

describe('names of imported files', () => {
  it('derives slugs from file names', () => {
    expect(slugFromName('lrb-0001.txt')).toBe('lrb-0001');
    expect(slugFromName('Some College_Measure 2024.DOCX')).toBe('some-college-measure-2024');
    expect(slugFromName('ＡＢＣ２０２４.txt')).toBe('abc2024'); // full-width folded
    expect(slugFromName('某某大学问责办法.docx')).toMatch(/^measure-[0-9a-f]{8}$/);
    expect(slugFromName('某某大学问责办法.docx')).toBe(slugFromName('某某大学问责办法.pdf')); // from the name, not the bytes
    expect(slugFromName('2023某某办法.txt')).toMatch(/^measure-2023-[0-9a-f]{8}$/);
    expect(slugFromName('index.html')).toMatch(/^measure-index-/);
    for (const n of ['lrb-0001.txt', '某某.docx', '2023某某办法.txt', 'a.txt', '--x--.pdf', 'index.html']) expect(slug.safeParse(slugFromName(n)).success, n).toBe(true);
  });

  it('keeps file names safe for content/sources/', () => {
    expect(sourceFileName('某某 大学/办法(2023).DOCX')).toBe('某某_大学_办法_2023_.docx');
  });

  it('resolves collisions deterministically', () => {
    const taken = new Set(['a', 'a-2', 'x.txt']);
    expect(unique('a', (s) => taken.has(s))).toBe('a-3');
    expect(unique('b', (s) => taken.has(s))).toBe('b');
    expect(unique('x.txt', (s) => taken.has(s), '.txt')).toBe('x-2.txt');
  });
});
