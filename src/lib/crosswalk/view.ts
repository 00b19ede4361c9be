/**
 * What the pages show for a provision: the parent provisions a local article
 * corresponds to (上位依据), and the local provisions that implement a parent
 * article (下位落实), grouped by document. Pure: built from documents and links.
 */
import { citationFor, documentPath } from '../citation.ts';
import type { RegDocument } from '../document.ts';
import { walk, type ProvisionNode } from '../tree.ts';
import { LINK_SOURCE_LABEL, RELATION_LABEL, type CrosswalkLink, type LinkSource, type Relation } from '../../schemas/crosswalk.ts';

export interface LinkEnd {
  doc: string;
  anchor: string;
  /** Page URL with the anchor: /regulations/ccp-accountability-2016/#art-7. */
  href: string;
  /** Full citation: 《中国共产党问责条例》第七条. */
  citation: string;
  /** The provision part only: 第七条, 第二部分. */
  label: string;
}

export interface LinkView {
  /** The other end of the link. */
  other: LinkEnd;
  /** This page's end (the article itself or a provision inside it). */
  here: LinkEnd;
  relation: Relation;
  relationLabel: string;
  source: LinkSource;
  sourceLabel: string;
  score: number;
  evidence: string[];
  note?: string;
  /** Why this relation (the rule's reason, or the editor's override): 细化 · 增加：提醒、函询 · 删去：改组. */
  why: string;
  /** Share of the parent provision's text the local one keeps (0..1). */
  kept: number;
  /** Phrases the local provision adds, and those of the parent it leaves out, as written. */
  added: string[];
  dropped: string[];
}

export interface DownGroup {
  doc: string;
  title: string;
  href: string;
  links: LinkView[];
}

const paths = new WeakMap<ProvisionNode, Map<string, ProvisionNode[]>>();

const within = (anchor: string, unit: string) => anchor === unit || anchor.startsWith(`${unit}-`);

export class CrosswalkView {
  private readonly docs: Map<string, RegDocument>;
  private readonly ends = new Map<string, LinkEnd>();
  private readonly outgoing = new Map<string, CrosswalkLink[]>();
  private readonly incoming = new Map<string, CrosswalkLink[]>();
  private parentSlugs: Set<string> | undefined;

  constructor(documents: readonly RegDocument[], links: readonly CrosswalkLink[]) {
    this.docs = new Map(documents.map((d) => [d.meta.slug, d]));
    for (const l of links) {
      (this.outgoing.get(l.from.doc) ?? this.outgoing.set(l.from.doc, []).get(l.from.doc)!).push(l);
      (this.incoming.get(l.to.doc) ?? this.incoming.set(l.to.doc, []).get(l.to.doc)!).push(l);
    }
  }

  /**
   * Path from the root to the node with this id, memoised per tree (a WeakMap on the root node: a
   * document read again is walked again, and a tree no one holds any more is not kept alive here).
   */
  private pathOf(doc: RegDocument, id: string): ProvisionNode[] | undefined {
    const root = doc.root;
    let map = paths.get(root);
    if (!map) {
      map = new Map();
      for (const [n, anc] of walk(root)) if (n.id) map.set(n.id, [...anc, n]);
      paths.set(root, map);
    }
    return map.get(id);
  }

  /** One end of a link, as the pages show it (memoised: a few strings per end, not the document's nodes). */
  end(slug: string, anchor: string): LinkEnd {
    const k = `${slug}#${anchor}`;
    let e = this.ends.get(k);
    if (!e) this.ends.set(k, (e = this.computeEnd(slug, anchor)));
    return e;
  }

  private computeEnd(slug: string, anchor: string): LinkEnd {
    const doc = this.docs.get(slug);
    if (!doc) return { doc: slug, anchor, href: `#${anchor}`, citation: anchor, label: anchor };
    // Nodes read back from MDX may lack `ordinal` (paras): the id carries it (art-3-para-2 → 2).
    const path = (this.pathOf(doc, anchor) ?? []).map((n) =>
      n.ordinal === undefined && n.id && /-(\d+)$/.test(n.id) ? { ...n, ordinal: Number(/-(\d+)$/.exec(n.id)![1]) } : n,
    );
    let citation: string;
    try {
      citation = citationFor(doc.meta, path);
    } catch {
      citation = `《${doc.meta.title}》#${anchor}`;
    }
    const prefix = `《${doc.meta.title}》`;
    return {
      doc: slug,
      anchor,
      href: `${documentPath(doc.meta)}#${anchor}`,
      citation,
      label: citation.startsWith(prefix) && citation.length > prefix.length ? citation.slice(prefix.length) : citation,
    };
  }

  private view(l: CrosswalkLink, side: 'from' | 'to'): LinkView {
    const other = side === 'from' ? l.to : l.from;
    const here = side === 'from' ? l.from : l.to;
    return {
      other: this.end(other.doc, other.anchor),
      here: this.end(here.doc, here.anchor),
      relation: l.relation,
      relationLabel: RELATION_LABEL[l.relation],
      source: l.source,
      sourceLabel: LINK_SOURCE_LABEL[l.source],
      score: l.score,
      evidence: l.evidence,
      ...(l.note ? { note: l.note } : {}),
      why: l.why ?? RELATION_LABEL[l.relation],
      kept: l.kept ?? 0,
      added: l.added ?? [],
      dropped: l.dropped ?? [],
    };
  }

  /** 上位依据: links from this article (or a provision inside it) to parent provisions. */
  up(slug: string, anchor: string): LinkView[] {
    return (this.outgoing.get(slug) ?? []).filter((l) => within(l.from.anchor, anchor)).map((l) => this.view(l, 'from'));
  }

  /** 下位落实: links to this article (or inside it), grouped by local document in title order. */
  down(slug: string, anchor: string): DownGroup[] {
    const groups = new Map<string, DownGroup>();
    for (const l of this.incoming.get(slug) ?? []) {
      if (!within(l.to.anchor, anchor)) continue;
      const doc = this.docs.get(l.from.doc);
      if (!doc) continue;
      let g = groups.get(l.from.doc);
      if (!g) groups.set(l.from.doc, (g = { doc: l.from.doc, title: doc.meta.title, href: documentPath(doc.meta), links: [] }));
      g.links.push(this.view(l, 'to'));
    }
    return [...groups.values()].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.doc < b.doc ? -1 : 1));
  }

  /** Whether the document declares a parent that is in the corpus (its articles get an 上位依据 box, even empty). */
  hasParent(slug: string): boolean {
    return (this.docs.get(slug)?.meta.parents ?? []).some((p) => this.docs.has(p.slug));
  }

  /** Whether some measure of the corpus names this document as its parent. */
  isParent(slug: string): boolean {
    // computed once: pages ask for every provision, and scanning the corpus each time made a page cost O(corpus)
    this.parentSlugs ??= new Set([...this.docs.values()].flatMap((d) => d.meta.parents.map((p) => p.slug)));
    return this.parentSlugs.has(slug);
  }
}
