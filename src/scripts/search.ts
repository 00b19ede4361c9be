/**
 * The search page: reads /search/?q=…&doc=…&class=…&issuer=…&year=…, runs
 * the search on load and on every submit or filter change, renders the
 * results and exposes the same function as `window.tiaowenSearch(query,
 * options?)` → Promise<{url, title, excerpt, …}[]> (all results).
 */
import { SearchEngine, pagefindCandidates, type SearchFilters, type SearchOptions, type SearchPageData, type SearchResult } from './search-engine.ts';
import { FILTER_KEYS } from '../lib/search/records.ts';
import { escapeHtml } from '../lib/search/excerpt.ts';

declare global {
  interface Window {
    tiaowenSearch: (query: string, options?: SearchOptions) => Promise<SearchResult[]>;
    /** Raw Pagefind candidates for a prepared term (contract tests only). */
    tiaowenPagefindCandidates: (term: string, filters?: SearchFilters) => Promise<{ url: string; content: string }[]>;
  }
}

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const data = JSON.parse(document.getElementById('search-data')!.textContent!) as SearchPageData;

const engine = new SearchEngine(data);
window.tiaowenSearch = (query, options) => engine.search(query, options);
window.tiaowenPagefindCandidates = (term, filters) => pagefindCandidates(term, filters);

function select(key: string): HTMLSelectElement | null {
  return form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
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

function render(query: string, results: SearchResult[]): void {
  list.innerHTML = results
    .map(
      (r) => `<li class="search-result${r.citation ? ' is-citation' : ''}">
  <h2 class="search-result-title"><a href="${escapeHtml(r.url)}">${r.citation ? '<span class="search-badge">引用定位</span> ' : ''}<span class="search-result-doc">${escapeHtml(r.docTitle)}</span> <span class="search-result-label">${escapeHtml(r.label)}</span></a></h2>
  <p class="search-result-excerpt">${r.excerpt}</p>
</li>`,
    )
    .join('');
  const shown = `“${query}”`;
  status.textContent = results.length
    ? `找到 ${results.length} 条包含或引用${shown}的条文。`
    : `未找到包含${shown}的条文。请检查用字，或减少筛选条件。`;
}

let seq = 0;
async function run(query: string): Promise<void> {
  const mine = ++seq;
  const q = query.trim();
  if (q === '') {
    list.innerHTML = '';
    status.textContent = '请输入检索词，例如：诫勉、三会一课、问责条例第七条。';
    setState('idle');
    return;
  }
  setState('loading');
  status.textContent = '正在检索…';
  try {
    const results = await engine.search(q, { filters: currentFilters() });
    if (mine !== seq) return;
    render(q, results);
    setState('done');
  } catch (e) {
    if (mine !== seq) return;
    console.error(e);
    list.innerHTML = '';
    status.textContent = '检索索引无法加载。站点需先完成构建（npm run build）。';
    setState('error');
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
  select(k)?.addEventListener('change', () => {
    syncUrl();
    if (input.value.trim()) void run(input.value);
  });
}

// Run the query of the address on load.
const params = new URLSearchParams(location.search);
for (const k of FILTER_KEYS) {
  const v = params.get(k);
  const s = select(k);
  if (v && s && [...s.options].some((o) => o.value === v)) s.value = v;
}
input.value = params.get('q') ?? '';
void run(input.value);
