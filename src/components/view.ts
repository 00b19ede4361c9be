/**
 * Presentation helpers shared by the reading-site components: labels for
 * metadata, grouping of list-like children, table-of-contents entries.
 * Pure functions over the document model; no Astro imports.
 */
import type { DocMeta, DocClass } from '../schemas/meta.ts';
import type { ProvisionNode } from '../lib/tree.ts';
import type { Level } from '../lib/levels.ts';
import type { Correction, Exclusion } from '../lib/document.ts';

/** Shown wherever the text does not give a value (never invent one). */
export const UNKNOWN = '未注明';

const STATUS_LABEL: Record<DocMeta['status'], string> = {
  'in-force': '现行有效',
  superseded: '已失效',
  unknown: '状态不详',
};

/** 暂行 · 状态不详, 现行有效, … */
export function statusLabel(meta: Pick<DocMeta, 'status' | 'provisional'>): string {
  return [meta.provisional, STATUS_LABEL[meta.status]].filter(Boolean).join(' · ');
}

/** 2017-06-21 → 2017年6月21日; null → 未注明. */
export function formatDate(iso: string | null): string {
  if (!iso) return UNKNOWN;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Year of a document: the year of issue, else of effect, else null. */
export function docYear(meta: Pick<DocMeta, 'issued' | 'effective'>): number | null {
  const iso = meta.issued ?? meta.effective;
  return iso ? Number(iso.slice(0, 4)) : null;
}

/** Groups of the home page, in display order; `list` is the address of the group's full, paginated list. */
export const CLASS_GROUPS: readonly { heading: string; classes: readonly DocClass[]; note?: string; list: string }[] = [
  { heading: '党内法规', classes: ['党内法规'], list: '/documents/party-regulations/' },
  { heading: '党内规范性文件与规范性文件', classes: ['党内规范性文件', '规范性文件'], list: '/documents/normative/' },
  { heading: '评论', classes: ['评论'], note: '以下为评论文章，不是法规文件，不具有规范效力。', list: '/commentary/' },
];

/** Documents in a stable order: by year (unknown last), then title, then slug. */
export function sortDocuments(metas: readonly DocMeta[]): DocMeta[] {
  const key = (m: DocMeta) => docYear(m) ?? Number.MAX_SAFE_INTEGER;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...metas].sort((a, b) => key(a) - key(b) || cmp(a.title, b.title) || cmp(a.slug, b.slug));
}

/** The `n` most recent documents, newest first (by year, then as sortDocuments orders them); those of unknown year only when fewer are dated. */
export function mostRecent(metas: readonly DocMeta[], n: number): DocMeta[] {
  const sorted = sortDocuments(metas);
  const dated = sorted.filter((m) => docYear(m) !== null);
  const recent = dated.slice(-n).reverse();
  return recent.length >= n ? recent : [...recent, ...sorted.filter((m) => docYear(m) === null).slice(0, n - recent.length)];
}

/** One class group of the listings: its documents (sorted) and the address of its full, paginated list. */
export interface ClassListing {
  heading: string;
  note?: string | undefined;
  /** Address of the full list (page 1). */
  list: string;
  metas: DocMeta[];
}

/** The class groups (CLASS_GROUPS order, empty ones included), each with its documents in sortDocuments order. */
export function classListings(metas: readonly DocMeta[]): ClassListing[] {
  const sorted = sortDocuments(metas);
  return CLASS_GROUPS.map((g) => ({ heading: g.heading, note: g.note, list: g.list, metas: sorted.filter((m) => g.classes.includes(m.class)) }));
}

/** Levels rendered as list items (项 and 目). */
const LIST_LEVELS: ReadonlySet<Level> = new Set(['item', 'sub']);

/** Children split into runs: consecutive 项/目 become one list, everything else stands alone. */
/** Props of Provision and ProvisionChildren: a node (or the parent of the children), where it stands, and how to cite it. */
export interface ProvisionProps {
  /** The node rendered (Provision) or whose children are rendered (ProvisionChildren). */
  node: ProvisionNode;
  /** Ancestors from the document root down to the node's parent (Provision) or to the node itself (ProvisionChildren). */
  path: ProvisionNode[];
  meta: DocMeta;
  /** Heading level for the node's own heading (Provision) or for the children's headings (ProvisionChildren). */
  level: number;
  /** Site URL for absolute links in citations; citations carry no URL without it. */
  site?: string | URL | undefined;
}

export type ChildGroup = { list: true; nodes: ProvisionNode[] } | { list: false; node: ProvisionNode };

export function groupChildren(children: readonly ProvisionNode[]): ChildGroup[] {
  const out: ChildGroup[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if (LIST_LEVELS.has(child.kind)) {
      if (last?.list) last.nodes.push(child);
      else out.push({ list: true, nodes: [child] });
    } else {
      out.push({ list: false, node: child });
    }
  }
  return out;
}

/** Levels that open a new heading level for what they contain. */
const HEADED: ReadonlySet<Level> = new Set(['notice', 'part', 'chapter', 'division', 'article', 'section', 'annex', 'heading']);

/** Heading level for the children of `n`, given the level of `n`'s own heading. */
export function childHeadingLevel(n: ProvisionNode, level: number): number {
  return HEADED.has(n.kind) ? Math.min(level + 1, 6) : level;
}

/** Levels listed in the table of contents. */
const TOC_LEVELS: ReadonlySet<Level> = new Set(['notice', 'part', 'chapter', 'division', 'article', 'section', 'annex', 'heading']);

export interface TocEntry {
  id: string;
  label: string;
  children: TocEntry[];
}

const PREVIEW = 18;

/** The label of a node in the table of contents: its number and heading, or the start of its text. */
export function tocLabel(n: ProvisionNode): string {
  if (n.kind === 'notice') return n.heading ?? '印发通知';
  const head = [n.num, n.heading].filter(Boolean).join(' ');
  if (n.heading) return head;
  const text = n.text || n.children.find((c) => c.text)?.text || '';
  const preview = text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
  return [head, preview].filter(Boolean).join(' ');
}

/** Table of contents: every anchored node of a TOC level, nested as in the tree. */
export function tableOfContents(root: ProvisionNode): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const child of root.children) {
    if (TOC_LEVELS.has(child.kind) && child.id) {
      entries.push({ id: child.id, label: tocLabel(child), children: child.kind === 'article' ? [] : tableOfContents(child) });
    }
  }
  return entries;
}

/** A parent regulation, resolved to its title and page when it is in the corpus. */
export interface ParentLink {
  slug: string;
  version?: string | undefined;
  title?: string | undefined;
  href?: string | undefined;
}

/** `content/sources/<file>` 第a–b行 */
export function sourceLabel(source: DocMeta['source']): string {
  return `content/sources/${source.file} 第${lineRange(source.from, source.to)}行`;
}

export function lineRange(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

/** Make line breaks in a replacement visible (↵). */
function showBreaks(s: string): string {
  return s.replace(/\n/g, '↵');
}

/** 第1–3行：文件头 / 第40行（部分：“…”）：reason */
export function describeExclusion(e: Exclusion): string {
  const part = e.text ? `（部分：“${e.text}”）` : '';
  return `第${lineRange(e.from, e.to)}行${part}：${e.reason}`;
}

/** 第12行：“（1）”改为“（一）”——reason / 第20行：与上一行合并为同一句——reason */
export function describeCorrection(c: Correction): string {
  const what: string[] = [];
  if (c.join) what.push('与上一行合并为同一句');
  if (c.find !== undefined) what.push(`“${showBreaks(c.find)}”改为“${showBreaks(c.replace ?? '')}”`);
  return `第${c.line}行：${what.join('；')}——${c.reason}`;
}
