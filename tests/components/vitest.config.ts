/**
 * Vitest config for the Astro render tests: `.astro` files need Astro's Vite
 * plugins (getViteConfig). Until the root vitest.config.ts uses getViteConfig,
 * run: npx vitest run --config tests/components/vitest.config.ts
 */
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/**/*.test.ts'], testTimeout: 30_000 },
});
