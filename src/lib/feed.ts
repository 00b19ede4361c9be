/**
 * The entries of the site's feed (/feed.xml): one per document added and
 * one per later version of a revised document, newest first. Pure and
 * deterministic: dated by the text, never by the clock of the build.
 *
 * Date of an entry: a version's date (the manifest's `version`) for a
 * document with several versions; otherwise the document's issue date, else
 * its date of effect. Documents without any date come last (no pubDate), by
 * slug. Ties: by slug, then oldest version first.
 */
import type { DocMeta } from '../schemas/meta.ts';
import { changesPath, chineseDate, versionPath } from './versions/model.ts';

export interface FeedEntry {
  title: string;
  /** Path of the document (or of the version) page, from the site root: /regulations/<slug>/… */
  link: string;
  /** Path of the 修订对照表 for a revision. */
  changes?: string;
  /** YYYY-MM-DD, or null when the text gives no date. */
  date: string | null;
  /** Plain text. */
  summary: string;
}

type FeedMeta = Pick<DocMeta, 'slug' | 'title' | 'class' | 'issuer' | 'issued' | 'effective' | 'version'>;

/** `versions`: every version of each document (oldest first), the current one last; one entry for a document with one version. */
export function feedEntries(documents: readonly { versions: readonly FeedMeta[]; path: string }[]): FeedEntry[] {
  const out: (FeedEntry & { slug: string; order: number })[] = [];
  for (const { versions, path } of documents) {
    const first = versions[0]!;
    const current = versions.at(-1)!;
    const single = versions.length < 2;
    const date = single ? (current.issued ?? current.effective) : first.version!;
    out.push({
      slug: current.slug,
      order: 0,
      title: `《${current.title}》`,
      link: single ? path : versionPath(current.slug, first.version!),
      date,
      summary: [current.class, current.issuer, date ? `${chineseDate(date)}${single ? '发布' : '版'}` : null].filter(Boolean).join(' · '),
    });
    versions.slice(1).forEach((v, i) => {
      out.push({
        slug: current.slug,
        order: i + 1,
        title: `《${current.title}》${chineseDate(v.version!)}修订`,
        link: versionPath(current.slug, v.version!),
        changes: changesPath(current.slug, v.version!),
        date: v.version!,
        summary: `${chineseDate(v.version!)}修订版${v === current ? '（现行有效）' : ''}；修订对照表列出修改前与修改后的条文`,
      });
    });
  }
  out.sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : b.date.localeCompare(a.date)) || a.slug.localeCompare(b.slug) || a.order - b.order);
  return out.map(({ slug: _slug, order: _order, ...e }) => e);
}
