/** /regulations/<slug>.docx: the document as a Word file for printing and circulation (byte-identical across builds). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { documentDocxOnce } from '../../lib/export/docx-pack.ts';
import { regulationPaths } from './_paths.ts';

export const getStaticPaths = regulationPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await documentDocxOnce(getCorpus().get(params.slug!)!)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
