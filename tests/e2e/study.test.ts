/**
 * The trainer's study sheet in Chromium: build a sheet from two documents with
 * the 加入学习材料 buttons, order it with the keyboard, title and annotate it,
 * reload its URL in a fresh browser and see the same sheet, print it on A4,
 * export it to Word, and decode a QR code back to the provision's link.
 */
import jsQR from 'jsqr';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './harness.ts';
import { siteUrl } from './site.ts';

let browser: Browser;
let page: Page;
const errors: string[] = [];
let sheetUrl = '';

const RIZHAO = '《日照职业技术学院党建工作问责（暂行）办法》第六条';
const CCP = '《中国共产党问责条例》第七条';

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
});

const headings = (p: Page) => p.locator('#study-items > li .study-item-h').allInnerTexts();

describe('a trainer builds a study sheet', () => {
  it('adds an article from each of two documents', async () => {
    await page.goto(`${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`);
    const add = page.locator('#art-6 button.study-add');
    await expect.poll(() => add.isVisible()).toBe(true);
    await add.click();
    await expect.poll(() => add.innerText()).toBe('已加入学习材料');
    await page.goto(`${siteUrl()}/regulations/ccp-accountability-2016/#art-7`);
    await page.locator('#art-7 button.study-add').click();
    await expect.poll(() => page.locator('#study-link').innerText()).toBe('学习材料（2条）');
    await page.locator('#study-link a').click();
    await page.waitForSelector('#study[data-ready="2"]');
    expect(await headings(page)).toEqual([`1. ${RIZHAO}`, `2. ${CCP}`].map((h) => h.replace(/^\d+\. /, '')));
    // the texts come from the JSON exports: the whole article, 款 and 项
    const first = await page.locator('#study-items > li').first().innerText();
    expect(first).toContain('第六条　问责方式');
    expect(first).toContain('（四）诫勉。对失职失责、情节较轻的，以谈话或者书面方式进行诫勉。');
    expect(first).toContain(`原文链接：${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`);
  });

  it('orders, titles and annotates it with the keyboard', async () => {
    const up = page.locator('#study-items > li').nth(1).locator('button[data-act="up"]');
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => headings(page)).toEqual([CCP, RIZHAO]);
    // focus follows the moved item: it is first now, so its 上移 is disabled and focus is on its next button
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.key)).toBe('ccp-accountability-2016#art-7');
    await page.locator('#study-title').fill('问责专题：上位规定与学校办法');
    await page.locator('#study-h-0').fill('上位规定：问责方式');
    await page.locator('#study-n-1').fill('对照上位规定，注意新增的“提醒、函询”。');
    expect(await headings(page)).toEqual(['上位规定：问责方式', RIZHAO]);
    expect(await page.locator('#study-h').innerText()).toBe('问责专题：上位规定与学校办法');
    sheetUrl = page.url();
    const params = new URL(sheetUrl).searchParams;
    expect(params.get('items')).toBe('ccp-accountability-2016#art-7,rizhao-polytechnic-2017#art-6');
    expect(params.get('n.1')).toBe('对照上位规定，注意新增的“提醒、函询”。');
  });

  it('is the same sheet when its URL is opened in a fresh browser', async () => {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(sheetUrl);
    await other.waitForSelector('#study[data-ready="2"]');
    expect(await headings(other)).toEqual(['上位规定：问责方式', RIZHAO]);
    expect(await other.locator('#study-h').innerText()).toBe('问责专题：上位规定与学校办法');
    expect(await other.locator('#study-items > li').nth(0).locator('.study-citation').innerText()).toBe(CCP);
    expect(await other.locator('#study-items > li').nth(1).locator('.study-note').innerText()).toBe('备注：对照上位规定，注意新增的“提醒、函询”。');
    expect(await other.locator('#study-title').inputValue()).toBe('问责专题：上位规定与学校办法');
    await fresh.close();
  });

  it('prints on A4 without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.study-edit').first().isVisible()).toBe(false);
    expect(await page.locator('#study-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.study-qr').first().isVisible()).toBe(true);
    // the QR code is printed 30 mm wide (113 CSS px), beside the text
    const box = await page.locator('.study-qr').first().boundingBox();
    expect(Math.round(box!.width)).toBe(113);
    const text = await page.locator('#study-items > li').first().locator('.study-text').boundingBox();
    expect(box!.x).toBeGreaterThan(text!.x + text!.width - 1);
    await page.emulateMedia({ media: 'screen' });
    const pdf = (await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true })).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    // A4 is 595.3 × 841.9 pt; Chromium rounds the page to whole CSS pixels (595.92 × 842.88)
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(h! - 841.9)).toBeLessThan(1.5);
    }
  });

  it('has QR codes that decode to the permanent links', async () => {
    const decoded: string[] = [];
    for (const img of await page.locator('img.study-qr').all()) {
      const { data, width, height } = await img.evaluate((el: HTMLImageElement) => {
        const c = document.createElement('canvas');
        c.width = el.naturalWidth;
        c.height = el.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(el, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height);
        return { data: Array.from(d.data), width: d.width, height: d.height };
      });
      decoded.push(jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? '(unreadable)');
    }
    expect(decoded).toEqual([`${siteUrl()}/regulations/ccp-accountability-2016/#art-7`, `${siteUrl()}/regulations/rizhao-polytechnic-2017/#art-6`]);
  });

  it('exports to Word with the items in order, their links and notes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#study-docx').click()]);
    expect(download.suggestedFilename()).toBe('问责专题：上位规定与学校办法.docx');
    const bytes = readFileSync((await download.path())!);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    const order = ['问责专题：上位规定与学校办法', '1. 上位规定：问责方式', CCP, '诫勉。对失职失责、情节较轻的', `${siteUrl()}/regulations/ccp-accountability-2016/#art-7`, `2. ${RIZHAO}`, '第六条　问责方式', '对照上位规定，注意新增的“提醒、函询”。'];
    let at = 0;
    for (const s of order) {
      const i = value.indexOf(s, at);
      expect(i, s).toBeGreaterThanOrEqual(at);
      at = i;
    }
    // the QR codes are in the file as images
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html.match(/<img [^>]*src="data:image\/png;base64,/g)).toHaveLength(2);
  });

  it('removes an item and says so, and had no console errors', async () => {
    await page.locator('#study-items > li').first().locator('button[data-act="remove"]').click();
    await expect.poll(() => headings(page)).toEqual([RIZHAO]);
    await expect.poll(() => page.locator('#study-status').innerText()).toBe('已移除第1条，余1条');
    expect(new URL(page.url()).searchParams.get('items')).toBe('rizhao-polytechnic-2017#art-6');
    expect(errors).toEqual([]);
  });

  it('shows no 加入学习材料 button without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${siteUrl()}/regulations/rizhao-polytechnic-2017/`);
    expect(await p.locator('button.study-add').count()).toBeGreaterThan(5);
    expect(await p.locator('button.study-add').first().isVisible()).toBe(false);
    await p.goto(`${siteUrl()}/study/`);
    expect(await p.locator('noscript').count()).toBe(1);
    expect(await p.locator('#study-toolbar').isVisible()).toBe(false);
    expect(await p.locator('#study-print').isVisible()).toBe(false);
    await noJs.close();
  });
});
