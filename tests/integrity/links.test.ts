/** The link checker itself, on a tiny hand-made site: it must find what is broken and only that. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite, idsIn, linksIn, urlOf } from './links.ts';
import { diffTrees } from './build.ts';

let dir = '';
const put = (file: string, data: string | Buffer) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), data);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiaowen-links-'));
  put(
    'index.html',
    `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/site.css"></head><body>
<a href="/regulations/a/#art-1">ok</a>
<a href="regulations/a/#art-1-para-2">ok, relative</a>
<a href="/regulations/a/?q=%E8%AF%AB%E5%8B%89">ok, query</a>
<a href="https://tiaowen.example.org/regulations/a/">ok, absolute</a>
<a href="https://example.com/nowhere">external</a>
<a href="mailto:x@example.org">mail</a>
<a href="/regulations/a/#art-9">missing id</a>
<a href="/regulations/b/">missing page</a>
<a href="/regulations/a/#art-1&amp;x">entity in fragment</a>
<a href="javascript:alert(1)">script</a>
<!-- <a href="/in-a-comment/">not a link</a> -->
<script>const s = '<a href="/in-a-script/">';</script>
<img src="/missing.png" alt="">
</body></html>`,
  );
  put('_astro/site.css', 'body{}');
  put('regulations/a/index.html', `<main><section id="art-1"><p id='art-1-para-2'>x</p><p data-id="art-9">y</p></section><a href="#art-1">self</a><a href="#nope">self, broken</a></main>`);
  put('pagefind/fragment/zh_1.pf_fragment', gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ url: '/regulations/a/', anchors: [{ id: 'art-1' }, { id: 'art-404' }] }))));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('link checker', () => {
  it('reads ids and links from markup, not from comments or scripts', () => {
    expect([...idsIn(`<p id="a"></p><p data-id="b"></p><p id='c&amp;d'></p><script>x='<p id="e">'</script>`)]).toEqual(['a', 'c&d']);
    expect(linksIn(`<a href="/x/">x</a><!-- <a href="/y/"> --><script src="/s.js">var a='<a href="/z/">'</script>`)).toEqual(['/x/', '/s.js']);
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('regulations/a/index.html')).toBe('/regulations/a/');
  });

  it('finds exactly the broken links of a small site', () => {
    const { broken } = checkSite(dir);
    expect(broken.map((b) => `${b.from} ${b.href}`)).toEqual([
      'index.html /missing.png',
      'index.html /regulations/a/#art-1&x',
      'index.html /regulations/a/#art-9',
      'index.html /regulations/b/',
      'index.html javascript:alert(1)',
      'pagefind/fragment/zh_1.pf_fragment /regulations/a/#art-404',
      'regulations/a/index.html #nope',
    ]);
  });

  it('reports files that differ between two trees', () => {
    const a = new Map([['x', '1'], ['y', '2'], ['z', '3']]);
    const b = new Map([['x', '1'], ['y', '9'], ['w', '4']]);
    expect(diffTrees(a, b)).toEqual(['w: only in the second build', 'y: differs', 'z: only in the first build']);
  });
});
