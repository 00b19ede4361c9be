/**
 * The title index: which documents a cited name (问责条例 in 问责条例第七条)
 * can mean, without the list of every document, so a citation query's cost
 * does not grow with the corpus.
 *
 * `citedDocuments` (citation.ts) scores every document by `nameScore`: 4 when
 * the name is a title, 3 when a title contains the name or the name contains
 * a title, 1 when the name's characters occur in a title in order. So a
 * document scores above 0 only when its titles hold every character of the
 * name, or one of its titles is a piece of the name. The index publishes,
 * for every character, the documents whose titles hold it, and for every
 * title, the documents bearing it exactly (key `=` + the title), all
 * normalised (`normalizeForSearch`), in files chosen by the key's first
 * character: a name's lookups touch only the files of its own characters.
 * The documents themselves come in blocks of `DOCS_PER_BLOCK`
 * (`/search-data/documents/<k>.json`), fetched only for the candidates, in
 * corpus order, until the best matches are known. Pure: no file access.
 */
import { MAX_CITED_DOCUMENTS, nameScore, type ParsedCitationQuery } from './citation.ts';
import { bucketOf } from './pair-table.ts';
import { decodePostings, encodePostings, intersectSorted } from './postings.ts';
import { normalizeForSearch } from './text.ts';

/** Documents per block file. */
export const DOCS_PER_BLOCK = 32;

/** Postings aimed at per title-index file. */
export const TITLE_POSTINGS_PER_BUCKET = 2000;

/** A title-index file: key (a character, or `=` + a whole normalised title) → documents (encoded postings). */
export type TitleBucket = Record<string, string>;

/** The file of a key, of `count` files: by its first character (for `=title`, the title's). */
export function titleBucketOf(key: string, count: number): number {
  const first = [...(key.startsWith('=') ? key.slice(1) : key)][0] ?? '';
  return bucketOf(first, count);
}

/** The keys a document is found by. */
export function titleKeys(d: { title: string; shortTitle: string }): Set<string> {
  const titles = [normalizeForSearch(d.title), normalizeForSearch(d.shortTitle)].filter((t) => t !== '');
  const keys = new Set<string>();
  for (const t of titles) {
    keys.add(`=${t}`);
    for (const ch of t) keys.add(ch);
  }
  return keys;
}

/** Accumulates the index over the documents, in corpus order. */
export class TitleIndexBuilder {
  private readonly lists = new Map<string, number[]>();
  private count = 0;

  /** Add the next document. */
  add(d: { title: string; shortTitle: string }): void {
    const n = this.count++;
    for (const k of titleKeys(d)) {
      let l = this.lists.get(k);
      if (!l) this.lists.set(k, (l = []));
      l.push(n);
    }
  }

  /** The index cut into files (at least one), keys sorted in each. */
  buckets(perBucket = TITLE_POSTINGS_PER_BUCKET): TitleBucket[] {
    let size = 0;
    for (const l of this.lists.values()) size += l.length;
    const count = Math.max(1, Math.ceil(size / perBucket));
    const out: TitleBucket[] = Array.from({ length: count }, () => ({}));
    for (const k of [...this.lists.keys()].sort()) out[titleBucketOf(k, count)]![k] = encodePostings(this.lists.get(k)!);
    return out;
  }
}

/** The keys to look up for a name: its characters, and `=` + each of its pieces (a title it may contain). */
export function nameLookups(name: string): { chars: string[]; pieces: string[] } {
  const cps = [...normalizeForSearch(name)];
  const pieces: string[] = [];
  for (let i = 0; i < cps.length; i++) for (let j = i + 1; j <= cps.length; j++) pieces.push(`=${cps.slice(i, j).join('')}`);
  return { chars: [...new Set(cps)], pieces };
}

/**
 * The documents a parsed citation names, best first, as `citedDocuments`
 * gives them over the whole corpus, from the title index: `lookup` answers a
 * key's documents (undefined: none), `doc` a document by its number.
 */
export async function citedFromIndex<D extends { title: string; shortTitle: string }>(
  parsed: ParsedCitationQuery,
  lookup: (key: string) => Promise<number[] | undefined>,
  doc: (n: number) => Promise<D>,
): Promise<D[]> {
  const n = normalizeForSearch(parsed.name);
  if ([...n].length < 2) return [];
  const exact = await lookup(`=${n}`);
  if (exact?.length) return Promise.all(exact.slice(0, MAX_CITED_DOCUMENTS).map(doc));
  const { chars, pieces } = nameLookups(n);
  const charLists = await Promise.all(chars.map(async (c) => (await lookup(c)) ?? []));
  const pieceLists = await Promise.all(pieces.map(async (p) => (await lookup(p)) ?? []));
  const candidates = [...new Set([...intersectSorted(charLists), ...pieceLists.flat()])].sort((a, b) => a - b);
  const good: D[] = [];
  const fair: D[] = [];
  // Corpus order; stop once MAX_CITED_DOCUMENTS documents of score 3 are found (none scores 4: no exact title).
  for (let i = 0; i < candidates.length && good.length < MAX_CITED_DOCUMENTS; i += MAX_CITED_DOCUMENTS) {
    const batch = await Promise.all(candidates.slice(i, i + MAX_CITED_DOCUMENTS).map(doc));
    for (const d of batch) {
      const s = nameScore(parsed.name, d);
      if (s >= 3) good.push(d);
      else if (s > 0) fair.push(d);
    }
  }
  return (good.length ? good : fair).slice(0, MAX_CITED_DOCUMENTS);
}

/** Decode a title-index entry. */
export function titleEntry(bucket: TitleBucket, key: string): number[] | undefined {
  const s = bucket[key];
  return s === undefined ? undefined : decodePostings(s);
}
