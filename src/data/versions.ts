/**
 * Build-time view of document versions for the pages: the version list, the
 * 本条于YYYY年修改 notes of a version's provisions, and whether the parent
 * provision a crosswalk link names was revised after the version the
 * measure pins. From the corpus (src/data/corpus.ts), memoised.
 */
import { getCorpus } from './corpus.ts';
import { provisionChanges, traceForward, type ProvisionChange } from '../lib/versions/history.ts';
import { changesPath, pinnedVersion, versionList, versionPath, type VersionInfo } from '../lib/versions/model.ts';
import { articleOf } from '../lib/versions/pin.ts';

/** The version list of a document; empty for a document with one version. */
export function versionsOf(slug: string): VersionInfo[] {
  const corpus = getCorpus();
  const all = corpus.versions(slug);
  if (all.length < 2) return [];
  return versionList(all.map((d) => d.meta.version!), all.at(-1)!.meta.status);
}

const notes = new Map<string, Map<string, ProvisionChange[]>>();

/** The versions (up to `date`) that changed provision `anchor` of version `date`, newest first. */
export function changesOf(slug: string, date: string | undefined, anchor: string): ProvisionChange[] {
  if (!date) return [];
  const history = getCorpus().history(slug);
  if (!history) return [];
  const key = `${slug}@${date}`;
  if (!notes.has(key)) notes.set(key, provisionChanges(history, date));
  return notes.get(key)!.get(anchor) ?? [];
}

export interface PinnedParent {
  /** The parent version the measure implements. */
  date: string;
  /** That version's page at the provision (its anchor in that version). */
  href?: string;
  /** Later versions that changed (or deleted) the provision, oldest first: 上位条款已修订. */
  changes: { date: string; href: string }[];
  /** Number of the article in the pinned version and in the current one (第十一条, 第十五条); `pinnedNum` absent when a later version inserted it. */
  pinnedNum?: string;
  currentNum?: string;
}


/**
 * For a crosswalk link from `local` to `parent#anchor` (an anchor of the
 * parent's current version): the parent version `local` pins and whether a
 * later version changed that provision. Undefined when the parent has one version.
 */
export function pinnedParent(local: string, parent: string, anchor: string): PinnedParent | undefined {
  const corpus = getCorpus();
  const history = corpus.history(parent);
  const doc = corpus.get(local);
  if (!history || !doc) return undefined;
  const pin = pinnedVersion(doc.meta.parents.find((p) => p.slug === parent)?.version, history.dates)!;
  const article = articleOf(anchor);
  // The provision of the pinned version that became this one.
  const from = (history.units.get(pin) ?? []).find((u) => traceForward(history, pin, u.anchor).current === article);
  const changes = from
    ? traceForward(history, pin, from.anchor).changes
    : history.steps.filter((s) => history.dates.indexOf(s.to) > history.dates.indexOf(pin)).flatMap((s) => s.rows.filter((r) => r.new.some((u) => u.anchor === article)).map(() => ({ date: s.to, row: article })));
  const currentNum = history.units.get(history.dates.at(-1)!)?.find((u) => u.anchor === article)?.num;
  return {
    date: pin,
    href: from ? `${versionPath(parent, pin)}#${from.anchor}${anchor.slice(article.length)}` : undefined,
    changes: changes.map((c) => ({ date: c.date, href: `${changesPath(parent, c.date)}#${c.row}` })),
    ...(from ? { pinnedNum: from.num } : {}),
    ...(currentNum ? { currentNum } : {}),
  };
}
