/**
 * /implementations/<parent>/<anchor>/implementations.docx: the Word 对照表 of
 * an implementations page's first page (all its provisions when they fit on
 * one page; later pages have theirs at …/page/N/implementations.docx), dated
 * by its documents so that two builds give the same bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImplementationPage, getImplementationPages } from '../../../../data/implementations.ts';
import { implementationsSheets } from '../../../../lib/crosswalk/implementations-pages.ts';
import { DOCX_TYPE } from '../../../../lib/export/docx-table.ts';
import { comparisonDocxOnce } from '../../../../lib/export/docx-pack.ts';
import { implementationsSpec } from '../../../../lib/export/implementations-docx.ts';

export const getStaticPaths = (() => getImplementationPages().map((p) => ({ params: { parent: p.parent.meta.slug, anchor: p.unit.anchor } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const page = getImplementationPage(params.parent!, params.anchor!)!;
  const bytes = await comparisonDocxOnce(implementationsSpec(page, implementationsSheets(page).sheets[0]));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': DOCX_TYPE } });
};
