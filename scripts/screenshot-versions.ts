/**
 * npx tsx scripts/screenshot-versions.ts
 *
 * The README's screenshots of versions: builds the seeds plus the real
 * revisions of tests/fixtures/versions/ into a scratch folder (as
 * tests/integrity/versions.test.ts does), serves it and photographs the
 * 修订对照表 and a document page with its version list and 本条于…修改 notes
 * with Debian Chromium into docs/versions/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addVersionFixtures } from '../tests/support/versions.ts';
import { copyContent, runIngestCli } from '../tests/support/ingest-cli.ts';
import { astroBuild, buildDir, REPO } from '../tests/integrity/build.ts';
import { launchBrowser, startStaticServer } from '../tests/e2e/harness.ts';

const content = copyContent('tiaowen-shots-');
addVersionFixtures(content);
const ingest = runIngestCli(content, ['--quiet']);
if (ingest.code !== 0) throw new Error(ingest.stderr);
const root = buildDir('shots');
const dist = join(root, 'dist');
await astroBuild(dist, { TIAOWEN_SITE: '', TIAOWEN_CONTENT: content });
const out = join(REPO, 'docs/versions');
mkdirSync(out, { recursive: true });
const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${server.url}/regulations/national-holidays/changes/2024-11-10/`);
  await page.screenshot({ path: join(out, 'changes.png'), fullPage: true });
  await page.goto(`${server.url}/regulations/national-holidays/#art-6`);
  await page.screenshot({ path: join(out, 'version-notes.png') });
  await page.goto(`${server.url}/regulations/state-secrets-regulations-2014/#art-3`);
  await page.screenshot({ path: join(out, 'pinned-parent.png') });
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(content, '..'), { recursive: true, force: true });
}
console.error(`screenshots in ${out}`);
