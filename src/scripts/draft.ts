/**
 * The draft check in the browser (src/pages/draft/index.astro): the draft is
 * converted and linked by the site's own code (src/lib/draft/analyse.ts), the
 * comparison rendered by the compare pages' markup (src/lib/compare/html.ts),
 * the Word 对照表 written by src/lib/export/docx-table.ts. Nothing leaves the
 * page; only the chosen parent's data file is fetched.
 *
 * `window.tiaowenDraft(text, { parent })` resolves to the analysis as plain
 * data ({ articles, links, uncovered, unbased, diagnostics }), for tests and
 * for anyone who wants to script the check.
 */
import { withBase } from '../components/base-path.ts';
import { renderComparison } from '../lib/compare/html.ts';
import { escapeHtml as esc } from '../lib/compare/render.ts';
import { DraftChecker, draftResult, type DraftAnalysis, type DraftResult } from '../lib/draft/analyse.ts';
import { parentDataPath, type ParentPayload } from '../lib/draft/parent-data.ts';
import { comparisonSpec } from '../lib/export/comparison-docx.ts';
import { RELATION_LABEL, LINK_SOURCE_LABEL } from '../schemas/crosswalk.ts';
import { walk, type ProvisionNode } from '../lib/tree.ts';
import { citationFor } from '../lib/citation.ts';
import type { Diagnostic } from '../lib/document.ts';

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

const checkers = new Map<string, Promise<DraftChecker>>();

/** The checker of one parent: its data file fetched once, its index built once. */
function checkerFor(slug: string): Promise<DraftChecker> {
  let c = checkers.get(slug);
  if (!c) {
    c = fetch(withBase(parentDataPath(slug))).then(async (res) => {
      if (!res.ok) throw new Error(`${parentDataPath(slug)}: HTTP ${res.status}`);
      return new DraftChecker((await res.json()) as ParentPayload);
    });
    c.catch(() => checkers.delete(slug));
    checkers.set(slug, c);
  }
  return c;
}

window.tiaowenDraft = async (text, options = {}) => {
  const checker = await checkerFor(options.parent ?? parentSelect.value);
  return draftResult(checker.analyse(text));
};

const SEVERITY: Record<Diagnostic['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const KIND: Partial<Record<ProvisionNode['kind'], string>> = {
  title: '标题',
  notice: '通知',
  preamble: '序言',
  part: '编',
  chapter: '章',
  division: '节',
  article: '条',
  para: '款',
  item: '项',
  sub: '目',
  section: '部分',
  annex: '附件',
  table: '表格',
  signoff: '落款',
};

const parentHref = (a: DraftAnalysis, anchor: string) => withBase(`/regulations/${a.parent.meta.slug}/#${anchor}`);
const relationBadge = (r: keyof typeof RELATION_LABEL) => `<span class="relation-badge relation-${r}">${RELATION_LABEL[r]}</span>`;

function unitName(num: string, heading: string | undefined, anchor: string): string {
  return esc(`${num || anchor}${heading ? ` ${heading}` : ''}`);
}

function diagnosticHtml(d: Diagnostic, lines: readonly string[]): string {
  const source = lines[d.line - 1]?.trim() ?? '';
  const quoted = source ? `<q>${esc(source.length > 40 ? `${source.slice(0, 40)}…` : source)}</q>` : '';
  return `<p class="draft-diag severity-${d.severity}"><strong>第 ${d.line} 行</strong>${quoted}：${SEVERITY[d.severity]}　${esc(d.message)}</p>`;
}

function renderSummary(a: DraftAnalysis): string {
  const c = a.coverage;
  const errors = a.diagnostics.filter((d) => d.severity === 'error').length;
  return (
    `<ul class="compare-counts" role="list">` +
    `<li>草稿《${esc(a.draft.meta.title)}》共 <strong>${a.units.length}</strong> 条</li>` +
    `<li>有上位依据 <strong>${a.units.length - c.unbased.length}</strong> 条</li>` +
    `<li>无上位依据 <strong>${c.unbased.length}</strong> 条</li>` +
    `<li>上位规定 ${c.cells.length} 条中涉及 <strong>${c.implemented.length}</strong> 条，未涉及 <strong>${c.missing.length}</strong> 条</li>` +
    `<li>文本问题 <strong>${a.diagnostics.length}</strong> 处${errors ? `（其中错误 ${errors} 处）` : ''}</li>` +
    `</ul>`
  );
}

function renderCoverage(a: DraftAnalysis): string {
  const c = a.coverage;
  const missing = c.missing.length
    ? `<ul id="draft-uncovered">${c.missing.map((u) => `<li data-anchor="${esc(u.anchor)}"><a href="${esc(parentHref(a, u.anchor))}">${unitName(u.num, u.heading ?? u.topic, u.anchor)}</a></li>`).join('')}</ul>`
    : '<p id="draft-uncovered">草稿已涉及上位规定的各条。</p>';
  const unbased = c.unbased.length
    ? `<ul id="draft-unbased">${c.unbased.map((u) => `<li data-anchor="${esc(u.anchor)}"><a href="#${esc(u.anchor)}">${unitName(u.num, u.heading, u.anchor)}</a></li>`).join('')}</ul>`
    : '<p id="draft-unbased">草稿各条均有上位依据。</p>';
  return `<h3>上位规定中草稿未涉及的条款</h3>${missing}<h3>草稿中没有上位依据的条款</h3>${unbased}`;
}

function renderDiagnostics(a: DraftAnalysis, lines: readonly string[]): string {
  if (!a.diagnostics.length) return '<p>未发现编号跳跃、一行多条等问题。</p>';
  return a.diagnostics.map((d) => diagnosticHtml(d, lines)).join('');
}

function renderLinks(a: DraftAnalysis): string {
  if (!a.links.length) return '<p>没有找到与上位规定对应的条款。</p>';
  const units = new Map(a.units.map((u) => [u.anchor, u]));
  // 第七条第（二）项, as the site cites it: the citation without the document's title.
  const paths = new Map([...walk(a.parent.root)].filter(([n]) => n.id).map(([n, ancestors]) => [n.id!, [...ancestors, n]]));
  const label = (anchor: string) => {
    const path = paths.get(anchor);
    try {
      return path ? citationFor({ title: '' }, path).replace(/^《》/, '') : anchor;
    } catch {
      return anchor; // a level the citation rules do not name
    }
  };
  const rows = a.links.map((l) => {
    const u = units.get(l.from.anchor) ?? units.get(l.from.anchor.split('-').slice(0, 2).join('-'));
    const from = u ? unitName(u.num, u.heading, u.anchor) : esc(l.from.anchor);
    return (
      `<tr data-from="${esc(l.from.anchor)}" data-to="${esc(l.to.anchor)}" data-relation="${l.relation}">` +
      `<td><a href="#${esc(l.from.anchor)}">${from}</a></td>` +
      `<td><a href="${esc(parentHref(a, l.to.anchor))}">${esc(a.parent.meta.shortTitle)} ${esc(label(l.to.anchor))}</a></td>` +
      `<td>${relationBadge(l.relation)}</td>` +
      `<td>${l.score.toFixed(2)}</td>` +
      `<td>${esc(l.why ?? '')}${l.evidence.length ? `<br /><span class="compare-method">依据：${esc(l.evidence.join('、'))}（${LINK_SOURCE_LABEL[l.source]}）</span>` : ''}</td>` +
      `</tr>`
    );
  });
  return `<table class="draft-table" id="draft-links-table"><thead><tr><th scope="col">草稿条款</th><th scope="col">上位条款</th><th scope="col">关系</th><th scope="col">分值</th><th scope="col">理由与依据</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function renderTree(a: DraftAnalysis, lines: readonly string[]): string {
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of a.diagnostics) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);
  const shown = new Set<number>();
  const item = (n: ProvisionNode): string => {
    if (n.kind === 'interpretation') return '';
    const head = [n.num, n.heading].filter(Boolean).join(' ');
    // A diagnostic is shown once, at the first provision that starts on its line (an article and its first 款 share one).
    const diags = shown.has(n.line) ? [] : (byLine.get(n.line) ?? []);
    if (diags.length) shown.add(n.line);
    const text = n.text.length > 120 ? `${n.text.slice(0, 120)}…` : n.text;
    const kids = n.children.map(item).filter(Boolean).join('');
    return (
      `<li${n.id ? ` id="${esc(n.id)}"` : ''}>` +
      `<span class="draft-line">${n.line}</span><span class="draft-kind">${esc(KIND[n.kind] ?? n.kind)}</span>` +
      (head ? `<strong>${esc(head)}</strong> ` : '') +
      esc(text) +
      diags.map((d) => diagnosticHtml(d, lines)).join('') +
      (kids ? `<ol>${kids}</ol>` : '') +
      `</li>`
    );
  };
  const tree = `<ol>${a.draft.root.children.map(item).join('')}</ol>`;
  // Diagnostics on lines no provision starts on (a joined or excluded line): listed after the tree.
  const rest = a.diagnostics.filter((d) => !shown.has(d.line));
  return `<div class="draft-tree">${tree}</div>${rest.length ? `<h3>其他行的问题</h3>${rest.map((d) => diagnosticHtml(d, lines)).join('')}` : ''}`;
}

function draftInfo(a: DraftAnalysis) {
  return { slug: 'draft', title: a.draft.meta.title, shortTitle: '草稿', href: '', parents: [a.parent.meta.slug] };
}

function parentInfo(a: DraftAnalysis) {
  const m = a.parent.meta;
  return { slug: m.slug, title: m.title, shortTitle: m.shortTitle, href: withBase(`/regulations/${m.slug}/`), parents: m.parents.map((p) => p.slug) };
}

function renderCompare(a: DraftAnalysis): string {
  return renderComparison({ ...a.comparison, local: draftInfo(a), base: parentInfo(a) }, { changeHref: withBase('/compare/'), crosswalkHref: withBase('/crosswalk/'), titleTag: 'h2' })
    .replace(/<p class="no-print">.*?<\/p>/, '');
}

let last: DraftAnalysis | null = null;

function show(a: DraftAnalysis, text: string, ms: number): void {
  const lines = text.split(/\r\n|\r|\n/);
  $('draft-summary').innerHTML = renderSummary(a);
  $('draft-coverage').innerHTML = renderCoverage(a);
  $('draft-diagnostics').innerHTML = renderDiagnostics(a, lines);
  $('draft-links').innerHTML = renderLinks(a);
  $('draft-tree').innerHTML = renderTree(a, lines);
  $('draft-compare').innerHTML = renderCompare(a);
  result.hidden = false;
  wordButton.disabled = a.units.length === 0;
  status.classList.remove('error');
  status.textContent = `已检查：${a.units.length} 条，${a.links.length} 个对应关系，用时 ${Math.round(ms)} 毫秒。`;
  last = a;
}

async function check(): Promise<void> {
  const text = textArea.value;
  if (!text.trim()) {
    result.hidden = true;
    wordButton.disabled = true;
    status.textContent = '请粘贴草稿或打开文件。';
    return;
  }
  status.textContent = '正在检查……';
  try {
    const checker = await checkerFor(parentSelect.value);
    const t0 = performance.now();
    const a = checker.analyse(text, { file: fileInput.files?.[0]?.name ?? '草稿' });
    show(a, text, performance.now() - t0);
  } catch (e) {
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
    // mammoth and docx are loaded only when needed (a .docx opened, a Word file asked for).
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
  const spec = comparisonSpec({
    rows: a.comparison.rows,
    local: { title: a.draft.meta.title, shortTitle: '草稿', issued: null },
    base: { title: a.parent.meta.title, shortTitle: a.parent.meta.shortTitle, issued: a.parent.meta.issued },
    parentPair: true,
    date: today(),
  });
  const { comparisonDocx, DOCX_TYPE } = await import('../lib/export/docx-table.ts');
  const bytes = await comparisonDocx(spec);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `草稿与${a.parent.meta.shortTitle}对照表.docx`;
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
// Fetch the default parent's data while the drafter is still pasting.
void checkerFor(parentSelect.value).catch(() => {});
