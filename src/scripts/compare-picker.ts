/**
 * The any-two picker and the browser's comparisons (see ComparePicker.astro
 * and src/pages/compare/index.astro).
 *
 * - Each side: an issuer (listed in the page), then one of its documents
 *   (the issuer's group file /compare/data/group/<key>.json, fetched when
 *   chosen), then optionally a provision (from the document's data file
 *   /compare/data/<slug>.json, fetched when the document is chosen — the
 *   comparison needs it anyway). Nothing the picker loads grows with the
 *   corpus.
 * - The group entries say which pairs are a measure and its parent (those
 *   have a pre-rendered page, where the picker sends them).
 * - On /compare/?a=…&b=… it fetches just the two documents' data files,
 *   aligns them with the same code as the pre-rendered pages
 *   (src/lib/compare) and renders the same markup; with &pa=…/&pb=… it
 *   compares the two provisions.
 */
import { alignProvisions } from '../lib/compare/align.ts';
import { compareData, compareDataPath, infoOf, isPagePair, pickerGroupPath, type CompareDocData, type PickerEntry, type PickerGroup } from '../lib/compare/data.ts';
import { isParentPair, renderComparison, renderProvisionComparison, wordLink } from '../lib/compare/html.ts';
import { escapeHtml } from '../lib/html.ts';
import { closestUnit } from '../lib/compare/similarity.ts';
import { unitLabel } from '../lib/compare/units.ts';
import { choiceUrl, readChoice, type PickerChoice } from './compare-picker-data.ts';
import { withBase } from '../components/base-path.ts';

const form = document.querySelector<HTMLFormElement>('#compare-picker');
const docResult = document.querySelector<HTMLElement>('#compare-result');
const provisionResult = document.querySelector<HTMLElement>('#picker-result');
const urlOut = document.querySelector<HTMLElement>('#picker-url');

type Side = 'a' | 'b';

function select(id: string): HTMLSelectElement {
  return document.getElementById(id) as HTMLSelectElement;
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

const groupFiles = new Map<string, Promise<PickerGroup>>();
function loadGroup(key: string): Promise<PickerGroup> {
  let p = groupFiles.get(key);
  if (!p) groupFiles.set(key, (p = getJson<PickerGroup>(withBase(pickerGroupPath(key)))));
  return p;
}

/** Picker entries of the documents whose group has been loaded, by slug. */
const entries = new Map<string, PickerEntry>();

const sel = (side: Side) => ({ group: select(`picker-g${side}`), doc: select(`picker-${side}`), unit: select(`picker-p${side}`) });

/** Fill a side's document list from its group; keep `value` when the group has it. */
async function showGroup(side: Side, key: string, value = ''): Promise<void> {
  const { group, doc, unit } = sel(side);
  group.value = key;
  unit.replaceChildren(new Option('整篇文件', ''));
  if (!key) {
    doc.replaceChildren(new Option('请先选择发布机关', ''));
    return;
  }
  doc.replaceChildren(new Option('正在载入…', ''));
  const g = await loadGroup(key);
  if (group.value !== key) return; // changed meanwhile
  doc.replaceChildren(new Option('请选择文件', ''));
  for (const d of g.documents) {
    entries.set(d.slug, d);
    doc.add(new Option(d.shortTitle, d.slug));
  }
  doc.value = g.documents.some((d) => d.slug === value) ? value : '';
}

/** Fill a side's provision list from the chosen document's data file. */
async function showUnits(side: Side, value = ''): Promise<void> {
  const { doc, unit } = sel(side);
  const slug = doc.value;
  unit.replaceChildren(new Option('整篇文件', ''));
  if (!slug) return;
  const data = await loadDoc(slug);
  if (doc.value !== slug) return;
  for (const u of data.units) unit.add(new Option(unitLabel(u), u.anchor));
  unit.value = data.units.some((u) => u.anchor === value) ? value : '';
}

function choice(): PickerChoice {
  return { a: sel('a').doc.value, b: sel('b').doc.value, pa: sel('a').unit.value, pb: sel('b').unit.value };
}

function urlOf(c: PickerChoice): string {
  return withBase(choiceUrl(c, isPagePair(entries.get(c.a), c.b)));
}

function showUrl(): void {
  if (!urlOut) return;
  const c = choice();
  if (!c.a || !c.b) {
    urlOut.textContent = '';
    return;
  }
  const href = new URL(urlOf(c), location.href).href;
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
async function renderProvisions(c: PickerChoice): Promise<void> {
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
      wholeHref: urlOf({ ...c, pa: '', pb: '' }),
    }) + wordLink('button');
  provisionResult.querySelector('.compare-word-button')?.addEventListener('click', () => void downloadWord({ rows: [row], local: infoOf(a), base: infoOf(b) }));
  describePage(`条款对照：${a.shortTitle}${ua.num} 与 ${b.shortTitle}${ub.num}`);
  provisionResult.dataset.ready = 'true';
}

/** Set a side to a document (its group, the document, a provision) as a URL names it; false when it does not exist. */
async function restoreSide(side: Side, slug: string, anchor: string): Promise<boolean> {
  if (!slug) return false;
  let data: CompareDocData;
  try {
    data = await loadDoc(slug);
  } catch {
    return false;
  }
  await showGroup(side, data.group, slug);
  if (sel(side).doc.value !== slug) return false;
  await showUnits(side, anchor);
  return true;
}

function wire(): void {
  for (const side of ['a', 'b'] as const) {
    const { group, doc, unit } = sel(side);
    group.addEventListener('change', () => {
      void showGroup(side, group.value).then(showUrl, () => message(provisionResult, '比较数据载入失败，请刷新页面重试。'));
    });
    doc.addEventListener('change', () => {
      showUrl();
      void showUnits(side).catch(() => message(provisionResult, '比较数据载入失败，请刷新页面重试。'));
      if (side !== 'a') return;
      // Default the other side to the parent, the usual comparison.
      const parent = entries.get(doc.value)?.parents[0];
      const b = sel('b').doc;
      if (parent && (!b.value || b.value === doc.value)) {
        void showGroup('b', parent.group, parent.slug)
          .then(() => showUnits('b'))
          .then(showUrl, () => message(provisionResult, '比较数据载入失败，请刷新页面重试。'));
      }
    });
    unit.addEventListener('change', showUrl);
  }
  form!.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = choice();
    if (!c.a || !c.b) return;
    if (c.a === c.b && !c.pa && !c.pb) {
      if (urlOut) urlOut.textContent = '请选择两份不同的文件，或在同一文件中选择条款。';
      return;
    }
    location.assign(urlOf(c));
  });
}

async function init(): Promise<void> {
  if (!form) return;
  const initial = readChoice(location.search);
  wire();
  // Both sides at once: each loads its document's data file, then its group's file.
  const [okA, okB] = await Promise.all([restoreSide('a', initial.a, initial.pa), restoreSide('b', initial.b, initial.pb)]);
  form.dataset.ready = 'true';
  showUrl();

  if (!initial.a && !initial.b) return;
  if (!okA || !okB) {
    message(initial.pa || initial.pb ? provisionResult : docResult, '网址中的文件不存在，请重新选择。');
    return;
  }
  try {
    if (initial.pa || initial.pb) {
      await renderProvisions(initial);
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
