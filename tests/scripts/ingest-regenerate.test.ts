/**
 * `npm run ingest` (regenerate everything) in a temporary copy of content/:
 * a source with an error is refused and its MDX left as it was, every other
 * document is still written; `--check` stays strict.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, runIngestCli } from '../support/ingest-cli.ts';

const ROOT = join(import.meta.dirname, '../..');
let content: string;

function ingest(...args: string[]) {
  return runIngestCli(content, args);
}

beforeAll(() => {
  content = copyContent('tiaowen-regen-');
});

describe('npm run ingest with one broken source', () => {
  it('writes every other document, leaves the broken one as it was, and exits 1', () => {
    const manifest = join(content, 'sources/manifest.yaml');
    const text = readFileSync(manifest, 'utf8');
    const broken = text.replace("find: ' 广州市党政领导干部问责暂行办法'", "find: ' 不在这一行的文字'");
    expect(broken).not.toBe(text);
    writeFileSync(manifest, broken);
    const guangzhou = join(content, 'regulations/guangzhou-cadre-accountability-2009.mdx');
    const guangzhouBefore = readFileSync(guangzhou, 'utf8');
    const rizhao = join(content, 'regulations/rizhao-polytechnic-2017.mdx');
    const rizhaoGood = readFileSync(rizhao, 'utf8');
    writeFileSync(rizhao, rizhaoGood.replace('问责方式', '问责办法')); // stale: must be rewritten

    const r = ingest('--quiet');
    expect(r.stderr).toMatch(/refused {3}\S*002_6130ac9a09b5cae8\.txt:16: the correction expects “ 不在这一行的文字”/);
    expect(r.stderr).toMatch(/source\(s\) refused, their \d+ document\(s\) left as they were/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.code).toBe(1);
    expect(readFileSync(rizhao, 'utf8')).toBe(rizhaoGood);
    expect(readFileSync(guangzhou, 'utf8')).toBe(guangzhouBefore);

    const check = ingest('--check');
    expect(check.stderr).toMatch(/nothing written/);
    expect(check.code).toBe(1);
  });
});
