/**
 * /favicon.svg: the site's icon, 条 in white on the link colour (an endpoint
 * rather than a public/ file: the project's top level is fixed).
 */
import type { APIRoute } from 'astro';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#0b4f8a"/><text x="32" y="46" font-size="40" text-anchor="middle" fill="#fff" font-family="'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif">条</text></svg>\n`;

export const GET: APIRoute = () => new Response(SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
