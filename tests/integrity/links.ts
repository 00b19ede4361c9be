/**
 * Link check over a built site: every internal `href`/`src`/`action` and
 * every `#fragment` must resolve to a file and an element id. Also the
 * links inside Pagefind's fragments (the URLs search results point to).
 * No vitest import: scripts can use it too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './build.ts';

export const SITE = 'https://tiaowen.example.org';

export interface BrokenLink {
  /** The page (or search fragment) that holds the link. */
  from: string;
  href: string;
  reason: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Markup without comments and the bodies of <script>, <style> and <template> (their text is not markup). */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

/** The element ids of a page. */
export function idsIn(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of markupOnly(html).matchAll(/<[a-z][\w-]*\b[^>]*?\sid\s*=\s*("([^"]*)"|'([^']*)')/gi)) out.add(decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

/** The link targets of a page: href, src and action attributes of elements. */
export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const tag of markupOnly(html).matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    for (const m of tag[0].matchAll(/\s(href|src|action)\s*=\s*("([^"]*)"|'([^']*)')/gi)) out.push(decodeEntities(m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** The URL path a built page answers to: `regulations/x/index.html` → `/regulations/x/`. */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Where the built site is served: its origin and base path (`/`, or `/zhidu/` for TIAOWEN_SITE=https://host/zhidu/). */
export interface Served {
  site: string;
  base: string;
}
const ROOT: Served = { site: SITE, base: '/' };

export class SiteIndex {
  private ids = new Map<string, Set<string>>();
  constructor(
    readonly dir: string,
    readonly served: Served = ROOT,
  ) {}

  /** The file a URL path is served from, or null: `/x/` → x/index.html, `/x` → x or x/index.html. */
  fileFor(pathname: string): string | null {
    let p: string;
    try {
      p = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const rel = p.replace(/^\/+/, '');
    const candidates = p.endsWith('/') ? [join(rel, 'index.html')] : [rel, join(rel, 'index.html')];
    for (const c of candidates) {
      const abs = join(this.dir, c);
      if (!abs.startsWith(this.dir)) return null;
      if (existsSync(abs) && statSync(abs).isFile()) return c;
    }
    return null;
  }

  idsOf(file: string): Set<string> {
    let s = this.ids.get(file);
    if (!s) {
      s = file.endsWith('.html') ? idsIn(readFileSync(join(this.dir, file), 'utf8')) : new Set();
      this.ids.set(file, s);
    }
    return s;
  }

  /** Check one link found on page `fromUrl`; returns why it is broken, or null. External links are not checked. */
  check(href: string, fromUrl: string): string | null {
    const trimmed = href.trim();
    if (trimmed === '') return 'empty link';
    if (/^javascript:/i.test(trimmed)) return 'javascript: URL';
    if (/^(mailto|tel|data):/i.test(trimmed)) return null;
    let url: URL;
    try {
      url = new URL(trimmed, this.served.site + fromUrl);
    } catch {
      return 'not a valid URL';
    }
    if (url.origin !== this.served.site) return null; // external
    if (!url.pathname.startsWith(this.served.base)) return `outside the base path ${this.served.base}`;
    const file = this.fileFor(url.pathname.slice(this.served.base.length - 1));
    if (!file) return `no file for ${url.pathname}`;
    if (url.hash && url.hash !== '#') {
      let id: string;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {
        return `undecodable fragment ${url.hash}`;
      }
      if (id !== 'top' && !this.idsOf(file).has(id)) return `no element id="${id}" in ${file}`;
    }
    return null;
  }
}

/** Pagefind fragments (gzip, `pagefind_dcd` + JSON): the URLs and anchor ids search results lead to. */
export function searchLinks(dir: string): { fragment: string; href: string }[] {
  const out: { fragment: string; href: string }[] = [];
  const root = join(dir, 'pagefind', 'fragment');
  if (!existsSync(root)) return out;
  for (const f of listFiles(root)) {
    let raw = gunzipSync(readFileSync(join(root, f))).toString('utf8');
    if (raw.startsWith('pagefind_dcd')) raw = raw.slice('pagefind_dcd'.length);
    const data = JSON.parse(raw) as { url: string; anchors?: { id?: string }[] };
    out.push({ fragment: `pagefind/fragment/${f}`, href: data.url });
    for (const a of data.anchors ?? []) if (a.id) out.push({ fragment: `pagefind/fragment/${f}`, href: `${data.url}#${a.id}` });
  }
  return out;
}

/** Every broken internal link of the site in `dir`, sorted. */
export function checkSite(dir: string, served: Served = ROOT): { checked: number; broken: BrokenLink[] } {
  const site = new SiteIndex(dir, served);
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const from = served.base.slice(0, -1) + urlOf(file);
    for (const href of linksIn(readFileSync(join(dir, file), 'utf8'))) {
      checked++;
      const reason = site.check(href, from);
      if (reason) broken.push({ from: file, href, reason });
    }
  }
  for (const { fragment, href } of searchLinks(dir)) {
    checked++;
    const reason = site.check(href, served.base);
    if (reason) broken.push({ from: fragment, href, reason });
  }
  broken.sort((a, b) => a.from.localeCompare(b.from) || a.href.localeCompare(b.href));
  return { checked, broken };
}
