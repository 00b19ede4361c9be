import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RegDocument } from '../../src/lib/document.ts';
import { writeMdx } from '../../src/lib/mdx/write.ts';
import { PATHS } from './paths.ts';

/**
 * Write (or, with check, compare) one MDX file per document; returns the
 * stale/changed files. Files named in `keep` (documents refused this run) are
 * left as they are.
 */
export function syncMdx(docs: RegDocument[], check: boolean, keep: ReadonlySet<string> = new Set()): string[] {
  mkdirSync(PATHS.regulations, { recursive: true });
  const wanted = new Map(docs.map((d) => [`${d.meta.slug}.mdx`, writeMdx(d)]));
  const problems: string[] = [];
  for (const [name, text] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(PATHS.regulations, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === text) continue;
    problems.push(`${relative(process.cwd(), path)}: ${current === null ? 'missing' : 'stale'}`);
    if (!check) writeFileSync(path, text);
  }
  for (const name of readdirSync(PATHS.regulations).filter((n) => n.endsWith('.mdx')).sort()) {
    if (wanted.has(name) || keep.has(name)) continue;
    problems.push(`${relative(process.cwd(), join(PATHS.regulations, name))}: not in the manifest`);
    if (!check) unlinkSync(join(PATHS.regulations, name));
  }
  return problems;
}
