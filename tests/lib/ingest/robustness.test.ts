/**
 * What a careful reader reads, the converter reads: one test per shape of real texts the importer
 * used to refuse or misread (small strings, Party-measure fixtures in tests/fixtures/party-measures/,
 * short real excerpts in tests/fixtures/corpus-excerpts/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWholeFile } from '../../../src/lib/ingest/corpus-check.ts';
import { walk, type ProvisionNode } from '../../../src/lib/tree.ts';

const FIX = join(import.meta.dirname, '../../fixtures');
const build = (text: string, file = 't.txt') => buildWholeFile(file, text);
const excerpt = (name: string) => build(readFileSync(join(FIX, 'corpus-excerpts', name), 'utf8'), name);
const party = (name: string) => build(readFileSync(join(FIX, 'party-measures', name), 'utf8'), name);
const nodes = (root: ProvisionNode) => [...walk(root)].map(([n]) => n);
const ids = (root: ProvisionNode) => nodes(root).map((n) => n.id).filter(Boolean);
const byId = (root: ProvisionNode, id: string) => nodes(root).find((n) => n.id === id);
const errors = (r: ReturnType<typeof build>) => r.diagnostics.filter((d) => d.severity === 'error');
const articles = (root: ProvisionNode) => nodes(root).filter((n) => n.kind === 'article').map((n) => n.id);

describe('tables of contents', () => {
  it('a run of chapter headings repeated by the body is left out, with its reason', () => {
    const r = build('某条例\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。');
    expect(errors(r)).toEqual([]);
    expect(ids(r.doc.root)).toEqual(['chp-1', 'art-1', 'art-1-para-1', 'chp-2', 'art-2', 'art-2-para-1']);
    expect(r.doc.excluded.map((e) => [e.from, e.to])).toEqual([[2, 2], [3, 3]]);
    expect(r.doc.excluded[0].reason).toMatch(/目录/);
  });
  it('a 目录 label and a one-line table of contents too', () => {
    const r = build('某条例\n目 录\n第一章 总则 第二章 附则\n第一章 总则\n第一条 甲。');
    expect(errors(r)).toEqual([]);
    expect(r.doc.excluded.map((e) => e.from)).toEqual([2, 3]);
  });
  it('a list of headings whose body starts with an unnumbered 总 则 (lrb-1903)', () => {
    const r = build('某条例\n第一章 总 则\n第二章 管理\n第三章 附 则\n总 则\n第一条 甲。\n第二章 管理\n第二条 乙。\n第三章 附 则\n第三条 丙。');
    expect(errors(r)).toEqual([]);
    expect(r.doc.excluded.map((e) => e.from)).toEqual([2, 3, 4]);
    // 总 则 stands for the 第一章 the contents list named
    expect(ids(r.doc.root).filter((id) => /chp/.test(id!))).toEqual(['chp-1', 'chp-2', 'chp-3']);
    expect(byId(r.doc.root, 'chp-1')).toMatchObject({ heading: '总 则', line: 5 });
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });
  it('real: lrb-0236 (chapter list) and lrb-1833 (all chapters on one line)', () => {
    for (const f of ['toc-lrb-0236.txt', 'toc-one-line-lrb-1833.txt']) {
      const r = excerpt(f);
      expect(errors(r), f).toEqual([]);
      expect(byId(r.doc.root, 'chp-1')?.children[0]?.id, f).toBe('art-1');
    }
  });
});

describe('lines a reader reads as one', () => {
  it('a 节 heading broken after 、', () => {
    const r = party('broken-chapter.txt');
    expect(byId(r.doc.root, 'chp-2-div-2')?.heading).toBe('向中华人民共和国请求没收、返还违法所得及其他涉案财物');
    expect(articles(r.doc.root)).toEqual(['art-1', 'art-2', 'art-3', 'art-4']);
  });
  it('a chapter number alone, its words on the next line', () => {
    const r = build('某条例\n第一章\n总则\n第一条 甲。');
    expect(byId(r.doc.root, 'chp-1')?.heading).toBe('总则');
  });
  it('a 题注 broken inside 《…》 whose second half opens with 第三十一条 is no article (lrb-2638)', () => {
    const r = excerpt('history-broken-lrb-2638.txt');
    expect(errors(r)).toEqual([]);
    expect(articles(r.doc.root)[0]).toBe('art-1');
    expect(r.doc.meta.history?.[1]).toEqual({ date: '1991-06-29', action: '修正', by: '全国人民代表大会常务委员会' });
  });
  it('lines holding only zero-width spaces are blank (lrb-0220: no second preamble)', () => {
    const r = excerpt('zero-width-lrb-0220.txt');
    expect(errors(r)).toEqual([]);
    expect(nodes(r.doc.root).filter((n) => n.kind === 'preamble')).toEqual([]);
  });
  it('a notice title broken over two lines, 通 知 with an inner space, and a title over two lines', () => {
    const r = party('notice-broken-title.txt');
    expect(errors(r)).toEqual([]);
    expect(r.doc.meta.title).toBe('吉林省党政领导干部问责实施办法（试行）');
    expect(r.doc.root.children.map((n) => n.kind).slice(0, 3)).toEqual(['notice', 'title', 'chapter']);
  });
});

describe('numbering', () => {
  it('第一条为… with no space and 第一章总则', () => {
    const r = build('某办法\n第一章总则\n第一条为了规范，制定本办法。');
    expect(byId(r.doc.root, 'chp-1')?.heading).toBe('总则');
    expect(byId(r.doc.root, 'art-1-para-1')?.text).toBe('为了规范，制定本办法。');
  });
  it('traditional characters: 第一條, 第一節', () => {
    const r = party('traditional.txt');
    expect(articles(r.doc.root)).toEqual(['art-1', 'art-2', 'art-3']);
    expect(byId(r.doc.root, 'art-1')?.num).toBe('第一條');
  });
  it('一、二、 inside an article are its items (lrb-2399)', () => {
    const r = excerpt('items-in-article-lrb-2399.txt');
    expect(errors(r)).toEqual([]);
    expect(byId(r.doc.root, 'art-7-para-1-item-3')?.num).toBe('三、');
  });
  it('一、二级… inside a sentence is no item', () => {
    const r = build('某条例\n第一条 客运站分级。\n一、二级道路客运站应当实行封闭发车。');
    expect(byId(r.doc.root, 'art-1-para-2')?.text).toBe('一、二级道路客运站应当实行封闭发车。');
  });
  it('（一）至（三）项所列人员… is a paragraph citing items, not an item (lrb-0285)', () => {
    const r = excerpt('item-reference-lrb-0285.txt');
    expect(errors(r)).toEqual([]);
    expect(byId(r.doc.root, 'art-35-para-2')?.text).toMatch(/^（一）至（三）项所列人员/);
    expect(byId(r.doc.root, 'art-35-para-3')?.text).toMatch(/^（四）、（五）项所列人员/);
  });
  it('but （一）项目… and （一）到… start items (项目 is a word; 到 without a number is a verb)', () => {
    const r = build('某条例\n第一条 应当提交：\n（一）项目可行性研究报告；\n（二）到登记机构登记。');
    expect(byId(r.doc.root, 'art-1-para-1-item-1')?.text).toBe('项目可行性研究报告；');
    expect(byId(r.doc.root, 'art-1-para-1-item-2')?.text).toBe('到登记机构登记。');
  });
  it('⒈ (one character) numbers a 目 like 1. (lrb-2326)', () => {
    const r = excerpt('enclosed-numerals-lrb-2326.txt');
    expect(errors(r)).toEqual([]);
    const subs = byId(r.doc.root, 'art-1-para-1-item-1')!.children.filter((c) => c.kind === 'sub');
    expect(subs.map((s) => s.num)).toEqual(['⒈', '2.', '3.', '4.']);
  });
  it('a list that starts again inside an article becomes a new 款', () => {
    const r = build('某办法\n第一条 甲：\n（一）子；\n（二）丑。\n（一）寅；\n（二）卯。');
    expect(errors(r)).toEqual([]);
    expect(ids(r.doc.root)).toContain('art-1-para-2-item-2');
  });
  it('a list restarting at 1 after an entry ending with a colon nests in it', () => {
    const r = build('某决定\n一、修改如下\n1.将第一条修改为：\n1.甲；\n2.乙。\n2.将第二条删除。');
    expect(errors(r)).toEqual([]);
    expect(ids(r.doc.root)).toEqual(['sec-1', 'sec-1-item-1', 'sec-1-item-1-sub-1', 'sec-1-item-1-sub-2', 'sec-1-item-2']);
  });
  it('a section number given twice is kept as a paragraph, reported, never a second anchor', () => {
    const r = build('某意见\n一、甲\n正文。\n二、乙\n附：名单\n一、丙');
    expect(errors(r)).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 6, severity: 'warning', ruleId: 'numbering' }));
    expect(ids(r.doc.root).filter((id) => id === 'sec-1')).toHaveLength(1);
  });
  it('chapters numbered again in each part (刑法): part-N-chp-M', () => {
    const r = build('某法\n第一编 总则\n第一章 任务\n第一条 甲。\n第二编 分则\n第一章 罪\n第二条 乙。');
    expect(errors(r)).toEqual([]);
    expect(ids(r.doc.root).filter((id) => /chp/.test(id!))).toEqual(['part-1-chp-1', 'part-2-chp-1']);
  });
  it('a 节 without a 章 is accepted (reported)', () => {
    const r = build('某条例\n第一条 甲。\n第一节 乙\n第二条 丙。');
    expect(errors(r)).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'division-outside-chapter' }));
  });
});

describe('where unnumbered text goes', () => {
  it('text between a chapter heading and its first article belongs to the chapter', () => {
    const r = build('某条例\n序言。\n第一章 总则\n本章规定一般原则。\n第一条 甲。');
    expect(errors(r)).toEqual([]);
    expect(byId(r.doc.root, 'chp-1-para-1')?.text).toBe('本章规定一般原则。');
  });
  it('text after the sign-off is a paragraph of the document, not a second preamble', () => {
    const r = build('某意见\n序言。\n一、甲\n正文。\n某委员会\n2020年1月1日\n附：说明文字。');
    expect(errors(r)).toEqual([]);
    expect(ids(r.doc.root)).toContain('para-1');
  });
  it('lists in a preamble are its items', () => {
    const r = build('某标准\n说明如下：\n（一）甲；\n（二）乙。');
    expect(errors(r)).toEqual([]);
    expect(ids(r.doc.root)).toEqual(['preamble', 'preamble-para-1', 'preamble-item-1', 'preamble-item-2']);
  });
});

describe('texts without articles', () => {
  it('a 修正案 or 罪名 list is published as paragraphs', () => {
    const r = build('某法修正案\n2001年8月31日 第九届全国人民代表大会常务委员会第二十三次会议通过\n为了惩治犯罪，对刑法作如下修改：\n将第三百四十二条修改为：“……”\n本修正案自公布之日起施行。');
    expect(errors(r)).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'paragraphs-only', severity: 'info' }));
    expect(r.doc.meta.effective).toBe('2001-08-31');
  });
  it('a title and its history alone are refused, saying what was seen and what to do', () => {
    const r = build('某市实施《某法》办法\n1997年11月28日 某市第一届人民代表大会常务委员会第五次会议通过\n2010年7月23日 某市第三届人民代表大会常务委员会第十八次会议修正');
    const e = errors(r);
    expect(e).toHaveLength(1);
    expect(e[0].message).toMatch(/the title “某市实施《某法》办法” \(line 1\), 2 line\(s\) of 文号, dates or adoption history/);
    expect(e[0].message).toMatch(/Add the missing text to the source, or leave this document out/);
  });
  it('site junk alone is still refused', () => {
    const e = errors(build('首页 > 新闻中心 > 通知公告\n发布时间：2017-06-21 浏览次数：1024\n【打印本页】【关闭窗口】'));
    expect(e.map((d) => d.ruleId)).toEqual(['no-provisions']);
    expect(e[0].message).toMatch(/without a single sentence/);
  });
});

describe('the title block of Party measures', () => {
  it('a site heading above the title is left out with its reason; the title is not the heading', () => {
    const r = party('site-heading.txt');
    expect(r.doc.meta.title).toBe('中共西南交通大学委员会关于进一步加强基层党组织建设的实施意见');
    expect(r.doc.excluded.map((e) => e.from)).toEqual([1, 2]);
    expect(r.doc.excluded[0].reason).toMatch(/site furniture/);
  });
  it('a 文号 in book-title marks is no title', () => {
    const r = party('doc-number-title.txt');
    expect(r.doc.meta.title).toBe('中共日照市委关于加强和改进巡察工作的意见');
    expect(r.doc.meta.docNumber).toBe('党发〔2017〕21号');
  });
  it('a news lead that names no 《X》 becomes the notice too; the title is the line that reads as one', () => {
    const r = build('本报讯 近日，县委印发通知，就加强作风建设提出要求。\n中共某县委关于加强作风建设的若干规定\n第一条 为加强作风建设，制定本规定。');
    expect(r.doc.meta.title).toBe('中共某县委关于加强作风建设的若干规定');
    expect(r.doc.root.children.map((n) => n.kind)).toEqual(['notice', 'title', 'article']);
    expect(r.doc.meta.issuer).toBe('中共某县委');
  });
  it('a news lead naming 《X》 becomes the notice; X is the title', () => {
    const r = party('news-lead.txt');
    expect(r.doc.meta.title).toBe('中共吉林省委关于落实全面从严治党主体责任的实施办法');
    expect(r.doc.root.children[0].kind).toBe('notice');
    expect(r.doc.meta.issuer).toBe('中共吉林省委');
  });
});

describe('what must still be refused says what it saw, where, and what to do', () => {
  it('an article given twice names both lines and the manifest correction to add', () => {
    const e = errors(build('某办法\n第一条 甲。\n第二条 乙。\n第二条 丙。'));
    expect(e.map((d) => [d.line, d.ruleId])).toEqual([[4, 'duplicate-article']]);
    expect(e[0].message).toContain('at line 3 and here');
    expect(e[0].message).toContain("`- { line: 4, join: true, reason: '…' }`");
    expect(e[0].message).toContain('content/sources/manifest.yaml');
  });
  it('a provision where it cannot stand names both provisions and what the container may hold', () => {
    const e = errors(build('某条例\n第一章 总则\n一、甲'));
    expect(e.map((d) => d.ruleId)).toEqual(['bad-nesting']);
    expect(e[0].message).toMatch(/^“一、 甲” \(a 部分\) cannot stand inside “第一章 总则” \(a 章\) of line 2; expected a 章 to hold only 节, 条, 款/);
    expect(e[0].message).toContain('line: 3, join: true');
  });
});
