/** The provision tree helpers: full text in reading order, and aliases attached to the nodes they name. */
import { describe, expect, it } from 'vitest';
import { attachAliases, fullText, node, walk, type ProvisionNode } from '../../src/lib/tree.ts';

const tree = (): ProvisionNode =>
  node('document', 0, '', {
    children: [
      node('article', 1, '', { id: 'art-1', num: '第一条', heading: '目的', children: [node('para', 1, '为了规范问责工作。', { id: 'art-1-para-1' })] }),
      node('article', 2, '问责情形如下表。', { id: 'art-2', num: '第二条', children: [node('table', 3, '', { id: 'art-2-table-1', rows: [[{ text: '情形', line: 3 }, { text: '处理', line: 3 }], [{ text: '失职', line: 4 }, { text: '通报', line: 4 }]] })] }),
    ],
  });

describe('fullText', () => {
  it('gives numbers, headings, texts and table cells in reading order, one per line', () => {
    expect(fullText(tree())).toBe(['第一条', '目的', '为了规范问责工作。', '第二条', '问责情形如下表。', '情形', '处理', '失职', '通报'].join('\n'));
  });
});

describe('attachAliases', () => {
  it('hangs each old id on the node it now names, in id order, and returns the ones that cannot be placed', () => {
    const root = tree();
    const missing = attachAliases(root, { 'art-9': 'art-2', 'art-10': 'art-2', 'art-3': 'art-1-para-1', 'art-7': 'art-99', 'art-1': 'art-2' });
    // art-7 names no node; art-1 still exists itself, so it cannot be an alias.
    expect(missing).toEqual(['art-1', 'art-7']);
    const byId = new Map([...walk(root)].map(([n]) => [n.id, n]));
    expect(byId.get('art-2')!.aliases).toEqual(['art-10', 'art-9']);
    expect(byId.get('art-1-para-1')!.aliases).toEqual(['art-3']);
    expect(byId.get('art-1')!.aliases).toBeUndefined();
    expect(attachAliases(tree(), {})).toEqual([]);
  });
});
