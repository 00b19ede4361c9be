/**
 * Versions and the feed, on a built site: the seeds plus real revised texts
 * (tests/fixtures/versions/, added to a copy of content/ through the manifest
 * and `npm run ingest`, as an editor would), built under a sub-path with a
 * site address and at the root without one.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildDir } from './build.ts';
import { checkSite, decodeEntities } from './links.ts';
import { addVersionFixtures } from '../support/versions.ts';
import { copyContent, runIngestCli } from '../support/ingest-cli.ts';
import { launchBrowser, startStaticServer } from '../e2e/harness.ts';

const HOST = 'https://zhidu.example.gov.cn';
const SITE = `${HOST}/zhidu/`;

let root = '';
let content = '';
let sub = '';
let plain = '';

beforeAll(async () => {
  content = copyContent('tiaowen-versions-');
  addVersionFixtures(content);
  const ingest = runIngestCli(content, ['--quiet']);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  root = buildDir('versions');
  sub = join(root, 'sub');
  plain = join(root, 'plain');
  await astroBuild(sub, { TIAOWEN_SITE: SITE, TIAOWEN_CONTENT: content });
  await astroBuild(plain, { TIAOWEN_SITE: '', TIAOWEN_CONTENT: content });
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  if (content) rmSync(join(content, '..'), { recursive: true, force: true });
});

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
/** The text of an element by id (tags removed). */
function textOf(html: string, id: string): string {
  const m = new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return decodeEntities((m?.[2] ?? '').replace(/<[^>]+>/g, '')).replace(/\s+/g, '');
}

describe('ingest', () => {
  it('stores the current version as <slug>.mdx and the earlier ones under versions/<slug>/', () => {
    expect(existsSync(join(content, 'regulations/national-holidays.mdx'))).toBe(true);
    expect(read(content, 'regulations/national-holidays.mdx')).toContain('version: 2024-11-10');
    expect(read(content, 'regulations/versions/national-holidays/2013-12-11.mdx')).toContain('version: 2013-12-11');
    expect(runIngestCli(content, ['--check']).code).toBe(0);
  });
});

describe('version pages', () => {
  it('publishes the current version at /regulations/<slug>/ and every version at its date, each with the version list', () => {
    const current = read(sub, 'regulations/national-holidays/index.html');
    const old = read(sub, 'regulations/national-holidays/2013-12-11/index.html');
    const dated = read(sub, 'regulations/national-holidays/2024-11-10/index.html');
    expect(textOf(current, 'art-7')).toContain('可合理安排统一放假调休');
    expect(textOf(dated, 'art-7')).toContain('可合理安排统一放假调休');
    // the 2013 text: 第七条 is the entry into force, 新年 not 元旦
    expect(textOf(old, 'art-7')).toContain('本办法自公布之日起施行');
    expect(textOf(old, 'art-2')).toContain('新年');
    for (const html of [current, old, dated]) {
      const list = textOf(html, 'versions-h') && /<section class="versions"[\s\S]*?<\/section>/.exec(html)![0];
      expect(decodeEntities(list.replace(/<[^>]+>/g, ''))).toMatch(/2024年11月10日版\s*现行有效[\s\S]*2013年12月11日版\s*已被修订/);
    }
    expect(old).toContain('不是现行文本');
    expect(current).not.toContain('不是现行文本');
    // 复制引用 on an earlier version cites it with its date and links to its own page
    expect(decodeEntities(/id="art-7"[\s\S]*?data-cite-href="([^"]+)"/.exec(old)![1]!)).toBe(`${SITE}regulations/national-holidays/2013-12-11/#art-7`);
    expect(decodeEntities(old)).toContain('《全国年节及纪念日放假办法》（2013年12月11日版）第七条');
    // the crosswalk links the current version's anchors: no boxes on an earlier version of a parent
    expect(read(sub, 'regulations/state-secrets-law/index.html')).toContain('下位落实');
    expect(read(sub, 'regulations/state-secrets-law/2010-04-29/index.html')).not.toContain('下位落实');
  });

  it('notes 本条于2024年修改 on each changed provision, linking to its row of the 修订对照表', () => {
    const current = read(sub, 'regulations/national-holidays/index.html');
    const notes = [...current.matchAll(/<a href="([^"]+)"[^>]*>本条于(\d{4})年修改<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(notes).toEqual([
      '/zhidu/regulations/national-holidays/changes/2024-11-10/#art-2 2024',
      '/zhidu/regulations/national-holidays/changes/2024-11-10/#art-6 2024',
      '/zhidu/regulations/national-holidays/changes/2024-11-10/#art-7 2024',
    ]);
    // the 2013 version predates the change: no notes
    expect(read(sub, 'regulations/national-holidays/2013-12-11/index.html')).not.toContain('本条于');
  });

  it('keeps anchors the current version lost: old links land on the successor', () => {
    // 1994 第十五条–第十七条 became 第十二条–第十四条 in 2023 (four articles deleted before them)
    const html = read(sub, 'regulations/scrap-metal-trade/index.html');
    expect(html).toMatch(/<span id="art-17" class="alias-anchor" data-alias-of="art-14">/);
    expect(textOf(html, 'art-14')).toContain('施行');
    // the JSON export carries the version and the aliases
    const exported = JSON.parse(read(sub, 'regulations/scrap-metal-trade.json')) as { meta: { version?: string }; aliases: Record<string, string> };
    expect(exported.meta.version).toBe('2023-07-20');
    expect(exported.aliases['art-17']).toBe('art-14');
    // a deleted article leaves no alias
    expect(html).not.toContain('id="art-16"');
  });
});

describe('in Chromium (the build without a site address, served at the root)', () => {
  it('lands an old anchor on its successor, and a 本条于2024年修改 note on its row of the 修订对照表', async () => {
    const server = await startStaticServer(plain);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      // 1994 第十七条 (entry into force) is 2023 第十四条
      await page.goto(`${server.url}/regulations/scrap-metal-trade/#art-17`);
      expect(await page.evaluate(() => document.querySelector(':target')?.closest('section')?.id)).toBe('art-14');
      expect(await page.evaluate(() => { const r = document.getElementById('art-14')!.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })).toBe(true);
      await page.goto(`${server.url}/regulations/national-holidays/`);
      await page.click('#art-6 .version-note a');
      await page.waitForURL(/\/changes\/2024-11-10\/#art-6$/);
      expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('周六');
      // the version list leads to the earlier text
      await page.click('.versions a[href$="/2013-12-11/"]');
      await page.waitForURL(/\/regulations\/national-holidays\/2013-12-11\/$/);
      expect(await page.locator('#art-7').textContent()).toContain('本办法自公布之日起施行');
      // no serious or critical axe violations on an earlier version and on a 修订对照表
      const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      for (const path of ['/regulations/national-holidays/2013-12-11/', '/regulations/state-council-organisation/changes/2024-03-11/']) {
        await page.goto(`${server.url}${path}`);
        await page.addScriptTag({ content: axe });
        const r = (await page.evaluate(async () => {
          const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string }[]; passes: unknown[] }> } }).axe.run;
          const out = await run(document, { resultTypes: ['violations'] });
          return { bad: out.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), passed: out.passes.length };
        })) as { bad: string[]; passed: number };
        expect(r.passed, `axe ran on ${path}`).toBeGreaterThan(10);
        expect(r.bad, path).toEqual([]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('修订对照表', () => {
  it('aligns the changed articles in two columns, an insertion with an empty 修改前 cell', () => {
    const html = read(sub, 'regulations/national-holidays/changes/2024-11-10/index.html');
    expect(html).toMatch(/<th scope="col"[^>]*>修改前（2013年12月11日）<\/th><th scope="col"[^>]*>修改后（2024年11月10日）<\/th>/);
    const rows = [...html.matchAll(/<tr id="([^"]+)" class="change-(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(rows).toEqual(['art-2:modified', 'art-6:modified', 'art-7:inserted']);
    const art2 = /<tr id="art-2"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(art2).toContain('<del><span class="visually-hidden">［删］</span>新年</del>');
    expect(art2).toContain('<ins><span class="visually-hidden">［增］</span>元旦</ins>');
    expect(textOf(html, 'art-7')).toContain('（无：本条为新增）');
  });

  it('offers 下载 Word: the same rows as a .docx next to the page', async () => {
    const html = read(sub, 'regulations/national-holidays/changes/2024-11-10/index.html');
    expect(html).toMatch(/<a href="\/zhidu\/regulations\/national-holidays\/changes\/2024-11-10\/revision\.docx" download[^>]*>下载 Word 修订对照表<\/a>/);
    const mammoth = (await import('mammoth')).default;
    const docx = (await mammoth.convertToHtml({ buffer: readFileSync(join(sub, 'regulations/national-holidays/changes/2024-11-10/revision.docx')) }, { styleMap: ['u => u'] })).value;
    expect(docx.match(/<tr>/g)).toHaveLength(4);
    expect(docx).toContain('<s>新年</s>');
    expect(docx).toContain('<strong><u>元旦</u></strong>');
  });

  it('shows a merge, a move and deletions in place (国务院组织法 1982 → 2024)', () => {
    const html = read(sub, 'regulations/state-council-organisation/changes/2024-03-11/index.html');
    const art5 = /<tr id="art-5" class="change-merged"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(decodeEntities(art5.replace(/<[^>]+>/g, ''))).toMatch(/第二条\s*、\s*第六条[\s\S]*合并[\s\S]*第五条/);
    expect(html).toMatch(/<tr id="art-13" class="change-modified"[\s\S]*?修改 · 移动 · 条序调整/);
    expect(html).toMatch(/<tr id="deleted-art-1" class="change-deleted"[\s\S]*?（已删除）/);
  });
});

describe('crosswalk links pinned to a parent version', () => {
  it('links the 2014 regulations to the 2010 law and flags the articles the 2024 revision changed', () => {
    const html = read(sub, 'regulations/state-secrets-regulations-2014/index.html');
    const up = [...html.matchAll(/<li class="crosswalk-link[\s\S]*?<\/li>/g)].map((m) => m[0]);
    expect(up.length).toBeGreaterThan(10);
    // a parent link goes to the pinned version's page, with that version's article number …
    const pinned = up.filter((li) => li.includes('（2010年4月29日版）'));
    expect(pinned.length).toBeGreaterThan(10);
    for (const li of pinned) expect(li).toMatch(/href="\/zhidu\/regulations\/state-secrets-law\/2010-04-29\/#art-\d+/);
    // … and the number the article has in that version (the 2024 law renumbered most of them)
    const v2010 = read(sub, 'regulations/state-secrets-law/2010-04-29/index.html');
    for (const li of pinned) {
      const [, anchor, num] = /2010-04-29\/#(art-\d+)[^"]*"[^>]*>《中华人民共和国保守国家秘密法》(第[^条]+条)/.exec(li)!;
      expect(v2010).toContain(`id="${anchor}" data-num="${num}"`);
    }
    // The site keeps the link on the current text: 实施条例 第三条 implements 2010 第六条, which is 2024 第七条
    // (the 2024 law inserted 第三条 before it; see tests/fixtures/versions/): the export names the current
    // anchor, the page the pinned one.
    const exported = JSON.parse(read(sub, 'regulations/state-secrets-regulations-2014.json')) as { crosswalk: { parents: { anchor: string; other: { anchor: string } }[] } };
    expect(exported.crosswalk.parents.filter((l) => l.anchor === 'art-3').map((l) => l.other.anchor)).toContain('art-7');
    const art3 = /<section class="provision article" id="art-3"[\s\S]*?(?=<section class="provision article")/.exec(html)![0];
    expect(art3).toMatch(/href="\/zhidu\/regulations\/state-secrets-law\/2010-04-29\/#art-6"[^>]*>《中华人民共和国保守国家秘密法》第六条<\/a>/);
    expect(art3).toMatch(/href="\/zhidu\/regulations\/state-secrets-law\/changes\/2024-02-27\/#art-7"[^>]*>上位条款已修订（2024年）/);
    // … unless the matched article came with a later version (the crosswalk matches the current text)
    for (const li of up.filter((l) => !pinned.includes(l))) expect(li).toMatch(/现行文本；2010年4月29日版无此条/);
    const revised = up.filter((li) => li.includes('上位条款已修订'));
    expect(revised.length).toBeGreaterThan(0);
    expect(revised.length).toBeLessThan(up.length);
    for (const li of revised) expect(li).toMatch(/href="\/zhidu\/regulations\/state-secrets-law\/changes\/2024-02-27\/#[a-z0-9-]+"[^>]*>上位条款已修订（2024年）/);
    // and the linked row exists on the changes page
    const changes = read(sub, 'regulations/state-secrets-law/changes/2024-02-27/index.html');
    for (const li of revised) expect(changes).toContain(`id="${/changes\/2024-02-27\/#([a-z0-9-]+)/.exec(li)![1]}"`);
  });

  it('leaves no link broken, under the sub-path', () => {
    const { checked, broken } = checkSite(sub, { site: HOST, base: '/zhidu/' });
    expect(checked).toBeGreaterThan(100);
    expect(broken.map((b) => `${b.from}: ${b.href} — ${b.reason}`)).toEqual([]);
  });
});

describe('feed', () => {
  it('with a site address: /feed.xml is RSS with absolute links, newest first, revisions linking to their 修订对照表', () => {
    const xml = read(sub, 'feed.xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const items = feed.rss.channel.item as { title: string; link: string; pubDate?: string; 'content:encoded'?: string }[];
    expect(items.length).toBeGreaterThan(10);
    for (const i of items) expect(i.link.startsWith(SITE)).toBe(true);
    const dated = items.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate!));
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    // undated documents come after every dated one
    const firstUndated = items.findIndex((i) => !i.pubDate);
    if (firstUndated >= 0) expect(items.slice(firstUndated).every((i) => !i.pubDate)).toBe(true);
    expect(items[0]!.title).toBe('《全国年节及纪念日放假办法》2024年11月10日修订');
    expect(items[0]!.link).toBe(`${SITE}regulations/national-holidays/2024-11-10/`);
    expect(items[0]!['content:encoded']).toContain(`${SITE}regulations/national-holidays/changes/2024-11-10/`);
    const rizhao = items.find((i) => i.link === `${SITE}regulations/rizhao-polytechnic-2017/`);
    expect(rizhao?.title).toMatch(/^《.+》$/);
    expect(read(sub, 'index.html')).toContain(`<link rel="alternate" type="application/rss+xml" title="条文 · 新增和修订的文件" href="${SITE}feed.xml">`);
  });

  it('without a site address: no feed and no feed link (a feed needs absolute addresses)', () => {
    expect(existsSync(join(plain, 'feed.xml'))).toBe(false);
    expect(read(plain, 'index.html')).not.toContain('application/rss+xml');
    expect(existsSync(join(plain, 'regulations/national-holidays/changes/2024-11-10/index.html'))).toBe(true);
  });

  it('is the same, byte for byte, when built again', async () => {
    const again = join(root, 'again');
    await astroBuild(again, { TIAOWEN_SITE: SITE, TIAOWEN_CONTENT: content });
    expect(read(again, 'feed.xml')).toBe(read(sub, 'feed.xml'));
    expect(readFileSync(join(again, 'regulations/national-holidays/changes/2024-11-10/revision.docx')).equals(readFileSync(join(sub, 'regulations/national-holidays/changes/2024-11-10/revision.docx')))).toBe(true);
    expect(read(again, 'regulations/state-council-organisation/changes/2024-03-11/index.html')).toBe(read(sub, 'regulations/state-council-organisation/changes/2024-03-11/index.html'));
  }, 600_000);
});
