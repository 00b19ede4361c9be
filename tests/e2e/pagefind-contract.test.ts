/**
 * What our exact Chinese search relies on in Pagefind, checked on the built
 * site. If a Pagefind upgrade (or a build without the extended binary)
 * changes any of it, these fail:
 *
 * 1. the bundle is Pagefind 1.6.0 (package.json pins it exactly);
 * 2. the index was built WITH Chinese segmentation (jieba words + pairs);
 * 3. every adjacent Han pair of every provision is a word of the index, for
 *    exactly the provisions that contain it (whitespace/punctuation aside);
 * 4. in the browser, a piece handed to Pagefind by our instance reaches the
 *    index unsplit: candidates for 织调 are exactly the provisions with 织调.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './harness.ts';
import { distDir, siteUrl } from './site.ts';
import { getCorpus } from '../../src/data/corpus.ts';
import { buildRecords, readableContent } from '../../src/lib/search/records.ts';
import { hanPairs } from '../../src/lib/search/query.ts';
import { normalizeForSearch } from '../../src/lib/search/text.ts';
import { looksSegmented, segmentationReport, type IndexWord } from '../../src/lib/search/pagefind-format.ts';
import { PAGEFIND_VERSION, readIndexWords } from '../../src/integrations/pagefind.ts';

const records = buildRecords(getCorpus().documents);
const texts = records.map((r) => ({ url: r.url, norm: normalizeForSearch(readableContent(r.content)) }));

function containing(piece: string): string[] {
  return texts.filter((t) => t.norm.includes(piece)).map((t) => t.url).sort();
}

let words: IndexWord[];

beforeAll(async () => {
  words = await readIndexWords(join(distDir(), 'pagefind'));
});

describe('the Pagefind bundle', () => {
  it(`is Pagefind ${PAGEFIND_VERSION}, as pinned in package.json`, async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.pagefind).toBe(PAGEFIND_VERSION);
    const entry = JSON.parse(await readFile(join(distDir(), 'pagefind', 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, unknown> };
    expect(entry.version).toBe(PAGEFIND_VERSION);
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    const js = await readFile(join(distDir(), 'pagefind', 'pagefind.js'), 'utf8');
    expect(js).toContain(`pagefind_version="${PAGEFIND_VERSION}"`);
  });

  it('was built with Chinese segmentation', () => {
    const report = segmentationReport(words);
    expect(looksSegmented(report), JSON.stringify(report)).toBe(true);
  });

  it('holds every adjacent Han pair of every provision, for exactly the provisions containing it', () => {
    const pages = new Map(words.map((w) => [w.word, w.content.length]));
    const df = new Map<string, number>();
    for (const t of texts) for (const p of hanPairs(t.norm)) df.set(p, (df.get(p) ?? 0) + 1);
    const wrong = [...df].filter(([p, n]) => pages.get(p) !== n).map(([p, n]) => `${p}: ${n} provisions, index ${pages.get(p) ?? 0}`);
    expect(df.size).toBeGreaterThan(1000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe('Pagefind in the browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${siteUrl()}/search/`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'idle');
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Pairs Intl.Segmenter would split (织调 → 织 + 调) and pairs across punctuation (勉组 in 诫勉、组织).
  it.each(['织调', '诫勉', '追责', '勉组', '会一'])('hands %s to the index unsplit: candidates are exactly the provisions containing it', async (piece) => {
    const want = containing(piece);
    expect(want.length).toBeGreaterThan(0);
    const got = await page.evaluate((p) => window.tiaowenPagefindCandidates(p).then((fs) => fs.map((f) => f.url)), piece);
    expect([...new Set(got)].sort()).toEqual(want);
  });
});
