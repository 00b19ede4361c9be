/**
 * Dated versions of one document: which is current, where each is stored
 * and published, its status, and which parent version a measure pins.
 * Pure (the ingest CLI and the pages call it).
 *
 * A document with one version has no `meta.version` and is stored and
 * published as before (content/regulations/<slug>.mdx, /regulations/<slug>/).
 * With several, every version carries its date; the latest is current and
 * is stored as <slug>.mdx, the others as versions/<slug>/<date>.mdx.
 */
import type { DocMeta } from '../../schemas/meta.ts';

export interface VersionInfo {
  /** YYYY-MM-DD. */
  date: string;
  /** The latest version. */
  current: boolean;
  /** 现行有效 (current, in force) / 已被修订 (a later version replaced it) / 已废止 (current, but the document is no longer in force). */
  status: '现行有效' | '已被修订' | '已废止';
}

/** Group documents by slug; each group sorted oldest first. Documents without a version are a group of one. */
export function groupVersions<T extends { meta: Pick<DocMeta, 'slug' | 'version'> }>(docs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const d of docs) out.set(d.meta.slug, [...(out.get(d.meta.slug) ?? []), d]);
  for (const list of out.values()) list.sort((a, b) => (a.meta.version ?? '').localeCompare(b.meta.version ?? ''));
  return out;
}

/** File of a version under content/regulations/: the current one as <slug>.mdx, earlier ones as versions/<slug>/<date>.mdx. */
export function mdxPath(meta: Pick<DocMeta, 'slug' | 'version'>, current: boolean): string {
  return current || !meta.version ? `${meta.slug}.mdx` : `versions/${meta.slug}/${meta.version}.mdx`;
}

/** The version list of a document (oldest first), from its dates and the current version's status. */
export function versionList(dates: readonly string[], currentStatus: DocMeta['status']): VersionInfo[] {
  const sorted = [...dates].sort();
  return sorted.map((date, i) => {
    const current = i === sorted.length - 1;
    return { date, current, status: !current ? '已被修订' : currentStatus === 'superseded' ? '已废止' : '现行有效' };
  });
}

/** Page of a version: /regulations/<slug>/<date>/ (the current one is also /regulations/<slug>/). */
export function versionPath(slug: string, date: string): string {
  return `/regulations/${slug}/${date}/`;
}

/** Page of what a version changed against the one before it. */
export function changesPath(slug: string, date: string): string {
  return `/regulations/${slug}/changes/${date}/`;
}

/** 2024-11-10 → 2024年11月10日. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The version a parent reference pins: its `version` is a date (exact match)
 * or a year (the latest version of that year); absent, or matching none, the
 * current version. `dates` oldest first; returns the date, or undefined when
 * the parent has no dated versions.
 */
export function pinnedVersion(pin: string | undefined, dates: readonly string[]): string | undefined {
  if (!dates.length) return undefined;
  if (pin) {
    if (dates.includes(pin)) return pin;
    const ofYear = dates.filter((d) => d.startsWith(`${pin}-`));
    if (ofYear.length) return ofYear.at(-1);
  }
  return dates.at(-1);
}

export interface VersionProblem {
  /** Index of the entry (in manifest order among the entries of this slug). */
  entry: number;
  message: string;
}

/**
 * Checks the entries of one slug in the manifest: one entry without a version
 * is a plain document; several must each have a distinct version date.
 */
export function checkSlugVersions(slug: string, versions: readonly (string | undefined)[]): VersionProblem[] {
  if (versions.length < 2) return [];
  const out: VersionProblem[] = [];
  const seen = new Map<string, number>();
  versions.forEach((v, i) => {
    if (!v) out.push({ entry: i, message: `slug ${slug} has ${versions.length} entries; expected each to give its version date (version: YYYY-MM-DD), this one gives none` });
    else if (seen.has(v)) out.push({ entry: i, message: `slug ${slug}: version ${v} is given twice; expected one entry per version date` });
    else seen.set(v, i);
  });
  return out;
}
