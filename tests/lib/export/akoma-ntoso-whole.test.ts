/**
 * The whole Akoma Ntoso file of a small hand-made document, written out by hand from the module's
 * contract (src/lib/export/akoma-ntoso.ts and README "Document exports"): FRBR metadata with the
 * effective date standing in for a missing issue date, the second title line in the preface, the
 * notice and a commentary heading as named hcontainers, the preamble, a 款 under an article, sign-offs
 * as paragraphs, annexes (with and without an anchor) and 解读 (with and without one) as attachments.
 */
import { describe, expect, it } from 'vitest';
import { akomaNtoso, eIdOf } from '../../../src/lib/export/akoma-ntoso.ts';
import type { RegDocument } from '../../../src/lib/document.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';

const n = (kind: ProvisionNode['kind'], extra: Partial<ProvisionNode>, children: ProvisionNode[] = []): ProvisionNode => ({ kind, text: '', line: 0, children, ...extra });

const doc = (): RegDocument => ({
  meta: { slug: 'm', title: '某办法', class: '党内法规', issuer: '某委', docNumber: null, issued: null, effective: '2021-01-01' } as RegDocument['meta'],
  aliases: {},
  excluded: [],
  corrections: [],
  root: n('document', {}, [
    n('title', { text: '某办法' }),
    n('title', { text: '（试行）' }),
    n('notice', { id: 'notice', text: '印发。' }),
    n('preamble', { id: 'preamble', text: '序言。' }),
    n('article', { id: 'art-1', num: '第一条' }, [
      n('para', { id: 'art-1-para-1', text: '甲。' }),
      n('interpretation', { id: 'art-1-interp-1', text: '解。' }, [n('para', { text: '解二。' })]),
    ]),
    n('heading', { id: 'h-1', heading: '附则' }),
    n('interpretation', { text: '总解。' }),
    n('signoff', { text: '某委' }),
    n('signoff', { text: '' }),
    n('annex', { id: 'annex-1', num: '附件', text: '说明。' }, [
      n('table', { id: 'annex-1-table-1', rows: [[{ text: '甲', line: 0 }, { text: '乙', line: 0, colspan: 2 }], [{ text: '丙', line: 0, rowspan: 2 }]] }),
    ]),
    n('annex', {}),
  ]),
});

const W = '/akn/cn/act/undated/m';
const frbr = (work: string) =>
  `<identification source="#tiaowen">` +
  `<FRBRWork><FRBRthis value="${work}/!main"/><FRBRuri value="${work}"/><FRBRdate date="2021-01-01" name="issued"/><FRBRauthor href="#issuer"/><FRBRcountry value="cn"/><FRBRname value="某办法"/></FRBRWork>` +
  `<FRBRExpression><FRBRthis value="${work}/zho@/!main"/><FRBRuri value="${work}/zho@"/><FRBRdate date="2021-01-01" name="expression"/><FRBRauthor href="#issuer"/><FRBRlanguage language="zho"/></FRBRExpression>` +
  `<FRBRManifestation><FRBRthis value="${work}/zho@/!main.xml"/><FRBRuri value="${work}/zho@.akn"/><FRBRdate date="2021-01-01" name="manifestation"/><FRBRauthor href="#tiaowen"/></FRBRManifestation>` +
  `</identification>`;

describe('akomaNtoso, the whole file', () => {
  it('is exactly the file the contract describes', () => {
    expect(akomaNtoso(doc())).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="党内法规">` +
        `<meta>${frbr(W)}<references source="#tiaowen"><TLCOrganization eId="tiaowen" href="/ontology/organization/tiaowen" showAs="条文"/><TLCOrganization eId="issuer" href="/ontology/organization/cn/%E6%9F%90%E5%A7%94" showAs="某委"/></references></meta>` +
        `<preface><longTitle><p>某办法</p></longTitle><p>（试行）</p></preface>` +
        `<body>` +
        `<hcontainer eId="notice" name="notice"><content><p>印发。</p></content></hcontainer>` +
        `<preamble eId="preamble"><p>序言。</p></preamble>` +
        `<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>甲。</p></content></paragraph></article>` +
        `<hcontainer eId="hcontainer_1" name="heading"><heading>附则</heading><content><p/></content></hcontainer>` +
        `<p>某委</p>` +
        `</body>` +
        `<attachments>` +
        `<attachment eId="att_1"><doc name="annex"><meta>${frbr(`${W}/annex-1`)}</meta><mainBody><hcontainer name="annex-heading"><num>附件</num></hcontainer><p>说明。</p>` +
        `<table eId="att_1__table_1"><tr><th><p>甲</p></th><th colspan="2"><p>乙</p></th></tr><tr><td rowspan="2"><p>丙</p></td></tr></table></mainBody></doc></attachment>` +
        `<attachment><doc name="annex"><meta>${frbr(`${W}/annex`)}</meta><mainBody></mainBody></doc></attachment>` +
        `<attachment eId="art_1__interp_1"><doc name="interpretation"><meta>${frbr(`${W}/art-1-interp-1`)}</meta><mainBody><hcontainer name="interpretation-of"><content><p><ref href="#art_1">art-1-interp-1</ref></p></content></hcontainer><p>解。</p><paragraph><content><p>解二。</p></content></paragraph></mainBody></doc></attachment>` +
        `<attachment><doc name="interpretation"><meta>${frbr(`${W}/interp`)}</meta><mainBody><hcontainer name="interpretation-of"><content><p><ref href="#"></ref></p></content></hcontainer><p>总解。</p></mainBody></doc></attachment>` +
        `</attachments>` +
        `</act></akomaNtoso>\n`,
    );
  });

  it('leaves out what the metadata does not give, and names every level by its element', () => {
    const bare: RegDocument = {
      meta: { slug: 'b', title: '某规定', class: '规范性文件', issuer: null, docNumber: null, issued: null, effective: null } as RegDocument['meta'],
      aliases: {},
      excluded: [],
      corrections: [],
      root: n('document', {}, [
        n('part', { id: 'part-1', num: '第一编' }, [
          n('chapter', { id: 'chp-1', num: '第一章' }, [
            n('division', { id: 'div-1', num: '第一节' }, [
              n('article', { id: 'art-1', num: '第一条' }, [
                n('para', { id: 'art-1-para-1', text: '甲：' }, [n('item', { id: 'art-1-para-1-item-1', num: '（一）', text: '乙' }, [n('sub', { id: 'art-1-para-1-item-1-sub-1', num: '1.', text: '丙' })])]),
              ]),
            ]),
          ]),
        ]),
        n('section', { id: 'sec-1', num: '一、', text: '丁' }),
      ]),
    };
    const bw = '/akn/cn/act/undated/b';
    const bareFrbr = (work: string) =>
      `<identification source="#tiaowen">` +
      `<FRBRWork><FRBRthis value="${work}/!main"/><FRBRuri value="${work}"/><FRBRcountry value="cn"/><FRBRname value="某规定"/></FRBRWork>` +
      `<FRBRExpression><FRBRthis value="${work}/zho@/!main"/><FRBRuri value="${work}/zho@"/><FRBRlanguage language="zho"/></FRBRExpression>` +
      `<FRBRManifestation><FRBRthis value="${work}/zho@/!main.xml"/><FRBRuri value="${work}/zho@.akn"/><FRBRauthor href="#tiaowen"/></FRBRManifestation>` +
      `</identification>`;
    expect(akomaNtoso(bare)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="规范性文件">` +
        `<meta>${bareFrbr(bw)}<references source="#tiaowen"><TLCOrganization eId="tiaowen" href="/ontology/organization/tiaowen" showAs="条文"/></references></meta>` +
        `<preface><longTitle><p>某规定</p></longTitle></preface>` +
        `<body><part eId="part_1"><num>第一编</num><chapter eId="chp_1"><num>第一章</num><section eId="sec_1"><num>第一节</num>` +
        `<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><intro><p>甲：</p></intro><point eId="art_1__para_1__point_1"><num>（一）</num><intro><p>乙</p></intro>` +
        `<point eId="art_1__para_1__point_1__point_1"><num>1.</num><content><p>丙</p></content></point></point></paragraph></article></section></chapter></part>` +
        `<section eId="sec_1"><num>一、</num><content><p>丁</p></content></section></body>` +
        `</act></akomaNtoso>\n`,
    );
  });

  it('numbers eIds of several digits, and of articles 之十二', () => {
    expect(eIdOf('art-12-para-10-item-11')).toBe('art_12__para_10__point_11');
    expect(eIdOf('art-6-12')).toBe('art_6-12');
    expect(eIdOf('art-6-12-para-2')).toBe('art_6-12__para_2');
    expect(eIdOf('notice')).toBe('notice');
    expect(eIdOf('annex-2-table-1')).toBe('att_2__table_1');
  });
});
