/**
 * The any-two picker (see ComparePicker.astro). Reads /compare/data.json,
 * fills the provision lists, keeps the choice in the URL, and renders a
 * provision-to-provision comparison with the same diff and markup as the
 * static compare pages.
 */
import { DIFF_READABLE, NEAR_VERBATIM, statusLabel, type RowStatus } from '../lib/compare/align.ts';
import { diffText, sameText } from '../lib/compare/diff.ts';
import { escapeHtml, renderPlain, renderSide } from '../lib/compare/render.ts';
import { textSimilarity } from '../lib/compare/similarity.ts';
import { choiceUrl, readChoice, type PickerChoice, type PickerData, type PickerDocument, type PickerUnit } from './compare-picker-data.ts';

const form = document.querySelector<HTMLFormElement>('#compare-picker');
const result = document.querySelector<HTMLElement>('#picker-result');
const urlOut = document.querySelector<HTMLElement>('#picker-url');

function select(name: string): HTMLSelectElement {
  return form!.elements.namedItem(name) as HTMLSelectElement;
}

function fillUnits(sel: HTMLSelectElement, doc: PickerDocument | undefined, value = ''): void {
  sel.replaceChildren(new Option('整篇文件', ''));
  for (const u of doc?.units ?? []) {
    const label = u.heading ? `${u.num} ${u.heading}` : `${u.num} ${u.text.slice(0, 18)}…`;
    sel.add(new Option(label, u.anchor));
  }
  sel.value = doc?.units.some((u) => u.anchor === value) ? value : '';
}

function choice(): PickerChoice {
  return { a: select('a').value, b: select('b').value, pa: select('pa').value, pb: select('pb').value };
}

function showUrl(): void {
  if (!urlOut) return;
  const c = choice();
  if (!c.a || !c.b) {
    urlOut.textContent = '';
    return;
  }
  const href = new URL(choiceUrl(c), location.href).href;
  urlOut.innerHTML = `本次比较的网址：<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
}

/** The unit of `doc` whose text is closest to `text`. */
function bestMatch(doc: PickerDocument, text: string): PickerUnit | undefined {
  let best: PickerUnit | undefined;
  let score = -1;
  for (const u of doc.units) {
    const s = textSimilarity(text, u.text);
    if (s > score) [best, score] = [u, s];
  }
  return best;
}

function cell(doc: PickerDocument, u: PickerUnit, html: string, note = ''): string {
  const heading = u.heading ? `<span class="title">${escapeHtml(u.heading)}</span>` : '';
  return (
    `<p class="compare-side">${escapeHtml(doc.shortTitle)}</p>` +
    `<div class="compare-provision"><h3 class="compare-heading"><a href="${escapeHtml(`${doc.href}#${u.anchor}`)}"><span class="num">${escapeHtml(u.num)}</span>${heading}</a></h3>` +
    (note ? `<p class="compare-note">${escapeHtml(note)}</p>` : '') +
    `<div class="compare-text">${html}</div></div>`
  );
}

function renderProvisions(data: PickerData, c: PickerChoice): void {
  if (!result) return;
  const a = data.documents.find((d) => d.slug === c.a);
  const b = data.documents.find((d) => d.slug === c.b);
  if (!a || !b) {
    result.innerHTML = '<p class="compare-empty">网址中的文件不存在，请重新选择。</p>';
    return;
  }
  let ua = a.units.find((u) => u.anchor === c.pa);
  let ub = b.units.find((u) => u.anchor === c.pb);
  let auto = '';
  if (ua && !ub) [ub, auto] = [bestMatch(b, ua.text), 'right'];
  else if (ub && !ua) [ua, auto] = [bestMatch(a, ub.text), 'left'];
  if (!ua || !ub) {
    result.innerHTML = '<p class="compare-empty">网址中的条款不存在，请重新选择。</p>';
    return;
  }
  const d = diffText(ub.text, ua.text, { minSimilarity: DIFF_READABLE });
  const kind: RowStatus = sameText(ua.text, ub.text) ? 'verbatim' : d.similarity >= NEAR_VERBATIM ? 'near-verbatim' : 'adapted';
  const status = statusLabel(kind, a.parents.includes(b.slug));
  const marked = d.exact && d.similarity >= DIFF_READABLE;
  const autoNote = '自动匹配的最接近条款';
  result.innerHTML =
    `<section class="compare" aria-labelledby="picker-result-h"><h2 id="picker-result-h">条款对照</h2>` +
    `<p class="compare-status"><span class="badge">${status}</span><span class="compare-similarity">文字相同 ${d.exact ? '' : '不超过 '}${Math.round(d.similarity * 100)}%</span></p>` +
    `<p class="compare-legend">图例：<ins><span class="visually-hidden">［增］</span>下划线</ins>为左栏增加的文字，<del><span class="visually-hidden">［删］</span>删除线</del>为右栏有而左栏没有的文字。${marked ? '' : '两者文字差异较大，未逐字标注。'}</p>` +
    `<div class="compare-row compare-colheads" aria-hidden="true"><div class="compare-cell">${escapeHtml(a.shortTitle)}</div><div class="compare-cell">${escapeHtml(b.shortTitle)}</div></div>` +
    `<div class="compare-row" data-status="${kind}">` +
    `<div class="compare-cell compare-local">${cell(a, ua, marked ? renderSide(d.segments, 'new') : renderPlain(ua.text), auto === 'left' ? autoNote : '')}</div>` +
    `<div class="compare-cell compare-base">${cell(b, ub, marked ? renderSide(d.segments, 'old') : renderPlain(ub.text), auto === 'right' ? autoNote : '')}</div>` +
    `</div><p><a href="${escapeHtml(choiceUrl({ ...c, pa: '', pb: '' }))}">查看两份文件的全文对照</a></p></section>`;
}

async function init(): Promise<void> {
  if (!form) return;
  const res = await fetch('/compare/data.json');
  const data = (await res.json()) as PickerData;
  const bySlug = new Map(data.documents.map((d) => [d.slug, d]));
  const [a, b, pa, pb] = [select('a'), select('b'), select('pa'), select('pb')];

  const initial = readChoice(location.search);
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
    showUrl();
  });
  b.addEventListener('change', () => {
    fillUnits(pb, bySlug.get(b.value));
    showUrl();
  });
  pa.addEventListener('change', showUrl);
  pb.addEventListener('change', showUrl);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = choice();
    if (!c.a || !c.b) return;
    if (c.a === c.b && !c.pa && !c.pb) {
      if (urlOut) urlOut.textContent = '请选择两份不同的文件，或在同一文件中选择条款。';
      return;
    }
    location.assign(choiceUrl(c));
  });
  form.dataset.ready = 'true';
  showUrl();
  if (initial.a && initial.b && (initial.pa || initial.pb)) renderProvisions(data, initial);
}

void init();
