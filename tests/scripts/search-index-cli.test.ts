/**
 * The search-index CLI's two halves, as the build runs them in two processes
 * (src/integrations/pagefind.ts): `--search-data --no-index` writes the search
 * data and prints its counts, and nothing of Pagefind's; `--no-index` alone is
 * refused with a message and exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const site = mkdtempSync(join(tmpdir(), 'tiaowen-search-index-'));

function searchIndex(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/search-index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, TIAOWEN_CACHE: 'off' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('npm run search-index', () => {
  it('--search-data --no-index writes the search data and its counts, and no index', () => {
    const r = searchIndex(site, '--search-data', '--no-index');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { searchData } = JSON.parse(lines[0]!) as { searchData: { buckets: number; blocks: number; records: number } };
    expect(searchData.records).toBeGreaterThan(100);
    expect(readdirSync(join(site, 'search-data', 'pairs'))).toHaveLength(searchData.buckets);
    expect(readdirSync(join(site, 'search-data', 'records'))).toHaveLength(searchData.blocks);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  it('refuses --no-index without --search-data, saying why', () => {
    const r = searchIndex(join(site, 'other'), '--no-index');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--no-index without --search-data leaves nothing to do');
    expect(existsSync(join(site, 'other'))).toBe(false);
  });
});
