/**
 * A long document page lays out only the articles near the screen while it
 * loads, then renders the others a few per task (README "Quality bar":
 * `content-visibility: auto`, src/scripts/lazy-render.ts), and the reader
 * loses nothing by it: a deep link lands on its article and stays there, the
 * provision tools of an article far down the page work from the keyboard,
 * assistive technology is given every article, and print shows every article
 * even before they are all rendered. The page: the 2016 条例 (13 articles,
 * each with a long 解读).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { clipboardPage, launchBrowser } from './harness.ts';
import { siteUrl } from './site.ts';
import { allRendered as allRenderedOn, settle as settleOn, stalledPage as stalledPageIn } from './render-steps.ts';

const settle = () => settleOn(page);
const allRendered = () => allRenderedOn(page);
const stalledPage = () => stalledPageIn(context);

const DOC = '/regulations/ccp-accountability-2016/';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await clipboardPage(browser, siteUrl()));
});
afterAll(async () => {
  await browser?.close();
});

/** The element's top relative to the viewport, px. */
const top = (selector: string) => page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().top ?? null, selector);

describe('a long document page', () => {
  it('skips the articles off screen while loading, then renders every one', async () => {
    const stalled = await stalledPage();
    await stalled.goto(`${siteUrl()}${DOC}`);
    await stalled.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 300))));
    const shown = (p: Page, s: string) => p.evaluate((sel) => document.querySelector(sel)!.checkVisibility({ contentVisibilityAuto: true }), s);
    expect(await shown(stalled, '#art-1 p.para')).toBe(true);
    expect(await shown(stalled, '#art-12 p.para')).toBe(false);
    await stalled.locator('#art-12').scrollIntoViewIfNeeded();
    await stalled.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 300))));
    expect(await shown(stalled, '#art-12 p.para')).toBe(true);
    await stalled.close();

    await page.goto(`${siteUrl()}${DOC}`);
    await allRendered();
    const all = await page.evaluate(() => [...document.querySelectorAll('article.document p.para')].map((p) => p.checkVisibility({ contentVisibilityAuto: true })));
    expect(all.length).toBeGreaterThan(20);
    expect(all.every(Boolean)).toBe(true);
  });

  it('lands a deep link on its article and keeps it there', async () => {
    for (const anchor of ['art-10', 'art-7', 'art-11-para-1']) {
      await page.goto(`${siteUrl()}/about/`);
      await page.goto(`${siteUrl()}${DOC}#${anchor}`);
      const at = await top(`#${anchor}`);
      // scroll-margin-top: 1rem
      expect(at, anchor).not.toBeNull();
      expect(at!, anchor).toBeGreaterThanOrEqual(0);
      expect(at!, anchor).toBeLessThan(40);
      // the articles above it, rendered after load, take their real height without moving it
      await allRendered();
      await settle();
      // (scroll anchoring keeps it in place to within a pixel's fraction)
      const after = await top(`#${anchor}`);
      expect(Math.abs(after! - at!), `${anchor} once every article is rendered: ${at} → ${after}`).toBeLessThan(2);
    }
  });

  it('copies the citation of an article far down from the keyboard, and adds it to the study sheet', async () => {
    await page.goto(`${siteUrl()}${DOC}`);
    await page.locator('#main').focus();
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('#art-12 button.cite') ?? false);
    }
    expect(reached, 'Tab reaches 复制引用 of 第十二条').toBe(true);
    await settle();
    // focus brought it on screen and rendered it
    const at = await top('#art-12 button.cite');
    expect(at!).toBeGreaterThanOrEqual(0);
    expect(at!).toBeLessThan(800);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`《中国共产党问责条例》第十二条 ${siteUrl()}${DOC}#art-12`);
    await expect.poll(() => page.locator('#cite-status').innerText()).toMatch(/^已复制：《中国共产党问责条例》第十二条/);
    // on to 分享链接, then 加入学习材料
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('#art-12 button.share'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('#art-12 button.study-add'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#art-12 button.study-add').innerText()).toBe('已加入学习材料');
    expect(await page.locator('#art-12 button.study-add').getAttribute('aria-label')).toBe('已加入学习材料：第十二条');
    await expect.poll(() => page.locator('#cite-status').innerText()).toBe('已加入学习材料（共1条）');
    expect(await page.locator('#study-link .study-count').innerText()).toBe('1');
    // a reload shows the article as added, wherever it is on the page
    await page.reload();
    await allRendered();
    expect(await page.locator('#art-12 button.study-add').innerText()).toBe('已加入学习材料');
    expect(await page.locator('#art-1 button.study-add').innerText()).toBe('加入学习材料');
    await page.evaluate(() => localStorage.clear());
  });

  it('gives assistive technology every article once the page has loaded', async () => {
    await page.goto(`${siteUrl()}${DOC}`);
    await allRendered();
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; name?: { value?: string }; role?: { value?: string } }[] };
    const named = (role: string, name: string) => nodes.some((n) => !n.ignored && n.role?.value === role && n.name?.value === name);
    expect(named('button', '复制引用：第十三条')).toBe(true);
    expect(named('button', '复制分享链接：第十三条')).toBe(true);
    expect(named('button', '加入学习材料：第十三条')).toBe(true);
    expect(nodes.some((n) => !n.ignored && (n.name?.value ?? '').includes('本条例自2016年7月8日起施行'))).toBe(true);
    await cdp.detach();
  });

  it('prints every article, even those not rendered yet', async () => {
    const stalled = await stalledPage();
    await stalled.goto(`${siteUrl()}${DOC}`);
    await stalled.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 300))));
    const shown = () => stalled.evaluate(() => [...document.querySelectorAll('article.document p.para')].map((p) => p.checkVisibility({ contentVisibilityAuto: true })));
    expect((await shown()).every(Boolean)).toBe(false);
    await stalled.emulateMedia({ media: 'print' });
    const all = await shown();
    expect(all.length).toBeGreaterThan(20);
    expect(all.every(Boolean)).toBe(true);
    await stalled.close();
  });
});
