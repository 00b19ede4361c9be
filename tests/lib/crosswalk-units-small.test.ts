/**
 * The units the crosswalk links (src/lib/crosswalk/units.ts) on hand-built trees: the articles
 * wherever they sit (or, without articles, the 一、 sections) and a preamble, never a unit inside a
 * notice, an annex or another unit; each with its heading (given, or left in the text by the
 * parser), its text without its 解读, the 解读's text and the topic it names. Expectations by hand.
 */
import { describe, expect, it } from 'vitest';
import { leadingHeading, ownText, topicOf, unitsOf } from '../../src/lib/crosswalk/units.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { node, type ProvisionNode } from '../../src/lib/tree.ts';
import { docMeta } from '../../src/schemas/meta.ts';

function docOf(slug: string, children: ProvisionNode[]): RegDocument {
  const root = node('document', 1);
  root.children.push(...children);
  return {
    meta: docMeta.parse({ slug, title: `${slug}办法`, shortTitle: slug, class: '党内规范性文件', source: { file: `${slug}.txt`, from: 1, to: 9 } }),
    root,
    aliases: {},
    excluded: [],
    corrections: [],
  };
}
const para = (id: string, text: string, children: ProvisionNode[] = []) => Object.assign(node('para', 1, text, { id }), { children });
const article = (id: string, children: ProvisionNode[], extra: Partial<ProvisionNode> = {}) => Object.assign(node('article', 1, '', { id, num: `第${id.slice(4)}条`, ...extra }), { children });

describe('unitsOf', () => {
  it('takes the articles wherever they sit and a preamble; none inside a notice or an annex', () => {
    const notice = Object.assign(node('notice', 1, '', { id: 'notice' }), { children: [Object.assign(node('preamble', 1, '', { id: 'notice-preamble' }), { children: [para('notice-preamble-para-1', '现印发。')] })] });
    const chapter = Object.assign(node('chapter', 1, '', { id: 'chp-1', num: '第一章', heading: '总则' }), { children: [article('art-1', [para('art-1-para-1', '为了规范。')])] });
    const annex = Object.assign(node('annex', 1, '', { id: 'annex-1' }), { children: [article('annex-1-art-1', [para('annex-1-art-1-para-1', '附件条文。')])] });
    const preamble = Object.assign(node('preamble', 1, '', { id: 'preamble' }), { children: [para('preamble-para-1', '序言。')] });
    const d = docOf('u1', [notice, preamble, chapter, article('art-2', [para('art-2-para-1', '第二条的内容。')]), annex]);
    const units = unitsOf(d);
    expect(units.map((u) => [u.doc, u.anchor, u.kind, u.num, u.text])).toEqual([
      ['u1', 'preamble', 'preamble', '', '序言。'],
      ['u1', 'art-1', 'article', '第1条', '为了规范。'],
      ['u1', 'art-2', 'article', '第2条', '第二条的内容。'],
    ]);
    expect(units[1]!.path.map((n) => n.kind)).toEqual(['document', 'chapter', 'article']);
    expect(units[1]!.node).toBe(chapter.children[0]);
  });

  it('takes the 一、 sections of a document without articles, not sections inside them', () => {
    const inner = Object.assign(node('section', 1, '', { id: 'sec-1-sec-1' }), { children: [para('sec-1-sec-1-para-1', '内层。')] });
    const sec1 = Object.assign(node('section', 1, '', { id: 'sec-1', num: '一、', heading: '总体要求' }), { children: [para('sec-1-para-1', '坚持原则。'), inner] });
    const sec2 = Object.assign(node('section', 1, '', { id: 'sec-2', num: '二、' }), { children: [para('sec-2-para-1', '工作措施。')] });
    const units = unitsOf(docOf('u2', [sec1, sec2]));
    expect(units.map((u) => [u.anchor, u.num, u.heading, u.text])).toEqual([
      ['sec-1', '一、', '总体要求', '坚持原则。\n内层。'],
      ['sec-2', '二、', undefined, '工作措施。'],
    ]);
    // with an article anywhere, sections are not units
    const withArticle = unitsOf(docOf('u3', [sec1, article('art-1', [para('art-1-para-1', '条文。')])]));
    expect(withArticle.map((u) => u.anchor)).toEqual(['art-1']);
  });

  it('keeps the 解读 apart, with the topic it names, and reads a heading left in the text', () => {
    const interp = Object.assign(node('interpretation', 1, '本条规定了“问责方式”。', { id: 'art-7-interp' }), { children: [para('art-7-interp-para-1', '终身问责。')] });
    const a7 = article('art-7', [para('art-7-para-1', '【问责方式】对党组织可以采取检查、通报。'), interp]);
    const a8 = article('art-8', [para('art-8-para-1', '诫勉。')], { heading: ' 问责决定 ' });
    const a9 = article('art-9', [para('art-9-para-1', '没有标题。')]);
    const [u7, u8, u9] = unitsOf(docOf('u4', [a7, a8, a9]));
    expect([u7!.heading, u7!.text, u7!.interpretation, u7!.topic]).toEqual(['问责方式', '对党组织可以采取检查、通报。', '本条规定了“问责方式”。\n终身问责。', '问责方式']);
    expect([u8!.heading, u8!.text]).toEqual(['问责决定', '诫勉。']);
    expect([u9!.heading, u9!.interpretation, u9!.topic]).toEqual([undefined, undefined, undefined]);
  });

  it('never nests units: a preamble inside an article is not one', () => {
    const inner = Object.assign(node('preamble', 1, '', { id: 'art-1-preamble' }), { children: [para('art-1-preamble-para-1', '内嵌。')] });
    expect(unitsOf(docOf('u7', [article('art-1', [para('art-1-para-1', '条文。'), inner])])).map((u) => u.anchor)).toEqual(['art-1']);
  });

  it('keeps a heading the parser gave, even when the text starts with a bracketed label; 解读 lines without text add nothing', () => {
    const interp = Object.assign(node('interpretation', 1, '', { id: 'art-2-interp' }), { children: [para('art-2-interp-para-1', ''), para('art-2-interp-para-2', '本条规定了“问责决定”。')] });
    const [u] = unitsOf(docOf('u8', [article('art-2', [para('art-2-para-1', '【另一个】正文。'), interp], { heading: '问责决定' })]));
    expect([u!.heading, u!.text, u!.interpretation, u!.topic]).toEqual(['问责决定', '【另一个】正文。', '本条规定了“问责决定”。', '问责决定']);
  });

  it('leaves out a unit with neither text nor heading; keeps one with a heading only', () => {
    const empty = article('art-1', []);
    const headed = article('art-2', [], { heading: '附则' });
    expect(unitsOf(docOf('u5', [empty, headed, article('art-3', [para('art-3-para-1', '   ')])])).map((u) => [u.anchor, u.heading ?? null])).toEqual([['art-2', '附则']]);
  });

  it('gives the same units for the same tree and slug, and units carrying the slug for a copy under another', () => {
    const d = docOf('u6', [article('art-1', [para('art-1-para-1', '甲。')])]);
    expect(unitsOf(d)).toBe(unitsOf(d));
    const copy = { ...d, meta: { ...d.meta, slug: 'u6-draft' } };
    expect(unitsOf(copy).map((u) => u.doc)).toEqual(['u6-draft']);
    expect(unitsOf(d).map((u) => u.doc)).toEqual(['u6']);
  });
});

describe('ownText, topicOf, leadingHeading', () => {
  it('joins a node’s text, its children’s and table cells, with inner headings, without 解读 and numbering', () => {
    const table = Object.assign(node('table', 1, '', { rows: [[{ text: '项目', line: 1 }, { text: '分值', line: 1 }], [{ text: '党建', line: 2 }, { text: '10', line: 2 }]] }));
    const sub = Object.assign(node('section', 1, '细则', { heading: '小标题' }), { children: [] });
    const n = Object.assign(node('article', 1, '正文', { heading: '大标题', num: '第一条' }), { children: [table, sub, node('interpretation', 1, '解读文字')] });
    expect(ownText(n)).toBe('正文\n项目\n分值\n党建\n10\n小标题\n细则');
    expect(ownText(n, true)).toBe('大标题\n正文\n项目\n分值\n党建\n10\n小标题\n细则');
    expect(ownText(node('interpretation', 1, '解读'))).toBe('');
  });

  it('reads the topic of 本条规定了 / 是关于 / 明确了 in any quotation marks, up to 20 characters', () => {
    expect(topicOf('本条是关于"问责原则"的规定。')).toBe('问责原则');
    expect(topicOf('本条明确了「问责程序」。')).toBe('问责程序');
    expect(topicOf(undefined)).toBeUndefined();
    expect(topicOf('')).toBeUndefined();
    expect(topicOf(`本条规定了“${'甲'.repeat(21)}”`)).toBeUndefined();
  });

  it('reads a bracketed heading of 2–12 characters, or a label of 2–8 characters ending in a colon on its own', () => {
    expect(leadingHeading('  [问责情形] 有下列情形之一的')).toEqual(['问责情形', '有下列情形之一的']);
    expect(leadingHeading('【一】太短')).toBeNull();
    expect(leadingHeading('对于【问责方式】的规定')).toBeNull();
    expect(leadingHeading('【 问责方式 】对党组织')).toEqual(['问责方式', '对党组织']);
    expect(leadingHeading('问责线索：')).toEqual(['问责线索', '']);
    expect(leadingHeading('问责线索：来源')).toBeNull();
    expect(leadingHeading('这是一个很长的标签文字啊：\n正文')).toBeNull();
  });
});
