/**
 * The draft check as a drafter uses it: paste a draft, read the coverage and
 * the diagnostics, call window.tiaowenDraft, open a .docx, download the Word
 * 对照表 and open it (mammoth): two columns, the marks, the text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { Document, Packer, Paragraph } from 'docx';
import { launchBrowser } from './harness.ts';
import { siteUrl } from './site.ts';

const DRAFT = readFileSync(join(import.meta.dirname, '../fixtures/draft/college-accountability-draft.txt'), 'utf8');
const TMP = mkdtempSync(join(tmpdir(), 'tiaowen-draft-'));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(`${siteUrl()}/draft/`);
});
afterAll(async () => {
  await browser?.close();
});

async function paste(text: string): Promise<void> {
  await page.getByLabel('草稿文本').fill(text);
  await page.getByRole('button', { name: '检查' }).click();
  await page.locator('#draft-result:not([hidden])').waitFor();
  await expect.poll(() => page.locator('#draft-status').textContent(), { timeout: 20_000 }).toContain('已检查');
}

describe('draft check', () => {
  it('loads nothing heavy until the drafter acts: the checker and the parent data come on focus, or with tiaowenDraft', async () => {
    const fresh = await browser.newPage();
    try {
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
      // The page's module scripts have run by the load event; what they fetched has been requested by then.
      await fresh.goto(`${siteUrl()}/draft/`, { waitUntil: 'load' });
      await fresh.waitForLoadState('networkidle');
      const heavy = (u: string) => /\/draft\/parents\/|\/_astro\/draft-check\./.test(u);
      expect(requests.filter(heavy)).toEqual([]);
      await fresh.getByLabel('草稿文本').focus();
      await expect.poll(() => requests.filter(heavy).length, { timeout: 20_000 }).toBe(2);
      expect(requests).toContain('/draft/parents/ccp-accountability-2016.json');
      // window.tiaowenDraft on a page where nothing was touched loads what it needs itself.
      const other = await browser.newPage();
      try {
        await other.goto(`${siteUrl()}/draft/`, { waitUntil: 'networkidle' });
        const r = await other.evaluate((text) => window.tiaowenDraft(text), DRAFT);
        expect(r.articles.map((a) => a.anchor)).toEqual(['art-1', 'art-2', 'art-3', 'art-4', 'art-6', 'art-7', 'art-8', 'art-9']);
      } finally {
        await other.close();
      }
    } finally {
      await fresh.close();
    }
  });

  it('shows, for a pasted draft, the coverage both ways', async () => {
    await paste(DRAFT);
    expect(await page.locator('#draft-parent').inputValue()).toBe('ccp-accountability-2016');
    const uncovered = await page.locator('#draft-uncovered li').evaluateAll((els) => els.map((e) => [e.getAttribute('data-anchor'), e.textContent]));
    // 第十条 终身问责 is not taken up by the draft; 第七条 问责方式 is (draft 第六条).
    expect(uncovered).toContainEqual(['art-10', expect.stringContaining('第十条')]);
    expect(uncovered.map(([a]) => a)).not.toContain('art-7');
    const unbased = await page.locator('#draft-unbased li').evaluateAll((els) => els.map((e) => e.getAttribute('data-anchor')));
    // 第七条 (an appraisal of the branches) has no basis in the parent.
    expect(unbased).toEqual(['art-7']);
  });

  it('shows the converter diagnostics against the line', async () => {
    // The draft skips 第五条: line 9 (第六条) carries the numbering warning, in the tree at that provision.
    const diag = page.locator('#draft-tree li#art-6 > .draft-diag');
    await expect.poll(() => diag.count()).toBe(1);
    expect(await diag.textContent()).toMatch(/第 9 行.*第六条.*numbering skips to 第六条/);
    expect(await page.locator('#draft-diagnostics').textContent()).toContain('第 9 行');
  });

  it('lists the suggested links with relation and evidence, and window.tiaowenDraft returns the same', async () => {
    const rows = await page.locator('#draft-links-table tbody tr').evaluateAll((els) => els.map((e) => [e.getAttribute('data-from'), e.getAttribute('data-to'), e.getAttribute('data-relation')]));
    const r = await page.evaluate((text) => window.tiaowenDraft(text, { parent: 'ccp-accountability-2016' }), DRAFT);
    expect(r.links.map((l) => [l.from, l.to, l.relation])).toEqual(rows);
    expect(r.links).toContainEqual(expect.objectContaining({ from: 'art-6', to: 'art-7', relation: expect.stringMatching(/restates|implements/), score: expect.any(Number) }));
    expect(r.links).toContainEqual(expect.objectContaining({ from: 'art-3', to: 'art-3', relation: 'restates' }));
    expect(r.uncovered).toContain('art-10');
    expect(r.articles.map((a) => a.anchor)).toEqual(['art-1', 'art-2', 'art-3', 'art-4', 'art-6', 'art-7', 'art-8', 'art-9']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 9, ruleId: 'numbering' }));
    const row = page.locator('#draft-links-table tr[data-from="art-6"][data-to="art-7"]');
    expect(await row.textContent()).toContain('问责方式');
  });

  it('shows the aligned comparison with the character diff', async () => {
    const row = page.locator('#draft-compare #row-art-6');
    expect(await row.locator('.compare-local ins').count()).toBeGreaterThan(0);
    expect(await row.locator('.compare-base del').count()).toBeGreaterThan(0);
    expect(await row.locator('.compare-local').textContent()).toContain('提醒、函询');
    expect(await page.locator('#draft-compare #base-art-10').textContent()).toContain('终身问责');
  });

  it('downloads a Word 对照表 with two columns, bold+underlined additions and struck deletions', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 对照表' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = join(TMP, 'draft.docx');
    await download.saveAs(path);
    const html = (await mammoth.convertToHtml({ path }, { styleMap: ['u => u'] })).value;
    expect(html).toContain('对照表');
    const rows = html.match(/<tr>.*?<\/tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(8);
    expect(rows[0]!.match(/<th>/g)).toHaveLength(2);
    for (const r of rows.slice(1)) expect(r.match(/<td>/g)).toHaveLength(2);
    expect(rows[0]).toContain('本文件：草稿');
    expect(rows[0]).toContain('上位规定：');
    const art6 = rows.find((r) => r.startsWith('<tr><td><p><strong>第六条　</strong>'))!;
    expect(art6).toBeDefined();
    expect(art6).toMatch(/<strong><u>[^<]*提醒[^<]*<\/u><\/strong>/);
    expect(art6).toMatch(/<s>[^<]+<\/s>/);
    expect(art6).toContain('第七条');
    expect(html).toContain('实行终身问责');
  });

  it('has no serious or critical axe violation with the results shown', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('shows markup in a draft as text, never as markup', async () => {
    await paste('某某办法\n第一条 <img id="evil" src="x" onerror="window.__evil=1">为了落实《中国共产党问责条例》，制定本办法。\n第二条 本办法自印发之日起施行。');
    expect(await page.locator('#evil').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __evil?: number }).__evil)).toBeUndefined();
    expect(await page.locator('#draft-tree').textContent()).toContain('<img id="evil"');
    await paste(DRAFT);
  });

  it('opens a .docx draft in the page (nothing uploaded)', async () => {
    const doc = new Document({ sections: [{ children: DRAFT.trim().split('\n').map((l) => new Paragraph(l)) }] });
    const path = join(TMP, 'draft-in.docx');
    writeFileSync(path, await Packer.toBuffer(doc));
    await page.getByLabel('草稿文本').fill('');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByLabel('打开文件（.txt 或 .docx）').setInputFiles(path);
    await expect.poll(() => page.getByLabel('草稿文本').inputValue(), { timeout: 20_000 }).toContain('第六条　对基层党组织的问责方式包括');
    await expect.poll(() => page.locator('#draft-status').textContent(), { timeout: 20_000 }).toContain('已检查：8 条');
    expect(requests.filter((u) => !/\/_astro\//.test(u))).toEqual([]);
  });
});
