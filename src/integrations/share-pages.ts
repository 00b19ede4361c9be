/**
 * Astro integration: after the pages are rendered, writes one share page per
 * article (and per section 一、 of a document without articles) to
 * `regulations/<slug>/<anchor>/index.html` (src/lib/share/), reading the
 * documents one at a time (`eachDocument`), so the build never holds the
 * corpus for them. It runs in `astro:build:done` before the search index's
 * hook, i.e. while the search index is still being built in its own process
 * on the other core. `TIAOWEN_SHARE_PAGES=none` turns it off (README "Share pages").
 *
 * Share pages are not listed in the sitemap (the sitemap integration lists
 * the pages Astro rendered) and say `noindex`: their text is the document page's.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachDocument } from '../data/corpus.ts';
import type { RegDocument } from '../lib/document.ts';
import { sharePage, shareTargets, type ShareSite } from '../lib/share/provision-share.ts';
import { sharePageHtml } from '../lib/share/share-html.ts';
import { shareDepth } from '../lib/share/setting.ts';

/** What `writeSharePages` wrote. */
export interface ShareResult {
  documents: number;
  pages: number;
  bytes: number;
}

/** Make the folder `dir` (and its parents): true when it was made now, false when it was there already. */
export function madeFolder(dir: string): boolean {
  try {
    mkdirSync(dir);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'ENOENT') throw e;
  }
  mkdirSync(dirname(dir), { recursive: true });
  mkdirSync(dir);
  return true;
}

/** Write the share pages of `docs` under `siteDir`; fails when a page would replace a file already there. */
export function writeSharePages(siteDir: string, where: ShareSite, docs: Iterable<RegDocument> = eachDocument()): ShareResult {
  const result: ShareResult = { documents: 0, pages: 0, bytes: 0 };
  for (const doc of docs) {
    const targets = shareTargets(doc);
    if (targets.length) result.documents++;
    for (const t of targets) {
      const page = sharePage(doc.meta, t, where);
      const file = join(siteDir, page.file);
      // a folder made now holds no file yet: only one that was there needs looking into
      if (!madeFolder(dirname(file)) && existsSync(file)) {
        throw new Error(`tiaowen:share-pages: ${page.file} already exists (another page of the site has this address); the share page of ${doc.meta.slug}#${t.node.id} cannot be written`);
      }
      const html = Buffer.from(sharePageHtml(page, where), 'utf8');
      writeFileSync(file, html);
      result.pages++;
      result.bytes += html.byteLength;
    }
  }
  return result;
}

export default function sharePages(): AstroIntegration {
  let where: ShareSite = { base: '/' };
  return {
    name: 'tiaowen:share-pages',
    hooks: {
      'astro:config:setup': () => {
        shareDepth(); // a wrong setting fails at the start of the build, not after rendering
      },
      'astro:config:done': ({ config }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        where = { base, site: config.site ? new URL(base, config.site).href : undefined };
      },
      'astro:build:done': ({ dir, logger }) => {
        if (shareDepth() === 'none') {
          logger.info('share pages: none (TIAOWEN_SHARE_PAGES=none)');
          return;
        }
        const cpu = process.cpuUsage();
        const r = writeSharePages(fileURLToPath(dir), where);
        const used = process.cpuUsage(cpu);
        logger.info(
          `share pages: ${r.pages} (articles and sections of ${r.documents} documents), ${(r.bytes / 1024).toFixed(1)} KiB, ` +
            `${((used.user + used.system) / 1e6).toFixed(1)} s of CPU`,
        );
      },
    },
  };
}
