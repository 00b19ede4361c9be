/**
 * `/regulations/<slug>.akn.xml`: the document in Akoma Ntoso 3.0 (OASIS
 * LegalDocML), the format legislation.gov.uk and Laws.Africa publish.
 *
 * - FRBR metadata (work / expression / manifestation) from the document's
 *   metadata; what the text does not give is left out, never invented;
 * - the binding text in <body> (编/章/节/条/款/项/目 as part/chapter/section/
 *   article/paragraph/point), the notice and preamble in <preface>/<preamble>,
 *   annexes in <attachments>; the 解读 kept apart, as <attachments> of their own
 *   (name="interpretation"), each pointing at its article;
 * - eIds derived from the site's anchors: art-6-para-2-item-1 → art_6__para_2__point_1.
 */
import type { RegDocument } from '../document.ts';
import { escapeHtml } from '../html.ts';
import type { ProvisionNode } from '../tree.ts';

/** Anchor prefix → AKN eId element name (the naming convention's abbreviations). */
const EID_NAME: Record<string, string> = {
  part: 'part', chp: 'chp', div: 'sec', art: 'art', para: 'para', item: 'point', sub: 'point',
  sec: 'sec', h: 'hcontainer', interp: 'interp', annex: 'att', table: 'table', notice: 'notice', preamble: 'preamble',
};

/** art-6-1-para-2-item-1 → art_6-1__para_2__point_1 (之一 articles keep their suffix in the number). */
export function eIdOf(anchor: string): string {
  const parts = [...anchor.matchAll(/([a-z]+)(?:-([\d]+(?:-\d+)*?))?(?=-[a-z]|$)/g)];
  return parts.map(([, name, num]) => `${EID_NAME[name!] ?? name}${num ? `_${num}` : ''}`).join('__');
}

const esc = escapeHtml;

/** Element of each level in the body. */
const ELEMENT: Partial<Record<ProvisionNode['kind'], string>> = {
  part: 'part', chapter: 'chapter', division: 'section', article: 'article', para: 'paragraph', item: 'point', sub: 'point',
  section: 'section', heading: 'hcontainer', preamble: 'preamble', notice: 'hcontainer',
};

function eIdAttr(n: ProvisionNode): string {
  return n.id ? ` eId="${eIdOf(n.id)}"` : '';
}

function numAndHeading(n: ProvisionNode): string {
  return `${n.num ? `<num>${esc(n.num)}</num>` : ''}${n.heading ? `<heading>${esc(n.heading)}</heading>` : ''}`;
}

function table(n: ProvisionNode): string {
  const rows = (n.rows ?? []).map((row, i) => `<tr>${row.map((c) => {
    const tag = i === 0 ? 'th' : 'td';
    const span = `${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}`;
    return `<${tag}${span}><p>${esc(c.text)}</p></${tag}>`;
  }).join('')}</tr>`);
  return `<table${eIdAttr(n)}>${rows.join('')}</table>`;
}

/** A node of the binding text; `interpretations` collects the 解读 to publish apart. */
function body(n: ProvisionNode, interpretations: ProvisionNode[]): string {
  if (n.kind === 'interpretation') {
    interpretations.push(n);
    return '';
  }
  if (n.kind === 'table') return table(n);
  if (n.kind === 'title' || n.kind === 'signoff') return n.text ? `<p>${esc(n.text)}</p>` : '';
  const children = n.children.map((c) => body(c, interpretations)).join('');
  const el = ELEMENT[n.kind] ?? 'hcontainer';
  const name = el === 'hcontainer' ? ` name="${n.kind}"` : '';
  const text = n.text ? `<p>${esc(n.text)}</p>` : '';
  if (el === 'preamble') return `<preamble${eIdAttr(n)}>${text}${children}</preamble>`;
  const content = children ? `${text ? `<intro>${text}</intro>` : ''}${children}` : `<content>${text || '<p/>'}</content>`;
  return `<${el}${eIdAttr(n)}${name}>${numAndHeading(n)}${content}</${el}>`;
}

function frbr(doc: RegDocument, work: string): string {
  const m = doc.meta;
  const date = m.issued ?? m.effective;
  const dateEl = (name: string) => (date ? `<FRBRdate date="${date}" name="${name}"/>` : '');
  const author = m.issuer ? '<FRBRauthor href="#issuer"/>' : '';
  return (
    `<identification source="#tiaowen">` +
    `<FRBRWork><FRBRthis value="${esc(work)}/!main"/><FRBRuri value="${esc(work)}"/>${dateEl('issued')}${author}<FRBRcountry value="cn"/>` +
    `${m.docNumber ? `<FRBRnumber value="${esc(m.docNumber)}"/>` : ''}<FRBRname value="${esc(m.title)}"/></FRBRWork>` +
    `<FRBRExpression><FRBRthis value="${esc(work)}/zho@/!main"/><FRBRuri value="${esc(work)}/zho@"/>${dateEl('expression')}${author}<FRBRlanguage language="zho"/></FRBRExpression>` +
    `<FRBRManifestation><FRBRthis value="${esc(work)}/zho@/!main.xml"/><FRBRuri value="${esc(work)}/zho@.akn"/>${dateEl('manifestation')}<FRBRauthor href="#tiaowen"/></FRBRManifestation>` +
    `</identification>`
  );
}

export function akomaNtoso(doc: RegDocument): string {
  const m = doc.meta;
  const work = `/akn/cn/act/${m.issued ?? 'undated'}/${m.slug}`;
  const interpretations: ProvisionNode[] = [];
  const annexes = doc.root.children.filter((c) => c.kind === 'annex');
  const preface = doc.root.children.filter((c) => c.kind === 'title');
  const main = doc.root.children.filter((c) => c.kind !== 'annex' && c.kind !== 'title');
  const bodyXml = main.map((c) => body(c, interpretations)).join('');
  const attachment = (n: ProvisionNode) =>
    `<attachment${eIdAttr(n)}><doc name="annex"><meta>${frbr(doc, `${work}/${n.id ?? 'annex'}`)}</meta><mainBody>${numAndHeading(n) ? `<hcontainer name="annex-heading">${numAndHeading(n)}</hcontainer>` : ''}${n.text ? `<p>${esc(n.text)}</p>` : ''}${n.children.map((c) => body(c, interpretations)).join('')}</mainBody></doc></attachment>`;
  const interp = (n: ProvisionNode) =>
    `<attachment${eIdAttr(n)}><doc name="interpretation"><meta>${frbr(doc, `${work}/${n.id ?? 'interp'}`)}</meta><mainBody><hcontainer name="interpretation-of"><content><p><ref href="#${esc(eIdOf(n.id?.replace(/-interp-\d+$/, '') ?? ''))}">${esc(n.id ?? '')}</ref></p></content></hcontainer>${n.text ? `<p>${esc(n.text)}</p>` : ''}${n.children.map((c) => body(c, [])).join('')}</mainBody></doc></attachment>`;
  const attachments = [...annexes.map(attachment), ...interpretations.map(interp)];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">` +
    `<act name="${esc(m.class)}">` +
    `<meta>${frbr(doc, work)}` +
    `<references source="#tiaowen"><TLCOrganization eId="tiaowen" href="/ontology/organization/tiaowen" showAs="条文"/>` +
    `${m.issuer ? `<TLCOrganization eId="issuer" href="/ontology/organization/cn/${esc(encodeURIComponent(m.issuer))}" showAs="${esc(m.issuer)}"/>` : ''}</references>` +
    `</meta>` +
    `<preface><longTitle><p>${esc(m.title)}</p></longTitle>${m.docNumber ? `<p><docNumber>${esc(m.docNumber)}</docNumber></p>` : ''}${preface.map((t) => (t.text && t.text !== m.title ? `<p>${esc(t.text)}</p>` : '')).join('')}</preface>` +
    `<body>${bodyXml || '<hcontainer name="empty"><content><p/></content></hcontainer>'}</body>` +
    (attachments.length ? `<attachments>${attachments.join('')}</attachments>` : '') +
    `</act></akomaNtoso>\n`
  );
}
