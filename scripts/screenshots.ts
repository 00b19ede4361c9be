/**
 * The README's screenshots of the drafter's desk (docs/drafter-desk/*.png):
 * `npx tsx scripts/screenshots.ts [DIST]` serves a built site (default dist/)
 * and photographs the draft check, an implementations page, a compare page
 * and a Word 对照表 read back with mammoth, with Debian's Chromium
 * (tests/e2e/harness.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startStaticServer } from '../tests/e2e/harness.ts';

const dist = process.argv[2] ?? 'dist';
const out = join(import.meta.dirname, '../docs/drafter-desk');
mkdirSync(out, { recursive: true });
const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/draft/`);
  await page.getByLabel('草稿文本').fill(readFileSync(join(import.meta.dirname, '../tests/fixtures/draft/college-accountability-draft.txt'), 'utf8'));
  await page.getByRole('button', { name: '检查' }).click();
  await page.locator('#draft-result:not([hidden])').waitFor();
  await page.screenshot({ path: join(out, 'draft-check.png') });
  await page.locator('#draft-summary-h').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: join(out, 'draft-coverage.png') });
  await page.locator('#draft-tree-h').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: join(out, 'draft-tree.png') });
  await page.locator('#draft-compare #row-art-6').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: join(out, 'draft-compare.png') });
  await page.goto(`${server.url}/implementations/ccp-accountability-2016/art-7/`);
  await page.screenshot({ path: join(out, 'implementations.png') });
  await page.locator('#impl-group-implements-h').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: join(out, 'implementations-diff.png') });
  await page.goto(`${server.url}/compare/rizhao-polytechnic-2017/ccp-accountability-2016/`);
  await page.locator('.compare-word').evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(out, 'compare-word.png') });
  // The Word file itself, read back with mammoth (as the tests read it) and shown as HTML: its table, marks and text.
  const { default: mammoth } = await import('mammoth');
  const docx = readFileSync(join(dist, 'compare/rizhao-polytechnic-2017/ccp-accountability-2016/comparison.docx'));
  const html = (await mammoth.convertToHtml({ buffer: docx }, { styleMap: ['u => u'] })).value;
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;margin:24px;font-size:14px}` +
      `table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;vertical-align:top;padding:4px 8px;width:50%}p{margin:2px 0}` +
      `body>p:first-child{text-align:center;font-size:20px}</style><body>${html}</body></html>`,
  );
  await page.screenshot({ path: join(out, 'word-file.png') });
} finally {
  await browser.close();
  await server.close();
}
