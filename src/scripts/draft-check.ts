/**
 * The draft check's working part, loaded by src/scripts/draft.ts with a
 * dynamic import() when the drafter first needs it (focuses the form, pastes,
 * opens a file, calls window.tiaowenDraft), so that the page's load runs none
 * of it: the converter and crosswalk (src/lib/draft/analyse.ts), the compare
 * pages' markup (src/lib/compare/html.ts) and the parent's data file, fetched
 * once per parent. The Word 对照表's writer (docx) is a further import, loaded
 * only when asked for.
 */
import { withBase } from '../components/base-path.ts';
import { renderComparison } from '../lib/compare/html.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { DraftChecker, draftResult, type DraftAnalysis, type DraftOptions, type DraftResult } from '../lib/draft/analyse.ts';
import { parentDataPath, type ParentPayload } from '../lib/draft/parent-data.ts';
import { comparisonSpec } from '../lib/export/comparison-docx.ts';
import { RELATION_LABEL, LINK_SOURCE_LABEL } from '../schemas/crosswalk.ts';
import { walk, type ProvisionNode } from '../lib/tree.ts';
import { citationFor } from '../lib/citation.ts';
import type { Diagnostic } from '../lib/document.ts';

export type { DraftAnalysis, DraftResult };

const checkers = new Map<string, Promise<DraftChecker>>();

/** The checker of one parent: its data file fetched once, its index built once. */
export function checkerFor(slug: string): Promise<DraftChecker> {
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

/** The analysis of a draft against a parent (the page's check). */
export async function analyse(text: string, parent: string, options: DraftOptions = {}): Promise<DraftAnalysis> {
  return (await checkerFor(parent)).analyse(text, options);
}

/** What window.tiaowenDraft resolves to. */
export async function check(text: string, parent: string): Promise<DraftResult> {
  return draftResult(await analyse(text, parent));
}

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

/** The markup of each result section (`draft-<id>`), for a draft's analysis. */
export function renderSections(a: DraftAnalysis, text: string): Record<'summary' | 'coverage' | 'diagnostics' | 'links' | 'tree' | 'compare', string> {
  const lines = text.split(/\r\n|\r|\n/);
  return {
    summary: renderSummary(a),
    coverage: renderCoverage(a),
    diagnostics: renderDiagnostics(a, lines),
    links: renderLinks(a),
    tree: renderTree(a, lines),
    compare: renderCompare(a),
  };
}

/** The Word 对照表 of a draft's analysis, dated `date` (YYYY-MM-DD): its bytes, type and file name. */
export async function wordFile(a: DraftAnalysis, date: string): Promise<{ bytes: Uint8Array; type: string; name: string }> {
  const spec = comparisonSpec({
    rows: a.comparison.rows,
    local: { title: a.draft.meta.title, shortTitle: '草稿', issued: null },
    base: { title: a.parent.meta.title, shortTitle: a.parent.meta.shortTitle, issued: a.parent.meta.issued },
    parentPair: true,
    date,
  });
  const { comparisonDocx, DOCX_TYPE } = await import('../lib/export/docx-table.ts');
  return { bytes: await comparisonDocx(spec), type: DOCX_TYPE, name: `草稿与${a.parent.meta.shortTitle}对照表.docx` };
}
