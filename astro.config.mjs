// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/pagefind.ts';
import boundedHeap from './src/integrations/heap.ts';
import pageCache from './src/integrations/page-cache.ts';
import siteAddress from './src/integrations/site-address.ts';
import sharePages from './src/integrations/share-pages.ts';
import { parseSiteAddress } from './src/lib/site-address.ts';

// Thin entry: only wires integrations (see src/integrations/).
// The public address comes from TIAOWEN_SITE (README, "Site address").
const address = parseSiteAddress(process.env.TIAOWEN_SITE);

export default defineConfig({
  site: address?.site,
  base: address?.base ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A sitemap needs absolute addresses: only with TIAOWEN_SITE (site-address says so once otherwise).
  // At most 10,000 addresses a sitemap file (about 1 MB, 100 KB gzip), listed by sitemap-index.xml,
  // so no sitemap file grows with the corpus (README: "Listing pages at any corpus size").
  // sharePages writes its pages after the page cache restored the document pages and before the
  // search index's hook waits for the index (README: "Share pages").
  integrations: [boundedHeap(), siteAddress(), pageCache(), mdx(), ...(address ? [sitemap({ filter: (page) => !page.endsWith('/404/'), entryLimit: 10_000 })] : []), sharePages(), searchIndex()],
});
