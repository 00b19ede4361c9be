/**
 * Traditional and simplified are one (issue #12 item 4), in Chromium: the
 * seed site plus one measure written in traditional characters (the raw 日照
 * seed converted by OpenCC to Taiwan forms and imported like any new file),
 * built once. A query in either form finds the provisions in either form,
 * and the excerpt marks the characters as written.
 *
 * The oracle is a plain substring check on the published texts with both
 * written forms of each term given by hand (问责 / 問責), never the engine's
 * normaliser.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startStaticServer, type StaticServer } from './harness.ts';
import { astroBuild, buildDir, REPO } from '../integrity/build.ts';
import { copyContent, runIngestCli } from '../support/ingest-cli.ts';
import { loadCorpus } from '../../src/data/corpus.ts';
import { searchUnits } from '../../src/lib/search/records.ts';
import { documentPath } from '../../src/lib/citation.ts';

const SLUG = 'rizhao-polytechnic-2017-traditional';
const toTaiwan = Converter({ from: 'cn', to: 'tw' });

interface Result {
  url: string;
  excerpt: string;
  citation: boolean;
}

let root = '';
let content = '';
let server: StaticServer | undefined;
let browser: Browser;
let page: Page;
let units: { url: string; text: string }[] = [];

/** Provisions whose published text contains one of `forms` as written. */
function expected(...forms: string[]): string[] {
  return units.filter((u) => forms.some((f) => u.text.includes(f))).map((u) => u.url).sort();
}

async function search(query: string): Promise<Result[]> {
  return (await page.evaluate((q) => window.tiaowenSearch(q), query)).filter((r) => !r.citation);
}

beforeAll(async () => {
  content = copyContent('tiaowen-variants-');
  const source = join(content, '..', 'rizhao-traditional.txt');
  writeFileSync(source, toTaiwan(readFileSync(join(REPO, 'content/sources/000_08f3b235e1e70cc8.txt'), 'utf8')));
  const ingest = runIngestCli(content, [source, '--slug', SLUG, '--parent', 'ccp-accountability-2016']);
  if (ingest.code !== 0) throw new Error(`ingest of the traditional fixture failed:\n${ingest.stderr}`);
  root = buildDir('search-variants');
  await astroBuild(join(root, 'dist'), { TIAOWEN_CONTENT: content });
  units = loadCorpus(join(content, 'regulations')).documents.flatMap((d) =>
    searchUnits(d).map((u) => ({ url: `${documentPath(d.meta)}#${u.id}`, text: u.text.replace(/\n/g, '') })),
  );
  server = await startStaticServer(join(root, 'dist'));
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  await page.waitForFunction(() => document.body.dataset.searchState === 'idle');
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
  if (content) rmSync(join(content, '..'), { recursive: true, force: true });
});

describe('traditional and simplified characters', () => {
  it('the fixture is really in traditional characters, and the seeds in simplified', () => {
    const trad = units.filter((u) => u.url.startsWith(`/regulations/${SLUG}/`));
    expect(trad.length).toBeGreaterThan(5);
    expect(trad.some((u) => u.text.includes('問責'))).toBe(true);
    expect(trad.some((u) => u.text.includes('问责'))).toBe(false);
    expect(expected('问责').length).toBeGreaterThan(10);
  });

  it.each([
    ['問責', ['问责', '問責']],
    ['问责', ['问责', '問責']],
    ['誡勉', ['诫勉', '誡勉']],
    ['诫勉', ['诫勉', '誡勉']],
    ['黨建工作', ['党建工作', '黨建工作']],
  ])('%s finds every provision containing %j, in either form', async (query, forms) => {
    const want = expected(...forms);
    expect(want.some((u) => u.startsWith(`/regulations/${SLUG}/`)), 'the traditional measure has it').toBe(true);
    expect(want.some((u) => !u.startsWith(`/regulations/${SLUG}/`)), 'a simplified text has it').toBe(true);
    expect((await search(query)).map((r) => r.url).sort()).toEqual(want);
  });

  it('highlights the characters as written in each text', async () => {
    const results = await search('诫勉');
    const trad = results.find((r) => r.url === `/regulations/${SLUG}/#art-6`)!;
    expect(trad.excerpt).toContain('<mark>誡勉</mark>');
    const simp = results.find((r) => r.url === '/regulations/rizhao-polytechnic-2017/#art-6')!;
    expect(simp.excerpt).toContain('<mark>诫勉</mark>');
  });
});
