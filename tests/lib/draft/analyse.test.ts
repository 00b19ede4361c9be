/**
 * The draft check computes what the build computes: a seed measure checked as
 * a draft gets the links the build publishes for it (suggestions and
 * citations; curation aside), with the parent's data file made from the rest
 * of the corpus (and passed through JSON, as the browser gets it); and its
 * source text, pasted, gives the tree the site publishes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { readTopics } from '../../../src/data/crosswalk.ts';
import { buildCrosswalk, linkedDocuments } from '../../../src/lib/crosswalk/build.ts';
import { loadTopics } from '../../../src/lib/crosswalk/topics.ts';
import { DRAFT_SLUG, DraftChecker, draftResult } from '../../../src/lib/draft/analyse.ts';
import { draftParents, parentDataPath, parentPayload } from '../../../src/lib/draft/parent-data.ts';
import { prepareLines, splitLines } from '../../../src/lib/ingest/source-lines.ts';
import { walk } from '../../../src/lib/tree.ts';
import { loadManifest } from '../../../scripts/lib/ingest-core.ts';
import { errorOf } from '../../support/thrown.ts';

const PARENT = 'ccp-accountability-2016';
const docs = getCorpus().documents;
const topics = loadTopics(readTopics());
const published = buildCrosswalk(docs, [], readTopics()).links;
const measures = linkedDocuments(docs).measures.filter((m) => m.meta.parents.some((p) => p.slug === PARENT));
const outline = (root: Parameters<typeof walk>[0]) => [...walk(root)].filter(([n]) => n.id).map(([n]) => [n.id, n.num ?? '', n.heading ?? '', n.text]);

describe('draft check', () => {
  it.each(measures.map((m) => [m.meta.slug, m] as const))('%s checked as a draft gets the links the build publishes for it', (slug, m) => {
    const rest = docs.filter((d) => d !== m);
    const checker = new DraftChecker(JSON.parse(JSON.stringify(parentPayload(PARENT, rest, topics))));
    const draft = { ...m, meta: { ...m.meta, slug: DRAFT_SLUG } };
    const r = draftResult(checker.analyseDocument(draft));
    const expected = published.filter((l) => l.from.doc === slug && l.to.doc === PARENT).map((l) => ({ from: l.from.anchor, to: l.to.anchor, relation: l.relation, score: l.score, why: l.why }));
    expect(expected.length).toBeGreaterThan(3);
    expect(r.links.map((l) => ({ from: l.from, to: l.to, relation: l.relation, score: l.score, why: l.why }))).toEqual(expected);
  });

  it.each(measures.map((m) => [m.meta.slug, m] as const))('%s: its source text pasted gives the tree the site publishes', (slug, m) => {
    const manifest = loadManifest();
    const source = manifest.sources.find((s) => s.documents.some((d) => d.slug === slug))!;
    const spec = source.documents.find((d) => d.slug === slug)!;
    const all = splitLines(readFileSync(join('content/sources', source.file), 'utf8'));
    const lines = prepareLines(all, { from: spec.lines[0], to: spec.lines[1], exclude: source.exclude, corrections: spec.corrections }, source.file).lines;
    const checker = new DraftChecker(parentPayload(PARENT, docs, topics));
    const { doc } = checker.convert(lines.map((l) => l.raw).join('\n'));
    expect(outline(doc.root)).toEqual(outline(m.root));
  });

  it('reports coverage both ways and the converter diagnostics with their lines', () => {
    const checker = new DraftChecker(parentPayload(PARENT, docs, topics));
    const text = ['某某学院问责办法', '第一条 为了落实全面从严治党要求，根据《中国共产党问责条例》，制定本办法。', '第三条 对党组织的问责方式包括检查、通报、改组。', '第四条 本办法所称考核评价结果按年度公布并存档备查。'].join('\n');
    const a = checker.analyse(text);
    const r = draftResult(a);
    expect(r.articles.map((x) => x.anchor)).toEqual(['art-1', 'art-3', 'art-4']);
    expect(r.articles[1]!.line).toBe(3);
    const gap = r.diagnostics.find((d) => d.ruleId === "numbering");
    expect(gap?.line).toBe(3);
    expect(r.links.some((l) => l.from === 'art-3' && l.to === 'art-7')).toBe(true);
    expect(r.uncovered).toContain('art-10');
    expect(r.uncovered).not.toContain('art-7');
    expect(r.unbased).toEqual(expect.arrayContaining(r.articles.map((x) => x.anchor).filter((x) => !r.links.some((l) => l.from === x))));
    expect(a.comparison.rows.some((row) => row.local?.anchor === 'art-3' && row.base[0]?.unit.anchor === 'art-7')).toBe(true);
  });

  it('names the draft’s file in its diagnostics (草稿 when none is given), takes a title, and links it to the chosen parent', () => {
    const checker = new DraftChecker(parentPayload(PARENT, docs, topics));
    const plain = checker.convert('第一条 甲。\n第三条 乙。');
    expect(plain.doc.meta.slug).toBe(DRAFT_SLUG);
    expect(plain.diagnostics.map((d) => [d.file, d.line, d.ruleId])).toEqual([['草稿', 1, 'no-title'], ['草稿', 2, 'numbering']]);
    const named = checker.convert('第一条 甲。\n第三条 乙。', { file: '某办法.docx', title: '某某办法' });
    expect(named.doc.meta.title).toBe('某某办法');
    expect(named.doc.meta.parents).toEqual([{ slug: PARENT }]);
    expect(named.diagnostics.every((d) => d.file === '某办法.docx')).toBe(true);
  });

  it('links a provision that cites the parent by name and article, as a citation', () => {
    const checker = new DraftChecker(parentPayload(PARENT, docs, topics));
    const r = draftResult(checker.analyse('某某办法\n第一条 本办法依据《中国共产党问责条例》第九条制定，问责结果按规定存档。\n第二条 测试。', { title: '某某办法' }));
    expect(r.title).toBe('某某办法');
    expect(r.links.filter((l) => l.source === 'citation').map((l) => l.to)).toEqual(['art-9']);
  });

  it('links a provision that cites a parent article by number under the parent’s short title, as the build does', () => {
    const checker = new DraftChecker(JSON.parse(JSON.stringify(parentPayload(PARENT, docs, topics))));
    // no 《》, so not a citation: the suggester's third signal, which needs the parent's names
    const r = draftResult(checker.analyse('某某办法\n第一条 测试。\n第二条 问责条例第十条所称的情形，另包括本校规定的其他情形。', { title: '某某办法' }));
    expect(r.links.filter((l) => l.from === 'art-2').map((l) => [l.to, l.source])).toEqual([['art-10', 'suggested']]);
  });

  it('an empty draft is reported, not a crash', () => {
    const checker = new DraftChecker(parentPayload(PARENT, docs, topics));
    const r = draftResult(checker.analyse(''));
    expect(r.articles).toEqual([]);
    expect(r.links).toEqual([]);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('parent data of the draft check', () => {
  it('offers the parents of the corpus’s measures, each at its own data path', () => {
    const parents = draftParents(docs).map((d) => d.meta.slug);
    expect(parents).toContain(PARENT);
    for (const m of measures) expect(parents).not.toContain(m.meta.slug);
    expect(parentDataPath(PARENT)).toBe('/draft/parents/ccp-accountability-2016.json');
    expect(parentDataPath('a b/c')).toBe('/draft/parents/a%20b%2Fc.json');
  });

  it('gives the same data whatever the order of the documents, and refuses a document that is no parent', () => {
    const forward = JSON.stringify(parentPayload(PARENT, docs, topics));
    expect(JSON.stringify(parentPayload(PARENT, [...docs].reverse(), topics))).toBe(forward);
    expect(errorOf(() => parentPayload(measures[0]!.meta.slug, docs, topics)).message).toContain(`draft check: ${measures[0]!.meta.slug} is not the parent of any measure of the corpus`);
    expect(errorOf(() => parentPayload('no-such-document', docs, topics)).message).toMatch(/is not the parent of any measure/);
  });
});
