/**
 * The ingest CLI end to end, in a temporary copy of content/ (TIAOWEN_CONTENT):
 * an unseen measure becomes a correct MDX page, --check catches stale files,
 * and re-ingesting changes nothing.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, runIngestCli } from '../support/ingest-cli.ts';
import { readMdx } from '../../src/lib/mdx/read.ts';
import { walk } from '../../src/lib/tree.ts';

const ROOT = join(import.meta.dirname, '../..');
let content: string;

function ingest(...args: string[]) {
  return runIngestCli(content, args);
}

beforeAll(() => {
  content = copyContent('tiaowen-ingest-');
});

describe('npm run ingest', () => {
  it('--check passes on the committed content', () => {
    const r = ingest('--check');
    expect(r.stderr).toContain('up to date');
    expect(r.code).toBe(0);
  });

  it('turns an unseen measure into a correct page', () => {
    const measure = join(tmpdir(), 'some-university-2023.txt');
    writeFileSync(
      measure,
      [
        '关于印发《某某大学党建工作问责办法》的通知',
        '各学院党委：',
        '现将《某某大学党建工作问责办法》印发给你们，请遵照执行。',
        '中共某某大学委员会',
        '2023年3月1日',
        '某某大学党建工作问责办法',
        '第一条 为落实全面从严治党要求，根据《中国共产党问责条例》，制定本办法。',
        '第二条　问责方式',
        '对党组织的问责方式包括：',
        '(一)检查；',
        '(二)通报；',
        '对党员领导干部的问责方式包括：',
        '(一)通报；',
        '(二)诫勉。',
        '第三条 本办法自2023年3月1日起施行。',
      ].join('\r\n'),
    );
    const r = ingest(measure, '--slug', 'some-university-2023', '--parent', 'ccp-accountability-2016');
    expect(r.code, r.stderr).toBe(0);
    const file = join(content, 'regulations/some-university-2023.mdx');
    const doc = readMdx(readFileSync(file, 'utf8'), file);
    expect(doc.meta).toMatchObject({ title: '某某大学党建工作问责办法', issuer: '中共某某大学委员会', issued: '2023-03-01', effective: '2023-03-01', parents: [{ slug: 'ccp-accountability-2016' }] });
    const ids = [...walk(doc.root)].map(([n]) => n.id).filter(Boolean);
    expect(ids).toEqual(['notice', 'notice-para-1', 'notice-para-2', 'notice-para-3', 'art-1', 'art-1-para-1', 'art-2', 'art-2-para-1', 'art-2-para-1-item-1', 'art-2-para-1-item-2', 'art-2-para-2', 'art-2-para-2-item-1', 'art-2-para-2-item-2', 'art-3', 'art-3-para-1']);
    expect(readFileSync(join(content, 'sources/manifest.yaml'), 'utf8')).toContain('slug: some-university-2023');
    expect(readFileSync(join(content, 'sources/manifest.yaml'), 'utf8')).toContain('# Which lines of which raw source'); // comments kept
    expect(existsSync(join(content, 'sources/some-university-2023.txt'))).toBe(true);
  });

  it('re-ingesting gives the same files (stable ids)', () => {
    const before = readFileSync(join(content, 'regulations/some-university-2023.mdx'), 'utf8');
    expect(ingest().code).toBe(0);
    expect(readFileSync(join(content, 'regulations/some-university-2023.mdx'), 'utf8')).toBe(before);
    expect(ingest('--check').code).toBe(0);
  });

  it('--check fails on a stale MDX file, naming it', () => {
    const file = join(content, 'regulations/rizhao-polytechnic-2017.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('问责方式', '问责办法'));
    const r = ingest('--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/regulations\/rizhao-polytechnic-2017\.mdx: stale/);
  });

  it('a bad manifest value fails with file:line and no stack trace', () => {
    const manifest = join(content, 'sources/manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/lines: \[ ?1, 93 ?\]/, 'lines: [1, "93"]'));
    const r = ingest();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/manifest\.yaml:\d+:\d+: sources\.0\.documents\.0\.lines\.1: Invalid input: expected number, received string/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
