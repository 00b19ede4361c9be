/**
 * The HTML of a share page (src/lib/share/provision-share.ts): a complete
 * zh-CN document whose <head> carries what a link preview reads (title,
 * description, OpenGraph, canonical = the anchor on the document page), and
 * whose body shows the provision's citation and text with a link 查看全文 to
 * the anchor. A reader with JavaScript is sent on to the anchor at once
 * (`location.replace`, so Back skips the share page); crawlers and chat-app
 * previewers do not run scripts, read the metadata and stay. Not indexed
 * (`noindex`): the text is the document page's.
 */
import type { Cell } from '../tree.ts';
import type { SharePage, ShareSite } from './provision-share.ts';
import { joinBase } from '../site-address.ts';
import { escapeHtml } from '../html.ts';

/** A string as a JavaScript string literal inside a <script> (no `</script>` can end it early). */
function scriptString(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c');
}

/** Kept short: the page is read by previewers and by readers without JavaScript only, and there are as many as articles. */
const STYLE = 'body{max-width:42rem;margin:0 auto;padding:1rem;line-height:1.8;font-family:sans-serif}h1{font-size:1.25rem}.num{font-weight:700}td{border:1px solid #666}';

function tableHtml(rows: Cell[][]): string {
  const cell = (c: Cell) => `<td${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}>${escapeHtml(c.text)}</td>`;
  return `<table><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}

/** The share page as HTML (deterministic: the same page gives the same bytes). */
export function sharePageHtml(page: SharePage, where: ShareSite): string {
  const meta = [
    `<meta name="description" content="${escapeHtml(page.description)}">`,
    '<meta name="robots" content="noindex, follow">',
    ...(page.anchorUrl ? [`<link rel="canonical" href="${escapeHtml(page.anchorUrl)}">`] : []),
    `<link rel="icon" href="${escapeHtml(joinBase(where.base, '/favicon.svg'))}" type="image/svg+xml">`,
    '<meta property="og:site_name" content="条文">',
    '<meta property="og:locale" content="zh_CN">',
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escapeHtml(page.title)}">`,
    `<meta property="og:description" content="${escapeHtml(page.description)}">`,
    ...(page.anchorUrl ? [`<meta property="og:url" content="${escapeHtml(page.anchorUrl)}">`] : []),
    '<meta name="twitter:card" content="summary">',
  ];
  const body = page.lines.map((l, i) => {
    const num = l.num ? `<span class="num">${escapeHtml(l.num)}</span>${i === 0 && l.text ? '　' : ''}` : '';
    return `<p>${num}${escapeHtml(l.text)}</p>`;
  });
  const href = escapeHtml(page.anchorHref);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    ...meta,
    `<style>${STYLE}</style>`,
    `<script>location.replace(${scriptString(page.anchorHref)});</script>`,
    '</head>',
    '<body>',
    '<main>',
    `<p class="site"><a href="${escapeHtml(joinBase(where.base, '/'))}">条文</a></p>`,
    `<h1>${escapeHtml(page.citation)}</h1>`,
    ...body,
    ...page.tables.map(tableHtml),
    `<p class="full"><a href="${href}">查看全文</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
