/**
 * The search the search page runs (and exposes as `window.tiaowenSearch`):
 * Pagefind for candidates, our query preparation and text check for exact
 * Chinese matching (src/lib/search/query.ts), the citation jump first.
 *
 * Pagefind is loaded at run time from `<base>pagefind/pagefind.js` (written by
 * src/integrations/pagefind.ts after the build), never bundled.
 */
import { pagefindTerm, prepareQuery, textContains, type PairFrequencies } from '../lib/search/query.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { readableContent, type SearchDocument } from '../lib/search/records.ts';
import { resolveCitationQuery } from '../lib/search/citation.ts';
import { normalizeForSearch } from '../lib/search/text.ts';

/** One result, as the page shows it and `tiaowenSearch` returns it. */
export interface SearchResult {
  /** Page URL with the provision's anchor: /regulations/rizhao-polytechnic-2017/#art-6 */
  url: string;
  /** Short title of the document and the provision: 日照职院党建工作问责办法 第六条 */
  title: string;
  /** HTML: a window of the text with the query in <mark>. */
  excerpt: string;
  /** Document slug. */
  doc: string;
  /** Short title of the document. */
  docTitle: string;
  /** The provision: 第六条, 第二部分第（三）项, 印发通知. */
  label: string;
  /** True for the provision a citation query names (listed first). */
  citation: boolean;
}

/** Filter values chosen on the page: filter name → value (absent: all). */
export type SearchFilters = Partial<Record<string, string>>;

export interface SearchOptions {
  filters?: SearchFilters;
}

/** What the page embeds for the engine (see src/pages/search.astro). */
export interface SearchPageData {
  documents: SearchDocument[];
  pairs: PairFrequencies;
}

/**
 * The language our Pagefind instance is created with. Pagefind 1.6.0 cuts
 * queries with Intl.Segmenter only for zh/ja/th; under `und` it leaves our
 * prepared pieces alone. Pagefind takes the language from <html lang> when
 * the instance is created, so `createPagefind` swaps it for that one
 * synchronous call (nothing renders in between).
 */
export const QUERY_LANGUAGE = 'und';

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
export interface PagefindInstance {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * The other shards of a large index (src/integrations/pagefind.ts lists them
 * in `pagefind/shards.json`, empty when it did not split the records): their
 * bundle paths relative to the base. No manifest (an older build): one bundle.
 */
async function shardPaths(): Promise<string[]> {
  const res = await fetch(`${base}pagefind/shards.json`);
  if (!res.ok) return [];
  const manifest = (await res.json()) as { shards?: unknown };
  return Array.isArray(manifest.shards) ? manifest.shards.filter((p): p is string => typeof p === 'string') : [];
}

let modulePromise: Promise<PagefindModule> | null = null;
function loadPagefind(): Promise<PagefindModule> {
  modulePromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>;
  return modulePromise;
}

/** Create a Pagefind instance under `language` (see QUERY_LANGUAGE). */
export async function createPagefind(language: string = QUERY_LANGUAGE): Promise<PagefindInstance> {
  const pf = await loadPagefind();
  const shards = shardPaths();
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', language);
  let instance: PagefindInstance;
  try {
    // noWorker: the index is small; a worker would cost another script download (pagefind-worker.js).
    instance = pf.createInstance({ basePath: `${base}pagefind/`, baseUrl: base, excerptLength: 30, noWorker: true });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
  await instance.init();
  // Merged shards take the instance's language (mergeIndex falls back to it)
  // and are searched, filtered and ranked together with the main bundle.
  for (const path of await shards) await instance.mergeIndex(`${base}${path}`, { baseUrl: base, excerptLength: 30 });
  return instance;
}

let instancePromise: Promise<PagefindInstance> | null = null;
function pagefind(): Promise<PagefindInstance> {
  instancePromise ??= createPagefind();
  return instancePromise;
}

function pagefindFilters(filters: SearchFilters | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters ?? {})) if (v) out[k] = v;
  return out;
}

/** The anchor of a result URL and the document slug. */
function locate(url: string): { slug: string; anchor: string } {
  const m = /\/(?:regulations|commentary)\/([^/]+)\/#(.+)$/.exec(url);
  return m ? { slug: m[1]!, anchor: decodeURIComponent(m[2]!) } : { slug: '', anchor: '' };
}

/** Raw candidates from Pagefind for the prepared term(s), with their fragments (for tests of the contract). */
export async function pagefindCandidates(term: string, filters?: SearchFilters): Promise<PagefindFragment[]> {
  if (term.trim() === '') return [];
  const pf = await pagefind();
  const res = await pf.search(term, { filters: pagefindFilters(filters) });
  return Promise.all(res.results.map((r) => r.data()));
}

function occurrences(text: string, normalizedQuery: string): number {
  const t = normalizeForSearch(text);
  let n = 0;
  for (let at = t.indexOf(normalizedQuery); at >= 0; at = t.indexOf(normalizedQuery, at + normalizedQuery.length)) n++;
  return n;
}

export class SearchEngine {
  private readonly docs: Map<string, { doc: SearchDocument; order: number; position: Map<string, number> }>;

  constructor(private readonly data: SearchPageData) {
    this.docs = new Map(
      data.documents.map((d, order) => [d.slug, { doc: d, order, position: new Map(d.ids.map((id, k) => [id, k])) }]),
    );
  }

  private matchesFilters(slug: string, filters: SearchFilters | undefined): boolean {
    const d = this.docs.get(slug)?.doc;
    if (!d) return false;
    const f = pagefindFilters(filters);
    if (f.doc && f.doc !== d.shortTitle) return false;
    if (f.class && f.class !== d.class) return false;
    if (f.issuer && f.issuer !== (d.issuer ?? '')) return false;
    if (f.year && f.year !== (d.year ?? '')) return false;
    return true;
  }

  /** The provisions a citation query names, with the beginning of their text as excerpt. */
  private async citations(query: string, filters: SearchFilters | undefined): Promise<SearchResult[]> {
    const hits = resolveCitationQuery(query, this.data.documents).filter((h) => this.matchesFilters(h.slug, filters));
    const out: SearchResult[] = [];
    for (const h of hits) {
      const d = this.docs.get(h.slug)!.doc;
      const url = `${base.replace(/\/$/, '')}${d.path}${h.anchor ? `#${h.anchor}` : ''}`;
      let excerpt = '';
      if (h.anchor && h.label) {
        // The unit holding the anchor (art-7 for art-7-para-1-item-2), found through its number.
        const article = /^第[^第]+?条(?:之[^第]+)?/.exec(h.label)?.[0] ?? h.label;
        const q = prepareQuery(article, this.data.pairs);
        const frags = await pagefindCandidates(pagefindTerm(q), { doc: d.shortTitle });
        const unit = frags
          .map((f) => ({ f, anchor: locate(f.url).anchor }))
          .filter((x) => h.anchor === x.anchor || h.anchor!.startsWith(`${x.anchor}-`))
          .sort((a, b) => b.anchor.length - a.anchor.length)[0];
        if (unit) excerpt = buildExcerpt(readableContent(unit.f.content), '', { length: 80 });
      }
      out.push({
        url,
        title: `${d.shortTitle}${h.label ? ` ${h.label}` : ''}`,
        excerpt: excerpt || `《${d.title}》${h.label}`,
        doc: d.slug,
        docTitle: d.shortTitle,
        label: h.label || '全文',
        citation: true,
      });
    }
    return out;
  }

  /** Every provision containing the query (and the cited provision first). */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
    const q = prepareQuery(query, this.data.pairs);
    const cited = await this.citations(query, options.filters);
    if (q.terms.length === 0) return cited;
    const frags = await pagefindCandidates(pagefindTerm(q), options.filters);
    const found: (SearchResult & { n: number; order: number; position: number })[] = [];
    for (const f of frags) {
      const text = readableContent(f.content);
      if (!textContains(text, q.normalized)) continue;
      const { slug, anchor } = locate(f.url);
      const entry = this.docs.get(slug);
      if (!entry) continue;
      const label = f.meta.label ?? anchor;
      found.push({
        url: f.url,
        title: `${entry.doc.shortTitle} ${label}`,
        excerpt: buildExcerpt(text, q.normalized),
        doc: slug,
        docTitle: entry.doc.shortTitle,
        label,
        citation: false,
        n: occurrences(text, q.normalized),
        order: entry.order,
        position: entry.position.get(anchor) ?? Number.MAX_SAFE_INTEGER,
      });
    }
    // Most occurrences first, then reading order (corpus order, then position in the document).
    found.sort((a, b) => b.n - a.n || a.order - b.order || a.position - b.position || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    const seen = new Set(cited.map((c) => c.url));
    const text = found.filter((r) => !seen.has(r.url)).map(({ n: _n, order: _o, position: _p, ...r }) => r);
    return [...cited, ...text];
  }
}
