/**
 * /compare/data.json: what the any-two picker needs, emitted at build —
 * every comparable document with its provisions (anchor, number, heading,
 * comparable text) and its parents. Sorted as the corpus is, so the file is
 * byte-identical from build to build.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { documentPath } from '../../lib/citation.ts';
import { comparableDocuments } from '../../lib/compare/pairs.ts';
import { compareUnits } from '../../lib/compare/units.ts';
import type { PickerData } from '../../scripts/compare-picker-data.ts';

export const GET: APIRoute = () => {
  const data: PickerData = {
    documents: comparableDocuments(getCorpus().documents).map((d) => ({
      slug: d.meta.slug,
      title: d.meta.title,
      shortTitle: d.meta.shortTitle,
      href: documentPath(d.meta),
      parents: d.meta.parents.map((p) => p.slug),
      units: compareUnits(d).map((u) => ({ anchor: u.anchor, num: u.num, heading: u.heading ?? null, text: u.text })),
    })),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
