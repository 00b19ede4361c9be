/**
 * The draft check in the browser (src/pages/draft/index.astro): the draft is
 * converted and linked by the site's own code (src/lib/draft/analyse.ts), the
 * comparison rendered by the compare pages' markup (src/lib/compare/html.ts),
 * the Word 对照表 written by src/lib/export/docx-table.ts. Nothing leaves the
 * page; only the chosen parent's data file is fetched.
 *
 * This entry is kept light so that loading the page runs nothing heavy: the
 * working part (src/scripts/draft-check.ts: converter, crosswalk, markup) is
 * a dynamic import(), started when the drafter first acts — focuses or
 * points at the form, pastes, opens a file, presses 检查 — or when
 * window.tiaowenDraft is called; the parent's data file is fetched then too.
 *
 * `window.tiaowenDraft(text, { parent })` resolves to the analysis as plain
 * data ({ articles, links, uncovered, unbased, diagnostics }), for tests and
 * for anyone who wants to script the check.
 */
import type { DraftAnalysis, DraftResult } from './draft-check.ts';

declare global {
  interface Window {
    tiaowenDraft: (text: string, options?: { parent?: string }) => Promise<DraftResult>;
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('draft-form');
const textArea = $<HTMLTextAreaElement>('draft-text');
const parentSelect = $<HTMLSelectElement>('draft-parent');
const fileInput = $<HTMLInputElement>('draft-file');
const wordButton = $<HTMLButtonElement>('draft-word');
const status = $<HTMLElement>('draft-status');
const result = $<HTMLElement>('draft-result');

type Engine = typeof import('./draft-check.ts');
let engine: Promise<Engine> | undefined;

/** The working part, imported once (again after a failed import, e.g. offline). */
function loadEngine(): Promise<Engine> {
  if (!engine) {
    engine = import('./draft-check.ts');
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/** Load the working part and the chosen parent's data ahead of the check, once the drafter shows intent. */
function warm(): void {
  loadEngine()
    .then((m) => m.checkerFor(parentSelect.value))
    .catch(() => {}); // reported by the check that needs it
}

window.tiaowenDraft = async (text, options = {}) => (await loadEngine()).check(text, options.parent ?? parentSelect.value);

let last: DraftAnalysis | null = null;
/** Bumped by every check: a check that finishes after a later one started shows nothing. */
let generation = 0;

async function check(): Promise<void> {
  const text = textArea.value;
  const mine = ++generation;
  if (!text.trim()) {
    result.hidden = true;
    wordButton.disabled = true;
    status.textContent = '请粘贴草稿或打开文件。';
    return;
  }
  status.textContent = '正在检查……';
  try {
    const m = await loadEngine();
    const checker = await m.checkerFor(parentSelect.value);
    if (mine !== generation) return;
    const t0 = performance.now();
    const a = checker.analyse(text, { file: fileInput.files?.[0]?.name ?? '草稿' });
    const sections = m.renderSections(a, text);
    for (const [id, html] of Object.entries(sections)) $(`draft-${id}`).innerHTML = html;
    result.hidden = false;
    wordButton.disabled = a.units.length === 0;
    status.classList.remove('error');
    status.textContent = `已检查：${a.units.length} 条，${a.links.length} 个对应关系，用时 ${Math.round(performance.now() - t0)} 毫秒。`;
    last = a;
  } catch (e) {
    if (mine !== generation) return;
    status.classList.add('error');
    status.textContent = `检查失败：${(e as Error).message}`;
  }
}

/** Text of a .txt file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function open(file: File): Promise<void> {
  status.textContent = `正在读取 ${file.name}……`;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // mammoth is loaded only when a .docx is opened.
    const text = /\.docx$/i.test(file.name) ? (await (await import('../lib/ingest/formats/docx.ts')).extractDocx(bytes)).lines.join('\n') : decodeText(bytes);
    textArea.value = text;
    await check();
  } catch (e) {
    status.classList.add('error');
    status.textContent = `无法读取 ${file.name}：${(e as Error).message}`;
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function downloadWord(): Promise<void> {
  const a = last;
  if (!a) return;
  const file = await (await loadEngine()).wordFile(a, today());
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let timer: ReturnType<typeof setTimeout> | undefined;
textArea.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void check(), 400);
});
parentSelect.addEventListener('change', () => void check());
fileInput.addEventListener('change', () => {
  const f = fileInput.files?.[0];
  if (f) void open(f);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void check();
});
wordButton.addEventListener('click', () => void downloadWord());
// Nothing heavy on load: the working part and the parent's data come when the drafter turns to the form.
for (const type of ['focusin', 'pointerover', 'pointerdown'] as const) form.addEventListener(type, warm, { once: true, passive: true });
