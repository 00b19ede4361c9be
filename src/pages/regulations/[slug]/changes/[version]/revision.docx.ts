/**
 * /regulations/<slug>/changes/<date>/revision.docx: the 修订对照表 of one
 * version as a Word file (src/lib/versions/changes-docx.ts on the drafter
 * desk's 对照表 builder), dated by the version, so two builds give the same bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../../../data/corpus.ts';
import { DOCX_TYPE } from '../../../../../lib/export/docx-table.ts';
import { comparisonDocxOnce } from '../../../../../lib/export/docx-pack.ts';
import { changesDocxSpec } from '../../../../../lib/versions/changes-docx.ts';
import { changesPaths } from '../../../_paths.ts';

export const getStaticPaths = changesPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = getCorpus();
  const doc = corpus.get(params.slug!)!;
  const step = corpus.history(params.slug!)!.steps.find((s) => s.to === params.version)!;
  const bytes = await comparisonDocxOnce(changesDocxSpec(doc.meta.title, step));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': DOCX_TYPE } });
};
