/**
 * The hand-checked crosswalk sets the bench and the quality tests measure the
 * suggester and the relation rule on (file access lives here, not in src/lib):
 *
 * - seed measures: content/ against tests/fixtures/crosswalk-gold.yaml;
 * - unseen measures: tests/fixtures/unseen/*.txt against its gold.yaml;
 * - unseen, relations labelled first: tests/fixtures/unseen/labelled/ (issue #15);
 * - another parent: tests/fixtures/other-parent/ — 献血法 (1997) and Henan's
 *   实施办法 (1999) from the real corpus, no topics file (issue #14);
 * - held out: tests/fixtures/held-out/<pair>/ — two more laws with a local
 *   implementing measure each from the real corpus, relations labelled before
 *   the rule was run on them or tuned (issue #15);
 * - blind: tests/fixtures/blind/<pair>/ — four more laws with a measure each
 *   (a municipality, the State Council, a city, a province), labelled and
 *   committed before the rule was run on them (issue #15 goal 4);
 * - second blind set: tests/fixtures/blind2/<pair>/ — four more (the State Council, a province, a
 *   municipality, a city), labelled and committed before the rule was run on them, after the first
 *   blind set had been used to change the rule (issue #15 goal 4). Names start with `blind2:`.
 * - third blind set: tests/fixtures/blind3/<pair>/ — four more (the State Council twice, a municipality, a
 *   province), labelled and committed before any change to the rule on 2026-11-29 evening (relations4),
 *   after blind2 had been used to change it. Names start with `blind3:`.
 * - fourth blind set: tests/fixtures/blind4/<pair>/ — four more (the State Council, a municipality, a province, a
 *   city), labelled and committed before any change to the rule on 2026-11-30 (relations5), after blind3 had been
 *   used to change it. Names start with `blind4:`.
 * - fifth blind set: tests/fixtures/blind5/<pair>/ — four more (the State Council, a municipality, a province, a
 *   city), labelled and committed before any change to the rule on 2026-11-30 morning (relations6), after blind4
 *   had been used to change it. Names start with `blind5:`.
 * - sixth blind set: tests/fixtures/blind6/<pair>/ — four more (the State Council, a province, a municipality, a
 *   city), labelled and committed on 2026-11-30 morning (label6) by a helper who neither ran nor read the rule,
 *   while another (relations7) changed the rule without seeing the set. Names start with `blind6:`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCorpus } from '../../src/data/corpus.ts';
import { readTopics } from '../../src/data/crosswalk.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { buildIndexes, suggestAll } from '../../src/lib/crosswalk/build.ts';
import { evaluate, measureFromText, type Score } from '../../src/lib/crosswalk/evaluate.ts';
import { linkGold, relationAccuracy, type RelationScore } from '../../src/lib/crosswalk/gold.ts';
import { loadTopics } from '../../src/lib/crosswalk/topics.ts';
import { parseYamlWith } from '../../src/lib/yaml-validate.ts';
import { labelledGoldFile, type CrosswalkLink, type LabelledGoldFile } from '../../src/schemas/crosswalk.ts';

export const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const PARENT = 'ccp-accountability-2016';

export interface CrosswalkSet {
  name: string;
  documents: RegDocument[];
  gold: LabelledGoldFile;
  goldPath: string;
}

export function readGold(path: string): LabelledGoldFile {
  return parseYamlWith(readFileSync(path, 'utf8'), path, labelledGoldFile).data;
}

/** Measures built from the .txt files of a folder, as `npm run ingest -- FILE.txt --parent P` would. */
export function measuresIn(dir: string, parent: string): RegDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => measureFromText(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8'), parent));
}

/** The blind pairs: folder, parent slug, set name (all start with `blind:`). */
export const BLIND_SETS: readonly (readonly [string, string, string])[] = [
  ['language', 'language-law-2000', 'blind: 国家通用语言文字法 ← 上海实施办法 (blind/language)'],
  ['taiwan-investment', 'taiwan-investment-law-2019', 'blind: 台湾同胞投资保护法 ← 国务院实施细则 (blind/taiwan-investment)'],
  ['tobacco', 'tobacco-law-2015', 'blind: 烟草专卖法 ← 青岛实施办法 (blind/tobacco)'],
  ['teachers', 'teachers-law-2009', 'blind: 教师法 ← 浙江实施办法 (blind/teachers)'],
];

/** The second blind set's pairs: folder, parent slug, set name (all start with `blind2:`). */
export const BLIND2_SETS: readonly (readonly [string, string, string])[] = [
  ['maternal-infant', 'maternal-infant-health-law-2017', 'blind2: 母婴保健法 ← 国务院实施办法 (blind2/maternal-infant)'],
  ['vocational-education', 'vocational-education-law-1996', 'blind2: 职业教育法 ← 河南实施办法 (blind2/vocational-education)'],
  ['residents-committees', 'residents-committees-law-2018', 'blind2: 城市居民委员会组织法 ← 北京实施办法 (blind2/residents-committees)'],
  ['private-education', 'private-education-law-2018', 'blind2: 民办教育促进法 ← 青岛实施办法 (blind2/private-education)'],
];

/** The third blind set's pairs: folder, parent slug, set name (all start with `blind3:`). */
export const BLIND3_SETS: readonly (readonly [string, string, string])[] = [
  ['vehicle-tax', 'vehicle-tax-law-2019', 'blind3: 车船税法 ← 国务院实施条例 (blind3/vehicle-tax)'],
  ['red-cross', 'red-cross-law-2017', 'blind3: 红十字会法 ← 北京实施办法 (blind3/red-cross)'],
  ['fisheries', 'fisheries-law-2013', 'blind3: 渔业法 ← 河南实施办法 (blind3/fisheries)'],
  ['counter-espionage', 'counter-espionage-law-2014', 'blind3: 反间谍法 ← 国务院实施细则 (blind3/counter-espionage)'],
];

/** The fourth blind set's pairs: folder, parent slug, set name (all start with `blind4:`). */
export const BLIND4_SETS: readonly (readonly [string, string, string])[] = [
  ['anti-sanctions', 'anti-foreign-sanctions-law-2021', 'blind4: 反外国制裁法 ← 国务院实施规定 (blind4/anti-sanctions)'],
  ['meteorology', 'meteorology-law-2016', 'blind4: 气象法 ← 上海实施办法 (blind4/meteorology)'],
  ['eia', 'eia-law-2018', 'blind4: 环境影响评价法 ← 山东实施办法 (blind4/eia)'],
  ['water', 'water-law-2016', 'blind4: 水法 ← 青岛实施若干规定 (blind4/water)'],
];

/** The fifth blind set's pairs: folder, parent slug, set name (all start with `blind5:`). */
export const BLIND5_SETS: readonly (readonly [string, string, string])[] = [
  ['env-tax', 'env-tax-law-2018', 'blind5: 环境保护税法 ← 国务院实施条例 (blind5/env-tax)'],
  ['mine-safety', 'mine-safety-law-2009', 'blind5: 矿山安全法 ← 北京实施办法 (blind5/mine-safety)'],
  ['civil-air-defence', 'civil-air-defence-law-2009', 'blind5: 人民防空法 ← 浙江实施办法 (blind5/civil-air-defence)'],
  ['mediation', 'mediation-law-2010', 'blind5: 人民调解法 ← 宁波人民调解条例 (blind5/mediation)'],
];

/** The sixth blind set's pairs: folder, parent slug, set name (all start with `blind6:`). */
export const BLIND6_SETS: readonly (readonly [string, string, string])[] = [
  ['income-tax', 'individual-income-tax-law-2018', 'blind6: 个人所得税法 ← 国务院实施条例 (blind6/income-tax)'],
  ['coal', 'coal-law-2016', 'blind6: 煤炭法 ← 山东实施办法 (blind6/coal)'],
  ['earthquake', 'earthquake-law-2008', 'blind6: 防震减灾法 ← 北京实施规定 (blind6/earthquake)'],
  ['intangible-heritage', 'intangible-heritage-law-2011', 'blind6: 非物质文化遗产法 ← 菏泽非物质文化遗产条例 (blind6/intangible-heritage)'],
];

export function crosswalkSets(): CrosswalkSet[] {
  const seeds = getCorpus().documents;
  const set = (name: string, documents: RegDocument[], goldPath: string): CrosswalkSet => ({ name, documents, gold: readGold(goldPath), goldPath });
  // A law and its measures in one folder: the law declares no parent itself.
  const lawFolder = (dir: string, law: string) => measuresIn(dir, law).map((d) => (d.meta.slug === law ? { ...d, meta: { ...d.meta, parents: [] } } : d));
  const otherDir = join(FIXTURES, 'other-parent');
  const other = lawFolder(otherDir, 'blood-donation-law-1997');
  const heldOut = (pair: string, law: string, name: string) => set(name, lawFolder(join(FIXTURES, 'held-out', pair), law), join(FIXTURES, 'held-out', pair, 'gold.yaml'));
  const blind = (dir: string) => (pair: string, law: string, name: string) => set(name, lawFolder(join(FIXTURES, dir, pair), law), join(FIXTURES, dir, pair, 'gold.yaml'));
  return [
    set('seed measures', seeds, join(FIXTURES, 'crosswalk-gold.yaml')),
    set('unseen measures (tests/fixtures/unseen)', [...seeds, ...measuresIn(join(FIXTURES, 'unseen'), PARENT)], join(FIXTURES, 'unseen/gold.yaml')),
    set('unseen, relations labelled first (unseen/labelled)', [...seeds, ...measuresIn(join(FIXTURES, 'unseen/labelled'), PARENT)], join(FIXTURES, 'unseen/labelled/gold.yaml')),
    set('another parent: 献血法 ← 河南实施办法 (other-parent)', other, join(otherDir, 'gold.yaml')),
    heldOut('assembly', 'assembly-law-2009', 'held out: 集会游行示威法 ← 重庆实施办法 (held-out/assembly)'),
    heldOut('overseas-chinese', 'overseas-chinese-law-2009', 'held out: 归侨侨眷权益保护法 ← 北京实施办法 (held-out/overseas-chinese)'),
    ...BLIND_SETS.map(([pair, law, name]) => blind('blind')(pair, law, name)),
    ...BLIND2_SETS.map(([pair, law, name]) => blind('blind2')(pair, law, name)),
    ...BLIND3_SETS.map(([pair, law, name]) => blind('blind3')(pair, law, name)),
    ...BLIND4_SETS.map(([pair, law, name]) => blind('blind4')(pair, law, name)),
    ...BLIND5_SETS.map(([pair, law, name]) => blind('blind5')(pair, law, name)),
    ...BLIND6_SETS.map(([pair, law, name]) => blind('blind6')(pair, law, name)),
  ];
}

/** Suggestions alone (no citations, no curation), with the topics files of content/crosswalk/topics. */
export function suggestionsFor(documents: readonly RegDocument[]): CrosswalkLink[] {
  return suggestAll(documents, buildIndexes(documents, loadTopics(readTopics())));
}

export function scoreSet(s: CrosswalkSet, links: readonly CrosswalkLink[] = suggestionsFor(s.documents)): { links: Score; relations: RelationScore } {
  return { links: evaluate(links, linkGold(s.gold), s.documents), relations: relationAccuracy(links, s.gold, s.documents) };
}
