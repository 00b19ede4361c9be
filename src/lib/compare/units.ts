/**
 * The units a comparison aligns: the top-level provisions of a document
 * (articles wherever they sit; in a document without articles, its 一、
 * sections), each with the text a drafter compares — the provision's own
 * words and those of its 款/项/目, without its number and heading (shown
 * apart) and without any 解读 (interpretation, not text).
 *
 * A unit is plain data (JSON-safe): the build emits the units of every
 * document (/compare/data/<slug>.json) and the browser aligns them with the
 * same code as the pre-rendered pages.
 */
import type { RegDocument } from '../document.ts';
import { walk, type ProvisionNode } from '../tree.ts';

export interface CompareUnit {
  /** Slug of the document. */
  doc: string;
  /** Anchor id of the provision on its document page (art-6, sec-2). */
  anchor: string;
  kind: ProvisionNode['kind'];
  /** Numbering as written (第六条, 二、). */
  num: string;
  /** Heading after the number (问责方式), if any. */
  heading?: string;
  /** Position of the unit in its document (0-based), for ordering. */
  index: number;
  /** Comparable text: one line per paragraph/item, item numbers kept, 解读 left out. */
  text: string;
}

/** The comparable text of a provision: its own text, then each descendant on its own line (numbering kept), skipping 解读. */
export function provisionBody(n: ProvisionNode): string {
  const lines: string[] = [];
  const visit = (m: ProvisionNode, top: boolean) => {
    if (m.kind === 'interpretation') return;
    if (!top) {
      const head = [m.num ?? '', m.heading ?? ''].join('');
      const line = head && m.text ? `${head}${m.text}` : head || m.text;
      if (line) lines.push(line);
    } else if (m.text) {
      lines.push(m.text);
    }
    if (m.rows) for (const row of m.rows) lines.push(row.map((c) => c.text).join(' | '));
    for (const c of m.children) visit(c, false);
  };
  visit(n, true);
  return lines.join('\n');
}

/** Units of a document in reading order: articles; if it has none, its sections. Provisions inside a notice or an annex are not units. */
export function compareUnits(doc: RegDocument): CompareUnit[] {
  const all = [...walk(doc.root)];
  const wanted: ProvisionNode['kind'] = all.some(([n]) => n.kind === 'article') ? 'article' : 'section';
  const out: CompareUnit[] = [];
  for (const [n, ancestors] of all) {
    if (n.kind !== wanted || !n.id) continue;
    if (ancestors.some((a) => a.kind === 'notice' || a.kind === 'annex' || a.kind === 'article' || a.kind === 'section')) continue;
    const unit: CompareUnit = {
      doc: doc.meta.slug,
      anchor: n.id,
      kind: n.kind,
      num: n.num ?? '',
      index: out.length,
      text: provisionBody(n),
    };
    const heading = n.heading?.trim();
    if (heading) unit.heading = heading;
    out.push(unit);
  }
  return out;
}

/** Characters of text shown in a unit's label when it has no heading. */
const LABEL_CHARS = 18;

/** How a unit is named in the picker's provision list: 第六条 问责方式, or the number and the start of its text. */
export function unitLabel(u: Pick<CompareUnit, 'num' | 'heading' | 'text' | 'anchor'>): string {
  const num = u.num || u.anchor;
  if (u.heading) return `${num} ${u.heading}`;
  const chars = [...u.text.replace(/\s+/g, ' ').trim()];
  if (!chars.length) return num;
  return `${num} ${chars.slice(0, LABEL_CHARS).join('')}${chars.length > LABEL_CHARS ? '…' : ''}`;
}
