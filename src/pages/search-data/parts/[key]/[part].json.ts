/**
 * /search-data/parts/<key>/<n>.json: part n of a common piece's postings
 * (src/lib/search/postings.ts, `PostingsBuilder.parts`), fetched by the search
 * page for the record range it is reading (src/lib/search/intersect.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData } from '../../../../data/search-data.ts';

export const getStaticPaths = (() =>
  searchData().parts.map((p, i) => {
    const [key, part] = p.path.split('/');
    return { params: { key: key!, part: part! }, props: { index: i } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(searchData().parts[(props as { index: number }).index]!.postings), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
