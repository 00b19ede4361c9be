/** The plain-text and Akoma Ntoso exports of a small hand-made document, checked by reading. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { akomaNtoso, eIdOf } from '../../../src/lib/export/akoma-ntoso.ts';
import { chineseDate } from '../../../src/lib/export/chinese-date.ts';
import { documentText } from '../../../src/lib/export/document-text.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';
import { smallDoc } from './small-doc.ts';

describe('documentText (/regulations/<slug>.txt)', () => {
  it('prints numbers and headings with an ideographic space, the first 款 on the article line, 解读 marked, table rows tab-separated', () => {
    expect(documentText(smallDoc())).toBe(
      [
        '某某办法',
        '第一章　总则',
        '第一条　为了规范问责工作，制定本办法。',
        '第二条　有下列情形之一的，应当问责：',
        '（一）　失职的；',
        '（二）　渎职的。',
        '情节较轻的，可以免予问责 & 批评教育。',
        '【解读】',
        '本条规定问责情形。',
        '附件1　问责情形表',
        '情形\t处理',
        '失职<轻>',
        '',
      ].join('\n'),
    );
  });

  it('keeps an article whose first child is not a 款 on its own line', () => {
    const doc = smallDoc();
    const art = doc.root.children[1]!.children[1]!;
    art.children = [{ kind: 'item', num: '（一）', text: '甲；', line: 0, children: [] }];
    expect(documentText(doc)).toContain('\n第二条\n（一）　甲；\n');
  });
});

describe('akomaNtoso (/regulations/<slug>.akn.xml)', () => {
  // Built inside each test, not while vitest collects the file: mutation testing (README) then covers
  // the exporter per test instead of re-running every file for each of its mutants.
  const exported = () => {
    const xml = akomaNtoso(smallDoc());
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    return { xml, parsed, act: parsed.akomaNtoso.act };
  };

  it('is well-formed XML in the Akoma Ntoso 3.0 namespace, with the FRBR metadata the document gives', () => {
    const { xml, parsed, act } = exported();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parsed.akomaNtoso['@xmlns']).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    expect(act['@name']).toBe('党内法规');
    const work = act.meta.identification.FRBRWork;
    expect(work.FRBRuri['@value']).toBe('/akn/cn/act/2020-03-05/mou-banfa');
    expect(work.FRBRthis['@value']).toBe('/akn/cn/act/2020-03-05/mou-banfa/!main');
    expect(work.FRBRdate).toEqual({ '@date': '2020-03-05', '@name': 'issued' });
    expect(work.FRBRnumber['@value']).toBe('某发〔2020〕1号');
    expect(work.FRBRname['@value']).toBe('某某办法');
    expect(work.FRBRauthor['@href']).toBe('#issuer');
    expect(act.meta.identification.FRBRExpression.FRBRuri['@value']).toBe('/akn/cn/act/2020-03-05/mou-banfa/zho@');
    expect(act.meta.identification.FRBRManifestation.FRBRuri['@value']).toBe('/akn/cn/act/2020-03-05/mou-banfa/zho@.akn');
    expect(act.meta.references.TLCOrganization.map((o: Record<string, string>) => o['@showAs'])).toEqual(['条文', '中共某某委员会']);
    expect(act.meta.references.TLCOrganization[1]['@href']).toBe(`/ontology/organization/cn/${encodeURIComponent('中共某某委员会')}`);
    expect(act.preface.longTitle.p).toBe('某某办法');
    expect(act.preface.p.docNumber).toBe('某发〔2020〕1号');
  });

  it('puts the binding text in <body> with eIds from the anchors, escaped, and keeps 解读 out of it', () => {
    const { xml, act } = exported();
    const chapter = act.body.chapter;
    expect([chapter['@eId'], chapter.num, chapter.heading]).toEqual(['chp_1', '第一章', '总则']);
    const [a1, a2] = chapter.article;
    expect([a1['@eId'], a1.num, a1.content.p]).toEqual(['art_1', '第一条', '为了规范问责工作，制定本办法。']);
    const [p1, p2] = a2.paragraph;
    expect(p1['@eId']).toBe('art_2__para_1');
    expect(p1.intro.p).toBe('有下列情形之一的，应当问责：');
    expect(p1.point.map((p: Record<string, string>) => p['@eId'])).toEqual(['art_2__para_1__point_1', 'art_2__para_1__point_2']);
    expect(p2.content.p).toBe('情节较轻的，可以免予问责 & 批评教育。');
    expect(xml).toContain('免予问责 &amp; 批评教育');
    expect(xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>'))).not.toContain('本条规定问责情形');
  });

  it('publishes annexes and 解读 as attachments; a 解读 points at its article; table cells escaped, header cells th', () => {
    const { xml, act } = exported();
    const [annex, interp] = act.attachments.attachment;
    expect(annex['@eId']).toBe('att_1');
    expect(annex.doc['@name']).toBe('annex');
    expect(annex.doc.meta.identification.FRBRWork.FRBRuri['@value']).toBe('/akn/cn/act/2020-03-05/mou-banfa/annex-1');
    expect(annex.doc.mainBody.hcontainer).toMatchObject({ '@name': 'annex-heading', num: '附件1', heading: '问责情形表' });
    expect(xml).toContain('<table eId="att_1__table_1"><tr><th><p>情形</p></th><th><p>处理</p></th></tr><tr><td colspan="2"><p>失职&lt;轻&gt;</p></td></tr></table>');
    expect(interp['@eId']).toBe('art_2__interp_1');
    expect(interp.doc['@name']).toBe('interpretation');
    expect(interp.doc.mainBody.hcontainer.content.p.ref).toEqual({ '#text': 'art-2-interp-1', '@href': '#art_2' });
    expect(interp.doc.mainBody.p).toBe('本条规定问责情形。');
  });

  it('leaves out what the metadata does not give, and marks an empty body', () => {
    const bare = smallDoc({ issuer: null, docNumber: null, issued: null, effective: null });
    bare.root.children = [{ kind: 'title', text: '某某办法（试行）', line: 0, children: [] }];
    const x = akomaNtoso(bare);
    expect(XMLValidator.validate(x)).toBe(true);
    expect(x).toContain('<FRBRuri value="/akn/cn/act/undated/mou-banfa"/>');
    expect(x).not.toMatch(/FRBRdate|FRBRnumber|href="#issuer"|eId="issuer"|docNumber|<attachments>/);
    expect(x).toContain('<preface><longTitle><p>某某办法</p></longTitle><p>某某办法（试行）</p></preface>');
    expect(x).toContain('<body><hcontainer name="empty"><content><p/></content></hcontainer></body>');
    // The effective date stands in for a missing issue date.
    expect(akomaNtoso(smallDoc({ issued: null, effective: '2021-01-01' }))).toContain('<FRBRdate date="2021-01-01" name="issued"/>');
  });

  it('derives eIds by the naming convention, 之一 articles keeping their suffix', () => {
    expect(eIdOf('art-6-1-para-2-item-1')).toBe('art_6-1__para_2__point_1');
    expect(eIdOf('art-6-para-1-item-2-sub-3')).toBe('art_6__para_1__point_2__point_3');
    expect(eIdOf('div-2')).toBe('sec_2');
    expect(eIdOf('h-3')).toBe('hcontainer_3');
    expect(eIdOf('preamble')).toBe('preamble');
  });

  it('writes levels without an element of their own as named hcontainers, sign-offs as paragraphs', () => {
    const doc = smallDoc();
    const extra: ProvisionNode[] = [
      { kind: 'heading', id: 'h-1', text: '', heading: '附则', line: 0, children: [] },
      { kind: 'signoff', text: '中共某某委员会', line: 0, children: [] },
    ];
    doc.root.children.splice(2, 0, ...extra);
    const x = akomaNtoso(doc);
    expect(x).toContain('<hcontainer eId="hcontainer_1" name="heading"><heading>附则</heading><content><p/></content></hcontainer><p>中共某某委员会</p>');
  });
});

describe('chineseDate (Word tables)', () => {
  it('writes an ISO date the Chinese way and leaves anything else as it is', () => {
    expect(chineseDate('2016-07-08')).toBe('2016年7月8日');
    expect(chineseDate('2016-12-31T00:00:00Z')).toBe('2016年12月31日');
    expect(chineseDate('2016年')).toBe('2016年');
  });
});
