/**
 * What a citation jump fetches of the document it lands in (`documentAnchors`,
 * src/lib/search/records.ts): every anchor id in reading order, and each search
 * unit's text with runs of white space made one space, clipped to
 * CITED_TEXT_LENGTH characters (counted as code points) with an ellipsis.
 * Hand-built nodes, expectations by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RegDocument } from '../../../src/lib/document.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';
import { CITED_TEXT_LENGTH, documentAnchors } from '../../../src/lib/search/records.ts';
import { parent } from '../../fixtures/search-corpus.ts';

const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode> = {}, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 1, children, ...extra });
const docOf = (children: ProvisionNode[]): RegDocument => ({ ...parent, root: n('document', {}, children) });

describe('documentAnchors', () => {
  it('lists every anchor and each unit with its text, white space runs made one space', () => {
    const doc = docOf([
      n('chapter', { id: 'chap-1', num: '第一章', ordinal: 1 }, [
        n('article', { id: 'art-1', num: '第一条', ordinal: 1 }, [n('para', { id: 'art-1-para-1', text: '甲  乙\n\n丙。' })]),
      ]),
      n('article', { id: 'art-2', num: '第二条', ordinal: 2 }, [n('para', { id: 'art-2-para-1', text: '丁。' })]),
    ]);
    expect(documentAnchors(doc)).toEqual({
      ids: ['chap-1', 'art-1', 'art-1-para-1', 'art-2', 'art-2-para-1'],
      units: [
        ['art-1', '第一条 甲 乙 丙。'],
        ['art-2', '第二条 丁。'],
      ],
    });
  });

  it('clips a unit to CITED_TEXT_LENGTH characters with an ellipsis, and keeps one of exactly that length whole', () => {
    expect(CITED_TEXT_LENGTH).toBe(80);
    const long = '问'.repeat(77) + '𠀀'.repeat(3) + '责';
    const doc = docOf([
      n('article', { id: 'art-1', num: '第一条', ordinal: 1 }, [n('para', { id: 'art-1-para-1', text: long })]),
      n('article', { id: 'art-2', num: '一', ordinal: 2 }, [n('para', { id: 'art-2-para-1', text: '问'.repeat(78) })]),
      n('article', { id: 'art-3', num: '一', ordinal: 3 }, [n('para', { id: 'art-3-para-1', text: '问'.repeat(77) })]),
    ]);
    const units = documentAnchors(doc).units;
    // 第一条 + newline (made a space) + 77 问 + 3 astral characters + 责 = 85 code points
    expect(units[0]).toEqual(['art-1', `第一条 ${'问'.repeat(76)}…`]);
    // 一 + space + 78 问 = 80: whole
    expect(units[1]).toEqual(['art-2', `一 ${'问'.repeat(78)}`]);
    expect(units[2]).toEqual(['art-3', `一 ${'问'.repeat(77)}`]);
  });

  it('counts code points, not UTF-16 units', () => {
    const doc = docOf([n('article', { id: 'art-1', num: '一', ordinal: 1 }, [n('para', { id: 'art-1-para-1', text: '𠀀'.repeat(78) })])]);
    expect(documentAnchors(doc).units[0]).toEqual(['art-1', `一 ${'𠀀'.repeat(78)}`]);
  });
});
