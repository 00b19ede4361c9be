/**
 * /implementations/<parent>/<anchor>/page/N/implementations.docx: the Word
 * 对照表 of page N (N ≥ 2) of an implementations page — that page's
 * provisions (src/lib/crosswalk/implementations-pages.ts), dated as page 1's.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImplementationPage, getImplementationPages } from '../../../../../../data/implementations.ts';
import { implementationsSheets } from '../../../../../../lib/crosswalk/implementations-pages.ts';
import { DOCX_TYPE } from '../../../../../../lib/export/docx-table.ts';
import { comparisonDocxOnce } from '../../../../../../lib/export/docx-pack.ts';
import { implementationsSpec } from '../../../../../../lib/export/implementations-docx.ts';

export const getStaticPaths = (() =>
  getImplementationPages().flatMap((p) =>
    implementationsSheets(p)
      .sheets.slice(1)
      .map((s) => ({ params: { parent: p.parent.meta.slug, anchor: p.unit.anchor, n: String(s.number) } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const page = getImplementationPage(params.parent!, params.anchor!)!;
  const sheet = implementationsSheets(page).sheets[Number(params.n) - 1]!;
  const bytes = await comparisonDocxOnce(implementationsSpec(page, sheet));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': DOCX_TYPE } });
};
