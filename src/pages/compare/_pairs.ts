/** The measure–parent pairs, paginated for /compare/ and /compare/pairs/page/N/ (not a route). */
import { getCorpus } from '../../data/corpus.ts';
import { parentPairs } from '../../lib/compare/pairs.ts';
import type { RegDocument } from '../../lib/document.ts';
import { paginate, type Page } from '../../lib/listing/paginate.ts';
import { DOCUMENTS_PER_PAGE } from '../../lib/listing/sizes.ts';

export type Pair = { local: RegDocument; base: RegDocument };

export function pairPages(): Page<Pair>[] {
  return paginate(parentPairs(getCorpus().documents), DOCUMENTS_PER_PAGE);
}

/** Page 1 is /compare/ itself. */
export const PAIRS_BASE = '/compare/pairs/';
