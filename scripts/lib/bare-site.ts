/**
 * The benchmark's baseline: the same generated MDX pages built by a bare
 * Astro + @astrojs/mdx site (every file compiled as an MDX page, each
 * provision element a trivial component; no crosswalk, no search, no
 * layout but a plain page shell). Built in a temporary project that borrows our node_modules.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_OF, CELL, ROW } from '../../src/lib/mdx/format.ts';
import { PATHS } from './paths.ts';

type Measure<T> = (cmd: string, args: string[], env: Record<string, string>, cwd: string) => Promise<T>;

const NAMES = [...new Set([...Object.values(ELEMENT_OF), ROW, CELL])].sort();

const COMPONENT = `---
const { id, num, heading, text } = Astro.props;
---
<div id={id}>{num && <b>{num}</b>} {heading} {text}<slot /></div>
`;

/** The page shell (a plain <html> and <body>: Pagefind indexes only whole HTML documents). */
const LAYOUT = `---
const { title } = Astro.props.frontmatter ?? {};
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{title}</title></head><body><slot /></body></html>
`;

/** Write the bare project for the MDX files in `regulationsDir` into `dir`, build it, and measure the build. */
export async function buildBareSite<T>(regulationsDir: string, dir: string, measure: Measure<T>): Promise<{ measured: T; pages: number; dist: string }> {
  mkdirSync(join(dir, 'src/pages/regulations'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  symlinkSync(join(PATHS.root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'tiaowen-bare', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });\n`,
  );
  writeFileSync(join(dir, 'src/components/Node.astro'), COMPONENT);
  writeFileSync(join(dir, 'src/components/Layout.astro'), LAYOUT);
  const imports = NAMES.map((n) => `import ${n} from '../../components/Node.astro';`).join('\n');
  let pages = 0;
  for (const name of readdirSync(regulationsDir).filter((n) => n.endsWith('.mdx')).sort()) {
    const target = join(dir, 'src/pages/regulations', name);
    copyFileSync(join(regulationsDir, name), target);
    // the layout goes first in the frontmatter, the imports right after it
    const text = readFileSync(target, 'utf8');
    const end = text.indexOf('\n---\n', 4);
    writeFileSync(target, `---\nlayout: ../../components/Layout.astro\n${text.slice(4, end + 5)}\n${imports}\n${text.slice(end + 5)}`);
    pages++;
  }
  const dist = join(dir, 'dist');
  const measured = await measure(join(PATHS.root, 'node_modules/.bin/astro'), ['build', '--outDir', dist], {}, dir);
  return { measured, pages, dist: join(dist, 'regulations') };
}
