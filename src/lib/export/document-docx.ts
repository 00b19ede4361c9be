/**
 * `/regulations/<slug>.docx`: the document as a Word file for printing and
 * circulation (A4, 宋体 body, 黑体 headings; src/lib/export/docx-common.ts).
 *
 * - the title, then the metadata (文号, 发布机关, 发布日期, 施行日期, 效力状态);
 * - 编/章 as Heading 1, 节 and annexes as Heading 2, commentary headings as
 *   Heading 3, centred as official texts print them;
 * - every article opens with its number in bold (第六条), its heading after it,
 *   and its first 款 on the same line; 款 indented two characters; 项/目 on
 *   lines of their own with their numbering as written; tables as Word tables;
 * - the 解读 kept apart from the binding text: after it, under a heading
 *   解读, each labelled with the article it explains.
 *
 * `docxBlocks` is the reading order the file has; tests compare it with the
 * page and with what mammoth reads back.
 */
import { AlignmentType, HeadingLevel, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { RegDocument } from '../document.ts';
import type { ProvisionNode } from '../tree.ts';
import { citationFor } from '../citation.ts';
import { GAP, bodyParagraph, packDocx, smallParagraph, textRuns, wordDocument } from './docx-common.ts';

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

interface Walk {
  title: string;
  out: DocxBlock[];
  /** 解读 nodes, with their path, published after the binding text. */
  interps: [ProvisionNode, ProvisionNode[]][];
}

/** Blocks of one node of the binding text. */
function nodeBlocks(n: ProvisionNode, path: ProvisionNode[], w: Walk): void {
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

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function tableOf(rows: DocxBlock[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({
      tableHeader: r.header ?? false,
      children: (r.cells ?? []).map((c) => new TableCell({
        children: [new Paragraph({ children: textRuns(c.text, { bold: r.header ?? false, size: 21 }) })],
        ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
        ...(c.colspan ? { columnSpan: c.colspan } : {}),
      })),
    })),
  });
}

/** Blocks → Word paragraphs and tables (consecutive rows make one table). */
export function docxChildren(blocks: readonly DocxBlock[]): FileChild[] {
  const out: FileChild[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'row') {
      const rows: DocxBlock[] = [];
      while (blocks[i]?.kind === 'row') rows.push(blocks[i++]!);
      i--;
      out.push(tableOf(rows));
      continue;
    }
    if (b.kind === 'title') out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] }));
    else if (b.kind === 'meta') out.push(smallParagraph(b.text, { center: true }));
    else if (b.kind === 'heading') {
      const pageBreak = b.level === 1 && b.text === '解读' && !b.id;
      out.push(new Paragraph({ heading: HEADING[b.level ?? 1], children: [...(pageBreak ? [new PageBreak()] : []), ...textRuns(b.text)] }));
    } else if (b.kind === 'label') out.push(new Paragraph({ children: textRuns(b.text, { bold: true }), spacing: { before: 240 }, keepNext: true }));
    else if (b.center) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(b.text) }));
    else if (b.right) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(b.text) }));
    else out.push(bodyParagraph(b.text, b.lead, { indent: b.indent ?? 0 }));
  }
  return out;
}

/** The bytes of `/regulations/<slug>.docx` (deterministic). */
export function documentDocx(doc: RegDocument): Promise<Uint8Array> {
  const description = metadataLines(doc.meta).join('；');
  return packDocx(wordDocument({ title: doc.meta.title, ...(description ? { description } : {}), children: docxChildren(docxBlocks(doc)) }));
}
