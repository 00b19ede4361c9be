/**
 * `/regulations/<slug>.txt`: the published text with its numbering, one
 * paragraph a line, as a reader would paste it: 第六条　问责方式 / the article's
 * first paragraph on its line; items and sub-items on their own lines; table
 * rows with tab-separated cells; 解读 marked as such.
 */
import type { RegDocument } from '../document.ts';
import type { ProvisionNode } from '../tree.ts';

const GAP = '　'; // ideographic space between a number and its text, as official texts print it

function head(n: ProvisionNode): string {
  return [n.num, n.heading].filter(Boolean).join(GAP);
}

function lines(n: ProvisionNode, out: string[]): void {
  const label = head(n);
  let children = n.children;
  if (n.kind === 'interpretation') out.push('【解读】');
  if (n.kind === 'article' && !n.text && children[0]?.kind === 'para') {
    // the first 款 continues the article's number line
    out.push([label, children[0].text].filter(Boolean).join(GAP));
    lines({ ...children[0], text: '', num: undefined, heading: undefined }, out);
    children = children.slice(1);
  } else if (n.kind !== 'document') {
    const line = [label, n.text].filter(Boolean).join(label && n.text ? GAP : '');
    if (line) out.push(line);
  }
  if (n.rows) for (const row of n.rows) out.push(row.map((c) => c.text).join('\t'));
  for (const c of children) lines(c, out);
}

export function documentText(doc: RegDocument): string {
  const out: string[] = [];
  lines(doc.root, out);
  return `${out.join('\n')}\n`;
}
