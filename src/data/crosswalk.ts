/**
 * Build-time access to the crosswalk: computed once per process from the
 * corpus (content/regulations via getCorpus) and the curation files
 * (content/crosswalk/*.yaml), memoised. Used by the pages and by
 * `npm run crosswalk`, so both publish exactly the same links.
 *
 * A malformed curation file, or one naming an unknown document or anchor,
 * throws CurationError (every problem as file:line): the build fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCorpus } from './corpus.ts';
import { anchorOrder, buildCrosswalk, compareLinks, type Crosswalk } from '../lib/crosswalk/build.ts';
import { walk } from '../lib/tree.ts';
import { pinnedVersion } from '../lib/versions/model.ts';
import { carryPinnedLinks } from '../lib/versions/pin.ts';
import type { Corpus } from './corpus.ts';
import { coverage, type CoverageReport } from '../lib/crosswalk/coverage.ts';
import type { CurationSource } from '../lib/crosswalk/curation.ts';
import type { TopicsSource } from '../lib/crosswalk/topics.ts';
import { CrosswalkView } from '../lib/crosswalk/view.ts';

/** content/crosswalk, next to content/regulations (TIAOWEN_CONTENT overrides, as for the corpus). */
export function curationDir(): string {
  const fromEnv = process.env.TIAOWEN_CONTENT;
  return join(fromEnv ?? join(process.cwd(), 'content'), 'crosswalk');
}

/** Every *.yaml / *.yml file of a curation folder, sorted by name; none when the folder does not exist. */
export function readCuration(dir = curationDir()): CurationSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => ({ file: relative(process.cwd(), join(dir, n)) || n, text: readFileSync(join(dir, n), 'utf8') }));
}

/** Every *.yaml of content/crosswalk/topics (each parent's own topics), sorted; none when the folder does not exist. */
export function readTopics(dir = join(curationDir(), 'topics')): TopicsSource[] {
  return readCuration(dir);
}

let cached: { key: string; crosswalk: Crosswalk; coverage?: CoverageReport } | null = null;

export function getCrosswalk(): Crosswalk {
  const corpus = getCorpus();
  const key = curationDir();
  if (cached?.key !== key) {
    const topics = readTopics(join(key, 'topics'));
    // structuredClone: fresh strings. Evidence and references are slices of the texts, and V8 keeps a
    // slice's whole parent string alive: the crosswalk, held for the whole build, held every text.
    cached = { key, crosswalk: structuredClone(withPinnedVersions(corpus, buildCrosswalk(corpus.documents, readCuration(key), topics), topics)) };
  }
  return cached.crosswalk;
}

/**
 * Measures that pin an earlier version of a revised parent are matched
 * against that version's text (suggestions, citations and the relation rule),
 * and their links carried over to the current version's anchors
 * (src/lib/versions/pin.ts); curated links stay as the editors wrote them.
 */
function withPinnedVersions(corpus: Corpus, base: Crosswalk, topics: ReturnType<typeof readTopics>): Crosswalk {
  const groups = new Map<string, { parent: string; version: string; measures: Set<string> }>();
  for (const d of corpus.documents) {
    for (const p of d.meta.parents) {
      const history = corpus.history(p.slug);
      if (!history) continue;
      const version = pinnedVersion(p.version, history.dates)!;
      if (version === history.dates.at(-1)) continue;
      const k = `${p.slug}@${version}`;
      if (!groups.has(k)) groups.set(k, { parent: p.slug, version, measures: new Set() });
      groups.get(k)!.measures.add(d.meta.slug);
    }
  }
  if (!groups.size) return base;
  let links = base.links;
  const diagnostics = [...base.diagnostics];
  for (const { parent, version, measures } of groups.values()) {
    const old = corpus.versions(parent).find((v) => v.meta.version === version)!;
    const pinnedDoc = { ...old, meta: { ...old.meta, archived: undefined } };
    const docs = [pinnedDoc, ...corpus.documents.filter((d) => measures.has(d.meta.slug))];
    const own = topics.filter((t) => new RegExp(`^parent:\\s*['"]?${parent}['"]?\\s*$`, 'm').test(t.text));
    const pass = buildCrosswalk(docs, [], own);
    const current = corpus.get(parent)!;
    const ids = new Set([...walk(current.root)].map(([n]) => n.id).filter((id): id is string => !!id));
    const carried = carryPinnedLinks(pass.links.filter((l) => measures.has(l.from.doc) && l.to.doc === parent), corpus.history(parent)!, version, ids);
    for (const l of carried.deleted) {
      const from = corpus.get(l.from.doc)!;
      diagnostics.push({ file: from.meta.source.file, line: from.meta.source.from, severity: 'info', ruleId: 'pinned-deleted', message: `${l.from.doc}#${l.from.anchor} implements ${parent} (${version}) #${l.to.anchor}, which a later version deleted: not shown on the current text` });
    }
    const replaced = (l: (typeof links)[number]) => measures.has(l.from.doc) && l.to.doc === parent && l.source !== 'curated';
    const curated = new Set(links.filter((l) => !replaced(l) && measures.has(l.from.doc)).map((l) => `${l.from.doc}#${l.from.anchor}→${l.to.doc}#${l.to.anchor}`));
    links = [...links.filter((l) => !replaced(l)), ...carried.links.filter((l) => !curated.has(`${l.from.doc}#${l.from.anchor}→${l.to.doc}#${l.to.anchor}`))];
  }
  // Two links of one pair (a split carried both parts onto one article): keep the first.
  const seen = new Set<string>();
  links = links.filter((l) => {
    const k = `${l.from.doc}#${l.from.anchor}→${l.to.doc}#${l.to.anchor}`;
    return !seen.has(k) && !!seen.add(k);
  });
  return { ...base, links: links.sort(compareLinks(anchorOrder(corpus.documents))), diagnostics };
}

export function getCoverage(): CoverageReport {
  const cw = getCrosswalk();
  cached!.coverage ??= coverage(getCorpus().documents, cw.links);
  return cached!.coverage;
}

let view: { crosswalk: Crosswalk; view: CrosswalkView } | null = null;

/** The view model for ProvisionLinks (memoised with the crosswalk). */
export function getCrosswalkView(): CrosswalkView {
  const cw = getCrosswalk();
  if (view?.crosswalk !== cw) view = { crosswalk: cw, view: new CrosswalkView(getCorpus().documents, cw.links) };
  return view.view;
}
