/**
 * The listing pages of the built site reach every document and every measure
 * through plain links (no script), and the crosswalk exports are split by
 * document with an index that names every part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrl, distDir } from './site.ts';
import { getCorpus } from '../../src/data/corpus.ts';
import { getCoverage, getCrosswalk } from '../../src/data/crosswalk.ts';
import { crosswalkJson } from '../../src/lib/crosswalk/export.ts';

const get = async (path: string) => {
  // One retry when the connection drops (a kept-alive socket closed by the test server under load); never on an HTTP status.
  const res = await fetch(`${siteUrl()}${path}`).catch(() => fetch(`${siteUrl()}${path}`));
  expect(res.status, path).toBe(200);
  return res.text();
};
const hrefs = (html: string) => [...html.matchAll(/href="([^"#]*)(#[^"]*)?"/g)].map((m) => ({ path: m[1]!, hash: m[2] ?? '' }));

/** Follow links from `start` to pages under `prefix` (listing pages and their pagers), collecting every link. */
async function crawl(start: string, prefix: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const found = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const { path: h, hash } of hrefs(await get(path))) {
      found.add(h + hash);
      if (h.startsWith(prefix) && !seen.has(h)) queue.push(h);
    }
  }
  return found;
}

describe('document listings', () => {
  it('/documents/ reaches every document through its issuer pages, without script', async () => {
    const found = await crawl('/documents/', '/documents/');
    for (const d of getCorpus().documents) {
      const page = d.meta.class === '评论' ? `/commentary/${d.meta.slug}/` : `/regulations/${d.meta.slug}/`;
      expect(found.has(page), page).toBe(true);
    }
    const issuerPages = [...found].filter((h) => h.startsWith('/documents/issuer/'));
    expect(issuerPages.length).toBeGreaterThan(3);
  });

  it('the home page and the 404 page list every seed document and link the directory', async () => {
    for (const path of ['/', '/404.html']) {
      const links = new Set(hrefs(await get(path)).map((h) => h.path));
      expect(links.has('/documents/'), path).toBe(true);
      for (const d of getCorpus().documents) {
        const page = d.meta.class === '评论' ? `/commentary/${d.meta.slug}/` : `/regulations/${d.meta.slug}/`;
        expect(links.has(page), `${path} → ${page}`).toBe(true);
      }
    }
  });
});

describe('crosswalk matrix pages', () => {
  it('link every measure of each parent to its coverage summary, which is on the same page', async () => {
    const cov = getCoverage();
    expect(cov.parents.length).toBeGreaterThan(0);
    for (const p of cov.parents) {
      const slug = p.doc.meta.slug;
      const found = await crawl(`/crosswalk/matrix/${slug}/`, `/crosswalk/matrix/${slug}/`);
      for (const m of cov.measures.filter((x) => x.parent === p.doc)) {
        const anchor = `coverage-${m.doc.meta.slug}-${slug}`;
        const row = [...found].find((h) => h.endsWith(`#${anchor}`));
        expect(row, anchor).toBeDefined();
        // The row's target is on the page that links it (the link has no path, only the anchor).
        expect(row!.startsWith('#'), anchor).toBe(true);
      }
    }
    // /crosswalk/ links each parent's matrix (inline for the seeds: the same rows are on it).
    const index = await get('/crosswalk/');
    for (const p of cov.parents) expect(index).toContain(`id="matrix-${p.doc.meta.slug}"`);
  });
});

describe('references outside the corpus', () => {
  it('/crosswalk/external/ lists every cited title outside the corpus', async () => {
    const titles = new Set(getCrosswalk().references.filter((r) => r.external && r.title).map((r) => r.title!));
    expect(titles.size).toBeGreaterThan(5);
    let html = '';
    for (const path of [...(await crawl('/crosswalk/external/', '/crosswalk/external/'))].filter((p) => p.startsWith('/crosswalk/external/')).concat('/crosswalk/external/')) html += await get(path);
    for (const t of titles) expect(html, t).toContain(`《${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}》`);
  });
});

describe('crosswalk exports', () => {
  it('/crosswalk.json lists one file per document; together they are the whole export', async () => {
    const index = JSON.parse(await get('/crosswalk.json')) as { total: { links: number }; documents: { doc: string; links: number; json: string; csv: string }[] };
    const full = JSON.parse(crosswalkJson(getCrosswalk())) as { links: unknown[] };
    expect(index.total.links).toBe(full.links.length);
    let links = 0;
    for (const d of index.documents) {
      const part = JSON.parse(await get(d.json)) as { links: { from: { doc: string } }[] };
      expect(part.links).toHaveLength(d.links);
      expect(part.links.every((l) => l.from.doc === d.doc)).toBe(true);
      links += part.links.length;
      expect(existsSync(join(distDir(), d.csv))).toBe(true);
    }
    expect(links).toBe(full.links.length);
    const csv = readFileSync(join(distDir(), 'crosswalk.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('doc,links,external,json,csv');
    expect(csv).toHaveLength(index.documents.length + 1);
  });
});
