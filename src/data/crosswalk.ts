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
import { buildCrosswalk, type Crosswalk } from '../lib/crosswalk/build.ts';
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
  if (cached?.key !== key) cached = { key, crosswalk: buildCrosswalk(corpus.documents, readCuration(key), readTopics(join(key, 'topics'))) };
  return cached.crosswalk;
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
