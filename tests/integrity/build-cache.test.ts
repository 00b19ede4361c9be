/**
 * The build cache (README "Build cache") on the seeds: a build after adding
 * one measure, warm (reusing what the build before it cached), is byte for
 * byte the cold build of the same content; and what it did again is exactly
 * what depends on the change: the document pages it rendered are the new
 * measure's and those at either end of a crosswalk link that changed (the
 * parent lists the new measure; the new measure's words shift the scores of
 * other measures' suggestions), and the search bundles it indexed are the
 * bundles that differ.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildDir, diffTrees, hashTree } from './build.ts';
import { spawnSync } from 'node:child_process';
import { copyContent, runIngestCli } from '../support/ingest-cli.ts';

/** Every published crosswalk link of `content` (`npm run crosswalk -- --json`). */
function crosswalkLinks(content: string): { from: { doc: string }; to: { doc: string } }[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/crosswalk.ts', '--json'], { cwd: join(import.meta.dirname, '../..'), env: { ...process.env, TIAOWEN_CONTENT: content }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`crosswalk --json failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { links: { from: { doc: string }; to: { doc: string } }[] }).links;
}

let root = '';
let content = '';
let before = '';
let cold = '';
let warm = '';
let warmLog = '';
let linksBefore: ReturnType<typeof crosswalkLinks> = [];
let linksAfter: ReturnType<typeof crosswalkLinks> = [];

/** Small shards, so the seeds make several bundles. */
const SHARDS = { TIAOWEN_SEARCH_SHARD_RECORDS: '40' };

const MEASURE = `某某学院党组织问责实施办法
第一条　为了规范问责工作，根据《中国共产党问责条例》，结合学院实际，制定本办法。
第二条　对党的领导干部的问责，可以采取通报、诫勉、组织调整或者组织处理、纪律处分等方式。
第三条　本办法自印发之日起施行。
`;

beforeAll(async () => {
  root = buildDir('build-cache');
  content = copyContent('tiaowen-build-cache-');
  const cache = join(root, 'cache');
  before = join(root, 'before');
  cold = join(root, 'cold');
  warm = join(root, 'warm');
  await astroBuild(before, { ...SHARDS, TIAOWEN_CONTENT: content, TIAOWEN_CACHE: '', TIAOWEN_CACHE_DIR: cache });
  linksBefore = crosswalkLinks(content);
  const file = join(root, 'college-accountability-2026.txt');
  writeFileSync(file, MEASURE);
  const r = runIngestCli(content, [file, '--parent', 'ccp-accountability-2016']);
  expect(r.code, r.stderr).toBe(0);
  linksAfter = crosswalkLinks(content);
  await astroBuild(cold, { ...SHARDS, TIAOWEN_CONTENT: content, TIAOWEN_CACHE: 'off' });
  warmLog = await astroBuild(warm, { ...SHARDS, TIAOWEN_CONTENT: content, TIAOWEN_CACHE: '', TIAOWEN_CACHE_DIR: cache });
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  if (content) rmSync(join(content, '..'), { recursive: true, force: true });
});

/** Document pages (regulations/<slug>/index.html) present in `a` and not the same in `b`, or only in `b`. */
function changedPages(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...b.keys()].filter((f) => /^regulations\/[^/]+\/index\.html$/.test(f) && a.get(f) !== b.get(f));
}

/** The search bundles of a site, each as the hash of its files (pagefind/ and pagefind-shards/<n>/). */
function bundles(site: string): string[] {
  const tree = (dir: string) => JSON.stringify([...hashTree(dir)].filter(([f]) => f !== 'shards.json'));
  const shards = join(site, 'pagefind-shards');
  const others = readdirSync(site).includes('pagefind-shards') ? readdirSync(shards).map((n) => tree(join(shards, n))) : [];
  return [tree(join(site, 'pagefind')), ...others];
}

describe('the build cache', () => {
  it('gives the same bytes warm as cold', () => {
    const a = hashTree(cold);
    expect(a.size).toBeGreaterThan(10);
    expect(diffTrees(a, hashTree(warm))).toEqual([]);
  });

  it('renders again exactly the document pages whose inputs changed', () => {
    // what the pages are rendered from: the documents (one added) and the crosswalk links at both ends
    const key = (l: unknown) => JSON.stringify(l);
    const was = new Set(linksBefore.map(key));
    const is = new Set(linksAfter.map(key));
    const moved = [...linksBefore.filter((l) => !is.has(key(l))), ...linksAfter.filter((l) => !was.has(key(l)))];
    const expected = new Set(['college-accountability-2026', ...moved.flatMap((l) => [l.from.doc, l.to.doc])]);
    expect(expected).toContain('ccp-accountability-2016'); // its 下位落实 lists the new measure

    const m = /document pages: (\d+) rendered \(([^)]*)\), (\d+) from the build cache/.exec(warmLog);
    expect(m, warmLog.slice(-3000)).not.toBeNull();
    expect(new Set(m![2]!.split(', '))).toEqual(expected);
    expect(Number(m![3])).toBeGreaterThan(0);
    // and every page whose HTML changed was among them (the others came from the cache unchanged)
    for (const f of changedPages(hashTree(before), hashTree(cold))) expect(expected).toContain(f.split('/')[1]);
  });

  it('indexes again exactly the search bundles that changed', () => {
    const old = new Set(bundles(before));
    const now = bundles(cold);
    expect(now.length).toBeGreaterThanOrEqual(3);
    const changed = now.filter((b) => !old.has(b)).length;
    expect(changed).toBeGreaterThanOrEqual(1);
    const m = /in (\d+) shards \((\d+) of \d+ from the build cache\)/.exec(warmLog);
    expect(m, warmLog.slice(-3000)).not.toBeNull();
    expect(Number(m![1]) - Number(m![2])).toBe(changed);
  });
});
