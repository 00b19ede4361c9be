/**
 * The search the search page runs (and exposes as `window.tiaowenSearch`):
 * Pagefind for candidates, our query preparation and text check for exact
 * Chinese matching (src/lib/search/query.ts), the citation jump first.
 *
 * What a query fetches does not grow with the corpus:
 * 1. the buckets of the pair table holding its pieces (src/lib/search/pair-table.ts):
 *    the rarest piece, the shards that can hold a match, an upper bound;
 * 1b. when the rarest piece has postings (src/lib/search/postings.ts): the
 *    postings of its rarest pieces, intersected, then the blocks of those
 *    records in corpus order, each text checked — no Pagefind at all;
 * 2. otherwise Pagefind (pagefind.js, its wasm, the metadata of the first shard) — a
 *    term that occurs nowhere stops before this;
 * 3. shard by shard (only those holding every piece, merged into Pagefind as
 *    they are needed), the index chunk of the rarest piece, then the
 *    candidates' fragments in Pagefind's score order, a batch at a time,
 *    each checked against the text, until as many verified results as asked
 *    for are found.
 * Results come in rank order: from the postings in corpus order; from
 * Pagefind shard by shard (corpus order), by Pagefind's score within a shard. The total is exact once every candidate is checked,
 * else estimated (约 N).
 *
 * Pagefind is loaded at run time from `<base>pagefind/pagefind.js` (written by
 * src/integrations/pagefind.ts after the build), never bundled.
 */
import { pagefindTerm, prepareQuery, textContains, type PreparedQuery } from '../lib/search/query.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { escapeHtml } from '../lib/html.ts';
import { readableContent, type CitableDocument, type DocumentAnchors } from '../lib/search/records.ts';
import { citedDocuments, parseCitationQuery, resolveInDocument } from '../lib/search/citation.ts';
import { citedFromIndex, DOCS_PER_BLOCK, titleBucketOf, titleEntry, type TitleBucket } from '../lib/search/title-index.ts';
import { isHan } from '../lib/search/text.ts';
import { bucketOf, planQuery, type PairBucket, type QueryPlan } from '../lib/search/pair-table.ts';
import { blockOf, decodePostings, keyPath, PART_POSTINGS, passesFilters, postingBucketOf, RECORDS_PER_BLOCK, type PostingBucket, type RecordBlock } from '../lib/search/postings.ts';
import { planPostings, WindowedCandidates, type PostingSource } from '../lib/search/intersect.ts';
import { decodeRanges, intersectRanges, rangeFileOf, type RangeBucket, type RecordRanges } from '../lib/search/filter-ranges.ts';

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
  /** Return the first `limit` results in rank order (default: all). */
  limit?: number;
}

/** What the page embeds for the engine (see src/pages/search.astro): sizes only, never per-document data. */
export interface SearchPageData {
  /** Buckets of the pair table (/search-data/pairs/<n>.json). */
  buckets: number;
  /** Index shards (1: unsharded). */
  shards: number;
  /** Files of postings of rare pieces (/search-data/postings/<n>.json; 0: none published). */
  postings?: number;
  /** Pieces held by at most this many provisions have postings; the others' postings come in parts (/search-data/parts/<key>/<n>.json). */
  postingsMax?: number;
  /** Search units of the corpus (record numbers 0 … records − 1); 0 or absent: the postings are not used. */
  records?: number;
  /** Postings aimed at per part when the parts were cut (`partSpan`); absent: the default. */
  partPostings?: number;
  /** Files of the records of each filter's values (/search-data/filter-ranges/<key>/<n>.json); absent: a filter on common pieces goes to Pagefind. */
  filterRanges?: Record<string, number>;
  /** Files of the title index (/search-data/titles/<n>.json; 0: a citation query fetches the whole document list). */
  titles?: number;
}

/**
 * The language our Pagefind instance is created with. Pagefind 1.6.0 cuts
 * queries with Intl.Segmenter only for zh/ja/th; under `und` it leaves our
 * prepared pieces alone. Pagefind takes the language from <html lang> when
 * the instance is created, so `createPagefind` swaps it for that one
 * synchronous call (nothing renders in between).
 */
export const QUERY_LANGUAGE = 'und';

/** The synthetic Pagefind filter naming a record's shard (set on each bundle when it is merged). */
export const SHARD_FILTER = 'tiaowen-shard';

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
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

let modulePromise: Promise<PagefindModule> | null = null;
function loadPagefind(): Promise<PagefindModule> {
  modulePromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>;
  return modulePromise;
}

/** Create a Pagefind instance on the main bundle under `language` (see QUERY_LANGUAGE); `options` go to createInstance. */
export async function createPagefind(language: string = QUERY_LANGUAGE, options: Record<string, unknown> = {}): Promise<PagefindInstance> {
  const pf = await loadPagefind();
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', language);
  let instance: PagefindInstance;
  try {
    // noWorker: a worker would cost another script download (pagefind-worker.js).
    instance = pf.createInstance({ basePath: `${base}pagefind/`, baseUrl: base, excerptLength: 30, noWorker: true, ...options });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
  await instance.init();
  return instance;
}

/** Checking candidates runs in slices of this many ms, the browser getting its turn in between (README "Quality bar"). */
const SLICE_MS = 5;

/** Give the browser its turn (input, rendering) before going on: a long task blocks both. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((ok) => setTimeout(ok, 0));
}

async function fetchJson<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${base}${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
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

/** Pagefind's bundles, merged into one instance shard by shard as a query needs them. */
class ShardedIndex {
  private instance: Promise<PagefindInstance> | null = null;
  private readonly merged = new Map<number, Promise<void>>();

  constructor(readonly shards: number) {}

  private main(): Promise<PagefindInstance> {
    // Each bundle carries its shard number as a synthetic filter, so one shard can be searched alone.
    this.instance ??= createPagefind(QUERY_LANGUAGE, this.shards > 1 ? { mergeFilter: { [SHARD_FILTER]: '0' } } : {});
    return this.instance;
  }

  /** The instance with shard `n` merged in (shard 0 is the main bundle). */
  async with(n: number): Promise<PagefindInstance> {
    const pf = await this.main();
    if (n > 0 && !this.merged.has(n)) {
      this.merged.set(n, pf.mergeIndex(`${base}pagefind-shards/${n}/`, { baseUrl: base, excerptLength: 30, mergeFilter: { [SHARD_FILTER]: String(n) } }));
    }
    await this.merged.get(n);
    return pf;
  }

  /** Search shard `n` alone. */
  async search(n: number, term: string, filters: SearchFilters | undefined): Promise<PagefindResponse> {
    const pf = await this.with(n);
    const f = pagefindFilters(filters);
    if (this.shards > 1) f[SHARD_FILTER] = String(n);
    return pf.search(term, { filters: f });
  }
}

/** Fetched on demand and kept: buckets of the pair table, the document list, each document's anchors. */
class SearchDataCache implements PostingSource {
  private readonly buckets = new Map<number, Promise<PairBucket>>();
  private documents: Promise<CitableDocument[]> | null = null;
  private docShards: Promise<Record<string, number[]>> | null = null;
  private readonly anchors = new Map<string, Promise<DocumentAnchors>>();

  private readonly postingFiles = new Map<number, Promise<PostingBucket>>();
  private readonly titleFiles = new Map<number, Promise<TitleBucket>>();
  private readonly docBlocks = new Map<number, Promise<CitableDocument[]>>();
  private readonly blocks = new Map<number, Promise<RecordBlock>>();
  private readonly parts = new Map<string, Promise<number[]>>();

  private readonly rangeFiles = new Map<string, Promise<RangeBucket>>();

  constructor(
    private readonly count: number,
    private readonly postingCount: number,
    readonly titleCount: number,
    readonly rangeCounts: Record<string, number> | null = null,
  ) {}

  /** The records the chosen filters select (null: no filter chosen, or no ranges published for one of them). */
  async filterRanges(filters: SearchFilters | undefined): Promise<RecordRanges | null> {
    const chosen = Object.entries(filters ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
    if (chosen.length === 0 || !this.rangeCounts || chosen.some(([k]) => !this.rangeCounts![k])) return null;
    const lists = await Promise.all(
      chosen.map(async ([k, v]) => {
        const path = `search-data/filter-ranges/${k}/${rangeFileOf(v, this.rangeCounts![k]!)}.json`;
        if (!this.rangeFiles.has(path)) this.rangeFiles.set(path, fetchJson<RangeBucket>(path));
        return decodeRanges((await this.rangeFiles.get(path)!)[v] ?? '');
      }),
    );
    return lists.reduce((a, b) => intersectRanges(a, b));
  }

  /** The documents (numbers, corpus order) a title-index key names. */
  async titleLookup(key: string): Promise<number[] | undefined> {
    const b = titleBucketOf(key, this.titleCount);
    if (!this.titleFiles.has(b)) this.titleFiles.set(b, fetchJson<TitleBucket>(`search-data/titles/${b}.json`));
    return titleEntry(await this.titleFiles.get(b)!, key);
  }

  /** Document `n` (corpus order). */
  async docAt(n: number): Promise<CitableDocument> {
    const b = Math.floor(n / DOCS_PER_BLOCK);
    if (!this.docBlocks.has(b)) this.docBlocks.set(b, fetchJson<CitableDocument[]>(`search-data/documents/${b}.json`));
    const d = (await this.docBlocks.get(b)!)[n % DOCS_PER_BLOCK];
    if (!d) throw new Error(`search-data/documents/${b}.json: no document ${n} (is the search data stale?)`);
    return d;
  }

  /** The record numbers holding each key (keys that have postings). */
  async postings(keys: readonly string[]): Promise<number[][]> {
    const ids = [...new Set(keys.map((k) => postingBucketOf(k, this.postingCount)))];
    for (const b of ids) if (!this.postingFiles.has(b)) this.postingFiles.set(b, fetchJson<PostingBucket>(`search-data/postings/${b}.json`));
    const loaded = new Map(await Promise.all(ids.map(async (b) => [b, await this.postingFiles.get(b)!] as const)));
    return keys.map((k) => {
      const s = loaded.get(postingBucketOf(k, this.postingCount))![k];
      if (s === undefined) throw new Error(`search-data/postings: no postings for ${k} (is the search data stale?)`);
      return decodePostings(s);
    });
  }

  /** The rare keys' whole lists (PostingSource). */
  whole(keys: readonly string[]): Promise<number[][]> {
    return this.postings(keys);
  }

  /** Part `n` of a common key's postings (PostingSource). */
  async part(key: string, n: number): Promise<number[]> {
    const path = `${keyPath(key)}/${n}`;
    if (!this.parts.has(path)) this.parts.set(path, fetchJson<string>(`search-data/parts/${path}.json`).then(decodePostings));
    return this.parts.get(path)!;
  }

  /** A block of records (their texts and documents). */
  block(n: number): Promise<RecordBlock> {
    if (!this.blocks.has(n)) this.blocks.set(n, fetchJson<RecordBlock>(`search-data/records/${n}.json`));
    return this.blocks.get(n)!;
  }

  /** The table's entries for `keys` (absent keys: the corpus does not have them). */
  async entries(keys: readonly string[]): Promise<Map<string, PairBucket[string]>> {
    const ids = [...new Set(keys.map((k) => bucketOf(k, this.count)))];
    for (const b of ids) if (!this.buckets.has(b)) this.buckets.set(b, fetchJson<PairBucket>(`search-data/pairs/${b}.json`));
    const loaded = new Map(await Promise.all(ids.map(async (b) => [b, await this.buckets.get(b)!] as const)));
    const out = new Map<string, PairBucket[string]>();
    for (const k of keys) {
      const e = loaded.get(bucketOf(k, this.count))![k];
      if (e) out.set(k, e);
    }
    return out;
  }

  /** The shards holding the documents of this short title (the `doc` filter's value). */
  async shardsOfDocument(shortTitle: string): Promise<number[]> {
    this.docShards ??= fetchJson<Record<string, number[]>>('search-data/doc-shards.json');
    return (await this.docShards)[shortTitle] ?? [];
  }

  docs(): Promise<CitableDocument[]> {
    this.documents ??= fetchJson<CitableDocument[]>('search-data/documents.json');
    return this.documents;
  }

  anchorsOf(slug: string): Promise<DocumentAnchors> {
    if (!this.anchors.has(slug)) this.anchors.set(slug, fetchJson<DocumentAnchors>(`search-data/doc/${encodeURIComponent(slug)}.json`));
    return this.anchors.get(slug)!;
  }
}

/** Candidates handed to verification at a time, at most. */
const MAX_BATCH = 100;



/** The total a run knows: exact, or an estimate (null: none yet). */
export interface SearchTotal {
  count: number | null;
  exact: boolean;
}

/**
 * One query being answered: verified results so far, in rank order, and the
 * candidates still to check. `fill(n)` checks candidates until `n` results
 * are verified or none is left.
 */
export class SearchRun {
  readonly results: SearchResult[] = [];
  private readonly seen = new Set<string>();
  private queue: PagefindResult[] = [];
  private shardAt = 0;
  private checked = 0;
  private verified = 0;
  /** Candidates Pagefind gave and unfiltered matches of the rarest piece, over the shards searched so far. */
  private candidates = 0;
  private unfiltered = 0;
  private citationCount = 0;
  private started: Promise<void> | null = null;

  private plan: QueryPlan | null = null;
  private term = '';
  /** Candidates from the postings, window by window (src/lib/search/intersect.ts); null: Pagefind answers. */
  private windows: WindowedCandidates | null = null;
  /** The current window's candidates (record numbers, corpus order) and the next to check. */
  private records: number[] = [];
  private recordAt = 0;

  constructor(
    private readonly engine: SearchEngine,
    readonly query: string,
    private readonly filters: SearchFilters | undefined,
    private readonly q: PreparedQuery = prepareQuery(query),
  ) {}

  private start(): Promise<void> {
    this.started ??= (async () => {
      const [cited] = await Promise.all([this.engine.citations(this.query, this.filters), this.preparePlan()]);
      for (const c of cited) this.push(c);
      this.citationCount = cited.length;
    })();
    return this.started;
  }

  private async preparePlan(): Promise<void> {
    if (this.q.terms.length === 0) {
      this.plan = { term: '', shards: [], bound: 0 };
      return;
    }
    const doc = this.filters?.doc;
    const [entries, docShards] = await Promise.all([
      this.engine.data.entries(this.q.pieces),
      doc && this.engine.index.shards > 1 ? this.engine.data.shardsOfDocument(doc) : Promise.resolve(null),
    ]);
    this.plan = planQuery(this.q.pieces, (k) => entries.get(k), this.engine.index.shards);
    // The postings of its rarest pieces, intersected a record range at a time, give the candidates; no Pagefind is loaded.
    // A filter limits them to the records it selects (its ranges); without ranges published, a filter on a query
    // whose every piece is common goes to Pagefind, which filters before the fragments are fetched.
    const filtered = Object.values(this.filters ?? {}).some(Boolean);
    const ranges = filtered && this.engine.records ? await this.engine.data.filterRanges(this.filters) : null;
    const postings = planPostings(this.q.pieces, (k) => entries.get(k)?.[0], this.engine.postingsMax, this.engine.records, !filtered || ranges !== null, this.engine.partPostings);
    if (postings) {
      this.windows = new WindowedCandidates(postings, this.engine.records, this.engine.data, ranges);
      return;
    }
    // A document filter: only the shards holding that document.
    if (docShards) this.plan = { ...this.plan, shards: this.plan.shards.filter((n) => docShards.includes(n)) };
    // The rarest pair goes to Pagefind; a query without a Han pair keeps handing it all its runs (诫, 2017).
    const pairs = this.q.pieces.every((p) => [...p].length === 2 && [...p].every(isHan));
    this.term = pairs ? this.plan.term : pagefindTerm(this.q);
  }

  private push(r: SearchResult): void {
    if (this.seen.has(r.url)) return;
    this.seen.add(r.url);
    this.results.push(r);
  }

  /** True when every candidate has been checked: `results` is complete. */
  get done(): boolean {
    if (this.windows) return this.windows.finished && this.recordAt >= this.records.length;
    return this.started !== null && this.plan !== null && this.queue.length === 0 && this.shardAt >= this.plan.shards.length;
  }

  /** The number of results: exact when done, else estimated from the share of candidates verified so far. */
  get total(): SearchTotal {
    if (this.done) return { count: this.results.length, exact: true };
    if (this.windows) {
      // The share verified so far, over the candidates of the windows read, scaled to the whole corpus.
      const ratio = this.checked ? this.verified / this.checked : 1;
      const share = this.windows.share;
      const read = this.verified + ratio * (this.records.length - this.recordAt);
      const estimate = Math.min(this.windows.plan.bound, share ? read / share : this.windows.plan.bound) + this.citationCount;
      return { count: Math.max(this.results.length, Math.round(estimate)), exact: false };
    }
    const plan = this.plan;
    if (!plan || !Number.isFinite(plan.bound) || this.unfiltered === 0) return { count: null, exact: false };
    const ratio = this.checked ? this.verified / this.checked : 1;
    const filteredShare = this.candidates / this.unfiltered;
    const unseen = Math.max(0, plan.bound - this.unfiltered) * filteredShare;
    const estimate = this.verified + ratio * (this.queue.length + unseen) + this.citationCount;
    return { count: Math.max(this.results.length, Math.round(estimate)), exact: false };
  }

  /** Check candidates until `n` results are verified (citations included) or none is left. */
  async fill(n: number): Promise<void> {
    await this.start();
    if (this.windows) return this.fillFromPostings(n);
    const plan = this.plan!;
    while (this.results.length < n) {
      if (this.queue.length === 0) {
        if (this.shardAt >= plan.shards.length) break;
        const res = await this.engine.index.search(plan.shards[this.shardAt]!, this.term, this.filters);
        this.shardAt++;
        this.queue = [...res.results];
        this.candidates += res.results.length;
        this.unfiltered += res.unfilteredResultCount;
        continue;
      }
      const batch = this.queue.splice(0, this.batchSize(n - this.results.length, this.queue.length));
      const frags = await Promise.all(batch.map((r) => r.data()));
      for (const f of frags) {
        this.checked++;
        const r = this.verify(f);
        if (r) {
          this.verified++;
          this.push(r);
        }
      }
    }
  }

  /** How many candidates to check next, for `need` more results: as many as the share verified so far suggests. */
  private batchSize(need: number, left: number): number {
    const ratio = this.checked ? Math.max(this.verified / this.checked, 0.05) : 1;
    return Math.min(left, MAX_BATCH, Math.max(need, Math.ceil(need / ratio)));
  }

  /** `fill` for candidates from the postings: window by window, fetch their blocks in corpus order and check each record's text and filters. */
  private async fillFromPostings(n: number): Promise<void> {
    const windows = this.windows!;
    while (this.results.length < n) {
      if (this.recordAt >= this.records.length) {
        const next = await windows.nextWindow();
        if (next === null) break;
        this.records = next;
        this.recordAt = 0;
        continue;
      }
      const records = this.records;
      const batch = records.slice(this.recordAt, this.recordAt + this.batchSize(n - this.results.length, records.length - this.recordAt));
      const blocks = new Map(await Promise.all([...new Set(batch.map(blockOf))].map(async (b) => [b, await this.engine.data.block(b)] as const)));
      this.recordAt += batch.length;
      let slice = performance.now();
      for (const id of batch) {
        if (performance.now() - slice > SLICE_MS) {
          await yieldToMain();
          slice = performance.now();
        }
        const block = blocks.get(blockOf(id))!;
        const rec = block.records[id % RECORDS_PER_BLOCK];
        if (!rec) throw new Error(`search-data/records/${blockOf(id)}.json: no record ${id} (is the search data stale?)`);
        this.checked++;
        const [d, anchor, label, text] = rec;
        const doc = block.docs[d]!;
        if (!passesFilters(doc.filters, this.filters) || !textContains(text, this.q.normalized)) continue;
        this.verified++;
        const url = `${base.replace(/\/$/, '')}${doc.path}#${anchor}`;
        this.push({ url, title: `${doc.shortTitle} ${label}`, excerpt: buildExcerpt(text, this.q.normalized), doc: doc.slug, docTitle: doc.shortTitle, label, citation: false });
      }
    }
  }

  private verify(f: PagefindFragment): SearchResult | null {
    const text = readableContent(f.content);
    if (!textContains(text, this.q.normalized)) return null;
    const { slug, anchor } = locate(f.url);
    const label = f.meta.label ?? anchor;
    const docTitle = f.filters?.doc?.[0] ?? slug;
    return { url: f.url, title: `${docTitle} ${label}`, excerpt: buildExcerpt(text, this.q.normalized), doc: slug, docTitle, label, citation: false };
  }
}

export class SearchEngine {
  readonly index: ShardedIndex;
  readonly data: SearchDataCache;

  constructor(page: SearchPageData) {
    this.index = new ShardedIndex(Math.max(1, page.shards));
    this.data = new SearchDataCache(Math.max(1, page.buckets), page.postings ?? 0, page.titles ?? 0, page.filterRanges ?? null);
    this.postingsMax = page.postings ? (page.postingsMax ?? 0) : 0;
    this.records = page.records ?? 0;
    this.partPostings = page.partPostings ?? PART_POSTINGS;
  }

  /** Postings per part (the build's `TIAOWEN_SEARCH_PART_POSTINGS`). */
  readonly partPostings: number;

  /** Search units of the corpus (0: unknown, the postings are not used). */
  readonly records: number;

  /** Pieces held by at most this many provisions have postings (0: none). */
  readonly postingsMax: number;

  /** Start answering a query; `fill` the run for results. */
  run(query: string, options: SearchOptions = {}): SearchRun {
    return new SearchRun(this, query, options.filters);
  }

  /** The first `limit` results in rank order (all without a limit), cited provisions first. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const run = this.run(query, options);
    await run.fill(limit);
    return run.results.slice(0, limit);
  }

  /** Raw candidates from Pagefind for a prepared term in every shard, with their fragments (for tests of the contract). */
  async candidates(term: string, filters?: SearchFilters): Promise<PagefindFragment[]> {
    if (term.trim() === '') return [];
    const out: PagefindFragment[] = [];
    for (let n = 0; n < this.index.shards; n++) {
      const res = await this.index.search(n, term, filters);
      out.push(...(await Promise.all(res.results.map((r) => r.data()))));
    }
    return out;
  }

  /** The provisions a citation query names, with the beginning of their text as excerpt (nothing fetched for other queries). */
  async citations(query: string, filters: SearchFilters | undefined): Promise<SearchResult[]> {
    const parsed = parseCitationQuery(query);
    if (!parsed) return [];
    const f = pagefindFilters(filters);
    const named = this.data.titleCount > 0 ? await citedFromIndex(parsed, (k) => this.data.titleLookup(k), (n) => this.data.docAt(n)) : citedDocuments(parsed, await this.data.docs());
    const docs = named.filter(
      (d) => (!f.doc || f.doc === d.shortTitle) && (!f.class || f.class === d.class) && (!f.issuer || f.issuer === (d.issuer ?? '')) && (!f.year || f.year === (d.year ?? '')),
    );
    const out: SearchResult[] = [];
    for (const d of docs) {
      const anchors = await this.data.anchorsOf(d.slug);
      for (const h of resolveInDocument(parsed, d.slug, anchors.ids)) {
        const url = `${base.replace(/\/$/, '')}${d.path}${h.anchor ? `#${h.anchor}` : ''}`;
        // The unit holding the anchor (art-7 for art-7-para-1-item-2).
        const unit = h.anchor
          ? anchors.units.filter(([id]) => h.anchor === id || h.anchor!.startsWith(`${id}-`)).sort((a, b) => b[0].length - a[0].length)[0]
          : undefined;
        out.push({
          url,
          title: `${d.shortTitle}${h.label ? ` ${h.label}` : ''}`,
          excerpt: unit ? escapeHtml(unit[1]) : escapeHtml(`《${d.title}》${h.label}`),
          doc: d.slug,
          docTitle: d.shortTitle,
          label: h.label || '全文',
          citation: true,
        });
      }
    }
    return out;
  }
}
