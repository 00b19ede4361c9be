import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './harness.ts';
import { distDir, siteUrl } from './site.ts';
import { getCorpus } from '../../src/data/corpus.ts';
import { comparableDocuments, parentPairs } from '../../src/lib/compare/pairs.ts';
import { pickerGroups } from '../../src/lib/compare/data.ts';
import { UNKNOWN_ISSUER, issuerKey } from '../../src/lib/listing/groups.ts';
import { PICKER_GROUP_SIZE } from '../../src/lib/listing/sizes.ts';

const PAIR = '/compare/rizhao-polytechnic-2017/ccp-accountability-2016/';
/** Two measures of the same parent: no pre-rendered page, compared in the browser. */
const ANY = '/compare/?a=rizhao-polytechnic-2017&b=weifang-school-safety-2011';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Bounding boxes of the two cells of a row. */
async function cells(rowSelector: string) {
  const local = await page.locator(`${rowSelector} .compare-local`).boundingBox();
  const base = await page.locator(`${rowSelector} .compare-base`).boundingBox();
  expect(local, 'local cell rendered').not.toBeNull();
  expect(base, 'base cell rendered').not.toBeNull();
  return { local: local!, base: base! };
}

function sideBySide(c: { local: { x: number; y: number; width: number }; base: { x: number; y: number } }) {
  expect(c.local.x + c.local.width).toBeLessThanOrEqual(c.base.x);
  expect(Math.abs(c.local.y - c.base.y)).toBeLessThan(5);
}

/** The picker group of a seed document: its issuer's (no seed issuer has enough documents to be split). */
function groupOf(slug: string): string {
  return issuerKey(getCorpus().get(slug)!.meta.issuer ?? UNKNOWN_ISSUER);
}

/** Choose a document on one side of the picker as a reader does: its issuer, then the document. */
async function choose(side: 'a' | 'b', slug: string): Promise<void> {
  await page.selectOption(`#picker-g${side}`, groupOf(slug));
  // Playwright waits until the option (loaded with the issuer's group file) is there.
  await page.selectOption(`#picker-${side}`, slug);
}

describe('compare pages', () => {
  it('exist for every measure–parent pair', async () => {
    const pairs = parentPairs(getCorpus().documents);
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    for (const p of pairs) {
      const res = await fetch(`${siteUrl()}/compare/${p.local.meta.slug}/${p.base.meta.slug}/`);
      expect(res.status, `${p.local.meta.slug} vs ${p.base.meta.slug}`).toBe(200);
      expect(await res.text()).toContain(`data-base="${p.base.meta.slug}"`);
    }
  });

  it('are built for the measure–parent pairs only, with one data file per document', () => {
    const dir = join(distDir(), 'compare');
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'data')
      .flatMap((a) => readdirSync(join(dir, a.name)).filter((b) => existsSync(join(dir, a.name, b, 'index.html'))).map((b) => `${a.name}/${b}`))
      .sort();
    const pairs = parentPairs(getCorpus().documents);
    expect(pages).toEqual(pairs.map((p) => `${p.local.meta.slug}/${p.base.meta.slug}`).sort());
    const data = readdirSync(join(dir, 'data')).sort();
    expect(data).toEqual(['group', ...comparableDocuments(getCorpus().documents).map((d) => `${d.meta.slug}.json`)].sort());
    // One small file per issuer group: no index of the whole corpus.
    const groups = readdirSync(join(dir, 'data', 'group')).sort();
    expect(groups).toEqual(pickerGroups(getCorpus().documents, PICKER_GROUP_SIZE).map((g) => `${g.key}.json`).sort());
    expect(existsSync(join(dir, 'data.json'))).toBe(false);
  });

  it('render both columns, aligned, with a readable diff', async () => {
    await page.goto(`${siteUrl()}${PAIR}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').count()).toBe(1);
    const row = '#row-art-4';
    expect(await page.locator(row).getAttribute('data-status')).toBe('near-verbatim');
    await expect(page.locator(`${row} .compare-local .num`).textContent()).resolves.toBe('第四条');
    await expect(page.locator(`${row} .compare-base .num`).textContent()).resolves.toBe('第五条');
    sideBySide(await cells(row));
    // Insertions and deletions: marked up, labelled for screen readers, and visible without colour.
    const ins = page.locator(`${row} .compare-local ins`);
    const del = page.locator(`${row} .compare-base del`);
    expect(await ins.textContent()).toBe('［增］坚持');
    expect(await del.textContent()).toBe('［删］应当');
    expect(await ins.evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('underline');
    expect(await del.evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
    // The label is visually hidden (1px clipped box), not removed.
    const label = await ins.locator('.visually-hidden').boundingBox();
    expect(label!.width).toBeLessThanOrEqual(1);
    // Parent articles with no local counterpart are in place and marked.
    const uncovered = page.locator('.compare-row[data-status="uncovered"]');
    expect(await uncovered.count()).toBeGreaterThan(0);
    await expect(uncovered.first().locator('.compare-local').textContent()).resolves.toContain('未涉及');
    // The summary names the counts and links the uncovered articles to their rows.
    const summary = page.locator('.compare-summary');
    await expect(summary.textContent()).resolves.toMatch(/基本照录\s*1\s*条/);
    const firstLink = summary.locator('a[href^="#base-"]').first();
    const target = (await firstLink.getAttribute('href'))!;
    expect(await page.locator(target).count()).toBe(1);
  });

  it('print: A4 style applies, chrome hidden, two columns remain', async () => {
    await page.goto(`${siteUrl()}${PAIR}`);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.print-url').isVisible()).toBe(true);
      await expect(page.locator('.print-url').textContent()).resolves.toContain(PAIR);
      sideBySide(await cells('#row-art-6'));
      // Colour is dropped; the marks are not.
      const ins = page.locator('#row-art-4 .compare-local ins');
      expect(await ins.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
      expect(await ins.evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('underline');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('any-two picker', () => {
  it('builds a working URL for two provisions, and renders them from the data', async () => {
    await page.goto(`${siteUrl()}/compare/`);
    await page.waitForSelector('#compare-picker[data-ready="true"]');
    // Issuers are listed in the page, under their pinyin initials, with Chinese labels.
    await expect(page.locator('label[for="picker-ga"]').textContent()).resolves.toBe('发布机关');
    expect(await page.locator('#picker-ga optgroup').count()).toBeGreaterThan(1);
    await choose('a', 'rizhao-polytechnic-2017');
    // The parent is proposed as the other side (its issuer's documents loaded for it).
    await expect.poll(() => page.inputValue('#picker-b')).toBe('ccp-accountability-2016');
    expect(await page.inputValue('#picker-gb')).toBe(groupOf('ccp-accountability-2016'));
    await page.selectOption('#picker-pa', 'art-4');
    await page.selectOption('#picker-pb', 'art-5');
    await expect(page.locator('#picker-url a').textContent()).resolves.toContain('/compare/?a=rizhao-polytechnic-2017&pa=art-4&b=ccp-accountability-2016&pb=art-5');
    await Promise.all([page.waitForURL(/\/compare\/\?/), page.click('#compare-picker button[type="submit"]')]);
    expect(new URL(page.url()).search).toBe('?a=rizhao-polytechnic-2017&pa=art-4&b=ccp-accountability-2016&pb=art-5');
    await page.waitForSelector('#picker-result .compare-row');
    // The URL alone restores the choice (it can be sent to a colleague).
    expect(await page.inputValue('#picker-pa')).toBe('art-4');
    await expect(page.locator('#picker-result .compare-local .num').textContent()).resolves.toBe('第四条');
    await expect(page.locator('#picker-result .compare-base .num').textContent()).resolves.toBe('第五条');
    expect(await page.locator('#picker-result .compare-local ins').textContent()).toBe('［增］坚持');
    sideBySide(await cells('#picker-result .compare-row:not(.compare-colheads)'));
  });

  it('matches the closest provision when only one is chosen', async () => {
    await page.goto(`${siteUrl()}/compare/?a=rizhao-polytechnic-2017&pa=art-6&b=ccp-accountability-2016`);
    await page.waitForSelector('#picker-result .compare-row');
    await expect(page.locator('#picker-result .compare-base .num').textContent()).resolves.toBe('第七条');
    const ins = (await page.locator('#picker-result .compare-local ins').allTextContents()).join('');
    expect(ins).toContain('提醒');
    expect(ins).toContain('函询');
  });

  it('sends a measure and its parent to their pre-rendered page', async () => {
    await page.goto(`${siteUrl()}/compare/`);
    await page.waitForSelector('#compare-picker[data-ready="true"]');
    await choose('a', 'rizhao-polytechnic-2017');
    await expect.poll(() => page.inputValue('#picker-b')).toBe('ccp-accountability-2016');
    await expect.poll(() => page.locator('#picker-url a').textContent()).toContain(PAIR);
    await Promise.all([page.waitForURL(`**${PAIR}`), page.click('#compare-picker button[type="submit"]')]);
    expect(await page.locator('article.compare[data-local="rizhao-polytechnic-2017"]').count()).toBe(1);
  });

  it('compares any two documents in the browser from their two data files: Rizhao vs Weifang', async () => {
    await page.goto(`${siteUrl()}/compare/`);
    await page.waitForSelector('#compare-picker[data-ready="true"]');
    await choose('a', 'rizhao-polytechnic-2017');
    await expect.poll(() => page.inputValue('#picker-b')).toBe('ccp-accountability-2016');
    await choose('b', 'weifang-school-safety-2011');
    await expect(page.locator('#picker-url a').textContent()).resolves.toContain(ANY);
    const requests: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/compare/data')) requests.push(u.pathname);
    });
    await Promise.all([page.waitForURL(`**${ANY}`), page.click('#compare-picker button[type="submit"]')]);
    await page.waitForSelector('#compare-result[data-ready="true"]');
    page.removeAllListeners('request');
    // Only the two documents' files and their issuers' groups: never the whole corpus.
    expect(requests.sort()).toEqual(
      [
        `/compare/data/group/${groupOf('rizhao-polytechnic-2017')}.json`,
        `/compare/data/group/${groupOf('weifang-school-safety-2011')}.json`,
        '/compare/data/rizhao-polytechnic-2017.json',
        '/compare/data/weifang-school-safety-2011.json',
      ].sort(),
    );
    // The same page as a pre-rendered comparison: one h1, summary, two aligned columns.
    expect(await page.locator('h1').count()).toBe(1);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^对照：.*日照.* 与 .*潍坊/);
    expect(await page.title()).toContain('对照：');
    await expect(page.locator('.compare-summary').textContent()).resolves.toMatch(/本文件共\s*8\s*条/);
    const rows = page.locator('article.compare .compare-row:not(.compare-colheads)');
    expect(await rows.count()).toBeGreaterThan(8);
    await expect(page.locator('#row-art-6 .compare-local .num').textContent()).resolves.toBe('第六条');
    expect(await page.locator('#row-art-6 .compare-base .num').count()).toBeGreaterThan(0);
    sideBySide(await cells('#row-art-6'));
    // The picker stays below, set to the pair shown (issuers too).
    expect(await page.inputValue('#picker-ga')).toBe(groupOf('rizhao-polytechnic-2017'));
    expect(await page.inputValue('#picker-a')).toBe('rizhao-polytechnic-2017');
    expect(await page.inputValue('#picker-b')).toBe('weifang-school-safety-2011');
  });

  it('a browser comparison prints like a pre-rendered one, with its own URL on the sheet', async () => {
    await page.goto(`${siteUrl()}${ANY}`);
    await page.waitForSelector('#compare-result[data-ready="true"]');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('#compare-picker').isVisible()).toBe(false);
      expect(await page.locator('#picker-h').isVisible()).toBe(false);
      await expect(page.locator('.print-url').textContent()).resolves.toContain(ANY);
      sideBySide(await cells('#row-art-6'));
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('a pre-rendered page links back to the picker, set to its pair', async () => {
    await page.goto(`${siteUrl()}${PAIR}`);
    await Promise.all([page.waitForURL(/\/compare\/\?a=/), page.click('a:text("换一组比较")')]);
    await page.waitForSelector('#compare-picker[data-ready="true"]');
    expect(await page.inputValue('#picker-a')).toBe('rizhao-polytechnic-2017');
    expect(await page.inputValue('#picker-b')).toBe('ccp-accountability-2016');
  });

  it('says so when a document in the URL does not exist', async () => {
    await page.goto(`${siteUrl()}/compare/?a=rizhao-polytechnic-2017&b=no-such-document`);
    await page.waitForSelector('#compare-picker[data-ready="true"]');
    await expect(page.locator('#compare-result').textContent()).resolves.toContain('网址中的文件不存在');
    expect(await page.locator('h1').textContent()).toBe('比较');
  });
});

describe('accessibility', () => {
  const axe = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  const violations = () =>
    page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'best-practice'],
      });
      return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });

  it('the pair page, a browser comparison and the picker result have no axe violations', async () => {
    await page.goto(`${siteUrl()}${PAIR}`);
    await page.addScriptTag({ content: axe });
    expect(await violations()).toEqual([]);
    await page.goto(`${siteUrl()}${ANY}`);
    await page.waitForSelector('#compare-result[data-ready="true"]');
    await page.addScriptTag({ content: axe });
    expect(await violations()).toEqual([]);
    await page.goto(`${siteUrl()}/compare/?a=rizhao-polytechnic-2017&pa=art-6&b=ccp-accountability-2016`);
    await page.waitForSelector('#picker-result .compare-row');
    await page.addScriptTag({ content: axe });
    expect(await violations()).toEqual([]);
  });
});
