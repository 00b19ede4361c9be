/**
 * Curation: editors' decisions in content/crosswalk/*.yaml confirm, reject or
 * add links. Files are validated with zod (every problem as file:line), every
 * document and anchor they name must exist, and a pair decided twice is an
 * error. Decisions override suggestions and citations.
 */
import type { Diagnostic } from '../document.ts';
import { parseEachYaml, type PlacedError } from '../yaml-validate.ts';
import { curationFile, type CrosswalkLink, type CurationDecision } from '../../schemas/crosswalk.ts';

export interface CurationSource {
  /** Path shown in messages (content/crosswalk/rizhao.yaml). */
  file: string;
  text: string;
}

export interface PlacedDecision extends CurationDecision {
  file: string;
  line: number;
}

/** What the corpus offers to check references against. */
export interface AnchorLookup {
  /** Title of a document, or undefined when the slug is unknown. */
  title(slug: string): string | undefined;
  /** Whether the document has a node with this id. */
  has(slug: string, anchor: string): boolean;
}

/** A curation file names something that does not exist, or is malformed: fails the build. */
export class CurationError extends Error {
  readonly errors: PlacedError[];
  constructor(errors: PlacedError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
    this.name = 'CurationError';
    this.errors = errors;
  }
}

const pairKey = (from: { doc: string; anchor: string }, to: { doc: string; anchor: string }) =>
  `${from.doc}#${from.anchor}→${to.doc}#${to.anchor}`;

/** Parse and check every curation file; throws CurationError listing all problems. */
export function loadCuration(sources: readonly CurationSource[], corpus: AnchorLookup): PlacedDecision[] {
  const errors: PlacedError[] = [];
  const decisions: PlacedDecision[] = [];
  const seen = new Map<string, PlacedDecision>();
  for (const { file, parsed } of parseEachYaml(sources, curationFile, errors)) {
    parsed.data.decisions.forEach((d, i) => {
      const line = parsed.lineOf(['decisions', i]);
      let ok = true;
      for (const side of ['from', 'to'] as const) {
        const ref = d[side];
        const at = { file: file, line: parsed.lineOf(['decisions', i, side]), column: 1 };
        const title = corpus.title(ref.doc);
        if (title === undefined) {
          errors.push({ ...at, message: `${side}: unknown document "${ref.doc}"` });
          ok = false;
        } else if (!corpus.has(ref.doc, ref.anchor)) {
          errors.push({ ...at, message: `${side}: 《${title}》 (${ref.doc}) has no provision #${ref.anchor}` });
          ok = false;
        }
      }
      if (!ok) return;
      const placed: PlacedDecision = { ...d, file: file, line };
      const key = pairKey(d.from, d.to);
      const before = seen.get(key);
      if (before) {
        errors.push({ file: file, line, column: 1, message: `${key} is already decided at ${before.file}:${before.line}` });
        return;
      }
      seen.set(key, placed);
      decisions.push(placed);
    });
  }
  if (errors.length) throw new CurationError(errors);
  return decisions;
}

/**
 * Apply decisions to the generated links. Returns the published links and
 * warnings for decisions that no longer match anything (stale curation).
 */
export function applyCuration(
  links: readonly CrosswalkLink[],
  decisions: readonly PlacedDecision[],
): { links: CrosswalkLink[]; diagnostics: Diagnostic[] } {
  const byKey = new Map(links.map((l) => [pairKey(l.from, l.to), l]));
  const diagnostics: Diagnostic[] = [];
  const warn = (d: PlacedDecision, ruleId: string, message: string) =>
    diagnostics.push({ file: d.file, line: d.line, severity: 'warning', ruleId, message });
  for (const d of decisions) {
    const key = pairKey(d.from, d.to);
    const existing = byKey.get(key);
    const withNote = (evidence: string[]) => (d.note ? [...evidence.filter((e) => e !== d.note), d.note] : evidence);
    if (d.action === 'reject') {
      if (!existing) warn(d, 'curation-stale', `nothing to reject: ${key} is neither suggested nor cited`);
      byKey.delete(key);
      continue;
    }
    if (d.action === 'add' && existing) warn(d, 'curation-redundant', `${key} is already ${existing.source}; "confirm" says so more plainly`);
    if (d.action === 'confirm' && !existing) warn(d, 'curation-stale', `nothing to confirm: ${key} is not suggested; published as curated`);
    const link: CrosswalkLink = {
      from: d.from,
      to: d.to,
      relation: d.relation ?? existing?.relation ?? 'implements',
      source: 'curated',
      score: 1,
      evidence: withNote(existing?.evidence ?? []),
      ...(d.note ? { note: d.note } : {}),
    };
    byKey.set(key, link);
  }
  return { links: [...byKey.values()], diagnostics };
}
