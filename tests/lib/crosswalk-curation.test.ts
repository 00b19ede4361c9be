import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { readCuration, readTopics } from '../../src/data/crosswalk.ts';

/** Each parent's own topics (content/crosswalk/topics), as the site uses them. */
const topics = readTopics();
import { CurationError, applyCuration, loadCuration, type CurationSource } from '../../src/lib/crosswalk/curation.ts';
import type { CrosswalkLink } from '../../src/schemas/crosswalk.ts';

const docs = getCorpus().documents;
const R = 'rizhao-polytechnic-2017';
const P = 'ccp-accountability-2016';
const find = (links: CrosswalkLink[], from: string, to: string) =>
  links.find((l) => `${l.from.doc}#${l.from.anchor}` === from && `${l.to.doc}#${l.to.anchor}` === to);

function errorsOf(sources: CurationSource[]): string[] {
  try {
    buildCrosswalk(docs, sources, topics);
  } catch (e) {
    if (e instanceof CurationError) return e.errors.map((x) => `${x.file}:${x.line}: ${x.message}`);
    throw e;
  }
  return [];
}

describe('curation overrides suggestions', () => {
  // Built in each test (not while vitest collects the file), so that mutation testing covers the crosswalk per test.
  const seedCrosswalk = () => buildCrosswalk(docs, [], topics);

  it('the suggester links Rizhao 第六条 to 第七条 and not to 第十条 (the baseline of these tests)', () => {
    const base = seedCrosswalk();
    expect(find(base.links, `${R}#art-6`, `${P}#art-7`)?.source).toBe('suggested');
    expect(find(base.links, `${R}#art-6`, `${P}#art-10`)).toBeUndefined();
  });

  it('reject removes a suggested link', () => {
    const base = seedCrosswalk();
    const cw = buildCrosswalk(docs, [{ file: 'c.yaml', text: `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: reject\n` }], topics);
    expect(find(cw.links, `${R}#art-6`, `${P}#art-7`)).toBeUndefined();
    expect(cw.links.length).toBe(base.links.length - 1);
    expect(cw.diagnostics).toEqual([]);
  });

  it('confirm keeps the link as curated, with the relation and note given', () => {
    const text = `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: confirm\n    relation: restates\n    note: 照搬上位法问责方式\n`;
    const l = find(buildCrosswalk(docs, [{ file: 'c.yaml', text }], topics).links, `${R}#art-6`, `${P}#art-7`)!;
    expect(l).toMatchObject({ source: 'curated', relation: 'restates', score: 1, note: '照搬上位法问责方式' });
    expect(l.evidence.at(-1)).toBe('照搬上位法问责方式');
  });

  it('add publishes a link the suggester does not make, at a deeper anchor too', () => {
    const base = seedCrosswalk();
    const text = `decisions:\n  - from: ${R}#art-5-para-1-item-9\n    to: ${P}#art-6-para-1-item-6\n    action: add\n    relation: restates\n`;
    const cw = buildCrosswalk(docs, [{ file: 'c.yaml', text }], topics);
    expect(find(cw.links, `${R}#art-5-para-1-item-9`, `${P}#art-6-para-1-item-6`)).toMatchObject({ source: 'curated', relation: 'restates', score: 1 });
    expect(cw.links.length).toBe(base.links.length + 1);
  });

  it('warns (file:line) about decisions that match nothing any more', () => {
    const base = seedCrosswalk();
    const text = `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-10\n    action: reject\n`;
    const cw = buildCrosswalk(docs, [{ file: 'content/crosswalk/x.yaml', text }], topics);
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

describe('curated relations are checked against the rule (issue #15)', () => {
  const confirm = (extra: string) => `decisions:\n  - from: ${R}#art-6\n    to: ${P}#art-7\n    action: confirm\n${extra}`;

  it('a relation that contradicts the rule is a warning at file:line with both reasons', () => {
    const cw = buildCrosswalk(docs, [{ file: 'content/crosswalk/r.yaml', text: confirm('    relation: restates\n    note: 照搬上位法问责方式\n') }], topics);
    const warnings = cw.diagnostics.filter((d) => d.ruleId === 'curation-relation');
    expect(warnings).toEqual([expect.objectContaining({ file: 'content/crosswalk/r.yaml', line: 2, severity: 'warning' })]);
    expect(warnings[0]!.message).toContain('restates (重申: 照搬上位法问责方式)');
    expect(warnings[0]!.message).toMatch(/rule's implements \(细化 · 增加：提醒、函询/);
    // The editor decides what is published; the reason says what the rule found.
    const l = find(cw.links, `${R}#art-6`, `${P}#art-7`)!;
    expect(l.relation).toBe('restates');
    expect(l.why).toMatch(/^重申 · 编辑认定（规则判为细化 · 增加：提醒、函询/);
  });

  it('an override states why the editor’s relation stands: no warning, the reason is published', () => {
    const cw = buildCrosswalk(docs, [{ file: 'r.yaml', text: confirm('    relation: restates\n    override: 提醒、函询是上级已有规定的方式\n') }], topics);
    expect(cw.diagnostics.filter((d) => d.ruleId === 'curation-relation')).toEqual([]);
    const l = find(cw.links, `${R}#art-6`, `${P}#art-7`)!;
    expect(l.relation).toBe('restates');
    expect(l.why).toBe(`重申 · 编辑认定：提醒、函询是上级已有规定的方式（规则判为${l.why!.split('（规则判为')[1]}`);
    expect(l.added).toEqual(expect.arrayContaining(['提醒', '函询']));
  });

  it('a relation that agrees with the rule, or none, gives no warning and the rule’s reason', () => {
    for (const extra of ['    relation: implements\n', '']) {
      const cw = buildCrosswalk(docs, [{ file: 'r.yaml', text: confirm(extra) }], topics);
      expect(cw.diagnostics.filter((d) => d.ruleId === 'curation-relation')).toEqual([]);
      expect(find(cw.links, `${R}#art-6`, `${P}#art-7`)).toMatchObject({ relation: 'implements', why: expect.stringMatching(/^细化 · 增加：提醒、函询/) });
    }
  });

  it('an override without a relation is an error at its line', () => {
    expect(errorsOf([{ file: 'o.yaml', text: confirm('    override: because\n') }])).toEqual(['o.yaml:5: decisions.0.override: an override states why the relation given stands: give a relation with it']);
  });

  it('the published curation (content/crosswalk) agrees with the rule or states its override', () => {
    const cw = buildCrosswalk(docs, readCuration(), topics);
    expect(cw.diagnostics.filter((d) => d.ruleId === 'curation-relation').map((d) => d.message)).toEqual([]);
    // Rizhao 第六条 adds 提醒 and 函询: 细化, as its note says.
    expect(find(cw.links, `${R}#art-6`, `${P}#art-7`)).toMatchObject({ source: 'curated', relation: 'implements' });
  });

  it('every published link carries its reason, kept share and phrases', () => {
    const cw = buildCrosswalk(docs, readCuration(), topics);
    for (const l of cw.links) {
      expect(l.why, `${l.from.doc}#${l.from.anchor}`).toMatch(/^(重申|细化|相关) · /);
      expect(l.why!.startsWith({ restates: '重申', implements: '细化', related: '相关' }[l.relation])).toBe(true);
      expect(l.kept).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(l.added) && Array.isArray(l.dropped)).toBe(true);
    }
  });
});
