/**
 * The any-two picker and the browser's comparisons (see ComparePicker.astro
 * and src/pages/compare/index.astro).
 *
 * - Reads /compare/data/index.json to fill the provision lists and to know
 *   which pairs are a measure and its parent (those have a pre-rendered page,
 *   where the picker sends them).
 * - On /compare/?a=…&b=… it fetches just the two documents' data files
 *   (/compare/data/<slug>.json), aligns them with the same code as the
 *   pre-rendered pages (src/lib/compare) and renders the same markup; with
 *   &pa=…/&pb=… it compares the two provisions.
 */
import { alignProvisions } from '../lib/compare/align.ts';
import { compareData, compareDataPath, infoOf, isPagePair, PICKER_INDEX_PATH, type CompareDocData, type PickerIndex, type PickerIndexEntry } from '../lib/compare/data.ts';
import { isParentPair, renderComparison, renderProvisionComparison, wordLink } from '../lib/compare/html.ts';
import { escapeHtml } from '../lib/compare/render.ts';
import { closestUnit } from '../lib/compare/similarity.ts';
import { choiceUrl, readChoice, type PickerChoice } from './compare-picker-data.ts';
import { withBase } from '../components/base-path.ts';

const form = document.querySelector<HTMLFormElement>('#compare-picker');
const docResult = document.querySelector<HTMLElement>('#compare-result');
const provisionResult = document.querySelector<HTMLElement>('#picker-result');
const urlOut = document.querySelector<HTMLElement>('#picker-url');

function select(name: string): HTMLSelectElement {
  return form!.elements.namedItem(name) as HTMLSelectElement;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const docFiles = new Map<string, Promise<CompareDocData>>();
function loadDoc(slug: string): Promise<CompareDocData> {
  let p = docFiles.get(slug);
  if (!p) docFiles.set(slug, (p = getJson<CompareDocData>(withBase(compareDataPath(slug))).then((d) => ({ ...d, href: withBase(d.href) }))));
  return p;
}

function fillUnits(sel: HTMLSelectElement, doc: PickerIndexEntry | undefined, value = ''): void {
  sel.replaceChildren(new Option('整篇文件', ''));
  for (const [anchor, label] of doc?.units ?? []) sel.add(new Option(label, anchor));
  sel.value = doc?.units.some(([anchor]) => anchor === value) ? value : '';
}

function choice(): PickerChoice {
  return { a: select('a').value, b: select('b').value, pa: select('pa').value, pb: select('pb').value };
}

function urlOf(index: PickerIndex, c: PickerChoice): string {
  return withBase(choiceUrl(c, isPagePair(index, c.a, c.b)));
}

function showUrl(index: PickerIndex): void {
  if (!urlOut) return;
  const c = choice();
  if (!c.a || !c.b) {
    urlOut.textContent = '';
    return;
  }
  const href = new URL(urlOf(index, c), location.href).href;
  urlOut.innerHTML = `本次比较的网址：<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
}

function message(target: HTMLElement | null, text: string): void {
  if (target) target.innerHTML = `<p class="compare-empty">${escapeHtml(text)}</p>`;
}

/** The printed URL (foot of every sheet) and the tab title follow the comparison shown. */
function describePage(title: string): void {
  document.title = `${title} · 条文`;
  const printUrl = document.querySelector<HTMLElement>('.print-url');
  if (printUrl) {
    let base = location.origin;
    try {
      base = new URL(printUrl.textContent ?? '').origin;
    } catch {
      /* keep this page's origin */
    }
    printUrl.textContent = new URL(location.pathname + location.search, base).href;
  }
}

/** 下载 Word of a comparison made in the browser: the .docx is written here (docx loaded on demand), dated today. */
async function downloadWord(cmp: Pick<ReturnType<typeof compareData>, 'rows' | 'local' | 'base'>): Promise<void> {
  const [{ comparisonSpec }, { comparisonDocx, DOCX_TYPE }] = await Promise.all([import('../lib/export/comparison-docx.ts'), import('../lib/export/docx-table.ts')]);
  const d = new Date();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const bytes = await comparisonDocx(comparisonSpec({ rows: cmp.rows, local: cmp.local, base: cmp.base, parentPair: isParentPair(cmp.local, cmp.base), date }));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${cmp.local.shortTitle}与${cmp.base.shortTitle}对照表.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whole documents: the comparison replaces the index's heading and list (the picker stays below it). */
async function renderDocuments(c: PickerChoice): Promise<void> {
  if (!docResult) return;
  message(docResult, '正在载入比较数据…');
  const [a, b] = await Promise.all([loadDoc(c.a), loadDoc(c.b)]);
  const cmp = compareData(a, b);
  docResult.innerHTML = renderComparison(cmp, { changeHref: '#picker-h', crosswalkHref: withBase('/crosswalk/'), word: 'button' });
  docResult.querySelector('.compare-word-button')?.addEventListener('click', () => void downloadWord(cmp));
  document.getElementById('compare-intro')?.remove();
  describePage(`对照：${a.shortTitle} 与 ${b.shortTitle}`);
  docResult.dataset.ready = 'true';
}

/** Two provisions (or one, matched with the closest provision of the other document). */
async function renderProvisions(index: PickerIndex, c: PickerChoice): Promise<void> {
  if (!provisionResult) return;
  message(provisionResult, '正在载入比较数据…');
  const [a, b] = await Promise.all([loadDoc(c.a), loadDoc(c.b)]);
  let ua = a.units.find((u) => u.anchor === c.pa);
  let ub = b.units.find((u) => u.anchor === c.pb);
  let auto: 'left' | 'right' | undefined;
  if (ua && !ub) [ub, auto] = [closestUnit(b.units, ua.text), 'right'];
  else if (ub && !ua) [ua, auto] = [closestUnit(a.units, ub.text), 'left'];
  if (!ua || !ub) {
    message(provisionResult, '网址中的条款不存在，请重新选择。');
    return;
  }
  const row = alignProvisions(ua, ub);
  provisionResult.innerHTML =
    renderProvisionComparison(row, infoOf(a), infoOf(b), {
      auto,
      wholeHref: urlOf(index, { ...c, pa: '', pb: '' }),
    }) + wordLink('button');
  provisionResult.querySelector('.compare-word-button')?.addEventListener('click', () => void downloadWord({ rows: [row], local: infoOf(a), base: infoOf(b) }));
  describePage(`条款对照：${a.shortTitle}${ua.num} 与 ${b.shortTitle}${ub.num}`);
  provisionResult.dataset.ready = 'true';
}

async function init(): Promise<void> {
  if (!form) return;
  const initial = readChoice(location.search);
  // Start the two data files at once; the index says whether they exist.
  if (initial.a && initial.b) {
    void loadDoc(initial.a).catch(() => undefined);
    void loadDoc(initial.b).catch(() => undefined);
  }
  let index: PickerIndex;
  try {
    index = await getJson<PickerIndex>(withBase(PICKER_INDEX_PATH));
  } catch {
    message(provisionResult, '比较数据载入失败，请刷新页面重试。');
    return;
  }
  const bySlug = new Map(index.documents.map((d) => [d.slug, d]));
  const [a, b, pa, pb] = [select('a'), select('b'), select('pa'), select('pb')];

  if (bySlug.has(initial.a)) a.value = initial.a;
  if (bySlug.has(initial.b)) b.value = initial.b;
  fillUnits(pa, bySlug.get(a.value), initial.pa);
  fillUnits(pb, bySlug.get(b.value), initial.pb);

  a.addEventListener('change', () => {
    const doc = bySlug.get(a.value);
    fillUnits(pa, doc);
    // Default the other side to the parent, the usual comparison.
    if (doc && (!b.value || b.value === a.value) && doc.parents[0] && bySlug.has(doc.parents[0])) {
      b.value = doc.parents[0];
      fillUnits(pb, bySlug.get(b.value));
    }
    showUrl(index);
  });
  b.addEventListener('change', () => {
    fillUnits(pb, bySlug.get(b.value));
    showUrl(index);
  });
  pa.addEventListener('change', () => showUrl(index));
  pb.addEventListener('change', () => showUrl(index));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = choice();
    if (!c.a || !c.b) return;
    if (c.a === c.b && !c.pa && !c.pb) {
      if (urlOut) urlOut.textContent = '请选择两份不同的文件，或在同一文件中选择条款。';
      return;
    }
    location.assign(urlOf(index, c));
  });
  form.dataset.ready = 'true';
  showUrl(index);

  if (!initial.a && !initial.b) return;
  const docA = bySlug.get(initial.a);
  const docB = bySlug.get(initial.b);
  if (!docA || !docB) {
    message(initial.pa || initial.pb ? provisionResult : docResult, '网址中的文件不存在，请重新选择。');
    return;
  }
  try {
    if (initial.pa || initial.pb) {
      await renderProvisions(index, initial);
    } else if (initial.a === initial.b) {
      message(docResult, '请选择两份不同的文件，或在同一文件中选择条款。');
      return;
    } else {
      await renderDocuments(initial);
    }
    if (location.hash === '#picker-h') document.getElementById('picker-h')?.scrollIntoView();
  } catch {
    message(initial.pa || initial.pb ? provisionResult : docResult, '比较数据载入失败，请刷新页面重试。');
  }
}

void init();
