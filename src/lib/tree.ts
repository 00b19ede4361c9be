import type { Level } from './levels.ts';

/** One table cell (annex scoring tables). */
export interface Cell {
  text: string;
  line: number;
  rowspan?: number;
  colspan?: number;
}

/**
 * One node of the generic provision hierarchy (name, num, heading, children),
 * shared by every document kind. Every node keeps the source line it came from.
 */
export interface ProvisionNode {
  kind: Level;
  /** Anchor id, e.g. `art-6-para-2-item-1`; assigned by `assignIds`. */
  id?: string;
  /** Numbering exactly as written: `第六条`, `（一）`, `(1)`, `1.`, `一、`. */
  num?: string;
  /** Arabic value of the numbering: 6 for 第六条; for 第六条之一 it is 6 with `suffix` 1. */
  ordinal?: number;
  /** 之N suffix of an article number (第六条之一 → 1). */
  suffix?: number;
  /** A short heading that follows the number (`第六条  问责方式` → `问责方式`). */
  heading?: string;
  /** The node's own text (without num and heading). Lines of one paragraph are joined. */
  text: string;
  /** 1-based line in the raw source file where the node starts. */
  line: number;
  /** Table rows, only for kind `table`; the first row is the header. */
  rows?: Cell[][];
  /** Former ids of this node (a revision renumbered it); pages keep an anchor for each. */
  aliases?: string[];
  children: ProvisionNode[];
}

export function node(kind: Level, line: number, text = '', extra: Partial<ProvisionNode> = {}): ProvisionNode {
  return { kind, text, line, children: [], ...extra };
}

/** Depth-first walk, parents before children. */
export function* walk(root: ProvisionNode, ancestors: ProvisionNode[] = []): Generator<[ProvisionNode, ProvisionNode[]]> {
  yield [root, ancestors];
  for (const child of root.children) yield* walk(child, [...ancestors, root]);
}

/** All text a reader sees for a node and its descendants, in reading order. */
export function fullText(n: ProvisionNode): string {
  const parts: string[] = [];
  for (const [m] of walk(n)) {
    if (m.num) parts.push(m.num);
    if (m.heading) parts.push(m.heading);
    if (m.text) parts.push(m.text);
    if (m.rows) for (const row of m.rows) for (const c of row) parts.push(c.text);
  }
  return parts.join('\n');
}

/**
 * Attach a document's alias list (old id → current id) to the nodes it
 * points at, so pages can keep an anchor for every old id. Returns the
 * aliases whose target does not exist.
 */
export function attachAliases(root: ProvisionNode, aliases: Record<string, string>): string[] {
  const byId = new Map<string, ProvisionNode>();
  for (const [n] of walk(root)) if (n.id) byId.set(n.id, n);
  const missing: string[] = [];
  for (const [old, current] of Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))) {
    const target = byId.get(current);
    if (!target || byId.has(old)) missing.push(old);
    else (target.aliases ??= []).push(old);
  }
  return missing;
}
