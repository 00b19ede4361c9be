/**
 * Publishing conventions, built twice as a host would: at the root with no
 * site address (TIAOWEN_SITE unset), and under a sub-path with one. Links stay
 * inside the base path, the address a reader copies is never a placeholder,
 * and the page carries what machines read (canonical, OpenGraph, Legislation
 * JSON-LD, robots.txt, sitemap, 404, favicon). Both builds are the run's shared
 * builds (tests/support/shared-builds.ts: `default` and `sub`), read only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite, decodeEntities } from './links.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { SHARED_BUILDS } from '../support/shared-builds.ts';

const HOST = 'https://zhidu.example.gov.cn';
const SITE = `${HOST}/zhidu/`;
const RIZHAO = 'regulations/rizhao-polytechnic-2017/index.html';

let plain = '';
let sub = '';
let plainLog = '';

beforeAll(async () => {
  // the shared builds are what this file built before: the seeds with TIAOWEN_SITE='' and with SITE
  expect(SHARED_BUILDS.default.TIAOWEN_SITE).toBe('');
  expect(SHARED_BUILDS.sub.TIAOWEN_SITE).toBe(SITE);
  ({ dir: plain, log: plainLog } = await sharedBuild('default'));
  ({ dir: sub } = await sharedBuild('sub'));
}, 900_000);

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const attr = (html: string, re: RegExp) => decodeEntities(re.exec(html)?.[1] ?? '');

describe('without a site address', () => {
  it('warns once, and names the setting', () => {
    expect(plainLog.match(/TIAOWEN_SITE is not set/g)).toHaveLength(1);
  });

  it('writes no canonical address and no placeholder host anywhere a reader copies from', () => {
    const html = read(plain, RIZHAO);
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toMatch(/example\.org/);
    // the citation's link is completed in the browser against the page's own address
    expect(attr(html, /id="art-6"[\s\S]*?data-cite-href="([^"]+)"/)).toBe('/regulations/rizhao-polytechnic-2017/#art-6');
  });

  it('has robots.txt without a sitemap, a 404 page and a favicon', () => {
    expect(read(plain, 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
    expect(read(plain, '404.html')).toMatch(/<h1>未找到页面<\/h1>/);
    expect(read(plain, 'favicon.svg')).toMatch(/^<svg /);
    expect(read(plain, 'index.html')).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });
});

describe(`under a sub-path (TIAOWEN_SITE=${SITE})`, () => {
  it('keeps every internal link and search result inside /zhidu/, and none is broken', () => {
    const { checked, broken } = checkSite(sub, { site: HOST, base: '/zhidu/' });
    expect(checked).toBeGreaterThan(100);
    expect(broken.map((b) => `${b.from}: ${b.href} — ${b.reason}`)).toEqual([]);
  });

  it('gives each page its canonical address and OpenGraph metadata', () => {
    const html = read(sub, RIZHAO);
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(`${SITE}regulations/rizhao-polytechnic-2017/`);
    expect(attr(html, /<meta property="og:url" content="([^"]+)"/)).toBe(`${SITE}regulations/rizhao-polytechnic-2017/`);
    expect(attr(html, /<meta property="og:title" content="([^"]+)"/)).toBe('日照职院党建工作问责办法');
    expect(attr(html, /<meta name="description" content="([^"]+)"/)).toBe('《日照职业技术学院党建工作问责（暂行）办法》，中共日照职业技术学院委员会，日职院办字〔2017〕51号，2017年6月21日印发');
    expect(attr(html, /id="art-6"[\s\S]*?data-cite-href="([^"]+)"/)).toBe(`${SITE}regulations/rizhao-polytechnic-2017/#art-6`);
  });

  it('describes the document as schema.org Legislation', () => {
    const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read(sub, RIZHAO))?.[1];
    expect(raw).toBeTruthy();
    expect(JSON.parse(raw!)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '日照职业技术学院党建工作问责（暂行）办法',
      alternateName: '日照职院党建工作问责办法',
      url: `${SITE}regulations/rizhao-polytechnic-2017/`,
      inLanguage: 'zh-CN',
      legislationType: '党内规范性文件',
      legislationIdentifier: '日职院办字〔2017〕51号',
      legislationDate: '2017-06-21',
      legislationPassedBy: { '@type': 'Organization', name: '中共日照职业技术学院委员会' },
      isBasedOn: [{ '@type': 'Legislation', name: '中国共产党问责条例', url: `${SITE}regulations/ccp-accountability-2016/` }],
    });
  });

  it('names its sitemap in robots.txt, and the sitemap lists the documents but not the 404 page', () => {
    expect(read(sub, 'robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap-index.xml\n`);
    expect(read(sub, 'sitemap-index.xml')).toContain(`<loc>${SITE}sitemap-0.xml</loc>`);
    const map = read(sub, 'sitemap-0.xml');
    expect(map).toContain(`<loc>${SITE}regulations/rizhao-polytechnic-2017/</loc>`);
    expect(map).toContain(`<loc>${SITE}</loc>`);
    expect(map).not.toContain('404');
  });

  it('serves the 404 page with the search box and the document list under the base path', () => {
    const html = read(sub, '404.html');
    expect(html).toContain('action="/zhidu/search/"');
    expect(html).toContain('href="/zhidu/regulations/rizhao-polytechnic-2017/"');
  });
});

describe('document exports (下载)', () => {
  const SLUGS = ['rizhao-polytechnic-2017', 'ccp-accountability-2016', 'liuzhou-polytechnic-2021', 'party-building-target-responsibility'];
  /** Provision anchors of a page: every id inside the document body that the tree gave it (not the page chrome). */
  const pageAnchors = (html: string) => {
    const body = html.slice(html.indexOf('<article class="document"'), html.lastIndexOf('</article>'));
    return [...body.matchAll(/\sid="([^"]+)"/g)]
      .map((m) => decodeEntities(m[1]!))
      .filter((id) => /^(?:art|chp|part|sec|annex|notice|preamble|para|h)(?:-|$)/.test(id) && !id.endsWith('-h') && !id.includes('-crosswalk'));
  };
  type Node = { id?: string; text: string; children: Node[] };
  const ids = (nodes: Node[]): string[] => nodes.flatMap((n) => [...(n.id ? [n.id] : []), ...ids(n.children)]);

  it.each(SLUGS)('%s.json follows the published JSON Schema and holds every anchor of the page once', async (slug) => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(read(plain, 'schemas/document.schema.json')) as object;
    const data = JSON.parse(read(plain, `regulations/${slug}.json`)) as { slug: string; provisions: Node[] };
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.slug).toBe(slug);
    const inJson = ids(data.provisions);
    expect(new Set(inJson).size).toBe(inJson.length);
    expect(new Set(inJson)).toEqual(new Set(pageAnchors(read(plain, `regulations/${slug}/index.html`))));
  });

  it('carries each crosswalk link with the reason for its relation', () => {
    type Link = { anchor: string; other: { doc: string; anchor: string }; relation: string; why: string; added: string[] };
    const data = JSON.parse(read(plain, 'regulations/rizhao-polytechnic-2017.json')) as { crosswalk: { parents: Link[] } };
    const art6 = data.crosswalk.parents.find((l) => l.anchor === 'art-6' && l.other.anchor === 'art-7');
    expect(art6).toMatchObject({ other: { doc: 'ccp-accountability-2016' }, relation: 'implements' });
    expect(art6!.why).toMatch(/^细化/);
    expect(art6!.added.join('、')).toMatch(/提醒/);
    const parent = JSON.parse(read(plain, 'regulations/ccp-accountability-2016.json')) as { crosswalk: { implementations: Link[] } };
    expect(parent.crosswalk.implementations.some((l) => l.anchor === 'art-7' && l.other.doc === 'rizhao-polytechnic-2017' && l.other.anchor === 'art-6')).toBe(true);
  });

  it('refuses, by its schema, a document whose provision lacks its text', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read(plain, 'schemas/document.schema.json')) as object);
    const data = JSON.parse(read(plain, 'regulations/rizhao-polytechnic-2017.json')) as { provisions: Partial<Node>[] };
    delete data.provisions[0]!.text;
    expect(validate(data)).toBe(false);
  });

  it.each(SLUGS)('%s.akn.xml is well-formed Akoma Ntoso with every provision of the page once, by its eId', async (slug) => {
    const { XMLParser, XMLValidator } = await import('fast-xml-parser');
    const xml = read(plain, `regulations/${slug}.akn.xml`);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { akomaNtoso: { '@_xmlns': string } };
    expect(doc.akomaNtoso['@_xmlns']).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const eIds = [...xml.matchAll(/\seId="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(eIds).size).toBe(eIds.length);
    // the naming the issue gives: art-6-para-2-item-1 → art_6__para_2__point_1
    const NAME: Record<string, string> = { item: 'point', sub: 'point', div: 'sec', annex: 'att', h: 'hcontainer' };
    const eIdOf = (anchor: string) =>
      [...anchor.matchAll(/([a-z]+)(?:-(\d+(?:-\d+)*?))?(?=-[a-z]|$)/g)].map(([, n, k]) => `${NAME[n!] ?? n}${k ? `_${k}` : ''}`).join('__');
    expect(eIdOf('art-6-para-2-item-1')).toBe('art_6__para_2__point_1');
    for (const anchor of pageAnchors(read(plain, `regulations/${slug}/index.html`))) {
      expect(eIds.filter((e) => e === eIdOf(anchor)), anchor).toHaveLength(1);
    }
  });

  it.each(SLUGS)('%s.docx is linked from the page and holds the page\'s articles in its order', async (slug) => {
    const html = read(plain, `regulations/${slug}/index.html`);
    expect(html).toContain(`href="/regulations/${slug}.docx"`);
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(plain, `regulations/${slug}.docx`)) });
    const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
    // each article or section of the page opens a line of the file, in the page's order
    const nums = [...html.matchAll(/<section class="provision (?:article|section)" id="[^"]+" data-num="([^"]+)"/g)].map((m) => decodeEntities(m[1]!));
    expect(nums.length).toBeGreaterThan(3);
    let at = 0;
    for (const num of nums) {
      const i = lines.findIndex((l, k) => k >= at && l.startsWith(num));
      expect(i, `${slug}: ${num}`).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
  });

  it('keeps the 解读 apart from the binding text', () => {
    const xml = read(plain, 'regulations/ccp-accountability-2016.akn.xml');
    const body = xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>'));
    expect(body).not.toContain('interp_');
    expect(xml).toMatch(/<attachment eId="art_7__interp_1"><doc name="interpretation">[\s\S]*?<ref href="#art_7">/);
  });

  it('gives the text with its numbering', () => {
    const txt = read(plain, 'regulations/rizhao-polytechnic-2017.txt');
    expect(txt).toContain('\n第六条　');
    expect(txt).toContain('\n日照职业技术学院党建工作问责（暂行）办法\n');
    expect(txt.endsWith('\n')).toBe(true);
  });

  it('links the downloads from the document page', () => {
    const html = read(plain, 'regulations/rizhao-polytechnic-2017/index.html');
    for (const ext of ['txt', 'json', 'akn.xml']) expect(html).toContain(`href="/regulations/rizhao-polytechnic-2017.${ext}"`);
  });
});
