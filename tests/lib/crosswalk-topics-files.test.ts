/**
 * Topics files (`loadTopics`, src/lib/crosswalk/topics.ts) read together: a parent given in two
 * files is an error naming both, and each error points at the line of what it names (the
 * parent's key, the repeated topic's id), not the first line of the file or of the item.
 */
import { describe, expect, it } from 'vitest';
import { loadTopics, type TopicsSource } from '../../src/lib/crosswalk/topics.ts';
import { ValidationError } from '../../src/lib/yaml-validate.ts';

function errorsOf(sources: TopicsSource[], known = (s: string) => s === 'p'): string[] {
  try {
    loadTopics(sources, known);
  } catch (e) {
    if (e instanceof ValidationError) return e.errors.map((x) => `${x.file}:${x.line}: ${x.message}`);
    throw e;
  }
  return [];
}

describe('loadTopics over several files', () => {
  it('refuses a parent given twice, at the second file’s parent line, naming the first file', () => {
    const a = { file: 'a.yaml', text: 'parent: p\ntopics:\n  - id: x\n    label: 甲\n' };
    const b = { file: 'b.yaml', text: '# the same parent again\n\nparent: p\ntopics: []\n' };
    expect(errorsOf([a, b])).toEqual(['b.yaml:3: parent: the topics of "p" are already given in a.yaml']);
    // one file alone is fine, and its topics are kept
    expect(loadTopics([a], (s) => s === 'p').get('p')!.map((t) => t.id)).toEqual(['x']);
  });

  it('puts an unknown parent at its own line, and a repeated id at the id’s line', () => {
    expect(errorsOf([{ file: 'c.yaml', text: '# comment\nparent: q\ntopics: []\n' }])).toEqual(['c.yaml:2: parent: "q" is not a document of the corpus']);
    expect(errorsOf([{ file: 'c.yaml', text: 'topics: []\nparent: q\n' }])).toEqual(['c.yaml:2: parent: "q" is not a document of the corpus']);
    const text = 'parent: p\ntopics:\n  - id: a\n    label: 甲\n  - label: 乙\n    id: a\n';
    expect(errorsOf([{ file: 'd.yaml', text }])).toEqual(['d.yaml:6: topics: "a" is given twice']);
  });
});
