import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { alignDocuments, type AlignedRow } from '../../src/lib/compare/align.ts';
import { diffText, foldChar, sameText, similarityBound } from '../../src/lib/compare/diff.ts';
import { compareDocuments, comparePageParams, crosswalkLinks, parentPairs, sharedParentLinks } from '../../src/lib/compare/pairs.ts';
import { renderSide } from '../../src/lib/compare/render.ts';
import { bigramLinker, textSimilarity } from '../../src/lib/compare/similarity.ts';
import { compareUnits, provisionBody, type CompareUnit } from '../../src/lib/compare/units.ts';
import { node } from '../../src/lib/tree.ts';

const corpus = getCorpus();
const doc = (slug: string) => {
  const d = corpus.get(slug);
  if (!d) throw new Error(`seed ${slug} missing`);
  return d;
};
const unit = (slug: string, anchor: string) => {
  const u = compareUnits(doc(slug)).find((x) => x.anchor === anchor);
  if (!u) throw new Error(`${slug}#${anchor} missing`);
  return u;
};
const rowOf = (rows: AlignedRow[], anchor: string) => rows.find((r) => r.local?.anchor === anchor);

describe('diffText', () => {
  it('treats full-width and half-width punctuation as the same character, keeping each side’s own', () => {
    expect(foldChar('，')).toBe(',');
    expect(foldChar('（')).toBe('(');
    expect(foldChar('“')).toBe('"');
    const d = diffText('对党组织的问责方式包括:(一)检查,通报。', '对党组织的问责方式包括：（一）检查，通报。');
    expect(d.segments).toEqual([{ op: 'equal', old: '对党组织的问责方式包括:(一)检查,通报。', new: '对党组织的问责方式包括：（一）检查，通报。' }]);
    expect(d.similarity).toBe(1);
    expect(sameText('检查,通报。', '检查，通报。')).toBe(true);
    expect(sameText('检查,通报。', '检查、通报。')).toBe(false);
  });

  it('reads a replaced word as one change (应当 → 坚持)', () => {
    const d = diffText('问责应当分清责任。', '问责坚持分清责任。');
    expect(d.inserted).toEqual(['坚持']);
    expect(d.deleted).toEqual(['应当']);
    expect(d.segments.map((s) => s.op)).toEqual(['equal', 'change', 'equal']);
  });

  it('folds a one-character equality between two changes into one change', () => {
    // 甲乙丙 → 丁乙戊: jsdiff keeps 乙 in common; alone between two edits it is noise.
    const d = diffText('总则甲乙丙附则', '总则丁乙戊附则');
    expect(d.segments).toEqual([
      { op: 'equal', old: '总则', new: '总则' },
      { op: 'change', old: '甲乙丙', new: '丁乙戊' },
      { op: 'equal', old: '附则', new: '附则' },
    ]);
  });

  it('keeps a whole shared sentence between two rewritten ones visible', () => {
    const d = diffText('甲方负责组织实施。上述方式可以合并使用。乙方负责督促检查。', '丙单位负责实施工作。上述方式可以合并使用。丁单位负责考核评价。');
    expect(d.segments.some((s) => s.op === 'equal' && s.new.includes('上述方式可以合并使用'))).toBe(true);
  });

  it('counts similarity on characters, whitespace ignored', () => {
    expect(diffText('甲乙', '丙丁').similarity).toBe(0);
    expect(diffText('甲 乙\n', '甲乙').similarity).toBe(1);
  });
});

describe('diffText with minSimilarity', () => {
  it('bounds the similarity by the shared characters, never below the real value', () => {
    const pairs: [string, string][] = [
      ['问责应当分清责任。', '问责坚持分清责任。'],
      ['甲乙丙丁', '丁丙乙甲'],
      ['党组织领导班子', '班子'],
      ['', '新增'],
    ];
    for (const [a, b] of pairs) expect(similarityBound(a, b)).toBeGreaterThanOrEqual(diffText(a, b).similarity);
    expect(similarityBound('甲乙丙丁', '丁丙乙甲')).toBe(1);
    expect(diffText('甲乙丙丁', '丁丙乙甲').similarity).toBe(0.25);
  });

  it('skips the character diff when the bound is below the minimum, and says so', () => {
    const long = '党组织和党的干部不履行或者不正确履行职责，有下列情形之一的，应当予以问责。'.repeat(8);
    const d = diffText('上述问责方式，可以单独使用。', long, { minSimilarity: 0.45 });
    expect(d.exact).toBe(false);
    expect(d.similarity).toBeLessThan(0.45);
    expect(d.segments).toEqual([{ op: 'change', old: '上述问责方式，可以单独使用。', new: long }]);
    // Above the bound the diff is computed as usual.
    const near = diffText('问责应当分清责任。', '问责坚持分清责任。', { minSimilarity: 0.45 });
    expect(near.exact).toBe(true);
    expect(near.inserted).toEqual(['坚持']);
  });
});

describe('renderSide', () => {
  it('marks insertions and deletions with <ins>/<del> and a hidden label, escaping text', () => {
    const d = diffText('问责应当分清<责任>。', '问责坚持分清<责任>。');
    expect(renderSide(d.segments, 'new')).toBe('问责<ins><span class="visually-hidden">［增］</span>坚持</ins>分清&lt;责任&gt;。');
    expect(renderSide(d.segments, 'old')).toBe('问责<del><span class="visually-hidden">［删］</span>应当</del>分清&lt;责任&gt;。');
  });
});

describe('compare units', () => {
  it('leave the 解读 of the 2016 Regulations out of the compared text', () => {
    const art7 = unit('ccp-accountability-2016', 'art-7');
    expect(art7.text).toContain('诫勉');
    expect(art7.text).not.toContain('解读');
    expect(art7.text).not.toContain('本条规定了');
    expect(art7.num).toBe('第七条');
  });

  it('keep item numbers, one line per paragraph or item', () => {
    const n = node('article', 1, '', { num: '第一条', children: [node('para', 1, '方式包括：', { children: [node('item', 2, '检查。', { num: '（一）' })] }), node('interpretation', 3, '本条规定了')] });
    expect(provisionBody(n)).toBe('方式包括：\n（一）检查。');
  });

  it('are the articles of a measure, or its sections when it has none', () => {
    expect(compareUnits(doc('rizhao-polytechnic-2017')).map((u) => u.anchor)).toEqual(['art-1', 'art-2', 'art-3', 'art-4', 'art-5', 'art-6', 'art-7', 'art-8']);
    const sections = compareUnits(doc('party-building-target-responsibility'));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every((u) => u.kind === 'section')).toBe(true);
  });
});

describe('Rizhao against the 2016 Regulations (seeds)', () => {
  // Compared inside each test, not while vitest collects the file: mutation testing (README) then covers
  // compare/ per test instead of re-running every file for each of its mutants.
  const compared = () => compareDocuments(doc('rizhao-polytechnic-2017'), doc('ccp-accountability-2016'));

  it('第四条 restates 第五条 near-verbatim: 应当 → 坚持, punctuation width aside', () => {
    const cmp = compared();
    const row = rowOf(cmp.rows, 'art-4')!;
    expect(row.base[0]!.unit.anchor).toBe('art-5');
    expect(row.status).toBe('near-verbatim');
    expect(row.diff!.inserted).toEqual(['坚持']);
    expect(row.diff!.deleted).toEqual(['应当']);
    // The ，/, difference is not a change: the rest is one equal run each side.
    expect(row.diff!.segments.filter((s) => s.op === 'change')).toHaveLength(1);
    expect(row.showDiff).toBe(true);
  });

  it('第六条 adapts 第七条 and adds 提醒 and 函询', () => {
    const cmp = compared();
    const row = rowOf(cmp.rows, 'art-6')!;
    expect(row.base[0]!.unit.anchor).toBe('art-7');
    expect(row.status).toBe('adapted');
    const ins = row.diff!.inserted.join('|');
    expect(ins).toContain('提醒');
    expect(ins).toContain('函询');
    // 组织调整或者组织处理 and 纪律处分 are in 第七条 but not in 第六条.
    expect(row.diff!.deleted.join('|')).toContain('组织调整或者组织处理');
  });

  it('summarises the counts and lists uncovered parent articles in parent order, in place', () => {
    const cmp = compared();
    const s = cmp.summary;
    expect(s.localTotal).toBe(8);
    expect(s.baseTotal).toBe(13);
    expect(s.verbatim + s.nearVerbatim + s.adapted + s.added).toBe(8);
    expect(s.nearVerbatim).toBeGreaterThanOrEqual(1);
    expect(s.covered + s.uncovered.length).toBe(13);
    const uncovered = s.uncovered.map((u) => u.index);
    expect(uncovered).toEqual([...uncovered].sort((a, b) => a - b));
    // Every uncovered parent article appears as its own row.
    expect(cmp.rows.filter((r) => r.status === 'uncovered').map((r) => r.base[0]!.unit.anchor)).toEqual(s.uncovered.map((u) => u.anchor));
  });
});

describe('alignDocuments', () => {
  const mk = (doc: string, index: number, text: string): CompareUnit => ({ doc, anchor: `art-${index + 1}`, kind: 'article', num: `第${index + 1}条`, index, text });
  const base = [mk('p', 0, '总则甲'), mk('p', 1, '乙规定'), mk('p', 2, '丙规定'), mk('p', 3, '附则丁')];
  const local = [mk('l', 0, '总则甲'), mk('l', 1, '新增内容'), mk('l', 2, '丙规定的细化')];

  it('places uncovered base provisions in base order among the rows, and marks additions', () => {
    const a = alignDocuments(local, base, [
      { local: 'art-1', base: 'art-1', relation: 'restates', score: 1 },
      { local: 'art-3', base: 'art-3', relation: 'implements', score: 0.5 },
    ]);
    expect(a.rows.map((r) => `${r.status}:${r.local?.anchor ?? '-'}/${r.base.map((b) => b.unit.anchor).join(',')}`)).toEqual([
      'verbatim:art-1/art-1',
      'added:art-2/',
      'uncovered:-/art-2',
      'adapted:art-3/art-3',
      'uncovered:-/art-4',
    ]);
    expect(a.summary).toMatchObject({ verbatim: 1, nearVerbatim: 0, adapted: 1, added: 1, covered: 2 });
    expect(a.summary.uncovered.map((u) => u.anchor)).toEqual(['art-2', 'art-4']);
  });

  it('diffs against the linked base provision closest in words, listed first', () => {
    const a = alignDocuments([mk('l', 0, '丙规定')], base, [
      { local: 'art-1', base: 'art-2', relation: 'related', score: 0.9 },
      { local: 'art-1', base: 'art-3', relation: 'related', score: 0.4 },
    ]);
    const row = rowOf(a.rows, 'art-1')!;
    expect(row.base.map((b) => b.unit.anchor)).toEqual(['art-3', 'art-2']);
    expect(row.status).toBe('verbatim');
  });
});

describe('links', () => {
  it('the bigram fallback links a restated article to its source', () => {
    expect(textSimilarity('问责应当分清责任', '问责坚持分清责任')).toBeGreaterThan(0.5);
    const links = bigramLinker(compareUnits(doc('rizhao-polytechnic-2017')), compareUnits(doc('ccp-accountability-2016')));
    expect(links.find((l) => l.local === 'art-4')).toMatchObject({ base: 'art-5', relation: 'restates' });
  });

  it('crosswalk links are lifted to the provisions compared, and preferred over the fallback', () => {
    const local = compareUnits(doc('rizhao-polytechnic-2017'));
    const base = compareUnits(doc('ccp-accountability-2016'));
    const cw = [
      { from: { doc: 'rizhao-polytechnic-2017', anchor: 'art-6-para-2-item-1' }, to: { doc: 'ccp-accountability-2016', anchor: 'art-7' }, relation: 'implements' as const, score: 0.4 },
      { from: { doc: 'rizhao-polytechnic-2017', anchor: 'art-6' }, to: { doc: 'ccp-accountability-2016', anchor: 'art-7-para-2' }, relation: 'implements' as const, score: 0.7 },
      { from: { doc: 'weifang-school-safety-2011', anchor: 'art-6' }, to: { doc: 'ccp-accountability-2016', anchor: 'art-7' }, relation: 'related' as const, score: 0.9 },
    ];
    expect(crosswalkLinks(cw, local, base)).toEqual([{ local: 'art-6', base: 'art-7', relation: 'implements', score: 0.7 }]);
    const cmp = compareDocuments(doc('rizhao-polytechnic-2017'), doc('ccp-accountability-2016'), cw);
    expect(cmp.linkSource).toBe('crosswalk');
    expect(cmp.summary.added).toBe(7);
  });
});

describe('links between two measures of one parent', () => {
  const P = 'ccp-accountability-2016';
  const link = (from: string, to: string, relation: 'restates' | 'implements' | 'related', score: number) => {
    const [fd, fa] = from.split('#') as [string, string];
    const [td, ta] = to.split('#') as [string, string];
    return { from: { doc: fd, anchor: fa }, to: { doc: td, anchor: ta }, relation, score };
  };
  const cw = [
    link('rizhao-polytechnic-2017#art-6', `${P}#art-7`, 'restates', 0.9),
    link('weifang-school-safety-2011#art-7-para-1', `${P}#art-7-para-2`, 'implements', 0.6),
    link('weifang-school-safety-2011#art-3', `${P}#art-7`, 'restates', 0.5),
    link('rizhao-polytechnic-2017#art-1', `${P}#art-1`, 'implements', 0.7),
  ];

  it('meet at the parent article both take up', () => {
    const rizhao = compareUnits(doc('rizhao-polytechnic-2017'));
    const weifang = compareUnits(doc('weifang-school-safety-2011'));
    expect(sharedParentLinks(cw, rizhao, weifang)).toEqual([
      { local: 'art-6', base: 'art-3', relation: 'restates', score: 0.5 }, // both restate 第七条
      { local: 'art-6', base: 'art-7', relation: 'related', score: 0.6 },
    ]);
    const cmp = compareDocuments(doc('rizhao-polytechnic-2017'), doc('weifang-school-safety-2011'), cw);
    expect(cmp.linkSource).toBe('shared-parent');
    expect(rowOf(cmp.rows, 'art-6')!.base.map((b) => b.unit.anchor).sort()).toEqual(['art-3', 'art-7']);
    expect(rowOf(cmp.rows, 'art-1')!.status).toBe('added');
  });

  it('a parent compared against its measure reads the crosswalk backwards', () => {
    const cmp = compareDocuments(doc('ccp-accountability-2016'), doc('rizhao-polytechnic-2017'), cw);
    expect(cmp.linkSource).toBe('crosswalk');
    expect(rowOf(cmp.rows, 'art-7')!.base[0]!.unit.anchor).toBe('art-6');
    expect(rowOf(cmp.rows, 'art-1')!.base[0]!.unit.anchor).toBe('art-1');
  });
});

describe('pairs', () => {
  it('one measure–parent pair per measure with a parent, and a pre-rendered page for each, no more', () => {
    const pp = parentPairs(corpus.documents).map((p) => `${p.local.meta.slug}>${p.base.meta.slug}`);
    expect(pp).toContain('rizhao-polytechnic-2017>ccp-accountability-2016');
    expect(pp).toContain('weifang-school-safety-2011>ccp-accountability-2016');
    expect(pp.every((p) => p.endsWith('>ccp-accountability-2016'))).toBe(true);
    // Exactly the declared parents present in the corpus: the seeds without a parent (Guangzhou 2006, Harbin) get none.
    const declared = corpus.documents.filter((d) => d.meta.class !== '评论').flatMap((d) => d.meta.parents.filter((p) => corpus.get(p.slug)).map((p) => `${d.meta.slug}>${p.slug}`));
    expect(pp).toEqual(declared);
    expect(pp.some((p) => p.startsWith('harbin-community-grid-2011>') || p.startsWith('guangzhou-community-party-building-2006>'))).toBe(false);
    expect(comparePageParams(corpus.documents).map((p) => `${p.a}>${p.b}`)).toEqual(pp);
  });

  it('is deterministic', () => {
    const a = JSON.stringify(compareDocuments(doc('weifang-school-safety-2011'), doc('rizhao-polytechnic-2017')).rows.map((r) => [r.status, r.local?.anchor, r.base.map((b) => b.unit.anchor)]));
    const b = JSON.stringify(compareDocuments(doc('weifang-school-safety-2011'), doc('rizhao-polytechnic-2017')).rows.map((r) => [r.status, r.local?.anchor, r.base.map((b) => b.unit.anchor)]));
    expect(a).toBe(b);
  });
});
