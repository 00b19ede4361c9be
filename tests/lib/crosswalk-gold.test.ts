/** The labelled gold files (src/lib/crosswalk/gold.ts): links and relations read from them, and relation accuracy hand-computed on a small corpus. */
import { describe, expect, it } from 'vitest';
import { goldRelations, linkGold, relationAccuracy } from '../../src/lib/crosswalk/gold.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import type { ProvisionNode } from '../../src/lib/tree.ts';
import type { CrosswalkLink, LabelledGoldFile, Relation } from '../../src/schemas/crosswalk.ts';
import { docMeta } from '../../src/schemas/meta.ts';

function article(id: string, ordinal: number): ProvisionNode {
  return { kind: 'article', id, num: `第${ordinal}条`, ordinal, text: '', line: ordinal, children: [{ kind: 'para', id: `${id}-para-1`, text: `第${ordinal}条的内容，甲乙丙丁。`, line: ordinal, children: [] }] };
}
function doc(slug: string, n: number, parents: string[] = []): RegDocument {
  return {
    meta: docMeta.parse({ slug, title: `${slug}办法`, shortTitle: slug, class: '党内规范性文件', parents: parents.map((p) => ({ slug: p })), source: { file: `${slug}.txt`, from: 1, to: n } }),
    root: { kind: 'document', text: '', line: 1, children: Array.from({ length: n }, (_, i) => article(`art-${i + 1}`, i + 1)) },
    aliases: {},
    excluded: [],
    corrections: [],
  };
}
const link = (from: string, to: string, relation: Relation): CrosswalkLink => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation, source: 'suggested', score: 0.5, evidence: [] };
};

const docs = [doc('p', 4), doc('m', 3, ['p']), doc('n', 2, ['p']), doc('z', 1)];
// m: art-1 → art-1 restates, art-2 → art-2 implements and art-3 related, art-3 plain list (no relation); n: art-1 → art-4 implements.
const gold: LabelledGoldFile = {
  parent: 'p',
  documents: { m: { 'art-1': { 'art-1': 'restates' }, 'art-2': { 'art-2': 'implements', 'art-3': 'related' }, 'art-3': ['art-4'] }, n: { 'art-1': { 'art-4': 'implements' } } },
};

describe('linkGold and goldRelations', () => {
  it('reads the links of a labelled file, plain lists as they are', () => {
    expect(linkGold(gold)).toEqual({ parent: 'p', documents: { m: { 'art-1': ['art-1'], 'art-2': ['art-2', 'art-3'], 'art-3': ['art-4'] }, n: { 'art-1': ['art-4'] } } });
  });

  it('reads the relations, leaving out links listed without one', () => {
    expect([...goldRelations(gold)]).toEqual([
      ['m#art-1 → art-1', 'restates'],
      ['m#art-2 → art-2', 'implements'],
      ['m#art-2 → art-3', 'related'],
      ['n#art-1 → art-4', 'implements'],
    ]);
  });
});

describe('relationAccuracy', () => {
  it('scores the published links found in the gold: 3 found, 2 with the gold relation', () => {
    const links = [
      link('m#art-1', 'p#art-1', 'restates'), // right
      link('m#art-2-para-1', 'p#art-2-para-1', 'related'), // found at unit level: wrong (gold implements)
      link('n#art-1', 'p#art-4', 'implements'), // right
      link('m#art-3', 'p#art-4', 'implements'), // in the gold without a relation: not counted
      link('z#art-1', 'p#art-1', 'restates'), // a document the gold does not label
      link('m#art-1', 'q#art-1', 'related'), // another parent
    ];
    const r = relationAccuracy(links, gold, docs);
    expect([r.found, r.correct]).toEqual([3, 2]);
    expect(r.accuracy).toBeCloseTo(2 / 3, 12);
    expect(r.wrong).toEqual(['m#art-2 → art-2: related (gold implements)']);
    expect(r.confusion).toEqual({ 'implements→related': 1 });
  });

  it('prefers the link on the unit itself over one on a part of it', () => {
    const part = link('m#art-2-para-1', 'p#art-2', 'related');
    const whole = link('m#art-2', 'p#art-2', 'implements');
    expect(relationAccuracy([part, whole], gold, docs).correct).toBe(1);
    expect(relationAccuracy([whole, part], gold, docs).correct).toBe(1);
    expect(relationAccuracy([part], gold, docs).correct).toBe(0);
  });

  it('counts the wrong ones by confusion, sorted, and is 1 when nothing is found', () => {
    const links = [link('n#art-1', 'p#art-4', 'related'), link('m#art-2', 'p#art-3', 'implements'), link('m#art-1', 'p#art-1', 'related')];
    const r = relationAccuracy(links, gold, docs);
    expect(r.wrong).toEqual(['m#art-1 → art-1: related (gold restates)', 'm#art-2 → art-3: implements (gold related)', 'n#art-1 → art-4: related (gold implements)']);
    expect(r.confusion).toEqual({ 'restates→related': 1, 'related→implements': 1, 'implements→related': 1 });
    expect(r.accuracy).toBe(0);
    expect(relationAccuracy([], gold, docs)).toEqual({ found: 0, correct: 0, accuracy: 1, wrong: [], confusion: {} });
    // Links to units that do not exist are not found.
    expect(relationAccuracy([link('m#art-9', 'p#art-1', 'restates')], gold, docs).found).toBe(0);
  });
});
