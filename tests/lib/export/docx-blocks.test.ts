/**
 * The reading order of the Word files (src/lib/export/docx-blocks.ts) on a small hand-made document
 * with every level: what README "Document exports" and document-docx.ts say the file holds, block
 * by block (title and metadata lines, 编/章 as heading 1, 节/annex/notice as heading 2, commentary
 * headings as heading 3, article numbers as bold leads with the first 款 on the same line, 项/目
 * indented by level, tables as rows with the first as header, sign-offs on the right, the 解读
 * after the binding text under 解读, each labelled with what it explains). Built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { docxBlocks, metadataLines, provisionBlocks } from '../../../src/lib/export/docx-blocks.ts';

/** The ideographic space between a number and its text (written out: the module's own GAP is under test). */
const GAP = '\u3000';
import type { RegDocument } from '../../../src/lib/document.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';

const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode>, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 0, children, ...extra });

const META = { slug: 'mou', title: '某某办法', class: '党内法规', issuer: '中共某某委员会', docNumber: '某发〔2020〕1号', issued: '2020-03-05', effective: '2020-04-01', provisional: '试行', status: 'in-force' } as RegDocument['meta'];

function everyLevel(): RegDocument {
  return {
    meta: META,
    aliases: {},
    excluded: [],
    corrections: [],
    root: n('document', {}, [
      n('title', { text: '某某办法' }),
      n('title', { text: '（2020年修订）' }),
      n('notice', { id: 'notice', text: '现印发给你们。' }),
      n('preamble', { id: 'preamble', text: '为了加强管理，制定本办法。' }),
      n('part', { id: 'part-1', ordinal: 1, num: '第一编', heading: '总则' }, [
        n('chapter', { id: 'chp-1', ordinal: 1, num: '第一章', text: '本章说明。' }, [
          n('division', { id: 'div-1', ordinal: 1, num: '第一节', heading: '一般规定' }),
          n('heading', { id: 'h-1', heading: '工作要求', text: '要求如下。' }),
          n('heading', { id: 'h-2', text: '小标题' }),
          n('article', { id: 'art-1', ordinal: 1, num: '第一条', heading: '目的', text: '为了规范问责工作。' }),
          n('article', { id: 'art-2', ordinal: 2, num: '第二条' }, [
            n('para', { id: 'art-2-para-1', ordinal: 1, text: '有下列情形之一的：' }, [
              n('item', { id: 'art-2-para-1-item-1', ordinal: 1, num: '（一）', text: '失职的；' }, [n('sub', { id: 'art-2-para-1-item-1-sub-1', ordinal: 1, num: '1.', text: '情节一；' })]),
              n('item', { id: 'art-2-para-1-item-2', ordinal: 2, num: '（二）', heading: '渎职', text: '的。' }),
            ]),
            n('para', { id: 'art-2-para-2', ordinal: 2, text: '情节较轻的，免予问责。' }),
            n('interpretation', { id: 'art-2-interp-1', text: '本条规定问责情形。' }, [n('para', { text: '解读的第二段。' })]),
          ]),
          n('article', { id: 'art-3', ordinal: 3, num: '第三条' }, [n('item', { id: 'art-3-item-1', ordinal: 1, num: '（一）', text: '一项。' })]),
        ]),
      ]),
      n('section', { id: 'sec-1', ordinal: 1, num: '一、', text: '分段的内容。' }),
      n('signoff', { text: '中共某某委员会' }),
      n('signoff', { text: '' }),
      n('annex', { id: 'annex-1', ordinal: 1, num: '附件1', heading: '问责情形表' }, [
        n('table', { id: 'annex-1-table-1', rows: [[{ text: '情形', line: 0 }, { text: '处理', line: 0 }], [{ text: '失职', line: 0, rowspan: 2 }, { text: '批评', line: 0 }], [{ text: '合并', line: 0, colspan: 2 }]] }),
      ]),
      n('interpretation', { num: '【总体解读】', text: '全文的解读。' }),
    ]),
  };
}

describe('docxBlocks', () => {
  it('lists every block of the file in reading order, the 解读 after the binding text', () => {
    expect(docxBlocks(everyLevel())).toEqual([
      { kind: 'title', text: '某某办法' },
      { kind: 'meta', text: '文号：某发〔2020〕1号' },
      { kind: 'meta', text: '发布机关：中共某某委员会' },
      { kind: 'meta', text: '发布日期：2020年3月5日' },
      { kind: 'meta', text: '施行日期：2020年4月1日' },
      { kind: 'meta', text: '效力状态：试行 · 现行有效' },
      // the first title block is the file's title already; a second one is a centred line
      { kind: 'para', text: '（2020年修订）', center: true },
      { kind: 'heading', level: 2, text: '印发通知', id: 'notice' },
      { kind: 'para', text: '现印发给你们。' },
      { kind: 'para', text: '为了加强管理，制定本办法。', id: 'preamble' },
      { kind: 'heading', level: 1, text: `第一编${GAP}总则`, id: 'part-1' },
      { kind: 'heading', level: 1, text: '第一章', id: 'chp-1' },
      { kind: 'para', text: '本章说明。' },
      { kind: 'heading', level: 2, text: `第一节${GAP}一般规定`, id: 'div-1' },
      { kind: 'heading', level: 3, text: '工作要求', id: 'h-1' },
      { kind: 'para', text: '要求如下。' },
      { kind: 'heading', level: 3, text: '小标题', id: 'h-2' },
      { kind: 'para', lead: `第一条${GAP}目的`, text: '为了规范问责工作。', id: 'art-1' },
      // the first 款 on the number's line
      { kind: 'para', lead: '第二条', text: '有下列情形之一的：', id: 'art-2' },
      { kind: 'para', text: '（一）失职的；', indent: 0, id: 'art-2-para-1-item-1' },
      { kind: 'para', text: '1.情节一；', indent: 420, id: 'art-2-para-1-item-1-sub-1' },
      { kind: 'para', text: '（二）渎职的。', indent: 0, id: 'art-2-para-1-item-2' },
      { kind: 'para', text: '情节较轻的，免予问责。', id: 'art-2-para-2' },
      // an article whose first child is no 款: the number alone, the 项 below
      { kind: 'para', lead: '第三条', text: '', id: 'art-3' },
      { kind: 'para', text: '（一）一项。', indent: 0, id: 'art-3-item-1' },
      { kind: 'para', lead: '一、', text: '分段的内容。', id: 'sec-1' },
      { kind: 'para', text: '中共某某委员会', right: true },
      { kind: 'heading', level: 2, text: `附件1${GAP}问责情形表`, id: 'annex-1' },
      { kind: 'row', text: '情形\t处理', cells: [{ text: '情形' }, { text: '处理' }], header: true },
      { kind: 'row', text: '失职\t批评', cells: [{ text: '失职', rowspan: 2 }, { text: '批评' }], header: false },
      { kind: 'row', text: '合并', cells: [{ text: '合并', colspan: 2 }], header: false },
      { kind: 'heading', level: 1, text: '解读' },
      { kind: 'label', text: `第二条${GAP}解读`, id: 'art-2-interp-1' },
      { kind: 'para', text: '本条规定问责情形。' },
      { kind: 'para', text: '解读的第二段。' },
      { kind: 'label', text: `全文${GAP}【总体解读】` },
      { kind: 'para', text: '全文的解读。' },
    ]);
  });

  it('has no 解读 heading for a document without 解读', () => {
    const doc = everyLevel();
    doc.root.children = doc.root.children.filter((c) => c.kind !== 'interpretation');
    const part = doc.root.children.find((c) => c.kind === 'part')!;
    const art2 = part.children[0]!.children.find((c) => c.id === 'art-2')!;
    art2.children = art2.children.filter((c) => c.kind !== 'interpretation');
    const blocks = docxBlocks(doc);
    expect(blocks.some((b) => b.text === '解读' || b.kind === 'label')).toBe(false);
    expect(blocks.at(-1)).toMatchObject({ kind: 'row', text: '合并' });
  });

  it('keeps a title line that differs from the document title, even first', () => {
    const doc = everyLevel();
    doc.root.children[0] = n('title', { text: '某某办法（草案）' });
    expect(docxBlocks(doc).slice(6, 8)).toEqual([
      { kind: 'para', text: '某某办法（草案）', center: true },
      { kind: 'para', text: '（2020年修订）', center: true },
    ]);
  });

  it('puts an article’s own text on its number line and its 款 below, keeps a later title line equal to the title, names no heading it has not', () => {
    const doc = everyLevel();
    doc.root.children = [
      n('title', { text: '某某办法' }),
      n('notice', { id: 'notice', text: '印发。' }),
      n('title', { text: '某某办法' }),
      n('annex', { id: 'annex-1', ordinal: 1 }),
      n('article', { id: 'art-1', ordinal: 1, num: '第一条', text: '总述。' }, [n('para', { id: 'art-1-para-1', ordinal: 1, text: '甲。' })]),
      n('article', { id: 'art-2', ordinal: 2, num: '第二条' }),
      n('article', { id: 'art-3', ordinal: 3, num: '第三条', text: '丙。' }, [n('interpretation', { id: 'art-3-interp-1' }, [n('para', { text: '解读段。' })])]),
    ];
    expect(docxBlocks(doc).slice(6)).toEqual([
      { kind: 'heading', level: 2, text: '印发通知', id: 'notice' },
      { kind: 'para', text: '印发。' },
      { kind: 'para', text: '某某办法', center: true },
      { kind: 'heading', level: 2, text: '', id: 'annex-1' },
      { kind: 'para', lead: '第一条', text: '总述。', id: 'art-1' },
      { kind: 'para', text: '甲。', id: 'art-1-para-1' },
      { kind: 'para', lead: '第二条', text: '', id: 'art-2' },
      { kind: 'para', lead: '第三条', text: '丙。', id: 'art-3' },
      { kind: 'heading', level: 1, text: '解读' },
      { kind: 'label', text: `第三条${GAP}解读`, id: 'art-3-interp-1' },
      { kind: 'para', text: '解读段。' },
    ]);
  });

  it('gives the blocks of one provision with its descendants, without its 解读', () => {
    const doc = everyLevel();
    const part = doc.root.children.find((c) => c.kind === 'part')!;
    const chapter = part.children[0]!;
    const art2 = chapter.children.find((c) => c.id === 'art-2')!;
    expect(provisionBlocks(art2, [doc.root, part, chapter], doc.meta.title).map((b) => b.id ?? b.text)).toEqual([
      'art-2',
      'art-2-para-1-item-1',
      'art-2-para-1-item-1-sub-1',
      'art-2-para-1-item-2',
      'art-2-para-2',
    ]);
  });
});

describe('metadataLines', () => {
  it('writes only what is known, dates the Chinese way', () => {
    expect(metadataLines({ ...META, docNumber: null, issuer: null, issued: null, effective: null, provisional: null, status: 'unknown' })).toEqual([]);
    expect(metadataLines({ ...META, provisional: null, status: 'superseded', issued: '2016-07-08', effective: null })).toEqual(['文号：某发〔2020〕1号', '发布机关：中共某某委员会', '发布日期：2016年7月8日', '效力状态：已失效']);
    expect(metadataLines({ ...META, docNumber: null, issuer: null, issued: null, effective: null, provisional: '暂行', status: 'unknown' })).toEqual(['效力状态：暂行']);
  });
});
