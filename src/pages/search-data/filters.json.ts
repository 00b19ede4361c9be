/**
 * /search-data/filters.json: the values of the filters the search page does
 * not list inline (those with more than INLINE_FILTER_VALUES values), fetched
 * when such a filter is first used.
 */
import type { APIRoute } from 'astro';
import { filterValues, INLINE_FILTER_VALUES } from '../../data/search-data.ts';

export const GET: APIRoute = () => {
  const lazy = Object.fromEntries(Object.entries(filterValues()).filter(([, v]) => v.length > INLINE_FILTER_VALUES));
  return new Response(JSON.stringify(lazy), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
