/**
 * /feed.xml: RSS 2.0 (@astrojs/rss) of documents added and revised, newest
 * first (src/lib/feed.ts). A feed needs absolute addresses: it is built only
 * when the site address is known (TIAOWEN_SITE); without it there is no
 * feed and no <link rel="alternate"> (the build's one warning says so).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../data/corpus.ts';
import { documentPath } from '../lib/citation.ts';
import { feedEntries } from '../lib/feed.ts';
import { escapeHtml } from '../lib/html.ts';
import { FEED_NAME } from '../components/feed-link.ts';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: FEED_NAME } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const corpus = getCorpus();
  // Under a sub-path (https://host/zhidu/) every address keeps it: paths are resolved relative to the site address.
  const abs = (path: string) => new URL(path.replace(/^\//, ''), site).href;
  const entries = feedEntries(corpus.documents.filter((d) => d.meta.class !== '评论').map((d) => ({ versions: corpus.versions(d.meta.slug).map((v) => v.meta), path: documentPath(d.meta) })));
  return rss({
    title: '条文 · 新增和修订的文件',
    description: '条文收录的党内法规、规范性文件的新增与修订，按文件或版本日期由新到旧排列。',
    site: site!,
    customData: '<language>zh-cn</language>',
    items: entries.map((e) => ({
      title: e.title,
      link: abs(e.link),
      ...(e.date ? { pubDate: new Date(`${e.date}T00:00:00Z`) } : {}),
      description: e.summary,
      content: `<p>${escapeHtml(e.summary)}</p><p><a href="${escapeHtml(abs(e.link))}">阅读全文</a>${e.changes ? ` · <a href="${escapeHtml(abs(e.changes))}">修订对照表</a>` : ''}</p>`,
    })),
  });
};
