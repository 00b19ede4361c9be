/** /schemas/document.schema.json: the JSON Schema of /regulations/<slug>.json. */
import type { APIRoute } from 'astro';
import { documentJsonSchema } from '../../schemas/document-export.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
