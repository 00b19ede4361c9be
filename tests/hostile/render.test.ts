/**
 * Hostile text all the way to the published page: a measure whose text holds
 * <script>, event-handler HTML, {expressions} and import/export lines is
 * ingested into a temporary copy of content/ and the site is built from it.
 * The page must show the text literally (escaped) and carry no script of its
 * own making.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, assertNoCrash, measure } from './cases.ts';
import { makeSandbox, runIngest, type Sandbox } from './harness.ts';
import { astroBuild, buildDir } from '../integrity/build.ts';
import { decodeEntities } from '../integrity/links.ts';

const HOSTILE = [
  '第二条　<script>alert("问责")</script>问责坚持依规依纪。',
  '<img src=x onerror=alert(1)>问责对象{alert(2)}。',
  "import x from 'y'",
  'export const a = 1;',
  '{/* 注释 */}<a href="javascript:alert(3)">链接</a>',
];

let sb: Sandbox;
let out = '';
let html = '';

beforeAll(async () => {
  sb = makeSandbox();
  const file = sb.file('hostile.txt', measure([ARTICLES[0], ...HOSTILE, ARTICLES[3]]));
  const r = await runIngest(sb, [file, '--slug', 'hostile-render']);
  assertNoCrash(r);
  expect(r.status, r.stderr).toBe(0);
  out = buildDir('hostile');
  await astroBuild(out, { TIAOWEN_CONTENT: sb.content });
  html = readFileSync(join(out, 'regulations/hostile-render/index.html'), 'utf8');
}, 900_000);

afterAll(() => {
  sb?.cleanup();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('hostile text on the built page', () => {
  it('is shown literally', () => {
    const text = decodeEntities(html.replace(/<[^>]+>/g, ''));
    for (const line of HOSTILE) expect(text, line).toContain(line.replace(/^第二条　/, ''));
  });

  it('puts no script, handler or javascript: link of its own into the page', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[0]);
    for (const s of scripts) expect(s).not.toMatch(/alert\(/);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/<a[^>]*href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });
});
