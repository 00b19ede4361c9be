/**
 * 下载 Word on the compare views and the implementations pages, as a drafter
 * clicks it: the static .docx of a measure–parent pair, the one the browser
 * writes for any two documents, and an implementations page with its links
 * from the parent's 下位落实 box and the crosswalk matrix.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { launchBrowser } from './harness.ts';
import { siteUrl } from './site.ts';

const TMP = mkdtempSync(join(tmpdir(), 'tiaowen-word-'));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

async function wordHtml(path: string): Promise<{ html: string; rows: string[] }> {
  const html = (await mammoth.convertToHtml({ path }, { styleMap: ['u => u'] })).value;
  return { html, rows: html.match(/<tr>.*?<\/tr>/g) ?? [] };
}

function twoColumns(rows: string[]): void {
  expect(rows[0]!.match(/<th>/g)).toHaveLength(2);
  for (const r of rows.slice(1)) expect(r.match(/<td>/g)).toHaveLength(2);
}

describe('Word export', () => {
  it('a measure–parent compare page links its static comparison.docx', async () => {
    await page.goto(`${siteUrl()}/compare/rizhao-polytechnic-2017/ccp-accountability-2016/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Word 对照表' }).click()]);
    expect(download.url()).toMatch(/\/compare\/rizhao-polytechnic-2017\/ccp-accountability-2016\/comparison\.docx$/);
    const path = join(TMP, 'pair.docx');
    await download.saveAs(path);
    const { html, rows } = await wordHtml(path);
    expect(html).toContain('对照表');
    expect(html).toMatch(/文件日期：\d{4}年\d{1,2}月\d{1,2}日/);
    twoColumns(rows);
    const rowsOnPage = await page.locator('.compare-rows .compare-row:not(.compare-colheads)').count();
    expect(rows.length - 1).toBe(rowsOnPage);
    const art6 = rows.find((r) => r.startsWith('<tr><td><p><strong>第六条'))!;
    expect(art6).toMatch(/<strong><u>提醒。对苗头性倾向性问题[^<]*<\/u><\/strong>/);
    expect(art6).toContain('<strong><u>（二）函询。');
    expect(art6).toMatch(/<s>[^<]+<\/s>/);
    expect(art6).toContain('第七条');
  });

  it('any two documents compared in the browser: the .docx is written there', async () => {
    await page.goto(`${siteUrl()}/compare/?a=rizhao-polytechnic-2017&b=weifang-school-safety-2011`);
    await page.locator('#compare-result[data-ready="true"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 对照表' }).click()]);
    const path = join(TMP, 'any.docx');
    await download.saveAs(path);
    const { rows } = await wordHtml(path);
    twoColumns(rows);
    expect(rows[0]).toContain('对方文件');
    expect(rows.length - 1).toBe(await page.locator('.compare-rows .compare-row:not(.compare-colheads)').count());
  });

  it('two provisions compared with the picker: one row, written in the browser', async () => {
    await page.goto(`${siteUrl()}/compare/?a=rizhao-polytechnic-2017&b=ccp-accountability-2016&pa=art-6&pb=art-7`);
    await page.locator('#picker-result[data-ready="true"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#picker-result').getByRole('button', { name: '下载 Word 对照表' }).click()]);
    const path = join(TMP, 'provisions.docx');
    await download.saveAs(path);
    const { rows } = await wordHtml(path);
    twoColumns(rows);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/<strong><u>[^<]*提醒/);
    expect(rows[1]).toMatch(/<s>[^<]+<\/s>/);
  });

  it('the parent’s 下位落实 box leads to how every locality implemented the article', async () => {
    await page.goto(`${siteUrl()}/regulations/ccp-accountability-2016/`);
    await page.locator('#art-7').getByRole('link', { name: '各地落实对照' }).click();
    await page.waitForURL(/\/implementations\/ccp-accountability-2016\/art-7\/$/);
    expect(await page.locator('h1').textContent()).toContain('第七条');
    const groups = await page.locator('.impl-group h2').allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => /^(重申|细化|相关)（\d+ 条）$/.test(g))).toBe(true);
    // 提醒, added by Rizhao's 第六条, links to that provision on this page, which shows it inserted.
    const tixing = page.locator('#impl-added li[data-phrase="提醒"]');
    const target = await tixing.getByRole('link', { name: /日照/ }).getAttribute('href');
    expect(target).toBe('#impl-rizhao-polytechnic-2017-art-6');
    expect(await page.locator(`${target} .compare-local ins`).allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('提醒')]));
    expect(await page.locator(`${target} .compare-base del`).count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Word 对照表' }).click()]);
    const path = join(TMP, 'impl.docx');
    await download.saveAs(path);
    const { rows } = await wordHtml(path);
    twoColumns(rows);
    expect(rows.length - 1).toBe(await page.locator('.impl-item').count());
  });

  it('the crosswalk matrix links each implemented parent article to its page', async () => {
    await page.goto(`${siteUrl()}/crosswalk/`);
    const href = await page.getByRole('link', { name: '第七条各地落实情况' }).first().getAttribute('href');
    expect(href).toBe('/implementations/ccp-accountability-2016/art-7/');
  });
});
