import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { RegDocument } from '../../src/lib/document.ts';
import { writeMdx } from '../../src/lib/mdx/write.ts';
import { groupVersions, mdxPath } from '../../src/lib/versions/model.ts';
import { PATHS } from './paths.ts';

/** The MDX files of content/regulations/ (relative, '/'-separated): <slug>.mdx and versions/<slug>/<date>.mdx. */
function existingMdx(): string[] {
  const out = readdirSync(PATHS.regulations).filter((n) => n.endsWith('.mdx'));
  const versions = join(PATHS.regulations, 'versions');
  if (existsSync(versions)) {
    for (const slug of readdirSync(versions).sort()) {
      for (const n of readdirSync(join(versions, slug)).filter((f) => f.endsWith('.mdx'))) out.push(`versions/${slug}/${n}`);
    }
  }
  return out.sort();
}

/** The file name of each document: its current version as <slug>.mdx, earlier versions under versions/<slug>/. */
export function mdxFiles(docs: readonly RegDocument[]): Map<string, RegDocument> {
  const out = new Map<string, RegDocument>();
  for (const list of groupVersions(docs).values()) list.forEach((d, i) => out.set(mdxPath(d.meta, i === list.length - 1), d));
  return out;
}

/**
 * Write (or, with check, compare) one MDX file per document; returns the
 * stale/changed files. Files named in `keep` (documents refused this run) are
 * left as they are.
 */
export function syncMdx(docs: RegDocument[], check: boolean, keep: ReadonlySet<string> = new Set()): string[] {
  mkdirSync(PATHS.regulations, { recursive: true });
  const wanted = new Map([...mdxFiles(docs)].map(([name, d]) => [name, writeMdx(d)]));
  const problems: string[] = [];
  for (const [name, text] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(PATHS.regulations, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === text) continue;
    problems.push(`${relative(process.cwd(), path)}: ${current === null ? 'missing' : 'stale'}`);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  for (const name of existingMdx()) {
    const slug = name.startsWith('versions/') ? name.split('/')[1]! : name.replace(/\.mdx$/, '');
    if (wanted.has(name) || keep.has(name) || keep.has(`${slug}.mdx`)) continue;
    problems.push(`${relative(process.cwd(), join(PATHS.regulations, name))}: not in the manifest`);
    if (!check) {
      unlinkSync(join(PATHS.regulations, name));
      if (name.startsWith('versions/') && readdirSync(dirname(join(PATHS.regulations, name))).length === 0) rmdirSync(dirname(join(PATHS.regulations, name)));
    }
  }
  return problems;
}
