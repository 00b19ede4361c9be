import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { CurationError, applyCuration, loadCuration, type CurationSource } from '../../src/lib/crosswalk/curation.ts';
import type { CrosswalkLink } from '../../src/schemas/crosswalk.ts';

const docs = getCorpus().documents;
const R = 'rizhao-polytechnic-2017';
const P = 'ccp-accountability-2016';
const find = (links: CrosswalkLink[], from: string, to: string) =>
  links.find((l) => `${l.from.doc}#${l.from.anchor}` === from && `${l.to.doc}#${l.to.anchor}` === to);

function errorsOf(sources: CurationSource[]): string[] {
  try {
    buildCrosswalk(docs, sources);
  } catch (e) {
    if (e instanceof CurationError) return e.errors.map((x) => `${x.file}:${x.line}: ${x.message}`);
    throw e;
  }
  return [];
}

describe('curation overrides suggestions', () => {
  const base = buildCrosswalk(docs);

  it('the suggester links Rizhao 第六条 to 第七条 and not to 第十条 (the baseline of these tests)', () => {
    expect(find(base.links, `${R}#art-6`, `${P}#art-7`)?.source).toBe('suggested');
    expect(find(base.links, `${R}#art-6`, `${P}#art-10`)).toBeUndefined();
  });

  it('reject removes a suggested link', () => {
    const cw = buildCrosswalk(docs, [{ file: 'c.yaml', text: `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: reject\n` }]);
    expect(find(cw.links, `${R}#art-6`, `${P}#art-7`)).toBeUndefined();
    expect(cw.links.length).toBe(base.links.length - 1);
    expect(cw.diagnostics).toEqual([]);
  });

  it('confirm keeps the link as curated, with the relation and note given', () => {
    const text = `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: confirm\n    relation: restates\n    note: 照搬上位法问责方式\n`;
    const l = find(buildCrosswalk(docs, [{ file: 'c.yaml', text }]).links, `${R}#art-6`, `${P}#art-7`)!;
    expect(l).toMatchObject({ source: 'curated', relation: 'restates', score: 1, note: '照搬上位法问责方式' });
    expect(l.evidence.at(-1)).toBe('照搬上位法问责方式');
  });

  it('add publishes a link the suggester does not make, at a deeper anchor too', () => {
    const text = `decisions:\n  - from: ${R}#art-5-para-1-item-9\n    to: ${P}#art-6-para-1-item-6\n    action: add\n    relation: restates\n`;
    const cw = buildCrosswalk(docs, [{ file: 'c.yaml', text }]);
    expect(find(cw.links, `${R}#art-5-para-1-item-9`, `${P}#art-6-para-1-item-6`)).toMatchObject({ source: 'curated', relation: 'restates', score: 1 });
    expect(cw.links.length).toBe(base.links.length + 1);
  });

  it('warns (file:line) about decisions that match nothing any more', () => {
    const text = `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-10\n    action: reject\n`;
    const cw = buildCrosswalk(docs, [{ file: 'content/crosswalk/x.yaml', text }]);
    expect(cw.diagnostics).toEqual([expect.objectContaining({ file: 'content/crosswalk/x.yaml', line: 2, severity: 'warning', ruleId: 'curation-stale' })]);
    expect(cw.links.length).toBe(base.links.length);
  });

  it('applyCuration alone: later rules do not resurrect a rejected link', () => {
    const link: CrosswalkLink = { from: { doc: R, anchor: 'art-1' }, to: { doc: P, anchor: 'art-1' }, relation: 'implements', source: 'suggested', score: 0.5, evidence: ['x'] };
    const out = applyCuration([link], [{ from: link.from, to: link.to, action: 'reject', file: 'f', line: 3 }]);
    expect(out.links).toEqual([]);
  });
});

describe('curation errors name file:line', () => {
  it('an unknown document', () => {
    expect(errorsOf([{ file: 'content/crosswalk/a.yaml', text: `decisions:\n  - from: ${R}#art-6\n    to: no-such-regulation#art-7\n    action: add\n` }])).toEqual([
      'content/crosswalk/a.yaml:3: to: unknown document "no-such-regulation"',
    ]);
  });

  it('an unknown anchor', () => {
    expect(errorsOf([{ file: 'content/crosswalk/a.yaml', text: `# comment\ndecisions:\n  - from: ${R}#art-99\n    to: ${P}#art-7\n    action: confirm\n` }])).toEqual([
      `content/crosswalk/a.yaml:3: from: 《日照职业技术学院党建工作问责（暂行）办法》 (${R}) has no provision #art-99`,
    ]);
  });

  it('a malformed reference, an unknown action and an unknown key, each at its own line', () => {
    const text = [
      'decisions:',
      `  - from: ${R}/art-6`,
      `    to: ${P}#art-7`,
      '    action: confirm',
      `  - from: ${R}#art-6`,
      `    to: ${P}#art-7`,
      '    action: approve',
      `  - from: ${R}#art-6`,
      `    to: ${P}#art-8`,
      '    action: add',
      '    colour: red',
      '',
    ].join('\n');
    const errs = errorsOf([{ file: 'b.yaml', text }]);
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/^b\.yaml:2: decisions\.0\.from: expected slug#anchor/);
    expect(errs[1]).toMatch(/^b\.yaml:7: decisions\.1\.action: /);
    // The unknown key is reported on its own line.
    expect(errs[2]).toMatch(/^b\.yaml:11: decisions\.2: .*colour/);
  });

  it('invalid YAML', () => {
    expect(errorsOf([{ file: 'c.yaml', text: 'decisions:\n  - from: [\n' }])[0]).toMatch(/^c\.yaml:\d+: invalid YAML/);
  });

  it('the same pair decided twice, naming the first place', () => {
    const one = `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: confirm\n`;
    const two = `decisions:\n  - from: ${R}#art-2\n    to: ${P}#art-3\n    action: confirm\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: reject\n`;
    expect(errorsOf([{ file: 'z.yaml', text: two }, { file: 'a.yaml', text: one }])).toEqual([
      `z.yaml:5: ${R}#art-6→${P}#art-7 is already decided at a.yaml:2`,
    ]);
  });

  it('a rejection with a relation', () => {
    expect(errorsOf([{ file: 'd.yaml', text: `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: reject\n    relation: related\n` }])).toEqual([
      'd.yaml:5: decisions.0.relation: a rejection takes no relation',
    ]);
  });

  it('loadCuration accepts an empty file list and an empty decisions list', () => {
    const lookup = { title: () => 't', has: () => true };
    expect(loadCuration([], lookup)).toEqual([]);
    expect(loadCuration([{ file: 'e.yaml', text: 'decisions: []\n' }], lookup)).toEqual([]);
  });
});
