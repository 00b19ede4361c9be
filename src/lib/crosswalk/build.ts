/**
 * The crosswalk of a corpus: citations, suggestions and curation combined
 * into the links the site publishes. Pure: the caller reads the files.
 *
 * Precedence for one pair (local provision → parent provision): a curated
 * decision, then an explicit citation, then a suggestion.
 */
import type { Diagnostic, RegDocument } from '../document.ts';
import { walk, type ProvisionNode } from '../tree.ts';
import type { CrosswalkLink, CrosswalkReference } from '../../schemas/crosswalk.ts';
import { citationsOf, titleIndex } from './citations.ts';
import { applyCuration, loadCuration, type CurationSource, type PlacedDecision } from './curation.ts';
import { Background, ParentIndex } from './suggest.ts';
import { functionTable, type TopicSpec } from './functions.ts';
import { loadTopics, type TopicsSource } from './topics.ts';
import { ownText, unitsOf, type Unit } from './units.ts';
import { unitAnchorOf } from './coverage.ts';
import { RELATION_LABEL } from '../../schemas/crosswalk.ts';

export interface Crosswalk {
  /** Every published link, sorted (document order of the local measure, then parent order). */
  links: CrosswalkLink[];
  /** Every reference found in the texts, resolved or external. */
  references: CrosswalkReference[];
  /** Warnings (stale curation, a parent missing from the corpus). Errors throw instead. */
  diagnostics: Diagnostic[];
}

/** Measures with a parent in the corpus, and the parents: what the crosswalk links. */
export function linkedDocuments(documents: readonly RegDocument[]): { measures: RegDocument[]; parents: RegDocument[] } {
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  const measures = documents.filter((d) => d.meta.class !== '评论' && d.meta.parents.some((p) => bySlug.has(p.slug)));
  const parentSlugs = new Set(measures.flatMap((d) => d.meta.parents.map((p) => p.slug)).filter((s) => bySlug.has(s)));
  const parents = documents.filter((d) => parentSlugs.has(d.meta.slug));
  return { measures, parents };
}

/** Order of anchors inside each document (document order), for sorting. */
export function anchorOrder(documents: readonly RegDocument[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const d of documents) {
    let i = 0;
    for (const [n] of walk(d.root)) if (n.id) order.set(`${d.meta.slug}#${n.id}`, i++);
  }
  return order;
}

export function compareLinks(order: ReadonlyMap<string, number>) {
  const pos = (doc: string, anchor: string) => order.get(`${doc}#${anchor}`) ?? Number.MAX_SAFE_INTEGER;
  const str = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return (a: CrosswalkLink, b: CrosswalkLink) =>
    str(a.from.doc, b.from.doc) ||
    pos(a.from.doc, a.from.anchor) - pos(b.from.doc, b.from.anchor) ||
    str(a.from.anchor, b.from.anchor) ||
    str(a.to.doc, b.to.doc) ||
    pos(a.to.doc, a.to.anchor) - pos(b.to.doc, b.to.anchor) ||
    str(a.to.anchor, b.to.anchor);
}

/**
 * A parent's index as the build and the draft check both use it: its units, its drafting functions
 * (from its topics, when an editor wrote them) and its names, under which local texts cite its
 * articles by number (《车船税法》第三条).
 */
export function parentIndexOf(parent: RegDocument, topics?: readonly TopicSpec[]): ParentIndex {
  return new ParentIndex(parent.meta.slug, unitsOf(parent), functionTable(topics)).withNames([parent.meta.title, parent.meta.shortTitle]);
}

/**
 * One ParentIndex per parent document, sharing one corpus background. `topics`:
 * each parent's own topics (content/crosswalk/topics/, loadTopics); a parent
 * without gets the generic drafting functions only.
 */
export function buildIndexes(documents: readonly RegDocument[], topics: ReadonlyMap<string, readonly TopicSpec[]> = new Map()): Map<string, ParentIndex> {
  const { measures, parents } = linkedDocuments(documents);
  const indexes = new Map(parents.map((p) => [p.meta.slug, parentIndexOf(p, topics.get(p.meta.slug))]));
  const bg = corpusBackground([...parents, ...measures], [...indexes.values()]);
  const titles = new Map(measures.map((d) => [d.meta.slug, d.meta.title]));
  for (const ix of indexes.values()) ix.withBackground(bg).withTitles(titles);
  return indexes;
}

/** How common each n-gram the parents know is among the units of `documents` (parents and measures). */
export function corpusBackground(documents: readonly RegDocument[], indexes: readonly ParentIndex[]): Background {
  const known = (g: string) => indexes.some((ix) => ix.knows(g));
  const bg = new Background();
  for (const d of documents) addUnits(bg, d, known);
  return bg;
}

/** Count the units of one document into a background (as the build counts every measure). */
export function addUnits(bg: Background, doc: RegDocument, known: (g: string) => boolean): void {
  for (const u of unitsOf(doc)) bg.add(`${u.text}\n${u.interpretation ?? ''}`, known);
}

/** Suggestions for every unit of every measure with a parent in the corpus. */
export function suggestAll(documents: readonly RegDocument[], indexes: ReadonlyMap<string, ParentIndex> = buildIndexes(documents)): CrosswalkLink[] {
  const { measures } = linkedDocuments(documents);
  const out: CrosswalkLink[] = [];
  for (const d of measures) {
    const units: Unit[] = unitsOf(d);
    for (const p of d.meta.parents) {
      const ix = indexes.get(p.slug);
      if (!ix) continue;
      for (const u of units) for (const s of ix.suggest(u)) out.push({ ...s, source: 'suggested' });
    }
  }
  return out;
}

/**
 * Build the crosswalk. Throws CurationError (every problem with file:line)
 * when a curation file is malformed or names an unknown document or anchor,
 * and ValidationError when a topics file is.
 */
export function buildCrosswalk(input: readonly RegDocument[], curation: readonly CurationSource[] = [], topicSources: readonly TopicsSource[] = []): Crosswalk {
  // Slug order throughout, so the output does not depend on the order documents were read in.
  const documents = [...input].sort((a, b) => (a.meta.slug < b.meta.slug ? -1 : a.meta.slug > b.meta.slug ? 1 : 0));
  const diagnostics: Diagnostic[] = [];
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  const ids = new Map(documents.map((d) => [d.meta.slug, new Set([...walk(d.root)].map(([n]) => n.id).filter(Boolean))]));
  const decisions = loadCuration(curation, {
    title: (s) => bySlug.get(s)?.meta.title,
    has: (s, a) => ids.get(s)?.has(a) ?? false,
  });

  for (const d of documents) {
    for (const p of d.meta.parents) {
      if (!bySlug.has(p.slug)) {
        diagnostics.push({ file: d.meta.source.file, line: d.meta.source.from, severity: 'warning', ruleId: 'parent-missing', message: `${d.meta.slug}: parent ${p.slug} is not in the corpus; no links to it` });
      }
    }
  }

  const indexes = buildIndexes(documents, loadTopics(topicSources, (s) => bySlug.has(s)));
  const suggested = suggestAll(documents, indexes);

  const titles = titleIndex(documents);
  const references: CrosswalkReference[] = [];
  const cited: CrosswalkLink[] = [];
  for (const d of documents) {
    if (d.meta.class === '评论') continue;
    const c = citationsOf(d, titles);
    references.push(...c.references);
    cited.push(...c.links);
  }

  const curated = applyCuration(withCitations(suggested, cited), decisions);
  diagnostics.push(...curated.diagnostics);
  const byKey = new Map(decisions.map((d) => [key(d), d]));
  const alsoTo = siblingTargets(curated.links);
  const explained = curated.links.map((l) => {
    const r = explainLink(l, bySlug, indexes, l.source === 'curated' ? byKey.get(key(l)) : undefined, alsoTo(l));
    if (r.diagnostic) diagnostics.push(r.diagnostic);
    return r.link;
  });
  const order = anchorOrder(documents);
  const links = explained.sort(compareLinks(order));
  return { links, references, diagnostics };
}

/**
 * For each link, the other provisions of the same parent its local provision is linked to (by the same
 * set of links): what the local provision takes from one of them is not its own addition to another.
 */
export function siblingTargets(links: readonly CrosswalkLink[]): (l: CrosswalkLink) => string[] {
  const targets = new Map<string, string[]>();
  const at = (l: CrosswalkLink) => `${l.from.doc}#${l.from.anchor}→${l.to.doc}`;
  for (const l of links) targets.set(at(l), [...(targets.get(at(l)) ?? []), l.to.anchor]);
  return (l) => (targets.get(at(l)) ?? []).filter((a) => a !== l.to.anchor);
}

/** Suggestions and citations, one link per pair: a citation confirms a suggestion for the same pair, whose phrases it keeps as further evidence. */
export function withCitations(suggested: readonly CrosswalkLink[], cited: readonly CrosswalkLink[]): CrosswalkLink[] {
  const merged = new Map<string, CrosswalkLink>();
  for (const l of suggested) merged.set(key(l), l);
  for (const l of cited) {
    const before = merged.get(key(l));
    merged.set(key(l), before ? { ...l, evidence: [...l.evidence, ...before.evidence] } : l);
  }
  return [...merged.values()];
}

const nodesById = new WeakMap<ProvisionNode, Map<string, ProvisionNode>>();

/** Text of the provision with this id (and its descendants), or '' when it does not exist. */
function provisionText(doc: RegDocument, anchor: string): string {
  // Nodes by id, once per document (documents are not mutated once built): a measure with hundreds of links walks its tree once, not once per link.
  // Keyed by the tree, not the document object: a document read on demand (src/data/corpus.ts) keeps nothing alive here.
  const root = doc.root;
  let byId = nodesById.get(root);
  if (!byId) {
    byId = new Map();
    for (const [n] of walk(root)) if (n.id && !byId.has(n.id)) byId.set(n.id, n);
    nodesById.set(root, byId);
  }
  const n = byId.get(anchor);
  return n ? ownText(n, true) : '';
}

/**
 * The relation of a published link by the rule (relation.ts), with its reason,
 * whatever its source. A curated relation that contradicts the rule is kept
 * when the decision states an `override` reason; otherwise it is kept too
 * (the editor decides) but the build warns at the decision's file:line with
 * both reasons.
 */
export function explainLink(
  l: CrosswalkLink,
  bySlug: ReadonlyMap<string, RegDocument>,
  indexes: ReadonlyMap<string, ParentIndex>,
  decision?: PlacedDecision,
  /** Anchors of the other provisions of the same parent this local provision is linked to. */
  alsoTo: readonly string[] = [],
): { link: CrosswalkLink; diagnostic?: Diagnostic } {
  const from = bySlug.get(l.from.doc);
  const to = bySlug.get(l.to.doc);
  const ix = indexes.get(l.to.doc);
  const isParent = !!from?.meta.parents.some((p) => p.slug === l.to.doc);
  if (!from || !to || !ix || !isParent) {
    // A citation of a document that is not this measure's parent: related by definition.
    return { link: { ...l, relation: 'related', why: '相关 · 明文引用，引用的文件不是本文件的上位依据', kept: 0, added: [], dropped: [] } };
  }
  const units = unitsOf(from);
  const unitAnchor = unitAnchorOf(l.from.anchor, units);
  const unit = units.find((u) => u.anchor === unitAnchor);
  if (!unit) return { link: { ...l, why: `${RELATION_LABEL[l.relation]}`, kept: 0, added: [], dropped: [] } };
  const alsoFrom = alsoTo.map((a) => provisionText(to, a)).filter(Boolean);
  const rule = ix.relate(unit, provisionText(from, l.from.anchor), l.to.anchor, provisionText(to, l.to.anchor), alsoFrom);
  const computed = { why: rule.why, kept: rule.kept, added: rule.added, dropped: rule.dropped };
  if (!decision?.relation || decision.relation === rule.relation) return { link: { ...l, relation: rule.relation, ...computed } };
  const editor = `${RELATION_LABEL[decision.relation]} · 编辑认定${decision.override ? `：${decision.override}` : ''}（规则判为${rule.why}）`;
  const link = { ...l, relation: decision.relation, ...computed, why: editor };
  if (decision.override) return { link };
  return {
    link,
    diagnostic: {
      file: decision.file,
      line: decision.line,
      severity: 'warning',
      ruleId: 'curation-relation',
      message: `${key(l)}: the editor's relation ${decision.relation} (${RELATION_LABEL[decision.relation]}${decision.note ? `: ${decision.note}` : ''}) contradicts the rule's ${rule.relation} (${rule.why}); change the relation or state why with \`override: <reason>\``,
    },
  };
}

const key = (l: Pick<CrosswalkLink, 'from' | 'to'>) => `${l.from.doc}#${l.from.anchor}→${l.to.doc}#${l.to.anchor}`;
