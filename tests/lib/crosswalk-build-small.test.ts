/**
 * The crosswalk build's own steps (src/lib/crosswalk/build.ts) on hand-written documents and links,
 * without the seeds: which documents are linked, the order of published links, a citation merged
 * with the suggestion for the same pair, the other targets of a local provision, a citation of a
 * document that is not the measure's parent, the warnings of the build (a parent missing from the
 * corpus, an editor's relation that contradicts the rule, unless an override says why), and an
 * output that does not depend on the order documents were read in.
 */
import { describe, expect, it } from 'vitest';
import { anchorOrder, buildCrosswalk, buildIndexes, compareLinks, explainLink, linkedDocuments, siblingTargets, withCitations } from '../../src/lib/crosswalk/build.ts';
import { CurationError } from '../../src/lib/crosswalk/curation.ts';
import { measureFromText } from '../../src/lib/crosswalk/evaluate.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { RELATION_LABEL, type CrosswalkLink, type Relation } from '../../src/schemas/crosswalk.ts';
import { local, parent, sectioned } from '../fixtures/search-corpus.ts';
import { errorOf } from '../support/thrown.ts';

const P = parent.meta.slug; // ccp-accountability-2016, articles 6 and 7
const link = (from: string, to: string, extra: Partial<CrosswalkLink> = {}): CrosswalkLink => {
  const [fd, fa] = from.split('#') as [string, string];
  const [td, ta] = to.split('#') as [string, string];
  return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation: 'implements', source: 'suggested', score: 0.5, evidence: [], ...extra };
};
const pairs = (links: readonly CrosswalkLink[]) => links.map((l) => `${l.from.doc}#${l.from.anchor}→${l.to.doc}#${l.to.anchor}`);

/** A measure of the parent whose 第二条 refers to the parent's 第七条. */
const measure = () =>
  measureFromText('x-college', '某某学院问责办法\n\n第一条 为规范问责工作，制定本办法。\n第二条 对党员领导干部的问责，依照《中国共产党问责条例》第七条执行。\n第三条 本办法自印发之日起施行。\n', P);

describe('linkedDocuments', () => {
  it('takes the measures with a parent in the corpus (not commentary) and the parents they name', () => {
    const comment = { ...local, meta: { ...local.meta, slug: 'comment', class: '评论' } } as RegDocument;
    const orphan = { ...local, meta: { ...local.meta, slug: 'orphan', parents: [{ slug: 'absent' }] } } as RegDocument;
    const r = linkedDocuments([sectioned, comment, orphan, local, parent]);
    expect(r.measures.map((d) => d.meta.slug)).toEqual([local.meta.slug]);
    expect(r.parents.map((d) => d.meta.slug)).toEqual([P]);
    expect(linkedDocuments([local])).toEqual({ measures: [], parents: [] });
  });
});

describe('the order of published links', () => {
  it('by local document, then document order of the anchors (unknown ones last, by name), then parent and its order', () => {
    const order = anchorOrder([parent, local]);
    expect(order.get(`${P}#art-6`)).toBe(0);
    expect(order.get(`${P}#art-6-para-1`)).toBe(1);
    expect(order.get(`${P}#art-7`)).toBe(2);
    const L = local.meta.slug;
    const links = [
      link(`${L}#art-6`, `${P}#art-7`),
      link(`${L}#zz`, `${P}#art-6`),
      link(`${L}#art-6`, `${P}#art-6`),
      link(`${L}#yy`, `${P}#art-6`),
      link(`${L}#art-5`, `${P}#art-7-para-2`),
      link(`a-doc#art-1`, `${P}#art-7`),
      link(`${L}#art-6`, `b-doc#art-1`),
      link(`${L}#art-6`, `a-doc#art-1`),
      link(`${L}#art-5`, `${P}#art-7`),
      link(`${L}#art-5`, `${P}#zz`),
      link(`${L}#art-5`, `${P}#yy`),
      // the notice comes before the articles in the document, after them by name
      link(`${L}#notice-para-1`, `${P}#art-7`),
    ];
    expect(pairs([...links].sort(compareLinks(order)))).toEqual([
      `a-doc#art-1→${P}#art-7`,
      `${L}#notice-para-1→${P}#art-7`,
      `${L}#art-5→${P}#art-7`,
      `${L}#art-5→${P}#art-7-para-2`,
      `${L}#art-5→${P}#yy`,
      `${L}#art-5→${P}#zz`,
      `${L}#art-6→a-doc#art-1`,
      `${L}#art-6→b-doc#art-1`,
      `${L}#art-6→${P}#art-6`,
      `${L}#art-6→${P}#art-7`,
      `${L}#yy→${P}#art-6`,
      `${L}#zz→${P}#art-6`,
    ]);
  });
});

describe('withCitations and siblingTargets', () => {
  it('a citation takes the place of the suggestion for its pair, keeping its phrases after the citation', () => {
    const s1 = link('m#art-1', 'p#art-7', { evidence: ['诫勉', '通报'] });
    const s2 = link('m#art-2', 'p#art-6', { evidence: ['检查'] });
    const c1 = link('m#art-1', 'p#art-7', { source: 'citation', score: 1, relation: 'related', evidence: ['《条例》第七条'] });
    const c2 = link('m#art-3', 'p#art-6', { source: 'citation', score: 1, evidence: ['《条例》第六条'] });
    expect(withCitations([s1, s2], [c1, c2])).toEqual([{ ...c1, evidence: ['《条例》第七条', '诫勉', '通报'] }, s2, c2]);
    expect(withCitations([], [])).toEqual([]);
  });

  it('names the other provisions of the same parent a local provision is linked to', () => {
    const links = [link('m#art-1', 'p#art-6'), link('m#art-1', 'p#art-7'), link('m#art-1', 'q#art-1'), link('m#art-2', 'p#art-6'), link('m#art-1', 'p#art-9')];
    const also = siblingTargets(links);
    expect(links.map(also)).toEqual([['art-7', 'art-9'], ['art-6', 'art-9'], [], [], ['art-6', 'art-7']]);
    expect(also(link('n#art-1', 'p#art-6'))).toEqual([]);
  });
});

describe('explainLink', () => {
  it('a link to a document that is not the measure’s parent is related by definition', () => {
    const m = measure();
    const bySlug = new Map([[m.meta.slug, m], [sectioned.meta.slug, sectioned]]);
    const l = link('x-college#art-2', `${sectioned.meta.slug}#sec-1`, { relation: 'restates', source: 'citation', added: ['甲'] });
    expect(explainLink(l, bySlug, new Map()).link).toEqual({ ...l, relation: 'related', why: '相关 · 明文引用，引用的文件不是本文件的上位依据', kept: 0, added: [], dropped: [] });
  });
});

describe('explainLink, the other cases', () => {
  it('is related by definition when the target has no index, or has one but is not this measure’s parent', () => {
    const m = measure();
    const bySlug = new Map([[m.meta.slug, m], [P, parent]]);
    const l = link('x-college#art-2-para-1', `${P}#art-7`, { relation: 'implements', source: 'citation' });
    const fixed = { ...l, relation: 'related', why: '相关 · 明文引用，引用的文件不是本文件的上位依据', kept: 0, added: [], dropped: [] };
    expect(explainLink(l, bySlug, new Map()).link).toEqual(fixed);
    const notMine = { ...m, meta: { ...m.meta, parents: [{ slug: 'another-parent' }] } } as RegDocument;
    const indexes = buildIndexes([parent, local]);
    expect(indexes.has(P)).toBe(true);
    expect(explainLink(l, new Map([[m.meta.slug, notMine], [P, parent]]), indexes).link).toEqual(fixed);
    // with its parent indexed, the rule decides
    expect(explainLink(l, bySlug, buildIndexes([parent, m])).link.why).not.toBe(fixed.why);
  });

  it('keeps the relation, with its label as the reason, for a provision that is in no unit', () => {
    const m = measure();
    const l = link('x-college#art-99', `${P}#art-7`, { relation: 'restates' });
    expect(explainLink(l, new Map([[m.meta.slug, m], [P, parent]]), buildIndexes([parent, m])).link).toEqual({ ...l, why: '重申', kept: 0, added: [], dropped: [] });
  });
});

describe('buildCrosswalk on a parent and one measure', () => {
  const cite = `x-college#art-2-para-1→${P}#art-7`;

  it('links the citation, lists the reference, and warns of a parent missing from the corpus', () => {
    const m = measure();
    const two = { ...m, meta: { ...m.meta, parents: [...m.meta.parents, { slug: 'absent-parent' }] } } as RegDocument;
    const cw = buildCrosswalk([two, parent]);
    const l = cw.links.find((x) => pairs([x])[0] === cite)!;
    // its relation is the rule's (crosswalk-relation.test.ts), with the rule's reason
    expect([l.source, l.score, l.evidence[0]]).toEqual(['citation', 1, '《中国共产党问责条例》第七条']);
    expect(l.why).toMatch(new RegExp(`^${RELATION_LABEL[l.relation]} · `));
    // decided by the rule against the parent's text (the other parent named is not in the corpus):
    // 对…领导干部的问责 is the parent's wording, so some of it is kept
    expect(l.why).not.toContain('引用的文件不是本文件的上位依据');
    expect(l.kept).toBeGreaterThan(0);
    expect(cw.references.map((r) => [r.from.anchor, r.raw, r.to, r.external])).toEqual([['art-2-para-1', '《中国共产党问责条例》第七条', { doc: P, anchor: 'art-7' }, false]]);
    expect(cw.diagnostics).toEqual([{ file: 'x-college.txt', line: 1, severity: 'warning', ruleId: 'parent-missing', message: 'x-college: parent absent-parent is not in the corpus; no links to it' }]);
  });

  it('does not depend on the order the documents come in', () => {
    const second = () => measureFromText('a-college', '另一学院问责办法\n\n第一条 依照《中国共产党问责条例》第六条执行。\n', P);
    const a = buildCrosswalk([measure(), parent, second(), local]);
    const b = buildCrosswalk([local, second(), parent, measure()]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // references in slug order of the citing documents; links in the documented order
    expect(a.references.map((r) => r.from.doc)).toEqual(['a-college', 'x-college']);
    expect(a.links).toEqual([...a.links].sort(compareLinks(anchorOrder([measure(), parent, second(), local]))));
    expect(pairs(a.links)).toEqual([...pairs(a.links)].sort((x, y) => (x.split('#')[0]! < y.split('#')[0]! ? -1 : x.split('#')[0]! > y.split('#')[0]! ? 1 : 0)));
  });

  it('reports a curation file naming an unknown document or provision, and passes on stale decisions as warnings', () => {
    const bad = [{ file: 'c.yaml', text: 'decisions:\n  - action: confirm\n    from: nobody#art-1\n    to: ccp-accountability-2016#art-99\n' }];
    expect(() => buildCrosswalk([measure(), parent], bad)).toThrow(CurationError);
    expect(errorOf(() => buildCrosswalk([measure(), parent], bad)).message).toContain('c.yaml:3:1: from: unknown document "nobody"\nc.yaml:4:1: to: 《中国共产党问责条例》 (ccp-accountability-2016) has no provision #art-99');
    const stale = [{ file: 's.yaml', text: `decisions:\n  - action: reject\n    from: x-college#art-3\n    to: ${P}#art-6\n` }];
    const cw = buildCrosswalk([measure(), parent], stale);
    expect(cw.diagnostics.filter((d) => d.ruleId === 'curation-stale').map((d) => [d.file, d.line])).toEqual([['s.yaml', 2]]);
  });

  it('collects no references from commentary', () => {
    const m = measure();
    const comment = { ...m, meta: { ...m.meta, class: '评论' } } as RegDocument;
    const cw = buildCrosswalk([comment, parent]);
    expect(cw.references).toEqual([]);
    expect(cw.links).toEqual([]);
  });

  it('keeps an editor’s relation that contradicts the rule, with a warning at the decision, or none when an override says why', () => {
    const decide = (extra: string) => [{ file: 'c.yaml', text: `decisions:\n  - action: confirm\n    from: x-college#art-2-para-1\n    to: ${P}#art-7\n${extra}` }];
    const base = buildCrosswalk([measure(), parent]).links.find((x) => pairs([x])[0] === cite)!;
    // whatever the rule says of this pair, the editor says another relation
    const editor: Relation = base.relation === 'restates' ? 'related' : 'restates';
    const label = RELATION_LABEL[editor];

    const warned = buildCrosswalk([measure(), parent], decide(`    relation: ${editor}\n    note: 照录\n`));
    const l = warned.links.find((x) => pairs([x])[0] === cite)!;
    expect([l.source, l.relation, l.why]).toEqual(['curated', editor, `${label} · 编辑认定（规则判为${base.why}）`]);
    expect(warned.diagnostics).toEqual([
      {
        file: 'c.yaml',
        line: 2,
        severity: 'warning',
        ruleId: 'curation-relation',
        message: `${cite}: the editor's relation ${editor} (${label}: 照录) contradicts the rule's ${base.relation} (${base.why}); change the relation or state why with \`override: <reason>\``,
      },
    ]);
    // without a note, the message names the relation alone
    const bare = buildCrosswalk([measure(), parent], decide(`    relation: ${editor}\n`));
    expect(bare.diagnostics[0]!.message).toContain(`the editor's relation ${editor} (${label}) contradicts`);

    const overridden = buildCrosswalk([measure(), parent], decide(`    relation: ${editor}\n    override: 经研究认定\n`));
    expect(overridden.links.find((x) => pairs([x])[0] === cite)!.why).toBe(`${label} · 编辑认定：经研究认定（规则判为${base.why}）`);
    expect(overridden.diagnostics).toEqual([]);

    // the rule's own relation confirmed: the rule's reason, no warning
    const agreed = buildCrosswalk([measure(), parent], decide(`    relation: ${base.relation}\n`));
    const a = agreed.links.find((x) => pairs([x])[0] === cite)!;
    expect([a.source, a.relation, a.why, a.kept, a.added, a.dropped]).toEqual(['curated', base.relation, base.why, base.kept, base.added, base.dropped]);
    expect(agreed.diagnostics).toEqual([]);
  });
});
