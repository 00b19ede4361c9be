/** The bench's page-size helpers: what counts as a page or a data file, gzip sizes, and the replicated corpus. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { distSizes, kindOf, largest } from '../../scripts/lib/dist-sizes.ts';
import { replicateCorpus } from '../../scripts/lib/replicate.ts';
import { PER_DOCUMENT_ROUTES } from '../../scripts/lib/listing-site.ts';
import { existsSync } from 'node:fs';
import { errorOf } from '../support/thrown.ts';

const root = mkdtempSync(join(tmpdir(), 'tiaowen-bench-pages-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dist sizes', () => {
  it('classifies pages, data files, the search index and assets', () => {
    expect(kindOf('/index.html')).toBe('page');
    expect(kindOf('/documents/issuer/i-x/page/2/index.html')).toBe('page');
    expect(kindOf('/crosswalk.json')).toBe('data');
    expect(kindOf('/crosswalk/x.csv')).toBe('data');
    expect(kindOf('/sitemap-0.xml')).toBe('data');
    expect(kindOf('/pagefind/index/en_1.pf_index')).toBe('search');
    expect(kindOf('/pagefind-shards/1/pagefind.js')).toBe('search');
    expect(kindOf('/_astro/page.abc.js')).toBe('asset');
  });

  it('measures every file raw and gzipped, and finds the largest of a kind', () => {
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'a'), { recursive: true });
    const big = '<p>条文</p>'.repeat(5000);
    writeFileSync(join(dist, 'index.html'), '<p>小</p>');
    writeFileSync(join(dist, 'a', 'index.html'), big);
    writeFileSync(join(dist, 'data.json'), JSON.stringify({ x: 1 }));
    const files = distSizes(dist);
    expect(files.map((f) => f.path).sort()).toEqual(['/a/index.html', '/data.json', '/index.html']);
    const [top] = largest(files, 'page');
    expect(top!.path).toBe('/a/index.html');
    expect(top!.bytes).toBe(Buffer.byteLength(big));
    expect(top!.gzip).toBe(gzipSync(Buffer.from(big), { level: 6 }).length);
    expect(largest(files, 'data').map((f) => f.path)).toEqual(['/data.json']);
  });
});

describe('replicated corpus', () => {
  it('copies the matching documents under new slugs, frontmatter slug rewritten, the rest untouched', () => {
    const dir = join(root, 'regulations');
    mkdirSync(dir);
    const mdx = (slug: string) => `---\nslug: ${slug}\ntitle: 某办法\n---\n\n<Para id="p" line={1} text="slug: ${slug}" />\n`;
    writeFileSync(join(dir, 'lrb-0001.mdx'), mdx('lrb-0001'));
    writeFileSync(join(dir, 'seed.mdx'), mdx('seed'));
    expect(replicateCorpus(dir, 3, /^lrb-\d+\.mdx$/)).toBe(4);
    expect(readdirSync(dir).sort()).toEqual(['lrb-0001-r2.mdx', 'lrb-0001-r3.mdx', 'lrb-0001.mdx', 'seed.mdx']);
    expect(readFileSync(join(dir, 'lrb-0001-r3.mdx'), 'utf8')).toBe(mdx('lrb-0001').replace('---\nslug: lrb-0001\n', '---\nslug: lrb-0001-r3\n'));
  });

  it('refuses a file whose frontmatter does not start with its slug', () => {
    const dir = join(root, 'bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'lrb-0002.mdx'), '---\ntitle: x\nslug: lrb-0002\n---\n');
    expect(errorOf(() => replicateCorpus(dir, 2, /^lrb-/)).message).toMatch(/lrb-0002\.mdx:2: expected "slug: lrb-0002"/);
  });
});

describe('listing-only site', () => {
  it('leaves out only routes that exist', () => {
    for (const r of PER_DOCUMENT_ROUTES) expect(existsSync(join('src/pages', r)), r).toBe(true);
  });
});
