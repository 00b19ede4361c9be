/**
 * Per-parent topics files (content/crosswalk/topics/<parent>.yaml, issue #14):
 * validated with file:line errors; what a parent's articles are about comes
 * from its own 解读 topics and headings.
 */
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { readTopics } from '../../src/data/crosswalk.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { predatingMeasures } from '../../src/lib/crosswalk/coverage.ts';
import { functionTable, primaryFunctions } from '../../src/lib/crosswalk/functions.ts';
import { loadTopics } from '../../src/lib/crosswalk/topics.ts';
import { unitsOf } from '../../src/lib/crosswalk/units.ts';
import { ValidationError } from '../../src/lib/yaml-validate.ts';
import { errorOf } from '../support/thrown.ts';

function errorsOf(text: string, known = (s: string) => s === 'ccp-accountability-2016'): string[] {
  try {
    loadTopics([{ file: 'content/crosswalk/topics/t.yaml', text }], known);
  } catch (e) {
    if (e instanceof ValidationError) return e.errors.map((x) => `${x.file}:${x.line}: ${x.message}`);
    throw e;
  }
  return [];
}

describe('topics files', () => {
  it('the repository’s file is valid and names the 2016 parent', () => {
    const topics = loadTopics(readTopics(), (s) => getCorpus().documents.some((d) => d.meta.slug === s));
    expect([...topics.keys()]).toEqual(['ccp-accountability-2016']);
    expect(topics.get('ccp-accountability-2016')!.map((t) => t.id)).toEqual(expect.arrayContaining(['sanctions', 'grounds', 'decision']));
  });

  it('a bad regular expression, a bad id and an unknown key, each at its line', () => {
    const text = ['parent: ccp-accountability-2016', 'topics:', '  - id: Sanctions', '    label: 问责方式', '  - id: grounds', '    label: 问责情形', '    heading: (情形', '  - id: decision', '    label: 问责决定', '    colour: red', ''].join('\n');
    const errs = errorsOf(text);
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/^content\/crosswalk\/topics\/t\.yaml:3: topics\.0\.id: expected a lowercase ASCII id/);
    expect(errs[1]).toMatch(/^content\/crosswalk\/topics\/t\.yaml:7: topics\.1\.heading: expected a valid regular expression/);
    expect(errs[2]).toMatch(/^content\/crosswalk\/topics\/t\.yaml:10: topics\.2: .*colour/);
  });

  it('a parent not in the corpus, and a topic given twice', () => {
    expect(errorsOf('parent: no-such-law\ntopics: []\n')).toEqual(['content/crosswalk/topics/t.yaml:1: parent: "no-such-law" is not a document of the corpus']);
    expect(errorsOf('parent: ccp-accountability-2016\ntopics:\n  - id: a\n    label: 甲\n  - id: a\n    label: 乙\n')).toEqual(['content/crosswalk/topics/t.yaml:5: topics: "a" is given twice']);
  });

  it('a build with a broken topics file fails with its place', () => {
    expect(errorOf(() => buildCrosswalk(getCorpus().documents, [], [{ file: 'x.yaml', text: 'parent: ccp-accountability-2016\ntopics:\n  - id: x\n    label: 乙\n    heading: "["\n' }]), ValidationError).message).toMatch(/x\.yaml:5:\d+: topics\.0\.heading/);
  });

  it('a parent article’s topic comes from its own 解读 (本条规定了“问责方式”), matched with the topics file', () => {
    const parent = getCorpus().documents.find((d) => d.meta.slug === 'ccp-accountability-2016')!;
    const table = functionTable(loadTopics(readTopics()).get('ccp-accountability-2016'));
    const art7 = unitsOf(parent).find((u) => u.anchor === 'art-7')!;
    expect(art7.topic).toBe('问责方式');
    expect(primaryFunctions(art7.text, art7.topic, table)).toEqual(['sanctions']);
    // Without the topics file only the generic drafting functions are known: 第七条 is about none of them,
    // while 第十二条 (解释机关) and 第十三条 (施行日期) still are.
    expect(primaryFunctions(art7.text, art7.topic)).not.toContain('sanctions');
    const art12 = unitsOf(parent).find((u) => u.anchor === 'art-12')!;
    expect(primaryFunctions(art12.text, art12.topic)).toEqual(['interpretation']);
  });
});

describe('computed facts', () => {
  it('which measures predate their parent comes from the metadata dates', () => {
    const docs = getCorpus().documents;
    expect(predatingMeasures(docs).map((p) => [p.measure.meta.slug, p.measureDate, p.parentDate])).toEqual([
      ['guangzhou-cadre-accountability-2009', '2009-03-04', '2016-07-08'],
      ['weifang-school-safety-2011', '2011-05-30', '2016-07-08'],
    ]);
    // A later date makes it not predate; no date leaves it out.
    const rizhao = docs.find((d) => d.meta.slug === 'rizhao-polytechnic-2017')!;
    const older = { ...rizhao, meta: { ...rizhao.meta, issued: '2015-01-01', effective: null } };
    expect(predatingMeasures([...docs.filter((d) => d !== rizhao), older]).map((p) => p.measure.meta.slug)).toContain('rizhao-polytechnic-2017');
  });
});
