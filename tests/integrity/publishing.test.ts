/**
 * Publishing conventions, built twice as a host would: at the root with no
 * site address (TIAOWEN_SITE unset), and under a sub-path with one. Links stay
 * inside the base path, the address a reader copies is never a placeholder,
 * and the page carries what machines read (canonical, OpenGraph, Legislation
 * JSON-LD, robots.txt, sitemap, 404, favicon).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildDir } from './build.ts';
import { checkSite, decodeEntities } from './links.ts';

const HOST = 'https://zhidu.example.gov.cn';
const SITE = `${HOST}/zhidu/`;
const RIZHAO = 'regulations/rizhao-polytechnic-2017/index.html';

let root = '';
let plain = '';
let sub = '';
let plainLog = '';

beforeAll(async () => {
  root = buildDir('publishing');
  plain = join(root, 'plain');
  sub = join(root, 'sub');
  plainLog = await astroBuild(plain, { TIAOWEN_SITE: '' });
  await astroBuild(sub, { TIAOWEN_SITE: SITE });
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

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
