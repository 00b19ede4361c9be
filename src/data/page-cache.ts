/**
 * Document pages (/regulations/<slug>/) through the build cache
 * (src/integrations/build-cache.ts). A page is rendered from its document,
 * its parents' titles and the crosswalk links at both ends of its provisions
 * (src/pages/regulations/[slug].astro); its key is the sha256 of exactly
 * that, of the code (every file of src/, the Astro configuration, the
 * package manifest and lock file, the Node version), of TIAOWEN_SITE and of
 * TIAOWEN_SHARE_PAGES.
 * When a page's key is cached, Astro is not asked to render it
 * (`regulationPaths` leaves it out) and the integration
 * (src/integrations/page-cache.ts) puts the cached HTML in its place after
 * the build; every page rendered is stored under its key.
 *
 * Off in `astro dev`, when TIAOWEN_CACHE=off, and when TIAOWEN_SITE is set:
 * the sitemap integration lists only pages Astro rendered itself.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RegDocument } from '../lib/document.ts';
import { walk } from '../lib/tree.ts';
import { documentPath } from '../lib/citation.ts';
import { cacheKey, cacheRoot, FolderCache } from '../integrations/build-cache.ts';
import { getCrosswalkView } from './crosswalk.ts';
import { shareDepth } from '../lib/share/setting.ts';
import type { Corpus } from './corpus.ts';

/** The plan of one build: pages left to the cache, pages rendered (the integration reads it in astro:build:done). */
export interface PagePlan {
  cached: { slug: string; key: string }[];
  rendered: { slug: string; key: string }[];
}

/** Files whose content is the code of a page. */
function codeFiles(root: string): string[] {
  const src = join(root, 'src');
  const files = readdirSync(src, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));
  return [...files, 'astro.config.mjs', 'package.json', 'package-lock.json'].sort();
}

let fingerprint: { root: string; value: string } | undefined;

/** sha256 of the code (src/, configuration, lock file) and the Node version. */
export function codeFingerprint(root = process.cwd()): string {
  if (fingerprint?.root !== root) {
    const parts: (string | Uint8Array)[] = ['code/1', process.version];
    for (const f of codeFiles(root)) {
      parts.push(f);
      try {
        parts.push(readFileSync(join(root, f)));
      } catch {
        parts.push('(none)');
      }
    }
    fingerprint = { root, value: cacheKey(...parts) };
  }
  return fingerprint.value;
}

/** The parents a document page names (as the page computes them). */
export function pageParents(doc: RegDocument, corpus: Corpus) {
  return doc.meta.parents.map((p) => {
    const parent = corpus.get(p.slug);
    return { slug: p.slug, version: p.version, title: parent?.meta.title, href: parent ? documentPath(parent.meta) : undefined };
  });
}

/** The key of a document page: everything it is rendered from. */
export function documentPageKey(doc: RegDocument, corpus: Corpus, code = codeFingerprint(), site = process.env.TIAOWEN_SITE ?? '', share: string = shareDepth()): string {
  const view = getCrosswalkView();
  const slug = doc.meta.slug;
  const links = [...walk(doc.root)].flatMap(([n]) => (n.id ? [[n.id, view.up(slug, n.id), view.down(slug, n.id)]] : []));
  // Revised documents: the version list, the 本条于YYYY年修改 notes and the 上位条款已修订 marks come from
  // every version of the document and of its parents (src/data/versions.ts).
  const versions = [slug, ...doc.meta.parents.map((p) => p.slug)].map((s) => {
    const all = corpus.versions(s);
    return all.length > 1 ? all : [];
  });
  return cacheKey(
    'doc-page/2',
    code,
    site,
    // the 分享链接 buttons are there or not (README "Share pages")
    share,
    JSON.stringify(doc),
    JSON.stringify(pageParents(doc, corpus)),
    JSON.stringify([view.hasParent(slug), view.isParent(slug), links]),
    JSON.stringify(versions),
  );
}

/** The cache of document pages, or null when it is off (see the top of this file). */
export function pageCache(env: Record<string, string | undefined> = process.env, prod = import.meta.env?.PROD === true): FolderCache<Record<string, never>> | null {
  const root = cacheRoot(env);
  if (!root || !prod || (env.TIAOWEN_SITE ?? '').trim() !== '') return null;
  return new FolderCache(root, 'pages');
}

/** Where this build's plan is written: one file per Astro process (the integration runs in the same process). */
export function planFile(root: string, pid = process.pid): string {
  return join(root, 'pages', `plan-${pid}.json`);
}

/**
 * The documents whose page Astro must render: all of them without the cache;
 * with it, those whose key is not cached. Writes the plan for the integration.
 */
export function pagesToRender(docs: readonly RegDocument[], corpus: Corpus): RegDocument[] {
  const cache = pageCache();
  if (!cache) return [...docs];
  const plan: PagePlan = { cached: [], rendered: [] };
  const out: RegDocument[] = [];
  for (const d of docs) {
    const key = documentPageKey(d, corpus);
    if (cache.has(key)) plan.cached.push({ slug: d.meta.slug, key });
    else {
      plan.rendered.push({ slug: d.meta.slug, key });
      out.push(d);
    }
  }
  const file = planFile(join(cache.dir, '..'));
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(plan));
  return out;
}
