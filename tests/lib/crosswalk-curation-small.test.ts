/**
 * Curation (src/lib/crosswalk/curation.ts) on hand-written YAML and links, without the seeds'
 * crosswalk: every problem of a file at its line (an unknown document, a missing provision, a pair
 * decided twice, naming where it was first decided), and what each action does to the links
 * (README "Crosswalk": decisions override suggestions and citations; stale ones are warnings).
 * The same behaviour on the seeds' crosswalk: crosswalk-curation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { applyCuration, CurationError, loadCuration, type AnchorLookup, type PlacedDecision } from '../../src/lib/crosswalk/curation.ts';
import type { CrosswalkLink } from '../../src/schemas/crosswalk.ts';
import { errorOf } from '../support/thrown.ts';

/** Two documents: m (art-1, art-2, art-2-para-1) and p (art-1, art-7). */
const corpus: AnchorLookup = {
  title: (slug) => ({ m: '某某办法', p: '某某条例' })[slug],
  has: (slug, anchor) => (({ m: ['art-1', 'art-2', 'art-2-para-1'], p: ['art-1', 'art-7'] }) as Record<string, string[]>)[slug]?.includes(anchor) ?? false,
};

function errorsOf(files: { file: string; text: string }[]): string[] {
  try {
    loadCuration(files, corpus);
  } catch (e) {
    if (e instanceof CurationError) return e.errors.map((x) => `${x.file}:${x.line}:${x.column}: ${x.message}`);
    throw e;
  }
  return [];
}

const link = (from: string, to: string, extra: Partial<CrosswalkLink> = {}): CrosswalkLink => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation: 'related', source: 'suggested', score: 0.4, evidence: ['问责'], ...extra };
};
const decision = (from: string, to: string, action: PlacedDecision['action'], extra: Partial<PlacedDecision> = {}): PlacedDecision => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, action, file: 'c.yaml', line: 3, ...extra };
};

describe('loadCuration', () => {
  it('gives each decision with its file and the line where it starts', () => {
    const text = 'decisions:\n  - action: confirm\n    from: m#art-1\n    to: p#art-1\n  - action: add\n    from: m#art-2-para-1\n    to: p#art-7\n    relation: restates\n    note: 照录\n';
    const ds = loadCuration([{ file: 'a.yaml', text }], corpus);
    expect(ds.map((d) => [d.file, d.line, d.action, `${d.from.doc}#${d.from.anchor}`, `${d.to.doc}#${d.to.anchor}`, d.relation ?? null, d.note ?? null])).toEqual([
      ['a.yaml', 2, 'confirm', 'm#art-1', 'p#art-1', null, null],
      ['a.yaml', 5, 'add', 'm#art-2-para-1', 'p#art-7', 'restates', '照录'],
    ]);
    expect(loadCuration([{ file: 'e.yaml', text: '{}\n' }], corpus)).toEqual([]);
  });

  it('names an unknown document and a missing provision at the line of the side that names it', () => {
    const text = 'decisions:\n  - action: confirm\n    from: x#art-1\n    to: p#art-9\n  - action: reject\n    from: m#art-1\n    to: p#art-1\n';
    expect(errorsOf([{ file: 'b.yaml', text }])).toEqual(['b.yaml:3:1: from: unknown document "x"', 'b.yaml:4:1: to: 《某某条例》 (p) has no provision #art-9']);
    // a bad side only: the other decision is fine, the other side of a bad one is checked too
    const one = 'decisions:\n  - action: confirm\n    from: m#art-3\n    to: q#art-1\n';
    expect(errorsOf([{ file: 'c.yaml', text: one }])).toEqual(['c.yaml:3:1: from: 《某某办法》 (m) has no provision #art-3', 'c.yaml:4:1: to: unknown document "q"']);
  });

  it('refuses a pair decided twice, in one file or two, naming the first place', () => {
    const a = 'decisions:\n  - action: confirm\n    from: m#art-1\n    to: p#art-1\n';
    const b = '# again\ndecisions:\n  - action: reject\n    from: m#art-1\n    to: p#art-1\n  - action: reject\n    from: m#art-1\n    to: p#art-1\n';
    expect(errorsOf([{ file: 'a.yaml', text: a }, { file: 'b.yaml', text: b }])).toEqual([
      'b.yaml:3:1: m#art-1→p#art-1 is already decided at a.yaml:2',
      'b.yaml:6:1: m#art-1→p#art-1 is already decided at a.yaml:2',
    ]);
    // the same provisions the other way round are another pair
    expect(errorsOf([{ file: 'a.yaml', text: a }, { file: 'd.yaml', text: 'decisions:\n  - action: confirm\n    from: p#art-1\n    to: m#art-1\n' }])).toEqual([]);
  });

  it('does not take a decision with a bad side as deciding its pair', () => {
    const twice = 'decisions:\n  - action: confirm\n    from: x#art-1\n    to: p#art-1\n  - action: reject\n    from: x#art-1\n    to: p#art-1\n  - action: confirm\n    from: m#art-9\n    to: p#art-1\n  - action: reject\n    from: m#art-9\n    to: p#art-1\n';
    expect(errorsOf([{ file: 'g.yaml', text: twice }])).toEqual([
      'g.yaml:3:1: from: unknown document "x"',
      'g.yaml:6:1: from: unknown document "x"',
      'g.yaml:9:1: from: 《某某办法》 (m) has no provision #art-9',
      'g.yaml:12:1: from: 《某某办法》 (m) has no provision #art-9',
    ]);
  });

  it('lists every problem in the error message, one per line, as file:line:column', () => {
    const text = 'decisions:\n  - action: confirm\n    from: x#art-1\n    to: y#art-1\n';
    expect(errorOf(() => loadCuration([{ file: 'f.yaml', text }], corpus)).message).toContain('f.yaml:3:1: from: unknown document "x"\nf.yaml:4:1: to: unknown document "y"');
    try {
      loadCuration([{ file: 'f.yaml', text }], corpus);
    } catch (e) {
      expect((e as Error).name).toBe('CurationError');
    }
  });
});

describe('applyCuration', () => {
  const links = [link('m#art-1', 'p#art-1'), link('m#art-2', 'p#art-7', { source: 'citation', relation: 'implements', score: 1, evidence: ['《某某条例》第七条'] })];

  it('reject removes the link; a rejection of nothing is a stale warning at its place', () => {
    const r = applyCuration(links, [decision('m#art-1', 'p#art-1', 'reject'), decision('m#art-2', 'p#art-1', 'reject', { file: 'r.yaml', line: 9 })]);
    expect(r.links).toEqual([links[1]]);
    expect(r.diagnostics).toEqual([{ file: 'r.yaml', line: 9, severity: 'warning', ruleId: 'curation-stale', message: 'nothing to reject: m#art-2→p#art-1 is neither suggested nor cited' }]);
  });

  it('confirm keeps the suggested relation and evidence, as curated with score 1, in place', () => {
    const r = applyCuration(links, [decision('m#art-1', 'p#art-1', 'confirm')]);
    expect(r.links).toEqual([{ from: { doc: 'm', anchor: 'art-1' }, to: { doc: 'p', anchor: 'art-1' }, relation: 'related', source: 'curated', score: 1, evidence: ['问责'] }, links[1]]);
    expect(r.diagnostics).toEqual([]);
  });

  it('the decision’s relation wins; its note is added to the evidence once, last, and kept as the note', () => {
    const withNote = [link('m#art-1', 'p#art-1', { evidence: ['照录', '问责'] })];
    const r = applyCuration(withNote, [decision('m#art-1', 'p#art-1', 'confirm', { relation: 'restates', note: '照录' })]);
    expect(r.links).toEqual([{ from: { doc: 'm', anchor: 'art-1' }, to: { doc: 'p', anchor: 'art-1' }, relation: 'restates', source: 'curated', score: 1, evidence: ['问责', '照录'], note: '照录' }]);
  });

  it('confirm of nothing publishes the link as curated (implements, no evidence) with a stale warning', () => {
    const r = applyCuration(links, [decision('m#art-2', 'p#art-1', 'confirm')]);
    expect(r.links.at(-1)).toEqual({ from: { doc: 'm', anchor: 'art-2' }, to: { doc: 'p', anchor: 'art-1' }, relation: 'implements', source: 'curated', score: 1, evidence: [] });
    expect(r.links).toHaveLength(3);
    expect(r.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([['curation-stale', 'nothing to confirm: m#art-2→p#art-1 is not suggested; published as curated']]);
  });

  it('add publishes a new link; adding one already there is redundant (names its source) and takes it over', () => {
    const r = applyCuration(links, [decision('m#art-1', 'p#art-7', 'add', { relation: 'related' }), decision('m#art-2', 'p#art-7', 'add')]);
    expect(r.links.map((l) => [`${l.from.anchor}→${l.to.anchor}`, l.relation, l.source, l.evidence])).toEqual([
      ['art-1→art-1', 'related', 'suggested', ['问责']],
      ['art-2→art-7', 'implements', 'curated', ['《某某条例》第七条']],
      ['art-1→art-7', 'related', 'curated', []],
    ]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([['curation-redundant', 'm#art-2→p#art-7 is already citation; "confirm" says so more plainly']]);
  });
});
