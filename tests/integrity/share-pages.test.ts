/**
 * Share pages on the seed build (README "Share pages"), under a sub-path with a
 * site address as a publication build: every article and section of every
 * regulation has one, whose title, description, canonical and link are what
 * a link preview must show. The expectations are computed here from the
 * document's JSON export (src/lib/export/document-json.ts), not with the
 * helpers that wrote the pages. Also: TIAOWEN_SHARE_PAGES=none builds none
 * and shows no 分享链接; a wrong value fails the build by name. (Valid HTML,
 * working links and byte-identical double builds of the default build, share
 * pages included: tests/integrity/site.test.ts and publishing.test.ts.) The
 * sub-path build is the run's shared `sub` build (tests/support/shared-builds.ts),
 * read only.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildDir, listFiles } from './build.ts';
import { decodeEntities } from './links.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { SHARED_BUILDS } from '../support/shared-builds.ts';
import { rejectionOf } from '../support/thrown.ts';

/** The site address of the shared `sub` build. */
const SITE = SHARED_BUILDS.sub.TIAOWEN_SITE;

interface JsonNode {
  kind: string;
  id?: string;
  num?: string;
  heading?: string;
  text: string;
  rows?: { text: string }[][];
  children: JsonNode[];
}
interface JsonDoc {
  slug: string;
  meta: { title: string; shortTitle: string; class: string };
  /** The document's top-level provisions. */
  provisions: JsonNode[];
}

let root = '';
let sub = '';
let none = '';
let noneLog = '';

beforeAll(async () => {
  root = buildDir('share');
  none = join(root, 'none');
  ({ dir: sub } = await sharedBuild('sub'));
  noneLog = await astroBuild(none, { TIAOWEN_SHARE_PAGES: 'none' });
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const one = (html: string, re: RegExp): string | undefined => {
  const all = [...html.matchAll(new RegExp(re, 'g'))];
  expect(all.length, `${re} once`).toBeLessThanOrEqual(1);
  return all[0] ? decodeEntities(all[0][1]!) : undefined;
};
const squash = (s: string) => s.replace(/\s/gu, '');

/** The regulations of the seed build, from their JSON exports. */
function exportedDocs(dir: string): JsonDoc[] {
  return listFiles(dir)
    .filter((f) => /^regulations\/[^/]+\.json$/.test(f))
    .map((f) => JSON.parse(read(dir, f)) as JsonDoc);
}

/** Articles and sections of a tree (none inside a 解读). */
function shared(n: JsonNode, out: JsonNode[] = []): JsonNode[] {
  if (n.kind === 'interpretation') return out;
  if ((n.kind === 'article' || n.kind === 'section') && n.id) out.push(n);
  for (const c of n.children) shared(c, out);
  return out;
}

/** The words of a provision after its number, in reading order, 解读 left out: the heading, then every text with its numbering. */
function words(n: JsonNode, top = true): string[] {
  if (n.kind === 'interpretation') return [];
  const own = [top ? undefined : n.num, n.heading, n.text, ...(n.rows ?? []).flat().map((c) => c.text)].filter((s): s is string => Boolean(s));
  return [...own, ...n.children.flatMap((c) => words(c, false))];
}

describe(`share pages under a sub-path (TIAOWEN_SITE=${SITE})`, () => {
  it('exist for every article and section of every regulation, and nothing else is written in their place', () => {
    const docs = exportedDocs(sub);
    expect(docs.length).toBeGreaterThanOrEqual(8);
    const expected = docs.flatMap((d) => d.provisions.flatMap((n) => shared(n)).map((n) => `regulations/${d.slug}/${n.id}/index.html`)).sort();
    const written = listFiles(sub).filter((f) => /^regulations\/[^/]+\/(?:art|sec)-[^/]+\/index\.html$/.test(f));
    expect(expected.length).toBeGreaterThan(80);
    expect(written).toEqual(expected);
    // a document of articles and one of sections 一、 are among them
    expect(written).toContain('regulations/rizhao-polytechnic-2017/art-6/index.html');
    expect(written).toContain('regulations/harbin-community-grid-2011/sec-1/index.html');
  });

  it("carry the provision's title, opening words, anchor canonical and 查看全文 link, and its whole text", () => {
    let checked = 0;
    for (const doc of exportedDocs(sub)) {
      for (const n of doc.provisions.flatMap((n) => shared(n)).filter((m) => m.kind === 'article')) {
        const where = `${doc.slug}#${n.id}`;
        const html = read(sub, `regulations/${doc.slug}/${n.id}/index.html`);
        // title: the short title and the article's number as the text writes it (第六条, 第六条之一)
        const title = `《${doc.meta.shortTitle}》${n.num}`;
        expect(one(html, /<title>([^<]*)<\/title>/), where).toBe(title);
        expect(one(html, /<meta property="og:title" content="([^"]*)">/), where).toBe(title);
        expect(one(html, /<meta property="og:type" content="([^"]*)">/), where).toBe('article');
        expect(one(html, /<meta property="og:site_name" content="([^"]*)">/), where).toBe('条文');
        // the anchor on the document page, absolute, sub-path kept
        const anchor = `${SITE}regulations/${doc.slug}/#${n.id}`;
        expect(one(html, /<link rel="canonical" href="([^"]*)">/), where).toBe(anchor);
        expect(one(html, /<meta property="og:url" content="([^"]*)">/), where).toBe(anchor);
        expect(one(html, /<a href="([^"]*)">查看全文<\/a>/), where).toBe(`/zhidu/regulations/${doc.slug}/#${n.id}`);
        expect(one(html, /<meta name="robots" content="([^"]*)">/), where).toBe('noindex, follow');
        // the description: the first 80 characters of the words after the number, … when there are more
        const description = one(html, /<meta property="og:description" content="([^"]*)">/)!;
        expect(one(html, /<meta name="description" content="([^"]*)">/), where).toBe(description);
        const all = squash(words(n).join(''));
        const cut = description.endsWith('…');
        const shown = cut ? description.slice(0, -1) : description;
        const chars = [...new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(shown)].length;
        if (cut) {
          expect(all.startsWith(squash(shown)), `${where}: "${shown}" opens "${all.slice(0, 100)}"`).toBe(true);
          expect(all.length, where).toBeGreaterThan(squash(shown).length);
          // 80 characters, or 79 when the cut fell after a space (a space is not kept before the …)
          expect(chars === 80 || (chars === 79 && !/\s/u.test(shown.at(-1)!)), `${where}: ${chars} characters`).toBe(true);
        } else {
          expect(squash(shown), where).toBe(all);
          expect(chars, where).toBeLessThanOrEqual(80);
        }
        if (n.heading) expect(description.startsWith(`${n.heading} `), `${where}: heading first`).toBe(true);
        // the whole binding text is on the page, in order
        const body = squash(decodeEntities(html.slice(html.indexOf('<h1>')).replace(/<[^>]+>/g, '')));
        expect(body, where).toContain(squash(all));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('are not in the sitemap', () => {
    const maps = listFiles(sub).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(maps.length).toBeGreaterThan(0);
    const locs = maps.flatMap((f) => [...read(sub, f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(locs).toContain(`${SITE}regulations/rizhao-polytechnic-2017/`);
    expect(locs.filter((l) => /\/regulations\/[^/]+\/(?:art|sec)-/.test(l))).toEqual([]);
  });

  it('are what 分享链接 on the document page copies (absolute on the site address)', () => {
    const html = read(sub, 'regulations/rizhao-polytechnic-2017/index.html');
    const shares = [...html.matchAll(/<button type="button" class="share" hidden data-share-href="([^"]+)"/g)].map((m) => m[1]);
    expect(shares).toContain(`${SITE}regulations/rizhao-polytechnic-2017/art-6/`);
    expect(shares).toHaveLength(8);
    // 复制引用 still copies the permanent anchor link
    expect(html).toContain(`data-cite-href="${SITE}regulations/rizhao-polytechnic-2017/#art-6"`);
  });
});

describe('TIAOWEN_SHARE_PAGES', () => {
  it('none: no share page and no 分享链接', () => {
    expect(noneLog).toContain('share pages: none (TIAOWEN_SHARE_PAGES=none)');
    expect(listFiles(none).filter((f) => /^regulations\/[^/]+\/(?:art|sec)-/.test(f))).toEqual([]);
    expect(existsSync(join(none, 'regulations/rizhao-polytechnic-2017/index.html'))).toBe(true);
    expect(read(none, 'regulations/rizhao-polytechnic-2017/index.html')).not.toContain('class="share"');
  });

  it('anything else fails the build, naming the setting and the values it takes', async () => {
    expect((await rejectionOf(astroBuild(join(root, 'bad'), { TIAOWEN_SHARE_PAGES: 'paragraphs' }))).message).toMatch(/TIAOWEN_SHARE_PAGES: expected "articles" or "none", got "paragraphs"/);
  });
});
