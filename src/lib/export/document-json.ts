/**
 * `/regulations/<slug>.json`: metadata, the provision tree with the site's
 * anchors, and the crosswalk links at both ends (src/schemas/document-export.ts).
 */
import type { RegDocument } from '../document.ts';
import type { ProvisionNode } from '../tree.ts';
import { documentPath } from '../citation.ts';
import { ruleFields } from '../crosswalk/export.ts';
import type { DocumentExport, ExportNode } from '../../schemas/document-export.ts';

/** The crosswalk link fields the export needs. */
export interface LinkLike {
  from: { doc: string; anchor: string };
  to: { doc: string; anchor: string };
  relation: 'restates' | 'implements' | 'related';
  source: 'citation' | 'suggested' | 'curated';
  score: number;
  why?: string;
  kept?: number;
  added?: string[];
  dropped?: string[];
}

function exportNode(n: ProvisionNode): ExportNode {
  const out: ExportNode = { kind: n.kind, text: n.text, children: n.children.map(exportNode) };
  if (n.id) out.id = n.id;
  if (n.num) out.num = n.num;
  if (n.ordinal !== undefined) out.ordinal = n.ordinal;
  if (n.heading) out.heading = n.heading;
  if (n.rows) out.rows = n.rows.map((row) => row.map((c) => ({ text: c.text, ...(c.rowspan ? { rowspan: c.rowspan } : {}), ...(c.colspan ? { colspan: c.colspan } : {}) })));
  // key order as in the schema, so the file reads the same way every time
  return { kind: out.kind, id: out.id, num: out.num, ordinal: out.ordinal, heading: out.heading, text: out.text, rows: out.rows, children: out.children };
}

export function documentExportOf(doc: RegDocument, links: readonly LinkLike[]): DocumentExport {
  const slug = doc.meta.slug;
  const m = doc.meta;
  const side = (l: LinkLike, mine: 'from' | 'to') => {
    const other = mine === 'from' ? l.to : l.from;
    return {
      anchor: l[mine].anchor,
      other: { doc: other.doc, anchor: other.anchor },
      relation: l.relation,
      source: l.source,
      score: l.score,
      ...ruleFields(l),
    };
  };
  return {
    version: 1,
    slug,
    path: documentPath(m),
    meta: {
      title: m.title,
      shortTitle: m.shortTitle,
      class: m.class,
      issuer: m.issuer,
      docNumber: m.docNumber,
      issued: m.issued,
      effective: m.effective,
      provisional: m.provisional,
      status: m.status,
      parents: m.parents.map((p) => ({ slug: p.slug, ...(p.version ? { version: p.version } : {}) })),
      ...(m.version ? { version: m.version } : {}),
    },
    provisions: doc.root.children.map(exportNode),
    aliases: { ...doc.aliases },
    crosswalk: {
      parents: links.filter((l) => l.from.doc === slug).map((l) => side(l, 'from')),
      implementations: links.filter((l) => l.to.doc === slug).map((l) => side(l, 'to')),
    },
  };
}

/** The file: JSON without undefined keys, two-space indentation, a final newline. */
export function documentJson(doc: RegDocument, links: readonly LinkLike[]): string {
  return `${JSON.stringify(documentExportOf(doc, links), null, 2)}\n`;
}
