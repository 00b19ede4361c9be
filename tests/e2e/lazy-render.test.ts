/**
 * The compare and crosswalk pages render in steps like a long document page
 * (README "Quality bar": LazyRender.astro, src/scripts/lazy-render.ts): a
 * comparison's rows and the crosswalk's coverage sections off screen are
 * skipped while the page loads, then rendered a few per task. The reader
 * loses nothing by it: every row and section is shown and given to assistive
 * technology once the page has loaded, a deep link lands on its row and stays
 * there, and print shows everything even before the steps are done.
 * (tests/e2e/long-document.test.ts checks the same on a document page.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './harness.ts';
import { siteUrl } from './site.ts';
import { allRendered, settle, stalledPage as stalledPageIn } from './render-steps.ts';

const COMPARE = '/compare/rizhao-polytechnic-2017/ccp-accountability-2016/';
const CROSSWALK = '/crosswalk/';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // a phone's screen, as Lighthouse measures: most of each page is off screen
  context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether each element matching `selector` is rendered (not skipped by content-visibility). */
const shown = (p: Page, selector: string) =>
  p.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.checkVisibility({ contentVisibilityAuto: true })), selector);

const stalledPage = () => stalledPageIn(context);

/** The accessibility tree's unignored names. */
async function axNames(p: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(p);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; name?: { value?: string } }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
}

describe('a comparison page renders its rows in steps', () => {
  const ROW_TEXT = '.compare-rows > .compare-row:not(.compare-colheads) .compare-text';

  it('skips the rows off screen while loading, then shows and gives every row to assistive technology', async () => {
    const stalled = await stalledPage();
    await stalled.goto(`${siteUrl()}${COMPARE}`);
    await settle(stalled);
    const before = await shown(stalled, ROW_TEXT);
    expect(before.length).toBeGreaterThan(10);
    expect(before[0], 'the first row is on screen and drawn').toBe(true);
    expect(before.at(-1), 'the last row is skipped while loading').toBe(false);
    await stalled.close();

    await page.goto(`${siteUrl()}${COMPARE}`);
    await allRendered(page);
    const after = await shown(page, ROW_TEXT);
    expect(after.length).toBe(before.length);
    expect(after.every(Boolean)).toBe(true);
    // the last row's text is in the accessibility tree
    const last = (await page.locator(ROW_TEXT).last().innerText()).trim().slice(0, 12);
    expect(last.length).toBeGreaterThan(4);
    expect((await axNames(page)).some((n) => n.includes(last))).toBe(true);
  });

  it('lands a deep link on a row far down and keeps it there', async () => {
    const ids = await page.evaluate(() => [...document.querySelectorAll('.compare-rows > .compare-row[id]')].map((e) => e.id));
    const far = ids.at(-2)!;
    expect(far).toBeTruthy();
    await page.goto(`${siteUrl()}/about/`);
    await page.goto(`${siteUrl()}${COMPARE}#${far}`);
    const top = () => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, far);
    const at = await top();
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(60);
    await allRendered(page);
    await settle(page);
    expect(Math.abs((await top()) - at), `#${far} once every row is rendered`).toBeLessThan(2);
  });

  it('prints every row, even those not rendered yet', async () => {
    const stalled = await stalledPage();
    await stalled.goto(`${siteUrl()}${COMPARE}`);
    await settle(stalled);
    expect((await shown(stalled, ROW_TEXT)).every(Boolean)).toBe(false);
    await stalled.emulateMedia({ media: 'print' });
    const all = await shown(stalled, ROW_TEXT);
    expect(all.length).toBeGreaterThan(10);
    expect(all.every(Boolean)).toBe(true);
    await stalled.close();
  });
});

describe('the crosswalk page renders its coverage sections in steps', () => {
  const SECTIONS = '#coverage > section.coverage, section#external';

  it('skips the sections below the matrix while loading, then shows and gives every one to assistive technology', async () => {
    const stalled = await stalledPage();
    await stalled.goto(`${siteUrl()}${CROSSWALK}`);
    await settle(stalled);
    // the matrix, on the first screen, is drawn; the sections far below it are not yet
    expect((await shown(stalled, 'table.crosswalk-matrix td'))[0]).toBe(true);
    const before = await shown(stalled, `${SECTIONS.split(', ').map((s) => `${s} > h3, ${s} > ul`).join(', ')}`);
    expect(before.length).toBeGreaterThan(3);
    expect(before.at(-1)).toBe(false);
    await stalled.emulateMedia({ media: 'print' });
    expect((await shown(stalled, '#coverage > section.coverage > h3')).every(Boolean), 'print shows every section').toBe(true);
    await stalled.close();

    await page.goto(`${siteUrl()}${CROSSWALK}`);
    await allRendered(page);
    expect((await shown(page, '#coverage > section.coverage > *, section#external > *')).every(Boolean)).toBe(true);
    const headings = await page.locator('#coverage > section.coverage > h3').allInnerTexts();
    expect(headings.length).toBeGreaterThan(3);
    const names = await axNames(page);
    for (const h of headings) expect(names, h).toContain(h.trim());
  });

  it('a matrix row header still leads to its coverage section, by keyboard', async () => {
    await page.goto(`${siteUrl()}${CROSSWALK}`);
    const link = page.locator('table.crosswalk-matrix tbody th a').last();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#coverage-/);
    await link.focus();
    await page.keyboard.press('Enter');
    await settle(page);
    const at = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, href.slice(1));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(60);
    expect(await shown(page, `${href} > h3`)).toEqual([true]);
  });
});

describe('a document page followed by its table of contents while it renders in steps', () => {
  it('a 目录 link clicked at once lands on its article and stays there', async () => {
    const DOC = '/regulations/ccp-accountability-2016/';
    await page.goto(`${siteUrl()}${DOC}`, { waitUntil: 'load' });
    // at once: the articles are still being rendered a few per task
    await page.locator('nav.toc a[href="#art-10"]').click();
    await settle(page);
    const top = () => page.evaluate(() => document.getElementById('art-10')!.getBoundingClientRect().top);
    const at = await top();
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(40);
    await allRendered(page);
    await settle(page);
    expect(Math.abs((await top()) - at), '#art-10 once every article is rendered').toBeLessThan(2);
  });

  // The same on a page whose steps never get their turn, so that nothing but the click renders
  // the articles: the skipped articles' placeholder heights would put the jump elsewhere.
  it('a 目录 link clicked before any step lands on its article, everything rendered first', async () => {
    const stalled = await stalledPage();
    await stalled.goto(`${siteUrl()}/regulations/ccp-accountability-2016/`, { waitUntil: 'load' });
    await settle(stalled);
    expect((await shown(stalled, '#art-12 p.para'))[0], 'the article is skipped before the click').toBe(false);
    await stalled.locator('nav.toc a[href="#art-12"]').click();
    await settle(stalled);
    const at = await stalled.evaluate(() => document.getElementById('art-12')!.getBoundingClientRect().top);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(40);
    expect(await stalled.locator('html[data-rendered="all"]').count(), 'rendered at once by the click').toBe(1);
    await stalled.close();
  });

  it('a fragment reached without a link (typed, history) lands on its article too', async () => {
    const stalled = await stalledPage();
    await stalled.goto(`${siteUrl()}/regulations/ccp-accountability-2016/`, { waitUntil: 'load' });
    await settle(stalled);
    await stalled.evaluate(() => {
      location.hash = '#art-11';
    });
    await settle(stalled);
    const at = await stalled.evaluate(() => document.getElementById('art-11')!.getBoundingClientRect().top);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(40);
    await stalled.close();
  });
});
