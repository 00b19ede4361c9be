/**
 * Vitest project for the Astro render tests: `.astro` files need Astro's
 * Vite plugins (getViteConfig). Listed in the root vitest.config.ts
 * `projects` (name `components`); alone: npx vitest run --config tests/components/vitest.config.ts
 */
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
