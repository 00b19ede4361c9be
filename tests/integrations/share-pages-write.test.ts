/**
 * Writing the share pages (src/integrations/share-pages.ts) with one mkdir per page and a look for
 * an existing file only where the folder was there already: every page is written, a page that would
 * replace a file still stops the build, and so does a second run into the same folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { madeFolder, writeSharePages } from '../../src/integrations/share-pages.ts';
import { sharePage, shareTargets } from '../../src/lib/share/provision-share.ts';
import { sharePageHtml } from '../../src/lib/share/share-html.ts';
import { errorOf } from '../support/thrown.ts';

const where = { base: '/' };
const docs = getCorpus().documents.filter((d) => shareTargets(d).length > 0).slice(0, 3);
const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'share-write-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeSharePages', () => {
  it('writes every page of the documents, each the HTML of its page', () => {
    const site = fresh();
    const r = writeSharePages(site, where, docs);
    const pages = docs.flatMap((d) => shareTargets(d).map((t) => ({ d, page: sharePage(d.meta, t, where) })));
    expect(docs.length).toBe(3);
    expect(r.pages).toBe(pages.length);
    expect(r.documents).toBe(3);
    for (const { page } of pages) expect(readFileSync(join(site, page.file), 'utf8')).toBe(sharePageHtml(page, where));
  });

  it('refuses to replace a file that is there, in a folder made before', () => {
    const site = fresh();
    const first = sharePage(docs[0]!.meta, shareTargets(docs[0]!)[0]!, where);
    mkdirSync(join(site, first.file, '..'), { recursive: true });
    writeFileSync(join(site, first.file), 'another page');
    expect(errorOf(() => writeSharePages(site, where, docs)).message).toContain(`tiaowen:share-pages: ${first.file} already exists`);
    expect(readFileSync(join(site, first.file), 'utf8')).toBe('another page');
  });

  it('refuses a second run into the same folder', () => {
    const site = fresh();
    writeSharePages(site, where, docs.slice(0, 1));
    expect(errorOf(() => writeSharePages(site, where, docs.slice(0, 1))).message).toContain('already exists');
  });
});

describe('madeFolder', () => {
  it('makes a folder and its parents, and says whether it was there', () => {
    const root = fresh();
    const deep = join(root, 'a', 'b', 'c');
    expect(madeFolder(deep)).toBe(true);
    expect(existsSync(deep)).toBe(true);
    expect(madeFolder(deep)).toBe(false);
    expect(madeFolder(join(root, 'a', 'b', 'd'))).toBe(true);
    writeFileSync(join(root, 'file'), '');
    expect(() => madeFolder(join(root, 'file', 'x'))).toThrow();
  });
});
