/// <reference types="vitest/config" />
/**
 * Vitest project for the Astro render tests: `.astro` files need Astro's
 * Vite plugins (getViteConfig). Listed in the root vitest.config.ts
 * `projects` (name `components`); alone: npx vitest run --config tests/components/vitest.config.ts
 */
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default getViteConfig({
  root,
  test: {
    name: 'components',
    // As a project of the root config, paths resolve from this directory unless told otherwise.
    root,
    include: ['tests/components/**/*.test.ts'],
    testTimeout: 30_000,
    // runs with the unit project (the first group), with the same number of files at a time
    maxWorkers: 2,
    sequence: { groupOrder: 0 },
  },
});
