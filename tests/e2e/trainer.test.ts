/**
 * The trainer's job in a real browser: a deep link from study materials lands
 * on the exact provision, and 复制引用 puts the formal citation and the URL on
 * the clipboard.
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

describe('a trainer', () => {
  it('opens a deep link and lands on that provision (目 inside 项 inside 款)', async () => {
    await page.goto(`${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-5-para-1-item-1-sub-2`);
    expect(await inViewport('art-5-para-1-item-1-sub-2')).toBe(true);
    await expect(page.locator('#art-5-para-1-item-1-sub-2').innerText()).resolves.toMatch(/学习制度不落实/);
    // the article at the top of the document is not what the reader sees
    expect(await inViewport('art-1')).toBe(false);
  });

  it('copies the formal citation of 第六条 with its URL', async () => {
    await page.goto(`${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`);
    await page.locator('#art-6 button.cite').first().click();
    await expect.poll(() => page.locator('#cite-status').innerText()).toMatch(/已复制/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // built without TIAOWEN_SITE: the link is the address the page is actually served from
    expect(copied).toBe(`《日照职业技术学院党建工作问责（暂行）办法》第六条 ${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`);
  });

  it('has a visible permalink on the article heading', async () => {
    const href = await page.locator('#art-6 a.permalink').first().getAttribute('href');
    expect(href).toBe('#art-6');
    expect(await page.locator('#art-6 a.permalink').first().isVisible()).toBe(true);
  });
});
