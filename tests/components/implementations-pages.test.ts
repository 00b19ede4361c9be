/**
 * The implementations pages at national scale: 150 synthetic measures of the
 * 2016 条例 (scripts/lib/synth.ts, converted by the real converter, linked by
 * the real crosswalk) make articles taken up by far more local provisions than
 * one page holds. Every page of every such article is rendered: none holds more
 * than IMPLEMENTATIONS_PER_PAGE provisions or passes the size bound, each
 * provision is on exactly one page, page 1 sums up all of them, and every link
 * to a provision (the phrase lists) reaches it on its page.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ImplementationsView from '../../src/components/ImplementationsView.astro';
import { getCorpus } from '../../src/data/corpus.ts';
import { readCuration, readTopics } from '../../src/data/crosswalk.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { implementationPages } from '../../src/lib/crosswalk/implementations.ts';
import { implementationsPagePath, implementationsSheets } from '../../src/lib/crosswalk/implementations-pages.ts';
import { buildDocument } from '../../src/lib/ingest/pipeline.ts';
import { splitLines } from '../../src/lib/ingest/source-lines.ts';
import { IMPLEMENTATIONS_PER_PAGE, IMPLEMENTATIONS_PHRASES } from '../../src/lib/listing/sizes.ts';
import { comparisonDocx } from '../../src/lib/export/docx-table.ts';
import { implementationsSpec } from '../../src/lib/export/implementations-docx.ts';
import { PARENT, synthesize } from '../../scripts/lib/synth.ts';

/** 1 MiB gzip: the bound of every page and data file (README, "Listing pages at any corpus size"). */
const LIMIT = 1024 * 1024;

function syntheticDocuments(n: number) {
  return synthesize(n, 7).map((m) => {
    const lines = splitLines(m.text);
    const spec = { slug: m.slug, lines: [1, lines.length] as [number, number], kind: 'regulation' as const, meta: { class: '党内规范性文件' as const, parents: [{ slug: PARENT, version: '2016' }] }, aliases: {}, corrections: [] };
    return buildDocument({ file: m.file, documents: [spec], exclude: [] }, spec, lines).doc;
  });
}

describe('implementations pages with many measures', () => {
  const docs = [...getCorpus().documents, ...syntheticDocuments(150)];
  const links = buildCrosswalk(docs, readCuration(), readTopics()).links;
  const big = implementationPages(docs, links).filter((p) => p.parent.meta.slug === PARENT && p.groups.reduce((n, g) => n + g.items.length, 0) > IMPLEMENTATIONS_PER_PAGE);

  it('has articles with more provisions than one page holds', () => {
    expect(big.length).toBeGreaterThan(0);
  });

  it('renders every page within its bound, each provision once, links reaching their provision', async () => {
    const container = await AstroContainer.create();
    for (const page of big) {
      const sheets = implementationsSheets(page);
      const all = page.groups.flatMap((g) => g.items.map((i) => i.id));
      expect(sheets.sheets.length).toBe(Math.ceil(all.length / IMPLEMENTATIONS_PER_PAGE));
      const html = new Map<string, string>();
      for (const s of sheets.sheets) html.set(implementationsPagePath(PARENT, page.unit.anchor, s.number), await container.renderToString(ImplementationsView, { props: { page, sheets, number: s.number } }));
      const seen: string[] = [];
      for (const [path, h] of html) {
        const ids = [...h.matchAll(/<article class="impl-item" id="([^"]+)"/g)].map((m) => m[1]!);
        expect(ids.length, path).toBeLessThanOrEqual(IMPLEMENTATIONS_PER_PAGE);
        expect(gzipSync(h).length, path).toBeLessThan(LIMIT);
        seen.push(...ids);
        // Links to a provision: on this page by fragment, else to its page.
        for (const [, href] of h.matchAll(/href="([^"]*#impl-[^"]+)"/g)) {
          const [target, id] = href!.split('#');
          const on = target ? html.get(target) : h;
          expect(on, `${path}: ${href}`).toBeDefined();
          expect(on!.includes(`id="${id}"`), `${path}: ${href}`).toBe(true);
        }
        expect(h).toContain('aria-label="落实条款分页"');
      }
      expect(seen).toEqual(all);
      // Page 1 sums up all the provisions, every group with its whole count, and lists at most IMPLEMENTATIONS_PHRASES phrases a list.
      const first = html.get(implementationsPagePath(PARENT, page.unit.anchor, 1))!;
      expect(first).toContain(`个条款与本条对应：${page.groups.map((g) => `${g.label} ${g.items.length} 条`).join('，')}`);
      for (const list of ['added', 'dropped']) {
        const section = first.slice(first.indexOf(`id="impl-${list}"`), first.indexOf('</section>', first.indexOf(`id="impl-${list}"`)));
        expect((section.match(/<li data-phrase=/g) ?? []).length).toBeLessThanOrEqual(IMPLEMENTATIONS_PHRASES);
      }
      const last = html.get(implementationsPagePath(PARENT, page.unit.anchor, sheets.sheets.length))!;
      expect(last).toContain(`第 ${sheets.sheets.length} 页，共 ${sheets.sheets.length} 页`);
    }
  }, 120_000);

  it('splits the Word 对照表 as the pages are split: each page’s file holds its provisions, all of them once, one date', async () => {
    const page = big.reduce((a, b) => (b.groups.reduce((n, g) => n + g.items.length, 0) > a.groups.reduce((n, g) => n + g.items.length, 0) ? b : a));
    const sheets = implementationsSheets(page).sheets;
    const specs = sheets.map((s) => implementationsSpec(page, s));
    const all = page.groups.flatMap((g) => g.items);
    expect(specs.map((s) => s.rows.length)).toEqual(sheets.map((s) => s.groups.reduce((n, g) => n + g.items.length, 0)));
    for (const s of specs) expect(s.rows.length).toBeLessThanOrEqual(IMPLEMENTATIONS_PER_PAGE);
    expect(specs.flatMap((s) => s.rows.map((r) => r.left!.num))).toEqual(all.map((i) => `《${i.measure.shortTitle}》${i.num}`));
    expect(new Set(specs.map((s) => s.timestamp)).size).toBe(1);
    expect(specs[1]!.title).toContain('（第2页）');
    expect(specs[1]!.lines.join('\n')).toContain(`本表为第 ${IMPLEMENTATIONS_PER_PAGE + 1}–`);
    // The whole article in one file would grow with the measures; a page's file does not.
    const whole = (await comparisonDocx(implementationsSpec(page))).length;
    const largest = Math.max(...(await Promise.all(specs.map(async (s) => (await comparisonDocx(s)).length))));
    expect(largest).toBeLessThan(whole / 2);
  }, 120_000);
});
