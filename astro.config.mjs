// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/pagefind.ts';

// Thin entry: only wires integrations (see src/integrations/).
export default defineConfig({
  site: process.env.TIAOWEN_SITE ?? 'https://tiaowen.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
});
