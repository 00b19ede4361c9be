/** The manifest schema: every bad value is reported with file:line. */
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/schemas/manifest.ts';
import { parseYamlWith, ValidationError } from '../../../src/lib/yaml-validate.ts';
import { docMeta } from '../../../src/schemas/meta.ts';
import { checkCoverage } from '../../../src/lib/ingest/pipeline.ts';

const errorsOf = (yaml: string) => {
  try {
    parseYamlWith(yaml, 'content/sources/manifest.yaml', manifestSchema);
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  return '';
};

describe('manifest validation', () => {
  it('a wrong type names the line of the value', () => {
    const msg = errorsOf('sources:\n  - file: a.txt\n    documents:\n      - slug: a\n        lines: [1, "ten"]\n');
    expect(msg).toMatch(/^content\/sources\/manifest\.yaml:5:\d+: sources\.0\.documents\.0\.lines\.1: Invalid input: expected number, received string/m);
  });
  it('a bad slug and a bad date', () => {
    const msg = errorsOf("sources:\n  - file: a.txt\n    documents:\n      - slug: Bad Slug\n        lines: [1, 2]\n        meta:\n          issued: '2017-13-45'\n");
    expect(msg).toMatch(/manifest\.yaml:4:\d+: .*slug/);
    expect(msg).toMatch(/manifest\.yaml:7:\d+: .*issued/);
  });
  it('a reversed range', () => {
    expect(errorsOf('sources:\n  - file: a.txt\n    documents:\n      - slug: a\n        lines: [9, 2]\n')).toMatch(/:5:\d+: .*from <= to/);
  });
  it('a correction without find/replace or join', () => {
    expect(errorsOf("sources:\n  - file: a.txt\n    documents:\n      - slug: a\n        lines: [1, 2]\n        corrections:\n          - { line: 1, reason: x }\n")).toMatch(/:7:\d+: .*find/);
  });
  it('broken YAML', () => {
    expect(errorsOf('sources:\n  - file: [a\n')).toMatch(/manifest\.yaml:\d+:\d+: invalid YAML/);
  });
  it('an unknown key', () => {
    expect(errorsOf('sources:\n  - file: a.txt\n    documents:\n      - slug: a\n        lines: [1, 2]\n        colour: red\n')).toMatch(/:6:\d+: .*colour/);
  });
  it('defaults come from the schema', () => {
    expect(manifestSchema.parse({})).toEqual({ sources: [] });
    expect(docMeta.parse({ slug: 'a', title: 't', shortTitle: 't', class: '评论', source: { file: 'a.txt', from: 1, to: 1 } })).toMatchObject({ issuer: null, issued: null, status: 'unknown', parents: [] });
  });
});

describe('coverage: every line published or excluded', () => {
  it('reports unaccounted lines and overlaps', () => {
    const lines = ['a', 'b', '', 'c', 'd'];
    const d = checkCoverage({ file: 'x.txt', exclude: [{ lines: [1, 1], reason: 'junk' }], documents: [{ slug: 'a', lines: [2, 2], kind: 'regulation', meta: {}, aliases: {}, corrections: [] }] }, lines);
    expect(d).toEqual([expect.objectContaining({ line: 4, ruleId: 'unaccounted', message: expect.stringContaining('lines 4-5') })]);
  });
});
