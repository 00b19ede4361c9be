/** The small shared modules of src/lib/: YAML validation messages, traditional-character folding, the seeded PRNG, diagnostics, the feed's texts. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { hasTraditional, singleCharacterPairs, toSimplified } from '../../src/lib/chinese-variants.ts';
import { formatDiagnostic } from '../../src/lib/document.ts';
import { feedEntries } from '../../src/lib/feed.ts';
import { rng } from '../../src/lib/random.ts';
import { parseEachYaml, parseYamlWith, ValidationError, type PlacedError } from '../../src/lib/yaml-validate.ts';

/** mulberry32(1), as the reference implementation gives it (0.6270739405881613, …) times 2^32. */
const MULBERRY32_SEED_1 = [2693262067, 11749833, 2265367787];

const schema = z.strictObject({ name: z.string(), kind: z.enum(['a', 'b']), items: z.array(z.strictObject({ n: z.number() })).default([]) });
const problems = (text: string, file = 'x.yaml') => {
  try {
    parseYamlWith(text, file, schema);
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
};

describe('parseYamlWith', () => {
  it('names file, line and column of each bad value, the path, and the refused value of an enum', () => {
    const e = problems('name: n\nkind: c\nitems:\n  - n: 1\n  - n: two\n');
    expect(e.name).toBe('ValidationError');
    expect(e.errors.map((x) => [x.line, x.column])).toEqual([[2, 7], [5, 8]]);
    expect(e.message.split('\n')).toEqual([
      expect.stringMatching(/^x\.yaml:2:7: kind: .*"a".*"b".*, got "c"$/),
      expect.stringMatching(/^x\.yaml:5:8: items\.1\.n: Invalid input: expected number, received string$/),
    ]);
  });

  it('points an unknown key at the key itself, and a missing one at the map', () => {
    const e = problems('name: n\nkind: a\nextra: 1\n');
    expect(e.errors).toEqual([{ file: 'x.yaml', line: 3, column: 1, message: expect.stringMatching(/^Unrecognized key: "extra"$/) }]);
    const m = problems('kind: a\n');
    expect(m.errors[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^name: /) });
  });

  it('reports YAML syntax errors with their place and refuses the file', () => {
    const e = problems('name: n\nkind: [a\n');
    expect(e.errors[0]!.message).toMatch(/^invalid YAML: /);
    expect(e.errors[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('gives the line of any value of a valid file, of the deepest node there is for a path that is not', () => {
    const v = parseYamlWith('name: n\nkind: a\nitems:\n  - n: 1\n  - n: 2\n', 'x.yaml', schema);
    expect(v.data.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(v.lineOf(['items', 1, 'n'])).toBe(5);
    expect(v.lineOf(['kind'])).toBe(2);
    // A path past the end gives the deepest node there is: the list, which starts on line 4.
    expect(v.lineOf(['items', 7])).toBe(4);
    expect(v.lineOf(['nothing'])).toBe(1);
  });
});

describe('parseEachYaml', () => {
  it('reads files in name order, keeps the good ones and collects every problem of the bad ones', () => {
    const errors: PlacedError[] = [];
    const out = parseEachYaml(
      [
        { file: 'c.yaml', text: 'name: c\nkind: b\n' },
        { file: 'b.yaml', text: 'name: b\nkind: z\n' },
        { file: 'a.yaml', text: 'name: a\nkind: a\n' },
        { file: 'd.yaml', text: 'kind: a\n' },
      ],
      schema,
      errors,
    );
    expect(out.map((o) => [o.file, o.parsed.data.name])).toEqual([['a.yaml', 'a'], ['c.yaml', 'c']]);
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual(['b.yaml:2', 'd.yaml:1']);
  });

  it('lets errors other than validation errors through', () => {
    const boom = z.string().transform(() => {
      throw new TypeError('boom');
    });
    expect(() => parseEachYaml([{ file: 'a.yaml', text: 'x' }], boom, [])).toThrow(TypeError);
  });
});

describe('traditional → simplified folding', () => {
  it('folds Taiwan and Hong Kong forms and leaves simplified text (and the empty string) as it is', () => {
    expect(toSimplified('黨內法規問責條例')).toBe('党内法规问责条例');
    expect(toSimplified('問責')).toBe('问责');
    expect(toSimplified('问责条例')).toBe('问责条例');
    expect(toSimplified('')).toBe('');
    expect(hasTraditional('條例')).toBe(true);
    expect(hasTraditional('条例')).toBe(false);
  });

  it('lists single-character pairs, traditional then simplified, in code-point order', () => {
    const pairs = [...singleCharacterPairs()];
    expect(pairs.length % 2).toBe(0);
    const firsts = pairs.filter((_, i) => i % 2 === 0);
    for (let i = 1; i < firsts.length; i++) expect(firsts[i]!.codePointAt(0)!).toBeGreaterThan(firsts[i - 1]!.codePointAt(0)!);
    const map = new Map(firsts.map((c, i) => [c, pairs[2 * i + 1]]));
    expect(map.get('條')).toBe('条');
    expect(map.get('黨')).toBe('党');
    expect(map.get('問')).toBe('问');
    expect(map.has('条')).toBe(false);
    for (const [t, s] of map) expect(t).not.toBe(s);
  });
});

describe('rng (mulberry32)', () => {
  it('is reproducible per seed, in [0, 1), and differs between seeds', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(rng(43)()).not.toBe(rng(42)());
  });

  it('gives the published mulberry32 sequence (generated corpora and query sets depend on it)', () => {
    const r = rng(1);
    expect([r(), r(), r()].map((x) => Math.floor(x * 4294967296))).toEqual(MULBERRY32_SEED_1);
  });
});

describe('formatDiagnostic', () => {
  it('is file:line: severity: message [rule]', () => {
    expect(formatDiagnostic({ file: 'a.txt', line: 3, severity: 'warning', message: '编号跳跃', ruleId: 'numbering-gap' } as Parameters<typeof formatDiagnostic>[0])).toBe('a.txt:3: warning: 编号跳跃 [numbering-gap]');
  });
});

describe('feed texts', () => {
  const meta = (slug: string, version?: string) => ({ slug, title: '某办法', class: '规范性文件' as const, issuer: '某市人民政府', issued: '2013-12-11', effective: null, ...(version ? { version } : {}) });
  it('names a document with its class, issuer and date, each revision with its date, the current one as in force', () => {
    const single = feedEntries([{ versions: [meta('s')], path: '/regulations/s/' }]);
    expect(single).toEqual([{ title: '《某办法》', link: '/regulations/s/', date: '2013-12-11', summary: '规范性文件 · 某市人民政府 · 2013年12月11日发布' }]);
    const revised = feedEntries([{ versions: [meta('h', '2013-12-11'), meta('h', '2019-01-02'), meta('h', '2024-11-10')], path: '/regulations/h/' }]);
    expect(revised.map((e) => [e.title, e.summary])).toEqual([
      ['《某办法》2024年11月10日修订', '2024年11月10日修订版（现行有效）；修订对照表列出修改前与修改后的条文'],
      ['《某办法》2019年1月2日修订', '2019年1月2日修订版；修订对照表列出修改前与修改后的条文'],
      ['《某办法》', '规范性文件 · 某市人民政府 · 2013年12月11日版'],
    ]);
  });

  it('orders revisions of one day by their order', () => {
    const e = feedEntries([{ versions: [meta('h', '2013-12-11'), meta('h', '2013-12-11')], path: '/regulations/h/' }]);
    expect(e.map((x) => x.title)).toEqual(['《某办法》', '《某办法》2013年12月11日修订']);
  });
});
