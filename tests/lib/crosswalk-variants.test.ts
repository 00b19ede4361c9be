/**
 * Traditional and simplified characters (issue #15, item 3): a measure written
 * in traditional characters is matched after folding to simplified
 * (src/lib/chinese-variants.ts) and shown as written.
 */
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { buildCrosswalk, buildIndexes, suggestAll } from '../../src/lib/crosswalk/build.ts';
import { readTopics } from '../../src/data/crosswalk.ts';
import { loadTopics } from '../../src/lib/crosswalk/topics.ts';
import { unitsOf, type Unit } from '../../src/lib/crosswalk/units.ts';
import { measureFromText } from '../../src/lib/crosswalk/evaluate.ts';
import { hasTraditional, toSimplified } from '../../src/lib/chinese-variants.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import type { ProvisionNode } from '../../src/lib/tree.ts';

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const PARENT = 'ccp-accountability-2016';
const topicFiles = readTopics();
const topics = loadTopics(topicFiles);

/** A seed measure rewritten in traditional characters (title, headings, texts), under another slug. */
function traditional(doc: RegDocument, slug: string): RegDocument {
  const convert = (n: ProvisionNode): ProvisionNode => ({
    ...n,
    ...(n.text ? { text: toTraditional(n.text) } : {}),
    ...(n.heading ? { heading: toTraditional(n.heading) } : {}),
    children: n.children.map(convert),
  });
  return { ...doc, meta: { ...doc.meta, slug, title: toTraditional(doc.meta.title) }, root: convert(doc.root) };
}

describe('chinese-variants', () => {
  it('folds Taiwan and Hong Kong forms to simplified, keeping the length', () => {
    const t = '中共中山大學委員會貫徹落實《中國共產黨問責條例》實施細則';
    expect(toSimplified(t)).toBe('中共中山大学委员会贯彻落实《中国共产党问责条例》实施细则');
    expect([...toSimplified(t)].length).toBe([...t].length);
    expect(toSimplified('對黨組織的問責方式包括：檢查、通報、改組。')).toBe('对党组织的问责方式包括：检查、通报、改组。');
  });

  it('leaves simplified text alone', () => {
    const s = '问责决定应当由党中央或者有管理权限的党组织作出。';
    expect(toSimplified(s)).toBe(s);
    expect(hasTraditional(s)).toBe(false);
    expect(hasTraditional('問責')).toBe(true);
  });
});

describe('a measure in traditional characters', () => {
  const seeds = getCorpus().documents;
  const rizhao = seeds.find((d) => d.meta.slug === 'rizhao-polytechnic-2017')!;
  const trad = traditional(rizhao, 'rizhao-polytechnic-2017-traditional');

  it('is really written in traditional characters (the test would prove nothing otherwise)', () => {
    expect(hasTraditional(unitsOf(trad).map((u) => u.text).join(''))).toBe(true);
    expect(unitsOf(trad).find((u) => u.anchor === 'art-6')!.text).toContain('問責');
  });

  it('gets the same links, with the same relations, as the simplified original', () => {
    const docs = [...seeds, trad];
    const links = suggestAll(docs, buildIndexes(docs, topics));
    const pairs = (slug: string) =>
      links
        .filter((l) => l.from.doc === slug)
        .map((l) => `${l.from.anchor}→${l.to.anchor}:${l.relation}`)
        .sort();
    expect(pairs(rizhao.meta.slug).length).toBeGreaterThan(5);
    expect(pairs(trad.meta.slug)).toEqual(pairs(rizhao.meta.slug));
  });

  it('shows its evidence and added phrases as written, in traditional characters', () => {
    const cw = buildCrosswalk([...seeds, trad], [], topicFiles);
    const art6 = cw.links.find((l) => l.from.doc === trad.meta.slug && l.from.anchor === 'art-6' && l.to.anchor === 'art-7')!;
    expect(art6).toBeDefined();
    expect(art6.relation).toBe('implements');
    expect(art6.added).toEqual(expect.arrayContaining(['提醒', '函詢']));
    const text = unitsOf(trad).find((u) => u.anchor === 'art-6')!.text;
    // Shared phrases are cut from the text as written; the parent's topic (问责方式) is the parent's word.
    const phrases = art6.evidence.filter((e) => !e.includes('≈') && e !== '问责方式');
    expect(phrases.length).toBeGreaterThan(1);
    for (const e of phrases) expect(text.includes(e), e).toBe(true);
    expect(phrases.some(hasTraditional)).toBe(true);
  });
});

describe('a real-looking excerpt in traditional characters', () => {
  // After 中共中山大學委員會貫徹落實《中國共產黨問責條例》實施細則 (the measure issue #15 names).
  const excerpt: [string, string, string][] = [
    ['art-2', '', '黨的問責工作應當堅持依規依紀、實事求是，失責必問、問責必嚴，懲前毖後、治病救人，分級負責、層層落實責任的原則。'],
    ['art-7', '問責方式', '對黨組織的問責方式包括：檢查、通報、改組。對黨的領導幹部的問責方式包括：提醒、函詢、通報、誡勉、組織調整或者組織處理、紀律處分。上述問責方式，可以單獨使用，也可以合併使用。'],
    ['art-14', '', '本細則由校紀委負責解釋。'],
  ];
  const seeds = getCorpus().documents;
  const index = buildIndexes(seeds, topics).get(PARENT)!;
  const unit = (anchor: string, heading: string, text: string): Unit => ({
    doc: 'sysu-accountability-rules',
    anchor,
    kind: 'article',
    num: '',
    ...(heading ? { heading } : {}),
    text,
    node: { kind: 'article', id: anchor, text, children: [] } as unknown as ProvisionNode,
    path: [],
  });

  it('finds the parent articles: principles, forms of accountability, interpretation', () => {
    const best = excerpt.map(([a, h, t]) => index.suggest(unit(a, h, t))[0]?.to.anchor);
    expect(best).toEqual(['art-3', 'art-7', 'art-12']);
  });

  it('decides the relation by the rule on the folded text and lists the additions as written', () => {
    const [a, h, t] = excerpt[1]!;
    const r = index.relate(unit(a, h, t), t, 'art-7', unitsOf(seeds.find((d) => d.meta.slug === PARENT)!).find((u) => u.anchor === 'art-7')!.text);
    expect(r.relation).toBe('implements');
    expect(r.added).toEqual(expect.arrayContaining(['提醒', '函詢']));
    expect(r.why).toContain('增加：');
    const principles = excerpt[0]!;
    expect(index.suggest(unit(...principles))[0]!.relation).toBe('restates');
  });
});

describe('a traditional-character measure ingested from plain text (第一條 numbering)', () => {
  const text = [
    '中共中山大學委員會貫徹落實《中國共產黨問責條例》實施細則',
    '',
    '第一條 為全面從嚴治黨，規範和強化學校黨的問責工作，根據《中國共產黨問責條例》，結合學校實際，制定本細則。',
    '',
    '第二條 黨的問責工作應當堅持依規依紀、實事求是，失責必問、問責必嚴，懲前毖後、治病救人，分級負責、層層落實責任的原則。',
    '',
    '第三條 對黨組織的問責方式包括：檢查、通報、改組。對黨的領導幹部的問責方式包括：提醒、函詢、通報、誡勉、組織調整或者組織處理、紀律處分。上述問責方式，可以單獨使用，也可以合併使用。',
    '',
    '第四條 本細則由校紀委負責解釋。',
    '',
  ].join('\n');

  it('gets its links, with relations and reasons, as a simplified one would', () => {
    const measure = measureFromText('sysu-accountability-rules', text, PARENT);
    const cw = buildCrosswalk([...getCorpus().documents, measure], [], topicFiles);
    const mine = cw.links.filter((l) => l.from.doc === 'sysu-accountability-rules').map((l) => [l.from.anchor, l.to.anchor, l.relation]);
    expect(mine).toEqual([
      // The parent's purpose clause in its own words, the basis and 結合學校實際 swapped in: 重申 (relation rule, a wording clause keeping ≥ 60 %).
      ['art-1', 'art-1', 'restates'],
      ['art-2', 'art-3', 'restates'],
      ['art-3', 'art-7', 'implements'],
      ['art-4', 'art-12', 'related'],
    ]);
    const art3 = cw.links.find((l) => l.from.doc === 'sysu-accountability-rules' && l.from.anchor === 'art-3')!;
    expect(art3.why).toMatch(/^细化 · 增加：提醒、函詢/);
  });
});
