/**
 * Scoring extracted metadata against hand-labelled expectations (tests/fixtures/metadata-gold.yaml):
 * per field, how many items the extractor got exactly right. Pure; the caller loads the texts.
 */
import type { DocMeta } from '../../schemas/meta.ts';

export const GOLD_FIELDS = ['title', 'issuer', 'docNumber', 'issued', 'effective', 'provisional', 'history'] as const;
export type GoldField = (typeof GOLD_FIELDS)[number];

/** What a labelled item expects; an absent field means null (the text does not say). */
export type Expected = Partial<Record<GoldField, string | string[] | null>>;

/** The extractor's answer for one field, in the gold file's form (history as `date action body` strings). */
export function answerOf(meta: Pick<DocMeta, 'title' | 'issuer' | 'docNumber' | 'issued' | 'effective' | 'provisional' | 'history'>, field: GoldField): string | string[] | null {
  if (field === 'history') return (meta.history ?? []).map((e) => [e.date, e.action, e.by].filter(Boolean).join(' '));
  return meta[field] ?? null;
}

export function expectedOf(expected: Expected, field: GoldField): string | string[] | null {
  const v = expected[field];
  if (field === 'history') return Array.isArray(v) ? v.map(String) : [];
  return v === undefined ? null : (v as string | null);
}

export const same = (a: string | string[] | null, b: string | string[] | null) => JSON.stringify(a) === JSON.stringify(b);

export interface FieldScore {
  field: GoldField;
  right: number;
  total: number;
  /** Items the extractor got wrong: name, expected, found. */
  misses: { item: string; expected: string | string[] | null; found: string | string[] | null }[];
}

export function score(results: { item: string; expected: Expected; meta: Parameters<typeof answerOf>[0] }[]): FieldScore[] {
  return GOLD_FIELDS.map((field) => {
    const misses: FieldScore['misses'] = [];
    for (const r of results) {
      const want = expectedOf(r.expected, field);
      const got = answerOf(r.meta, field);
      if (!same(want, got)) misses.push({ item: r.item, expected: want, found: got });
    }
    return { field, right: results.length - misses.length, total: results.length, misses };
  });
}
