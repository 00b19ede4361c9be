/** A small hand-made document for the export tests: every level the exports treat apart, no parser involved. */
import type { RegDocument } from '../../../src/lib/document.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';

const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode>, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 0, children, ...extra });

export function smallDoc(meta: Partial<RegDocument['meta']> = {}): RegDocument {
  return {
    meta: { slug: 'mou-banfa', title: '某某办法', class: '党内法规', issuer: '中共某某委员会', docNumber: '某发〔2020〕1号', issued: '2020-03-05', ...meta } as RegDocument['meta'],
    aliases: {},
    excluded: [],
    corrections: [],
    root: n('document', {}, [
      n('title', { text: '某某办法' }),
      n('chapter', { id: 'chp-1', num: '第一章', heading: '总则' }, [
        n('article', { id: 'art-1', num: '第一条', text: '为了规范问责工作，制定本办法。' }),
        n('article', { id: 'art-2', num: '第二条' }, [
          n('para', { id: 'art-2-para-1', text: '有下列情形之一的，应当问责：' }, [
            n('item', { id: 'art-2-para-1-item-1', num: '（一）', text: '失职的；' }),
            n('item', { id: 'art-2-para-1-item-2', num: '（二）', text: '渎职的。' }),
          ]),
          n('para', { id: 'art-2-para-2', text: '情节较轻的，可以免予问责 & 批评教育。' }),
          n('interpretation', { id: 'art-2-interp-1', text: '本条规定问责情形。' }),
        ]),
      ]),
      n('annex', { id: 'annex-1', num: '附件1', heading: '问责情形表' }, [
        n('table', { id: 'annex-1-table-1', rows: [[{ text: '情形', line: 0 }, { text: '处理', line: 0 }], [{ text: '失职<轻>', line: 0, colspan: 2 }]] }),
      ]),
    ]),
  };
}
