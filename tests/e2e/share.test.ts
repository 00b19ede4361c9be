/**
 * Share pages in a real browser (README "Share pages"): a reader who opens a
 * shared provision link lands on the article's anchor on the document page
 * (and Back does not return to the share page); 分享链接 copies the share
 * page's address; without JavaScript the share page shows the provision and
 * its 查看全文 link, and the document page shows no 分享链接 button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { clipboardPage, inViewport as pageInViewport, launchBrowser } from './harness.ts';
import { siteUrl } from './site.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await clipboardPage(browser, siteUrl()));
});
afterAll(async () => {
  await browser?.close();
});

const inViewport = (id: string) => pageInViewport(page, id);

describe('a shared provision link', () => {
  it('lands on the article on the document page, for every article of a document', async () => {
    for (let n = 1; n <= 8; n++) {
      await page.goto(`${siteUrl()}/regulations/rizhao-polytechnic-2017/art-${n}/`);
      await page.waitForURL(`${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-${n}`);
      await page.locator(`#art-${n}`).waitFor();
      expect(await page.title()).toBe('日照职院党建工作问责办法 · 条文'); // the document page's, not the share page's
      // the last articles are near the bottom: the page cannot scroll them to the top, but they are in view
      expect(await inViewport(`art-${n}`), `art-${n}`).toBe(true);
    }
  });

  it('leaves no share page in the history (Back goes to the page before)', async () => {
    await page.goto(`${siteUrl()}/about/`);
    await page.goto(`${siteUrl()}/regulations/ccp-accountability-2016/art-7/`);
    await page.waitForURL(`${siteUrl()}/regulations/ccp-accountability-2016/#art-7`);
    await page.goBack();
    expect(page.url()).toBe(`${siteUrl()}/about/`);
  });

  it('is what 分享链接 copies; 复制引用 still copies the anchor link', async () => {
    await page.goto(`${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`);
    const share = page.locator('#art-6 button.share').first();
    expect(await share.isVisible()).toBe(true);
    expect(await share.getAttribute('aria-label')).toBe('复制分享链接：第六条 问责方式');
    await share.click();
    await expect.poll(() => page.locator('#cite-status').innerText()).toMatch(/已复制分享链接/);
    // built without TIAOWEN_SITE: the address the page is actually served from
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}/regulations/rizhao-polytechnic-2017/art-6/`);
    await page.locator('#art-6 button.cite').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      `《日照职业技术学院党建工作问责（暂行）办法》第六条 ${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`,
    );
  });

  it('without JavaScript shows the provision and 查看全文, and the document page shows no 分享链接', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${siteUrl()}/regulations/rizhao-polytechnic-2017/art-6/`);
    expect(p.url()).toBe(`${siteUrl()}/regulations/rizhao-polytechnic-2017/art-6/`);
    expect(await p.locator('h1').innerText()).toBe('《日照职业技术学院党建工作问责（暂行）办法》第六条');
    expect(await p.locator('main').innerText()).toContain('对干部、党员个人的问责方式包括：');
    await p.getByRole('link', { name: '查看全文' }).click();
    await p.waitForURL(`${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`);
    expect(await p.locator('button.share').count()).toBeGreaterThan(5);
    expect(await p.locator('button.share').first().isVisible()).toBe(false);
    await noJs.close();
  });
});
