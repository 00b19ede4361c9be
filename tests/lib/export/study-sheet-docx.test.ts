/** The study sheet's Word file read back with mammoth (an independent reader): title, count, each entry in order with its citation, text, link and note. */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { studySheetDocx } from '../../../src/lib/export/study-sheet-docx.ts';

const sheet = {
  title: '问责专题学习材料',
  entries: [
    {
      heading: '问责方式',
      citation: '《某办法》第六条',
      url: 'https://example.org/regulations/x/#art-6',
      blocks: [{ kind: 'para' as const, lead: '第六条', text: '问责方式包括通报、诫勉。' }, { kind: 'row' as const, text: '情形\t处理' }],
      note: '对照上位法第七条',
    },
    { citation: '《中国共产党问责条例》第七条', url: 'https://example.org/regulations/p/#art-7', blocks: [{ kind: 'para' as const, text: '（一）检查；', indent: 1 }] },
  ],
};

const lines = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.split('\n').map((l) => l.trim()).filter(Boolean);

describe('studySheetDocx', () => {
  it('reads back as title, count and the entries in order (heading or citation first, then text, link, note)', async () => {
    expect(await lines(await studySheetDocx(sheet))).toEqual([
      '问责专题学习材料',
      '共2条',
      '1. 问责方式',
      '《某办法》第六条',
      '第六条　问责方式包括通报、诫勉。',
      '情形 | 处理',
      '原文链接：https://example.org/regulations/x/#art-6',
      '备注：对照上位法第七条',
      '2. 《中国共产党问责条例》第七条',
      '（一）检查；',
      '原文链接：https://example.org/regulations/p/#art-7',
    ]);
  });

  it('links each entry to its permanent address', async () => {
    const bytes = await studySheetDocx(sheet);
    const files = unzipSync(bytes);
    // Word keeps a link's fragment apart: the page as the relationship's target, the anchor on the link.
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const links = [...strFromU8(files['word/document.xml']!).matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)" r:id="([^"]+)"/g)].map(([, anchor, id]) => {
      const target = new RegExp(`Id="${id}" [^>]*Target="([^"]+)" TargetMode="External"`).exec(rels)?.[1];
      return `${target}#${anchor}`;
    });
    expect(links).toEqual(['https://example.org/regulations/x/#art-6', 'https://example.org/regulations/p/#art-7']);
  });
});
