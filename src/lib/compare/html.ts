/**
 * The markup of a comparison, as HTML strings: the pre-rendered
 * measure–parent pages (CompareView.astro) and the browser's any-two
 * comparisons (src/scripts/compare-picker.ts) both call these, so the two
 * kinds of compare page cannot drift apart.
 *
 * Layout: a title, a summary, a legend, then one row per aligned provision in
 * two columns (compared document left, base document right). Additions and
 * uncovered base provisions keep their place with an explicit mark in the
 * empty column. Every text is escaped here.
 */
import { statusLabel, type AlignedRow, type RowStatus } from './align.ts';
import type { CompareDocInfo, ComparisonData } from './data.ts';
import { escapeHtml as esc } from '../html.ts';
import { renderPlain, renderSide } from './render.ts';
import type { CompareUnit } from './units.ts';

/** Same labels as the crosswalk pages (RELATION_LABEL in src/schemas/crosswalk.ts). */
const RELATION: Record<string, string> = { restates: '重申', implements: '细化', related: '相关' };
const relationLabel = (r: string) => RELATION[r] ?? r;

/** Whether `base` is one of `local`'s declared parents (wording of the labels and empty-column marks). */
export function isParentPair(local: CompareDocInfo, base: CompareDocInfo): boolean {
  return local.parents.includes(base.slug);
}

/** A CSS string literal that cannot end its <style> element. */
export function cssString(t: string): string {
  const body = t
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${body}"`;
}

/** Print rules of one comparison: the two column headings in the top margin of every A4 sheet (page-margin boxes, Chromium ≥ 131). */
export function comparePageCss(local: CompareDocInfo, base: CompareDocInfo): string {
  return `@media print { @page { @top-left { content: ${cssString(`左栏：${local.shortTitle}`)}; font-size: 8pt; vertical-align: bottom; } @top-right { content: ${cssString(`右栏：${base.shortTitle}`)}; font-size: 8pt; vertical-align: bottom; } } }`;
}

/**
 * One side of one row: the provision's number and heading (linked to its
 * place on the document page) and its text — `html` is the text with
 * <ins>/<del> marks; plain text when absent.
 */
export function renderCell(doc: CompareDocInfo, unit: CompareUnit, html?: string, note?: string): string {
  const href = `${doc.href}#${unit.anchor}`;
  const title = unit.heading ? `<span class="title">${esc(unit.heading)}</span>` : '';
  return (
    `<div class="compare-provision">` +
    `<h3 class="compare-heading"><a href="${esc(href)}"><span class="num">${esc(unit.num)}</span>${title}</a></h3>` +
    (note ? `<p class="compare-note">${esc(note)}</p>` : '') +
    `<div class="compare-text">${html ?? renderPlain(unit.text)}</div>` +
    `</div>`
  );
}

/** Percentage of shared text; for pairs too different to diff, only its bound is known. */
function similarityText(row: Pick<AlignedRow, 'diff'>): string | undefined {
  return row.diff ? `${row.diff.exact ? '' : '不超过 '}${Math.round(row.diff.similarity * 100)}%` : undefined;
}

function statusLine(status: RowStatus, parentPair: boolean, pct: string | undefined): string {
  return (
    `<p class="compare-status status-${status}"><span class="badge">${esc(statusLabel(status, parentPair))}</span>` +
    (pct !== undefined ? `<span class="compare-similarity">文字相同 ${esc(pct)}</span>` : '') +
    `</p>`
  );
}

/** Id of a row: row-<local anchor>, or base-<base anchor> for an uncovered base provision. */
export function rowId(row: AlignedRow): string {
  return row.local ? `row-${row.local.anchor}` : `base-${row.base[0]!.unit.anchor}`;
}

/** One aligned row. */
export function renderRow(row: AlignedRow, local: CompareDocInfo, base: CompareDocInfo, parentPair: boolean): string {
  const [first, ...others] = row.base;
  const marked = row.showDiff && row.diff;
  const left = row.local
    ? statusLine(row.status, parentPair, similarityText(row)) + renderCell(local, row.local, marked ? renderSide(row.diff!.segments, 'new') : undefined)
    : `<p class="compare-empty"><span class="badge">${esc(statusLabel('uncovered', parentPair))}</span>${parentPair ? '本文件未涉及此条上位规定' : '本文件没有对应条款'}</p>`;
  const right = first
    ? renderCell(base, first.unit, marked ? renderSide(row.diff!.segments, 'old') : undefined, row.local ? `对应关系：${relationLabel(first.relation)}` : undefined) +
      others.map((o) => renderCell(base, o.unit, undefined, `另见（${relationLabel(o.relation)}）`)).join('')
    : `<p class="compare-empty"><span class="badge">${esc(statusLabel('added', parentPair))}</span>${parentPair ? '无对应的上位规定（本文件新增）' : '对方文件没有对应条款'}</p>`;
  const tooDifferent = row.local && row.diff && !row.showDiff ? '<p class="compare-note">两者文字差异较大，未逐字标注。</p>' : '';
  return (
    `<div class="compare-row" id="${esc(rowId(row))}" data-status="${row.status}">` +
    `<div class="compare-cell compare-local"><p class="compare-side">${esc(local.shortTitle)}</p>${left}</div>` +
    `<div class="compare-cell compare-base"><p class="compare-side">${esc(base.shortTitle)}</p>${right}${tooDifferent}</div>` +
    `</div>`
  );
}

const unitWord = (kind: string | undefined) => (kind === 'section' ? '部分' : '条');

export interface ComparisonOptions {
  /** Where 换一组比较 leads (the picker). */
  changeHref: string;
  /** Where the crosswalk page is (under the site's base path). */
  crosswalkHref: string;
  /**
   * 下载 Word: a link to the static .docx (pre-rendered pairs), or a button the
   * page's script answers by writing the .docx in the browser (`button`).
   */
  word?: { href: string } | 'button';
  /** Element of the comparison's title: `h1` (a page of its own, the default) or `h2` (a part of a page: the draft check). */
  titleTag?: 'h1' | 'h2';
}

/**
 * A whole comparison: its print rules (<style>) and an <article class="compare">
 * with the one <h1> of the page, the summary and the aligned rows.
 */
export function renderComparison(cmp: ComparisonData, options: ComparisonOptions): string {
  const { local, base, summary: s } = cmp;
  const parentPair = isParentPair(local, base);
  const label = (status: RowStatus) => esc(statusLabel(status, parentPair));
  const lw = unitWord(cmp.rows.find((r) => r.local)?.local?.kind);
  const bw = unitWord(s.uncovered[0]?.kind ?? cmp.rows.find((r) => r.base[0])?.base[0]?.unit.kind);
  const uncovered = s.uncovered.length
    ? `未涉及：${s.uncovered.map((u) => `<a href="#base-${esc(u.anchor)}">${esc(u.num || u.anchor)}${u.heading ? esc(`（${u.heading}）`) : ''}</a>`).join('、')}。`
    : '无未涉及的条款。';
  const method =
    cmp.linkSource === 'crosswalk'
      ? `<a href="${esc(options.crosswalkHref)}">条款对照表</a>`
      : cmp.linkSource === 'shared-parent'
        ? `两份文件在<a href="${esc(options.crosswalkHref)}">条款对照表</a>中对应同一上位条款`
        : '文字相似度（自动匹配，仅供参考）';
  return (
    `<style>${comparePageCss(local, base)}</style>` +
    `<article class="compare" data-local="${esc(local.slug)}" data-base="${esc(base.slug)}">` +
    `<${options.titleTag ?? 'h1'}>对照：${esc(local.shortTitle)} 与 ${esc(base.shortTitle)}</${options.titleTag ?? 'h1'}>` +
    `<p class="compare-docs">左栏：<a href="${esc(local.href)}">《${esc(local.title)}》</a>；右栏：<a href="${esc(base.href)}">《${esc(base.title)}》</a>${parentPair ? '（上位规定）' : ''}。</p>` +
    `<section class="compare-summary" aria-labelledby="compare-summary-h">` +
    `<h2 id="compare-summary-h">概要</h2>` +
    `<ul class="compare-counts" role="list">` +
    `<li>本文件共 <strong>${s.localTotal}</strong> ${lw}：</li>` +
    `<li>${label('verbatim')} <strong>${s.verbatim}</strong> ${lw}</li>` +
    `<li>${label('near-verbatim')} <strong>${s.nearVerbatim}</strong> ${lw}</li>` +
    `<li>${label('adapted')} <strong>${s.adapted}</strong> ${lw}</li>` +
    `<li>${label('added')} <strong>${s.added}</strong> ${lw}${parentPair ? '（无上位依据）' : '（对方文件中没有对应条款）'}</li>` +
    `</ul>` +
    `<p>${parentPair ? '上位规定' : '对方文件'}共 ${s.baseTotal} ${bw}，本文件涉及 ${s.covered} ${bw}。${uncovered}</p>` +
    `<p class="compare-method">对齐依据：${method}。“${label('verbatim')}”指除标点全角半角外文字相同；“${label('near-verbatim')}”指文字相同的比例不低于85%。</p>` +
    `<p class="compare-legend">图例：<ins><span class="visually-hidden">［增］</span>下划线</ins>为本文件增加的文字，<del><span class="visually-hidden">［删］</span>删除线</del>为右栏有而本文件没有的文字。</p>` +
    `<p class="no-print"><a href="${esc(options.changeHref)}">换一组比较</a></p>` +
    wordLink(options.word) +
    `</section>` +
    `<section class="compare-rows" aria-labelledby="compare-rows-h">` +
    `<h2 id="compare-rows-h">逐条对照</h2>` +
    `<div class="compare-row compare-colheads" aria-hidden="true">` +
    `<div class="compare-cell">本文件：${esc(local.shortTitle)}</div>` +
    `<div class="compare-cell">${parentPair ? '上位规定' : '对方文件'}：${esc(base.shortTitle)}</div>` +
    `</div>` +
    cmp.rows.map((row) => renderRow(row, local, base, parentPair)).join('') +
    `</section>` +
    `</article>`
  );
}

/** The 下载 Word control of a comparison (see ComparisonOptions.word). */
export function wordLink(word: ComparisonOptions['word']): string {
  if (!word) return '';
  if (word === 'button') return `<p class="no-print compare-word"><button type="button" class="compare-word-button">下载 Word 对照表</button></p>`;
  return `<p class="no-print compare-word"><a href="${esc(word.href)}" download>下载 Word 对照表</a>（.docx，A4 两栏对照）</p>`;
}

export interface ProvisionOptions {
  /** Which side was matched automatically (the closest provision to the one chosen), if any. */
  auto?: 'left' | 'right' | undefined;
  /** Link to the whole-document comparison of the two documents. */
  wholeHref: string;
}

/** Two provisions side by side (the picker's provision-to-provision comparison); `row` from alignProvisions. */
export function renderProvisionComparison(row: AlignedRow, local: CompareDocInfo, base: CompareDocInfo, options: ProvisionOptions): string {
  const parentPair = isParentPair(local, base);
  const ub = row.base[0]!.unit;
  const marked = row.showDiff && row.diff;
  const autoNote = '自动匹配的最接近条款';
  return (
    `<style>${comparePageCss(local, base)}</style>` +
    `<section class="compare" aria-labelledby="picker-result-h"><h2 id="picker-result-h">条款对照</h2>` +
    statusLine(row.status, parentPair, similarityText(row)) +
    `<p class="compare-legend">图例：<ins><span class="visually-hidden">［增］</span>下划线</ins>为左栏增加的文字，<del><span class="visually-hidden">［删］</span>删除线</del>为右栏有而左栏没有的文字。${marked ? '' : '两者文字差异较大，未逐字标注。'}</p>` +
    `<div class="compare-row compare-colheads" aria-hidden="true"><div class="compare-cell">${esc(local.shortTitle)}</div><div class="compare-cell">${esc(base.shortTitle)}</div></div>` +
    `<div class="compare-row" data-status="${row.status}">` +
    `<div class="compare-cell compare-local"><p class="compare-side">${esc(local.shortTitle)}</p>${renderCell(local, row.local!, marked ? renderSide(row.diff!.segments, 'new') : undefined, options.auto === 'left' ? autoNote : undefined)}</div>` +
    `<div class="compare-cell compare-base"><p class="compare-side">${esc(base.shortTitle)}</p>${renderCell(base, ub, marked ? renderSide(row.diff!.segments, 'old') : undefined, options.auto === 'right' ? autoNote : undefined)}</div>` +
    `</div>` +
    `<p><a href="${esc(options.wholeHref)}">查看两份文件的全文对照</a></p></section>`
  );
}
