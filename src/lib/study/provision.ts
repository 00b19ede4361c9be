/**
 * One provision of a study sheet, taken from the document's JSON export
 * (`/regulations/<slug>.json`, fetched by the browser on demand): found by
 * its anchor (or an old anchor the document keeps as an alias), cited as the
 * 复制引用 button cites it, its permanent link, and its text as blocks
 * (src/lib/export/docx-blocks.ts), the same reading order as the Word file.
 */
import type { DocumentExport, ExportNode } from '../../schemas/document-export.ts';
import { citationFor } from '../citation.ts';
import type { ProvisionNode } from '../tree.ts';
import { provisionBlocks, type DocxBlock } from '../export/docx-blocks.ts';

export interface StudyProvision {
  doc: string;
  /** The anchor on the page (the current one, when the sheet named an alias). */
  anchor: string;
  /** 《…》第六条 */
  citation: string;
  /** Document title. */
  title: string;
  /** The page path and anchor, relative to the site: `/regulations/x/#art-6`. */
  path: string;
  blocks: DocxBlock[];
}

/** An export node as a tree node (the citation rules need the 之N suffix, which the anchor carries: art-6-1). */
function toNode(n: ExportNode): ProvisionNode {
  const suffix = n.kind === 'article' && n.id ? /^art-\d+-(\d+)$/.exec(n.id)?.[1] : undefined;
  return {
    kind: n.kind,
    text: n.text,
    line: 0,
    children: n.children.map(toNode),
    ...(n.id ? { id: n.id } : {}),
    ...(n.num ? { num: n.num } : {}),
    ...(n.ordinal !== undefined ? { ordinal: n.ordinal } : {}),
    ...(suffix ? { suffix: Number(suffix) } : {}),
    ...(n.heading ? { heading: n.heading } : {}),
    ...(n.rows ? { rows: n.rows.map((r) => r.map((c) => ({ ...c, line: 0 }))) } : {}),
  };
}

/** The path from the document root to the node with `id`, or null. */
function pathTo(nodes: ProvisionNode[], id: string, above: ProvisionNode[] = []): ProvisionNode[] | null {
  for (const n of nodes) {
    if (n.id === id) return [...above, n];
    const found = pathTo(n.children, id, [...above, n]);
    if (found) return found;
  }
  return null;
}

/** The provision `anchor` of an exported document; null when the document has no such anchor (nor alias). */
export function studyProvision(data: DocumentExport, anchor: string): StudyProvision | null {
  const current = data.aliases[anchor] ?? anchor;
  const root: ProvisionNode = { kind: 'document', text: '', line: 0, children: data.provisions.map(toNode) };
  const path = pathTo(root.children, current, [root]);
  if (!path) return null;
  const node = path.at(-1)!;
  return {
    doc: data.slug,
    anchor: current,
    citation: citationFor(data.meta, path),
    title: data.meta.title,
    path: `${data.path}#${current}`,
    blocks: provisionBlocks(node, path.slice(0, -1), data.meta.title),
  };
}
