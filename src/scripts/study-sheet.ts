/**
 * /study/: render the study sheet of the URL (src/lib/study/sheet.ts), let the
 * trainer order it (上移/下移/移除, keyboard focus kept on the moved item),
 * title it and annotate each item, and keep the URL (and the working copy in
 * localStorage) in step. Texts come from /regulations/<slug>.json, fetched
 * once per document; QR codes are drawn by `qrcode`; 导出 Word loads the
 * docx builder only when asked.
 */
import QRCode from 'qrcode';
import type { DocumentExport } from '../schemas/document-export.ts';
import type { DocxBlock } from '../lib/export/docx-blocks.ts';
import { joinBase } from '../lib/site-address.ts';
import { editItem, moveItem, parseSheet, removeItem, setTitle, sheetQuery, type StudyItem, type StudySheet } from '../lib/study/sheet.ts';
import { studyProvision, type StudyProvision } from '../lib/study/provision.ts';
import { loadSheet, saveSheet } from './study-store.ts';

const root = document.getElementById('study')!;
const list = document.getElementById('study-items') as HTMLOListElement;
const titleInput = document.getElementById('study-title') as HTMLInputElement;
const heading = document.getElementById('study-h')!;
const status = document.getElementById('study-status')!;
const BASE = root.dataset.base || '/';
const SITE = root.dataset.site || '';
const DEFAULT_TITLE = '学习材料';

let sheet: StudySheet = { items: [] };

/** The permanent link of a provision: on the site's public address when the build knows it, else on the address this page is served from. */
function permanentLink(path: string): string {
  return SITE ? joinBase(SITE, path) : new URL(joinBase(BASE, path), location.origin).href;
}

const docs = new Map<string, Promise<DocumentExport | null>>();
function loadDoc(slug: string): Promise<DocumentExport | null> {
  let p = docs.get(slug);
  if (!p) {
    p = fetch(joinBase(BASE, `/regulations/${slug}.json`))
      .then((r) => (r.ok ? (r.json() as Promise<DocumentExport>) : null))
      .catch(() => null);
    docs.set(slug, p);
  }
  return p;
}

interface Resolved {
  item: StudyItem;
  provision: StudyProvision | null;
  url: string;
}

const qrCache = new Map<string, Promise<string>>();
function qrDataUrl(url: string): Promise<string> {
  let p = qrCache.get(url);
  if (!p) qrCache.set(url, (p = QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 192 })));
  return p;
}

async function resolve(item: StudyItem): Promise<Resolved> {
  const data = await loadDoc(item.doc);
  const provision = data ? studyProvision(data, item.anchor) : null;
  const url = permanentLink(provision?.path ?? `/regulations/${item.doc}/#${item.anchor}`);
  return { item, provision, url };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function blocksView(blocks: DocxBlock[]): HTMLElement {
  const box = el('div', { className: 'study-text' });
  let table: HTMLTableElement | null = null;
  for (const b of blocks) {
    if (b.kind === 'row') {
      if (!table) box.append((table = el('table', { className: 'study-table' })));
      const tr = el('tr');
      for (const c of b.cells ?? []) {
        const cell = el(b.header ? 'th' : 'td', {}, c.text);
        if (c.rowspan) cell.rowSpan = c.rowspan;
        if (c.colspan) cell.colSpan = c.colspan;
        tr.append(cell);
      }
      table.append(tr);
      continue;
    }
    table = null;
    if (b.kind === 'heading') box.append(el('p', { className: 'study-subheading' }, b.text));
    else {
      const p = el('p', { className: b.indent ? 'study-para study-indent' : 'study-para' });
      if (b.lead) p.append(el('strong', {}, b.lead), b.text ? '　' : '');
      p.append(b.text);
      box.append(p);
    }
  }
  return box;
}

function itemView(r: Resolved, i: number, n: number): HTMLLIElement {
  const { item, provision } = r;
  const citation = provision?.citation ?? `${item.doc}#${item.anchor}`;
  const li = el('li', { className: 'study-item' });
  li.dataset.key = `${item.doc}#${item.anchor}`;
  li.append(el('h2', { className: 'study-item-h' }, item.heading ?? citation), el('p', { className: 'study-citation', hidden: !item.heading }, citation));
  li.append(provision ? blocksView(provision.blocks) : el('p', { className: 'study-missing' }, `找不到该条文（${item.doc}#${item.anchor}）：文件或锚点已不存在。`));
  const link = el('div', { className: 'study-qr-box' });
  link.append(
    el('img', { className: 'study-qr', width: 96, height: 96, alt: `二维码：${r.url}` }),
    el('p', { className: 'study-url' }, '原文链接：', el('a', { href: r.url }, r.url)),
  );
  li.append(link);
  li.append(el('p', { className: 'study-note', hidden: !item.note }, el('strong', {}, '备注：'), el('span', {}, item.note ?? '')));
  li.append(editor(item, i, n, citation));
  return li;
}

function editor(item: StudyItem, i: number, n: number, citation: string): HTMLElement {
  const box = el('div', { className: 'study-edit no-print' });
  const h = el('input', { type: 'text', id: `study-h-${i}`, value: item.heading ?? '', maxLength: 200, autocomplete: 'off' });
  h.dataset.field = 'heading';
  const note = el('textarea', { id: `study-n-${i}`, value: item.note ?? '', rows: 2 });
  note.dataset.field = 'note';
  box.append(
    el('p', {}, el('label', { htmlFor: h.id }, '小标题（可选）'), h),
    el('p', {}, el('label', { htmlFor: note.id }, '备注（可选）'), note),
  );
  const group = el('p', { className: 'study-move' });
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', `第${i + 1}条的顺序`);
  const button = (act: string, label: string, disabled: boolean) => {
    const b = el('button', { type: 'button', disabled }, label);
    b.dataset.act = act;
    b.setAttribute('aria-label', `${label}：${citation}`);
    return b;
  };
  group.append(button('up', '上移', i === 0), button('down', '下移', i === n - 1), button('remove', '移除', false));
  box.append(group);
  return box;
}

function say(message: string): void {
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}

function sheetTitle(): string {
  return sheet.title ?? DEFAULT_TITLE;
}

function commit(): void {
  const q = sheetQuery(sheet);
  history.replaceState(null, '', q ? `?${q}` : location.pathname);
  saveSheet(sheet);
  heading.textContent = sheetTitle();
  document.title = `${sheetTitle()} · 条文`;
}

const nextTask = () => new Promise((ok) => window.setTimeout(ok, 0));

let renderRun = 0;
async function render(focus?: { key: string; act: string }): Promise<void> {
  const run = ++renderRun;
  const resolved = await Promise.all(sheet.items.map(resolve));
  if (run !== renderRun) return; // a newer render started
  if (list.children.length === 0) {
    // first paint: one item a task, so no long task holds the page while a long sheet builds
    for (const [i, r] of resolved.entries()) {
      if (i > 0) await nextTask();
      if (run !== renderRun) return;
      list.append(itemView(r, i, resolved.length));
    }
  } else {
    list.replaceChildren(...resolved.map((r, i) => itemView(r, i, resolved.length)));
  }
  document.getElementById('study-empty')!.hidden = sheet.items.length > 0;
  if (focus) {
    const li = [...list.children].find((x) => (x as HTMLElement).dataset.key === focus.key);
    const b = li?.querySelector<HTMLButtonElement>(`button[data-act="${focus.act}"]`);
    (b && !b.disabled ? b : li?.querySelector<HTMLButtonElement>('button:not([disabled])'))?.focus();
  }
  // QR codes after the texts are on screen, one task each, so no long task holds the page
  const images = [...list.querySelectorAll<HTMLImageElement>('img.study-qr')];
  for (const [i, img] of images.entries()) {
    await nextTask();
    img.src = await qrDataUrl(resolved[i]!.url);
  }
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  if (run !== renderRun) return;
  root.dataset.ready = String(sheet.items.length);
}

list.addEventListener('click', (event) => {
  const b = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
  const li = b?.closest<HTMLLIElement>('li.study-item');
  if (!b || !li) return;
  const i = [...list.children].indexOf(li);
  const key = li.dataset.key ?? '';
  const act = b.dataset.act!;
  if (act === 'remove') {
    sheet = removeItem(sheet, i);
    commit();
    say(`已移除第${i + 1}条，余${sheet.items.length}条`);
    const next = Math.min(i, sheet.items.length - 1);
    void render(next >= 0 ? { key: `${sheet.items[next]!.doc}#${sheet.items[next]!.anchor}`, act: 'remove' } : undefined).then(() => {
      if (next < 0) titleInput.focus();
    });
    return;
  }
  const delta = act === 'up' ? -1 : 1;
  sheet = moveItem(sheet, i, delta);
  commit();
  say(`已${act === 'up' ? '上移' : '下移'}至第${i + delta + 1}条`);
  void render({ key, act });
});

list.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement | HTMLTextAreaElement;
  const field = input.dataset.field as 'heading' | 'note' | undefined;
  const li = input.closest<HTMLLIElement>('li.study-item');
  if (!field || !li) return;
  const i = [...list.children].indexOf(li);
  sheet = editItem(sheet, i, field, input.value);
  commit();
  // the text the sheet shows and prints, updated in place (the fields keep focus)
  const it = sheet.items[i]!;
  const citation = li.querySelector('.study-citation')!;
  if (field === 'heading') {
    li.querySelector('.study-item-h')!.textContent = it.heading ?? citation.textContent;
    (citation as HTMLElement).hidden = !it.heading;
  } else {
    const note = li.querySelector<HTMLElement>('.study-note')!;
    note.querySelector('span')!.textContent = it.note ?? '';
    note.hidden = !it.note;
  }
});

titleInput.addEventListener('input', () => {
  sheet = setTitle(sheet, titleInput.value);
  commit();
});

document.getElementById('study-print')!.addEventListener('click', () => window.print());

document.getElementById('study-copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(location.href);
    say('已复制本页链接');
  } catch {
    say('无法访问剪贴板，请从地址栏复制');
  }
});

document.getElementById('study-clear')!.addEventListener('click', () => {
  if (!window.confirm('清空全部学习材料？')) return;
  sheet = { items: [] };
  titleInput.value = '';
  commit();
  void render();
  say('已清空');
});

const dataUrlBytes = (url: string) => Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));

document.getElementById('study-docx')!.addEventListener('click', async () => {
  say('正在生成 Word 文件…');
  const [{ studySheetDocx }, resolved] = await Promise.all([import('../lib/export/study-sheet-docx.ts'), Promise.all(sheet.items.map(resolve))]);
  const bytes = await studySheetDocx({
    title: sheetTitle(),
    entries: await Promise.all(resolved.map(async (r) => ({
      heading: r.item.heading,
      note: r.item.note,
      citation: r.provision?.citation ?? `${r.item.doc}#${r.item.anchor}`,
      url: r.url,
      blocks: r.provision?.blocks ?? [],
      qrPng: dataUrlBytes(await qrDataUrl(r.url)),
    }))),
  });
  const a = el('a', { href: URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })), download: `${sheetTitle()}.docx` });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  say('已生成 Word 文件');
});

function start(): void {
  const fromUrl = location.search.length > 1;
  const parsed = fromUrl ? parseSheet(location.search) : { sheet: loadSheet(), problems: [] };
  sheet = parsed.sheet;
  const problems = document.getElementById('study-problems')!;
  if (parsed.problems.length) {
    problems.replaceChildren(el('p', {}, '链接中有无法识别的部分：'), el('ul', {}, ...parsed.problems.map((p) => el('li', {}, p))));
    problems.hidden = false;
  }
  titleInput.value = sheet.title ?? '';
  root.classList.add('ready');
  commit();
  void render();
}

start();
