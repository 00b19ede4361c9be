/**
 * /compare/<measure>/<parent>/comparison.docx: the Word 对照表 of a
 * pre-rendered measure–parent comparison (src/lib/export/comparison-docx.ts),
 * the same alignment and marks as the page. Dated by the two documents, never
 * by the day of the build, so that two builds give the same bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../../data/corpus.ts';
import { compareDocuments, comparePageParams } from '../../../../lib/compare/pairs.ts';
import { comparisonSpec, latestDate } from '../../../../lib/export/comparison-docx.ts';
import { DOCX_TYPE } from '../../../../lib/export/docx-table.ts';
import { comparisonDocxOnce } from '../../../../lib/export/docx-pack.ts';
import { compareLinks } from '../../_links.ts';

export const getStaticPaths = (() => comparePageParams(getCorpus().documents).map((params) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = getCorpus();
  const local = corpus.get(params.a!)!;
  const base = corpus.get(params.b!)!;
  const cmp = compareDocuments(local, base, compareLinks());
  const bytes = await comparisonDocxOnce(
    comparisonSpec({
      rows: cmp.rows,
      local: local.meta,
      base: base.meta,
      parentPair: true,
      date: latestDate([local.meta.issued, base.meta.issued]),
      dateLabel: '文件日期',
    }),
  );
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': DOCX_TYPE } });
};
