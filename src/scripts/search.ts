/**
 * The search page: reads /search/?q=…&doc=…&class=…&issuer=…&year=…, runs
 * the search on load and on every submit or filter change, shows the first
 * PAGE results (加载更多 for the next PAGE), and exposes the engine as
 * `window.tiaowenSearch(query, { filters, limit })` → Promise<{url, title,
 * excerpt, …}[]> (the first `limit` results in rank order; all without it).
 */
import { SearchEngine, yieldToMain, type SearchFilters, type SearchOptions, type SearchPageData, type SearchResult, type SearchRun } from './search-engine.ts';
import { FILTER_KEYS } from '../lib/search/records.ts';
import { escapeHtml } from '../lib/html.ts';

declare global {
  interface Window {
    tiaowenSearch: (query: string, options?: SearchOptions) => Promise<SearchResult[]>;
    /** Raw Pagefind candidates for a prepared term (contract tests only). */
    tiaowenPagefindCandidates: (term: string, filters?: SearchFilters) => Promise<{ url: string; content: string }[]>;
  }
}

/** Results shown at first and added by each 加载更多. */
const PAGE = 20;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const data = JSON.parse(document.getElementById('search-data')!.textContent!) as SearchPageData;

const engine = new SearchEngine(data);
window.tiaowenSearch = (query, options) => engine.search(query, options);
window.tiaowenPagefindCandidates = (term, filters) => engine.candidates(term, filters);

function select(key: string): HTMLSelectElement | null {
  return form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
}

let lazyValues: Promise<Record<string, string[]>> | null = null;

/** Fill a filter whose options are not in the page (data-lazy) from /search-data/filters.json, once. */
async function fillOptions(s: HTMLSelectElement, key: string): Promise<void> {
  if (!('lazy' in s.dataset)) return;
  delete s.dataset.lazy;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  lazyValues ??= fetch(`${base}search-data/filters.json`).then((r) => r.json() as Promise<Record<string, string[]>>);
  const chosen = s.value;
  for (const v of (await lazyValues)[key] ?? []) {
    if (v === chosen) continue;
    s.add(new Option(v, v));
  }
}

function currentFilters(): SearchFilters {
  const f: SearchFilters = {};
  for (const k of FILTER_KEYS) {
    const v = select(k)?.value;
    if (v) f[k] = v;
  }
  return f;
}

function setState(state: 'idle' | 'loading' | 'done' | 'error'): void {
  document.body.dataset.searchState = state;
}

function item(r: SearchResult): string {
  return `<li class="search-result${r.citation ? ' is-citation' : ''}">
  <h2 class="search-result-title"><a href="${escapeHtml(r.url)}">${r.citation ? '<span class="search-badge">引用定位</span> ' : ''}<span class="search-result-doc">${escapeHtml(r.docTitle)}</span> <span class="search-result-label">${escapeHtml(r.label)}</span></a></h2>
  <p class="search-result-excerpt">${r.excerpt}</p>
</li>`;
}

/** The status line: how many are shown and how many there are (exactly, or 约 N while unchecked candidates remain). */
function statusText(run: SearchRun, n: number): string {
  const q = `“${run.query}”`;
  if (n === 0) return `未找到包含${q}的条文。请检查用字，或减少筛选条件。`;
  const total = run.total;
  if (total.exact) return n === total.count ? `找到 ${n} 条包含或引用${q}的条文。` : `找到 ${total.count} 条包含或引用${q}的条文，已显示 ${n} 条。`;
  const about = total.count === null ? ' 条以上' : `约 ${total.count} 条`;
  return total.count === null ? `找到 ${n}${about}包含或引用${q}的条文，已显示 ${n} 条。` : `找到${about}包含或引用${q}的条文，已显示 ${n} 条。`;
}

/** Show the results of `run` from index `from` on, and the 加载更多 button when more may follow. */
function render(run: SearchRun, from: number): void {
  const shown = Math.min(run.results.length, from === 0 ? PAGE : from + PAGE);
  const html = run.results.slice(from, shown).map(item).join('');
  if (from === 0) list.innerHTML = html;
  else list.insertAdjacentHTML('beforeend', html);
  status.textContent = statusText(run, shown);
  more.hidden = run.done && shown >= run.results.length;
}

let seq = 0;
let current: SearchRun | null = null;

async function run(query: string): Promise<void> {
  const mine = ++seq;
  const q = query.trim();
  current = null;
  more.hidden = true;
  if (q === '') {
    list.innerHTML = '';
    status.textContent = '请输入检索词，例如：诫勉、三会一课、问责条例第七条。';
    setState('idle');
    return;
  }
  setState('loading');
  status.textContent = '正在检索…';
  try {
    // the page first (on load this runs while the script is evaluated), then the query's own work
    await yieldToMain();
    if (mine !== seq) return;
    const r = engine.run(q, { filters: currentFilters() });
    // One more than shown: when it exists, 加载更多 is offered.
    await r.fill(PAGE + 1);
    if (mine !== seq) return;
    current = r;
    render(r, 0);
    setState('done');
  } catch (e) {
    if (mine !== seq) return;
    console.error(e);
    list.innerHTML = '';
    status.textContent = '检索索引无法加载。站点需先完成构建（npm run build）。';
    setState('error');
  }
}

/** 加载更多: the next PAGE results; the status line (a live region) announces the new count. */
async function loadMore(): Promise<void> {
  const r = current;
  if (!r) return;
  const mine = seq;
  if (more.getAttribute('aria-busy') === 'true') return;
  const from = list.children.length;
  // Not disabled while loading: a disabled button would drop the keyboard focus.
  more.setAttribute('aria-busy', 'true');
  setState('loading');
  try {
    await r.fill(from + PAGE + 1);
    if (mine !== seq) return;
    render(r, from);
    setState('done');
    // Keep the keyboard where the reader is: on the button, or on the first new result when the button is gone.
    if (more.hidden) list.children[from]?.querySelector('a')?.focus();
  } catch (e) {
    if (mine !== seq) return;
    console.error(e);
    status.textContent = '加载更多结果失败，请重试。';
    setState('error');
  } finally {
    more.removeAttribute('aria-busy');
  }
}

/** Keep the address shareable: /search/?q=诫勉&class=党内法规 */
function syncUrl(): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [k, v] of Object.entries(currentFilters())) if (v) params.set(k, v);
  const qs = params.toString();
  history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  syncUrl();
  void run(input.value);
});
for (const k of FILTER_KEYS) {
  const s = select(k);
  s?.addEventListener('change', () => {
    syncUrl();
    if (input.value.trim()) void run(input.value);
  });
  // Options of a long list arrive when the reader first reaches it (keyboard or pointer).
  for (const ev of ['focus', 'pointerdown']) s?.addEventListener(ev, () => void fillOptions(s, k), { once: true });
}
more.addEventListener('click', () => void loadMore());

// Run the query of the address on load.
const params = new URLSearchParams(location.search);
for (const k of FILTER_KEYS) {
  const v = params.get(k);
  const s = select(k);
  if (!v || !s) continue;
  // A value of a long list that the page does not hold yet: offered as the chosen option (the rest arrive on first use).
  if ('lazy' in s.dataset && ![...s.options].some((o) => o.value === v)) s.add(new Option(v, v));
  if ([...s.options].some((o) => o.value === v)) s.value = v;
}
input.value = params.get('q') ?? '';
void run(input.value);
