/**
 * A fast reader for MDX exactly as `mdx-write.ts` writes it: one element per
 * line, attributes that are plain strings or JSON literals. It understands
 * nothing else and answers null for any line it does not expect, so the
 * caller falls back to the full unified + remark-mdx reader (`mdx-read.ts`),
 * which stays the reference: tests check both give the same documents.
 */
import { parse as parseYaml } from 'yaml';
import type { RegDocument } from '../document.ts';
import { CELL, LEVEL_OF, NUMBER_ATTRS, ROW, STRING_ATTRS } from './format.ts';
import type { Cell, ProvisionNode } from '../tree.ts';

const ATTR = /\s+([a-z]+)=(?:"([^"&{}<>\\\n]*)"|\{(-?\d+|"(?:[^"\\\n]|\\.)*")\})/y;
const OPEN = /^<([A-Z][A-Za-z]*)/;

type Attrs = Record<string, string | number>;

function parseAttrs(line: string, from: number, end: number): Attrs | null {
  const out: Attrs = {};
  ATTR.lastIndex = from;
  let at = from;
  while (at < end) {
    ATTR.lastIndex = at;
    const m = ATTR.exec(line);
    if (!m || m.index !== at || ATTR.lastIndex > end) return null;
    if (m[2] !== undefined) out[m[1]] = m[2];
    else {
      const v: unknown = JSON.parse(m[3]);
      if (typeof v !== 'string' && typeof v !== 'number') return null;
      out[m[1]] = v;
    }
    at = ATTR.lastIndex;
  }
  return out;
}

/** The document, or null when the text is not in the writer's exact shape. */
export function readMdxFast(text: string): { front: unknown; root: ProvisionNode } | null {
  if (!text.startsWith('---\n')) return null;
  const close = text.indexOf('\n---\n', 3);
  if (close < 0) return null;
  let front: unknown;
  try {
    front = parseYaml(text.slice(4, close + 1));
  } catch {
    return null;
  }
  const root: ProvisionNode = { kind: 'document', text: '', line: 1, children: [] };
  const stack: { name: string; node: ProvisionNode | null; row: Cell[] | null }[] = [{ name: '', node: root, row: null }];
  const lines = text.slice(close + 5).split('\n');
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line === '') continue;
    if (line.startsWith('{/*') && line.endsWith('*/}') && stack.length === 1) continue;
    if (line.startsWith('</')) {
      const top = stack.pop();
      if (!top || line !== `</${top.name}>` || stack.length === 0) return null;
      continue;
    }
    const open = OPEN.exec(line);
    if (!open) return null;
    const name = open[1];
    const selfClosing = line.endsWith(' />');
    const end = line.length - (selfClosing ? 3 : 1);
    if (!selfClosing && !line.endsWith('>')) return null;
    const attrs = parseAttrs(line, name.length + 1, end);
    if (!attrs) return null;
    const parent = stack[stack.length - 1];
    if (name === ROW) {
      if (!parent.node || selfClosing) return null;
      const row: Cell[] = [];
      (parent.node.rows ??= []).push(row);
      stack.push({ name, node: null, row });
      continue;
    }
    if (name === CELL) {
      if (!parent.row || !selfClosing || typeof attrs.line !== 'number') return null;
      const cell: Cell = { text: String(attrs.text ?? ''), line: attrs.line };
      if (typeof attrs.rowspan === 'number') cell.rowspan = attrs.rowspan;
      if (typeof attrs.colspan === 'number') cell.colspan = attrs.colspan;
      parent.row.push(cell);
      continue;
    }
    const kind = LEVEL_OF[name];
    if (!kind || !parent.node || typeof attrs.line !== 'number') return null;
    const node: ProvisionNode = { kind, text: '', line: 0, children: [] };
    for (const k of STRING_ATTRS) if (typeof attrs[k] === 'string') (node as unknown as Attrs)[k] = attrs[k];
    for (const k of NUMBER_ATTRS) if (typeof attrs[k] === 'number') (node as unknown as Attrs)[k] = attrs[k];
    parent.node.children.push(node);
    if (!selfClosing) stack.push({ name, node, row: null });
  }
  return stack.length === 1 ? { front, root } : null;
}

export type FastRead = Pick<RegDocument, 'root'> & { front: unknown };
