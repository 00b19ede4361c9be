/**
 * Citations: explicit references in the texts (根据《中国共产党问责条例》第七条,
 * 依照本办法第五条) resolved against the corpus. A reference to a provision of
 * another document of the corpus becomes a link; every reference is listed, with
 * those to documents outside the corpus marked external.
 */
import { toSimplified } from '../chinese-variants.ts';
import { findCitations, resolvePathInTree } from '../citation-parse.ts';
import type { RegDocument } from '../document.ts';
import { walk } from '../tree.ts';
import type { CrosswalkLink, CrosswalkReference } from '../../schemas/crosswalk.ts';

/** Title as compared: NFKC, no spaces or line breaks. */
export function normaliseTitle(t: string): string {
  return toSimplified(t.normalize('NFKC')).replace(/\s+/gu, '');
}

/** 《条例》 inside 《中国共产党问责条例》 (its 解读) means the document itself: a short name its own title ends with. */
export function isOwnShortName(title: string, doc: RegDocument): boolean {
  const t = normaliseTitle(title);
  return t.length <= 4 && normaliseTitle(doc.meta.title).endsWith(t);
}

/** Documents by normalised title and short title. */
export function titleIndex(docs: readonly RegDocument[]): Map<string, RegDocument> {
  const out = new Map<string, RegDocument>();
  // Sorted by slug so that a title shared by two documents always resolves the same way.
  for (const d of [...docs].sort((a, b) => (a.meta.slug < b.meta.slug ? -1 : 1))) {
    for (const t of [d.meta.title, d.meta.shortTitle]) {
      const k = normaliseTitle(t);
      if (!out.has(k)) out.set(k, d);
    }
  }
  return out;
}

/**
 * References in one document. Each is attributed to the nearest node with an
 * id that holds it (an item, a para, the article). `links` are the references
 * to a provision of another document of the corpus.
 */
export function citationsOf(
  doc: RegDocument,
  titles: ReadonlyMap<string, RegDocument>,
): { references: CrosswalkReference[]; links: CrosswalkLink[] } {
  const references: CrosswalkReference[] = [];
  const links: CrosswalkLink[] = [];
  const parents = new Set(doc.meta.parents.map((p) => p.slug));
  for (const [node, ancestors] of walk(doc.root)) {
    if (!node.text) continue;
    const holder = [...ancestors, node].reverse().find((n) => n.id);
    if (!holder?.id) continue;
    for (const c of findCitations(node.text)) {
      const target = c.self || (c.title && isOwnShortName(c.title, doc)) ? doc : c.title ? titles.get(normaliseTitle(c.title)) : undefined;
      let anchor: string | undefined;
      if (target && c.path) anchor = resolvePathInTree(c.path, target.root)?.anchor;
      references.push({
        from: { doc: doc.meta.slug, anchor: holder.id },
        raw: c.raw,
        ...(c.title ? { title: c.title } : {}),
        to: target ? { doc: target.meta.slug, ...(anchor ? { anchor } : {}) } : null,
        external: !target,
      });
      if (target && anchor && target !== doc) {
        links.push({
          from: { doc: doc.meta.slug, anchor: holder.id },
          to: { doc: target.meta.slug, anchor },
          relation: parents.has(target.meta.slug) ? 'implements' : 'related',
          source: 'citation',
          score: 1,
          evidence: [c.raw],
        });
      }
    }
  }
  return { references, links };
}
