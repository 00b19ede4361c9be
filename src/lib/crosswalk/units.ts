/**
 * The units the crosswalk links: the top-level provisions of a document
 * (articles, wherever they sit; for documents without articles, the 一、
 * sections; and a preamble), each with its heading, its own text (the 解读 of
 * the 2016 Regulations kept apart) and, for a parent article, the topic its
 * 解读 names (本条规定了“问责方式”).
 */
import type { RegDocument } from '../document.ts';
import { walk, type ProvisionNode } from '../tree.ts';

export interface Unit {
  doc: string;
  /** Anchor id of the provision (art-6, sec-2, preamble). */
  anchor: string;
  kind: ProvisionNode['kind'];
  /** Numbering as written (第六条, 二、), or '' for a preamble. */
  num: string;
  /** Heading the provision carries (问责方式), if any. */
  heading?: string;
  /** Reading text of the provision and its descendants, without numbering, heading and 解读. */
  text: string;
  /** Text of its 解读, when it has one. */
  interpretation?: string;
  /** Topic named by the 解读: 本条规定了“问责方式” → 问责方式. */
  topic?: string;
  /** The provision node itself (for deeper anchors and citations). */
  node: ProvisionNode;
  /** Nodes from the document root down to this one (for citations). */
  path: ProvisionNode[];
}

/** Text of a node and its descendants, without numbering, skipping interpretation subtrees. */
export function ownText(n: ProvisionNode, includeHeading = false): string {
  const parts: string[] = [];
  const visit = (m: ProvisionNode, top: boolean) => {
    if (m.kind === 'interpretation') return;
    if (m.heading && (includeHeading || !top)) parts.push(m.heading);
    if (m.text) parts.push(m.text);
    if (m.rows) for (const row of m.rows) for (const c of row) parts.push(c.text);
    for (const c of m.children) visit(c, false);
  };
  visit(n, true);
  return parts.join('\n');
}

/** Text of every interpretation child of a node. */
function interpretationText(n: ProvisionNode): string | undefined {
  const parts: string[] = [];
  for (const c of n.children) {
    if (c.kind !== 'interpretation') continue;
    for (const [m] of walk(c)) if (m.text) parts.push(m.text);
  }
  return parts.length ? parts.join('\n') : undefined;
}

const TOPIC = /本条(?:规定了|是关于|明确了)[“"「]([^”"」]{1,20})[”"」]/u;

/** The topic an interpretation names: 本条规定了“问责方式” → 问责方式. */
export function topicOf(interpretation: string | undefined): string | undefined {
  if (!interpretation) return undefined;
  return TOPIC.exec(interpretation)?.[1];
}

/**
 * A heading the parser left in the text: 【问责方式】… or a short label ending
 * in a colon on its own (问责方式: / 问责线索：). Returns [heading, rest].
 */
export function leadingHeading(text: string): [string, string] | null {
  const bracket = /^\s*[【\[]([^】\]\n]{2,12})[】\]]\s*/u.exec(text);
  if (bracket) return [bracket[1]!.trim(), text.slice(bracket[0].length)];
  const label = /^\s*([\u3400-\u9fff]{2,8})[:：]\s*(?:\n|$)/u.exec(text);
  if (label) return [label[1]!, text.slice(label[0].length)];
  return null;
}

const memo = new WeakMap<ProvisionNode, Map<string, Unit[]>>();

/**
 * The crosswalk units of a document: articles (wherever they sit); for a
 * document without articles its 一、 sections; plus a preamble. Memoised per
 * tree and slug (documents are not mutated once built; the units carry the
 * slug, and a copy under another slug, as the draft check makes, shares the
 * tree): a document whose tree is read on demand (src/data/corpus.ts) keeps
 * no units alive once its tree is dropped.
 */
export function unitsOf(doc: RegDocument): Unit[] {
  const root = doc.root;
  let bySlug = memo.get(root);
  if (!bySlug) memo.set(root, (bySlug = new Map()));
  let units = bySlug.get(doc.meta.slug);
  if (!units) bySlug.set(doc.meta.slug, (units = computeUnits(doc)));
  return units;
}

function computeUnits(doc: RegDocument): Unit[] {
  const all = [...walk(doc.root)];
  const hasArticles = all.some(([n]) => n.kind === 'article');
  const wanted = new Set<ProvisionNode['kind']>([hasArticles ? 'article' : 'section', 'preamble']);
  const out: Unit[] = [];
  for (const [n, ancestors] of all) {
    if (!n.id || !wanted.has(n.kind)) continue;
    // Units never nest: a preamble or section inside a notice or annex is not a provision of the measure.
    if (ancestors.some((a) => a.kind === 'notice' || a.kind === 'annex' || a.kind === 'article' || a.kind === 'section')) continue;
    const interpretation = interpretationText(n);
    let text = ownText(n);
    let heading = n.heading?.trim() || undefined;
    if (!heading) {
      const lead = leadingHeading(text);
      if (lead) [heading, text] = lead;
    }
    if (!text.trim() && !heading) continue;
    out.push({
      doc: doc.meta.slug,
      anchor: n.id,
      kind: n.kind,
      num: n.num ?? '',
      heading,
      text,
      interpretation,
      topic: topicOf(interpretation),
      node: n,
      path: [...ancestors, n],
    });
  }
  return out;
}
