/**
 * The reading order of a Word file, as plain data (no docx import, so the
 * browser's study sheet can use it without loading the docx package): a
 * document, or one provision's subtree, as a list of blocks — headings,
 * paragraphs with an optional bold lead (the article number), table rows —
 * with the 解读 collected apart from the binding text.
 *
 * `docxBlocks` is what `/regulations/<slug>.docx` holds (src/lib/export/document-docx.ts).
 */
import type { RegDocument } from '../document.ts';
import type { ProvisionNode } from '../tree.ts';
import { citationFor } from '../citation.ts';

/** The ideographic space official texts print between a number and its text. */
export const GAP = '　';

/** One block of the file in reading order: a heading, a paragraph, a table row. */
export interface DocxBlock {
  kind: 'title' | 'meta' | 'heading' | 'para' | 'row' | 'label';
  /** Bold lead (article number and heading). */
  lead?: string;
  text: string;
  /** Heading level 1–3 for `heading`. */
  level?: 1 | 2 | 3;
  /** The provision anchor the block shows, when it has one. */
  id?: string;
  /** Table cells for `row` (first row: header). */
  cells?: { text: string; rowspan?: number; colspan?: number }[];
  header?: boolean;
  /** Centre the block (a title line inside the text). */
  center?: boolean;
  right?: boolean;
  indent?: number;
}

const head = (n: ProvisionNode) => [n.num, n.heading].filter(Boolean).join(GAP);

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const STATUS: Record<RegDocument['meta']['status'], string | null> = { 'in-force': '现行有效', superseded: '已失效', unknown: null };

/** The metadata lines under the title: only what is known. */
export function metadataLines(meta: RegDocument['meta']): string[] {
  const status = [meta.provisional, STATUS[meta.status]].filter(Boolean).join(' · ');
  return [
    meta.docNumber ? `文号：${meta.docNumber}` : '',
    meta.issuer ? `发布机关：${meta.issuer}` : '',
    formatDate(meta.issued) ? `发布日期：${formatDate(meta.issued)}` : '',
    formatDate(meta.effective) ? `施行日期：${formatDate(meta.effective)}` : '',
    status ? `效力状态：${status}` : '',
  ].filter(Boolean);
}

const LIST_INDENT = { item: 0, sub: 420 } as const;

export interface Walk {
  title: string;
  out: DocxBlock[];
  /** 解读 nodes, with their path, published after the binding text. */
  interps: [ProvisionNode, ProvisionNode[]][];
}

/** Blocks of one node of the binding text. */
export function nodeBlocks(n: ProvisionNode, path: ProvisionNode[], w: Walk): void {
  const { out, interps } = w;
  const here = [...path, n];
  const rest = (children = n.children) => {
    for (const c of children) {
      if (c.kind === 'interpretation') interps.push([c, here]);
      else nodeBlocks(c, here, w);
    }
  };
  switch (n.kind) {
    case 'document':
      return rest();
    case 'title':
      // the title block at the top of the document is the file's title already (as the page's <h1>)
      if (n.text && !(path.length === 1 && path[0]!.children[0] === n && n.text === w.title)) out.push({ kind: 'para', text: n.text, center: true, ...(n.id ? { id: n.id } : {}) });
      return rest();
    case 'part':
    case 'chapter':
      out.push({ kind: 'heading', level: 1, text: head(n), ...(n.id ? { id: n.id } : {}) });
      if (n.text) out.push({ kind: 'para', text: n.text });
      return rest();
    case 'division':
    case 'annex':
    case 'notice':
      out.push({ kind: 'heading', level: 2, text: head(n) || (n.kind === 'notice' ? '印发通知' : ''), ...(n.id ? { id: n.id } : {}) });
      if (n.text) out.push({ kind: 'para', text: n.text });
      return rest();
    case 'heading':
      out.push({ kind: 'heading', level: 3, text: [n.num, n.heading ?? n.text].filter(Boolean).join(GAP), ...(n.id ? { id: n.id } : {}) });
      if (n.heading && n.text) out.push({ kind: 'para', text: n.text });
      return rest();
    case 'article':
    case 'section': {
      const lead = head(n);
      const first = n.children[0];
      if (!n.text && first?.kind === 'para' && !first.num) {
        // the first 款 continues the article's number line, as printed
        out.push({ kind: 'para', lead, text: first.text, ...(n.id ? { id: n.id } : {}) });
        nodeBlocks({ ...first, text: '' }, here, w);
        return rest(n.children.slice(1));
      }
      out.push({ kind: 'para', lead, text: n.text, ...(n.id ? { id: n.id } : {}) });
      return rest();
    }
    case 'item':
    case 'sub': {
      const text = [n.num, n.heading].filter(Boolean).join('') + n.text;
      out.push({ kind: 'para', text, indent: LIST_INDENT[n.kind], ...(n.id ? { id: n.id } : {}) });
      return rest();
    }
    case 'table':
      (n.rows ?? []).forEach((row, i) => out.push({ kind: 'row', text: row.map((c) => c.text).join('\t'), cells: row.map((c) => ({ text: c.text, ...(c.rowspan ? { rowspan: c.rowspan } : {}), ...(c.colspan ? { colspan: c.colspan } : {}) })), header: i === 0 }));
      return rest();
    case 'signoff':
      if (n.text) out.push({ kind: 'para', text: n.text, right: true });
      return rest();
    case 'interpretation':
      interps.push([n, path]);
      return;
    default:
      if (n.text || n.num) out.push({ kind: 'para', text: [n.num ?? '', n.text].join(''), ...(n.id ? { id: n.id } : {}) });
      return rest();
  }
}

/** Every block of the file, in reading order: title, metadata, binding text, then the 解读 apart. */
export function docxBlocks(doc: RegDocument): DocxBlock[] {
  const out: DocxBlock[] = [{ kind: 'title', text: doc.meta.title }];
  for (const line of metadataLines(doc.meta)) out.push({ kind: 'meta', text: line });
  const interps: [ProvisionNode, ProvisionNode[]][] = [];
  nodeBlocks(doc.root, [], { title: doc.meta.title, out, interps });
  if (interps.length) {
    out.push({ kind: 'heading', level: 1, text: '解读' });
    for (const [n, path] of interps) {
      const of = citationFor(doc.meta, path).replace(/^《[^》]*》/, '') || '全文';
      out.push({ kind: 'label', text: `${of}${GAP}${n.num ?? '解读'}`, ...(n.id ? { id: n.id } : {}) });
      if (n.text) out.push({ kind: 'para', text: n.text });
      for (const c of n.children) nodeBlocks(c, [...path, n], { title: doc.meta.title, out, interps: [] });
    }
  }
  return out;
}

/** The blocks of one provision and its descendants (binding text only: its 解读 are left out). */
export function provisionBlocks(node: ProvisionNode, path: ProvisionNode[], title: string): DocxBlock[] {
  const out: DocxBlock[] = [];
  nodeBlocks(node, path, { title, out, interps: [] });
  return out;
}
