/**
 * What is published: build the site twice from the same input; the two trees
 * must be byte-identical (determinism), and every internal link and #fragment
 * of the first must resolve (link check), including the URLs in the search
 * index. The first is the run's shared default build (the one the e2e tests
 * serve, tests/support/shared-builds.ts: a cold `astro build` of the seeds),
 * the second a cold build of our own into a directory of our own.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildDir, diffTrees, hashTree, listFiles } from './build.ts';
import { checkSite, searchLinks } from './links.ts';
import { validateSite } from './html-valid.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { SHARED_BUILDS } from '../support/shared-builds.ts';

let root = '';
let first = '';
let second = '';

beforeAll(async () => {
  root = buildDir('integrity');
  // one after the other: two cores, and Astro shares its cache folder
  first = (await sharedBuild('default')).dir;
  second = join(root, 'b');
  // the same input: the environment of the shared build (the run's TIAOWEN_CACHE=off makes it cold too)
  await astroBuild(second, SHARED_BUILDS.default);
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the built site', () => {
  it('has the pages the corpus promises', () => {
    const files = listFiles(first);
    for (const slug of ['ccp-accountability-2016', 'rizhao-polytechnic-2017', 'liuzhou-polytechnic-2021']) {
      expect(files).toContain(`regulations/${slug}/index.html`);
    }
    expect(files).toContain('index.html');
  });

  it('is byte-identical when built twice from the same input', () => {
    const a = hashTree(first);
    const b = hashTree(second);
    expect(a.size).toBeGreaterThan(10);
    // the Word files (docx writes the time into the package unless told otherwise) are in the comparison
    expect([...a.keys()].filter((f) => f.endsWith('/comparison.docx')).length).toBeGreaterThanOrEqual(5);
    expect([...a.keys()].filter((f) => f.startsWith('implementations/') && f.endsWith('.docx')).length).toBeGreaterThan(5);
    expect(diffTrees(a, b)).toEqual([]);
  });

  it('is valid HTML on every page (html-validate, .htmlvalidate.mjs), with 0 errors', async () => {
    const { pages, problems } = await validateSite(first);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('study/index.html');
    // the share pages (one per article) are among them
    expect(pages).toContain('regulations/rizhao-polytechnic-2017/art-6/index.html');
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`)).toEqual([]);
  }, 300_000); // about 150 pages with the share pages: 18 s on a quiet machine, 83 s under load

  it('has no broken internal link or #fragment (pages and search index)', () => {
    // the search index's result URLs are checked too: make sure they were found
    expect(searchLinks(first).length).toBeGreaterThan(50);
    const { checked, broken } = checkSite(first);
    expect(checked).toBeGreaterThan(100);
    expect(broken.map((b) => `${b.from}: ${b.href} — ${b.reason}`)).toEqual([]);
  });
});
