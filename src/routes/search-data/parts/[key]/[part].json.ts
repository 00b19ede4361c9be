/**
 * /search-data/parts/<key>/<n>.json: part n of a common piece's postings
 * (src/lib/search/postings.ts, `PostingsBuilder.parts`), fetched by the search
 * page for the record range it is reading (src/lib/search/intersect.ts).
 *
 * Served by `astro dev` only (src/integrations/pagefind.ts injects it): a build's
 * search-index process writes these files itself (src/data/search-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localSearchDataFile, localSearchDataList } from '../../../../data/search-data.ts';

export const getStaticPaths = (() =>
  localSearchDataList('parts').map((p) => {
    const [key, part] = p.split('/');
    return { params: { key: key!, part: part! } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(localSearchDataFile(`parts/${params.key!}/${Number(params.part)}.json`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
