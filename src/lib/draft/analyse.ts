/**
 * The draft check: a draft's text analysed against one parent with the code
 * the site is built with, nothing else —
 *
 * - the converter (ingest/pipeline.ts `buildDocument`: the same parse, ids
 *   and diagnostics as `npm run ingest`), the draft being one whole-file
 *   document whose parent is the chosen one;
 * - the crosswalk (crosswalk/suggest.ts, citations, `explainLink` for the
 *   relation rule), with the corpus's n-gram counts from the parent's data
 *   file plus the draft's own units, as if the draft were a measure of the
 *   corpus;
 * - coverage (crosswalk/coverage.ts) and the aligned comparison
 *   (compare/pairs.ts), as the /crosswalk/ and /compare/ pages compute them.
 *
 * Pure and synchronous; runs in the browser (/draft/) and in Node (tests, bench).
 */
import type { Diagnostic, RegDocument } from '../document.ts';
import { buildDocument } from '../ingest/pipeline.ts';
import { splitLines } from '../ingest/source-lines.ts';
import { addUnits, anchorOrder, compareLinks, explainLink, parentIndexOf, siblingTargets, withCitations } from '../crosswalk/build.ts';
import { citationsOf, titleIndex } from '../crosswalk/citations.ts';
import { coverage, type MeasureCoverage } from '../crosswalk/coverage.ts';
import { Background, ParentIndex } from '../crosswalk/suggest.ts';
import { unitsOf, type Unit } from '../crosswalk/units.ts';
import { compareUnitLists, type UnitComparison } from '../compare/pairs.ts';
import { compareUnits } from '../compare/units.ts';
import type { CrosswalkLink, Relation } from '../../schemas/crosswalk.ts';
import type { ParentPayload } from './parent-data.ts';

/** Slug the draft gets (its anchors are the site's: art-6, art-6-para-2). */
export const DRAFT_SLUG = 'draft';

export interface DraftOptions {
  /** Name shown in diagnostics (the file opened, or 草稿). */
  file?: string;
  /** Title of the draft, when its text does not say (the converter finds it otherwise). */
  title?: string;
}

export interface DraftAnalysis {
  draft: RegDocument;
  parent: RegDocument;
  /** The converter's diagnostics, each with the draft's line number. */
  diagnostics: Diagnostic[];
  /** The draft's articles (crosswalk units), in order. */
  units: Unit[];
  /** Links from the draft to the parent with relation, score, evidence and the rule's why, in draft order. */
  links: CrosswalkLink[];
  /** Parent articles taken up or not, draft articles with no parent basis. */
  coverage: MeasureCoverage;
  /** The aligned side-by-side, as on /compare/. */
  comparison: UnitComparison;
}

/** What `window.tiaowenDraft` resolves to. */
export interface DraftResult {
  title: string;
  articles: { anchor: string; num: string; heading?: string; line: number; text: string }[];
  links: { from: string; to: string; relation: Relation; score: number; source: string; why: string; evidence: string[] }[];
  /** Parent articles the draft does not take up (anchors on the parent's page). */
  uncovered: string[];
  /** Draft articles with no parent basis. */
  unbased: string[];
  diagnostics: { line: number; severity: Diagnostic['severity']; ruleId: string; message: string }[];
}

/** A parent made ready once (its index built), then any number of drafts checked against it. */
export class DraftChecker {
  readonly parent: RegDocument;
  private readonly index: ParentIndex;
  private readonly background: ParentPayload['background'];

  constructor(payload: ParentPayload) {
    this.parent = payload.doc;
    this.index = parentIndexOf(payload.doc, payload.topics);
    this.background = payload.background;
  }

  /** The draft's provision tree and diagnostics, by the site's converter. */
  convert(text: string, options: DraftOptions = {}): { doc: RegDocument; diagnostics: Diagnostic[] } {
    const file = options.file ?? '草稿';
    const lines = splitLines(text);
    const n = Math.max(1, lines.length);
    const meta = { parents: [{ slug: this.parent.meta.slug }], ...(options.title ? { title: options.title } : {}) };
    const spec = { slug: DRAFT_SLUG, lines: [1, n] as [number, number], kind: 'regulation' as const, meta, aliases: {}, corrections: [] };
    const built = buildDocument({ file, documents: [spec], exclude: [] }, spec, lines.length ? lines : ['']);
    return { doc: built.doc, diagnostics: built.diagnostics };
  }

  analyse(text: string, options: DraftOptions = {}): DraftAnalysis {
    const { doc, diagnostics } = this.convert(text, options);
    return this.analyseDocument(doc, diagnostics);
  }

  /** The crosswalk, coverage and comparison of a converted draft (its slug must be DRAFT_SLUG). */
  analyseDocument(draft: RegDocument, diagnostics: Diagnostic[] = []): DraftAnalysis {
    const ix = this.index;
    // The corpus's counts plus the draft's own units: the weights the build would use with the draft in the corpus.
    const bg = Background.fromData(this.background);
    addUnits(bg, draft, ix.knows);
    ix.withBackground(bg).withTitles(new Map([[DRAFT_SLUG, draft.meta.title]]));
    const units = unitsOf(draft);
    const suggested: CrosswalkLink[] = units.flatMap((u) => ix.suggest(u).map((s) => ({ ...s, source: 'suggested' as const })));
    const cited = citationsOf(draft, titleIndex([this.parent, draft])).links;
    const bySlug = new Map([
      [DRAFT_SLUG, draft],
      [this.parent.meta.slug, this.parent],
    ]);
    const indexes = new Map([[this.parent.meta.slug, ix]]);
    const merged = withCitations(suggested, cited);
    const alsoTo = siblingTargets(merged);
    const links = merged
      .map((l) => explainLink(l, bySlug, indexes, undefined, alsoTo(l)).link)
      .sort(compareLinks(anchorOrder([draft, this.parent])));
    const cov = coverage([this.parent, draft], links).measures[0]!;
    const comparison = compareUnitLists(compareUnits(draft), compareUnits(this.parent), links);
    return { draft, parent: this.parent, diagnostics, units, links, coverage: cov, comparison };
  }
}

/** The plain result of an analysis (window.tiaowenDraft). */
export function draftResult(a: DraftAnalysis): DraftResult {
  return {
    title: a.draft.meta.title,
    articles: a.units.map((u) => ({ anchor: u.anchor, num: u.num, ...(u.heading ? { heading: u.heading } : {}), line: u.node.line, text: u.text })),
    links: a.links.map((l) => ({ from: l.from.anchor, to: l.to.anchor, relation: l.relation, score: l.score, source: l.source, why: l.why ?? '', evidence: l.evidence })),
    uncovered: a.coverage.missing.map((u) => u.anchor),
    unbased: a.coverage.unbased.map((u) => u.anchor),
    diagnostics: a.diagnostics.map((d) => ({ line: d.line, severity: d.severity, ruleId: d.ruleId, message: d.message })),
  };
}
