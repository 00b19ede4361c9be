/**
 * Accessibility with axe-core on the pages the three users see (home, a
 * document, search with results, a compare page, an implementations page, the
 * draft check, a study sheet): no serious or critical
 * violation. Screenshots of each at phone and desktop widths go to
 * tests/output/screenshots/ (git-ignored) on every run, for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './harness.ts';
import { siteUrl } from './site.ts';
import { REPO } from '../integrity/build.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = join(REPO, 'tests/output/screenshots');

const PAGES: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'document', path: '/regulations/rizhao-polytechnic-2017/#art-5-para-1-item-1-sub-2' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('诫勉')}`, ready: 'main a[href*="/regulations/"]' },
  { name: 'compare', path: '/compare/rizhao-polytechnic-2017/ccp-accountability-2016/' },
  { name: 'implementations', path: '/implementations/ccp-accountability-2016/art-7/' },
  { name: 'draft', path: '/draft/' },
  { name: 'compare-picker', path: '/compare/', ready: '#compare-picker[data-ready="true"]' },
  { name: 'documents', path: '/documents/' },
  { name: 'crosswalk-matrix', path: '/crosswalk/matrix/ccp-accountability-2016/' },
  {
    name: 'study',
    path: `/study/?items=${encodeURIComponent('ccp-accountability-2016#art-7,rizhao-polytechnic-2017#art-6')}&n.1=${encodeURIComponent('注意')}`,
    ready: '#study[data-ready="2"]',
  },
];

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility and screenshots', () => {
  for (const p of PAGES) {
    it(`${p.name}: no serious or critical axe violations, screenshots at phone and desktop widths`, async () => {
      for (const w of WIDTHS) {
        const page = await browser.newPage({ viewport: { width: w.width, height: w.height } });
        try {
          const res = await page.goto(`${siteUrl()}${p.path}`, { waitUntil: 'load' });
          expect(res?.status(), `${p.path} is served`).toBe(200);
          if (p.ready) await page.waitForSelector(p.ready, { timeout: 15_000 });
          await page.screenshot({ path: join(SHOTS, `${p.name}-${w.name}.png`), fullPage: w.name === 'phone' ? false : true });
          await page.addScriptTag({ content: AXE });
          const result = (await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe;
            const r = await axe.run(document, { resultTypes: ['violations'] });
            return { violations: r.violations, passed: r.passes.length };
          })) as { violations: AxeViolation[]; passed: number };
          expect(result.passed, 'axe ran its rules').toBeGreaterThan(10);
          const violations = result.violations;
          const bad = violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
          expect(bad, `${p.name} at ${w.name} width`).toEqual([]);
        } finally {
          await page.close();
        }
      }
    });
  }
});
