/**
 * Render tests of the document page body (DocumentView) with Astro's
 * container API, on fixture documents holding hostile text.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import DocumentView from '../../src/components/DocumentView.astro';
import CommentaryView from '../../src/components/CommentaryView.astro';
import HomeView from '../../src/components/HomeView.astro';
import type { RegDocument } from '../../src/lib/document.ts';
import { walk } from '../../src/lib/tree.ts';

const load = (name: string): RegDocument =>
  JSON.parse(readFileSync(new URL(`../fixtures/ui/${name}.json`, import.meta.url), 'utf8')) as RegDocument;

const SITE = 'https://tiaowen.example.org';
const parents = [{ slug: 'ccp-accountability-2016', version: '2016', title: '中国共产党问责条例', href: '/regulations/ccp-accountability-2016/' }];

/** Decode the five entities Astro uses when escaping text and attributes. */
function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text content of the HTML (tags removed, entities decoded). */
function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''));
}

function idCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return counts;
}

/** The element that carries `id`, from its opening tag to the end of the HTML. */
function fromId(html: string, id: string): string {
  const at = html.search(new RegExp(`<[a-z0-9]+[^>]*\\sid="${id}"`));
  expect(at, `element with id ${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(at);
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Render, dropping the dev-only source-location attributes Vite adds. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  const html = await container.renderToString(component, { props: { site: SITE, ...props } });
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

describe('DocumentView on a measure with chapters, 解读, annex table and hostile text', () => {
  const doc = load('measure');
  let html: string;
  beforeAll(async () => {
    html = await render(DocumentView, { doc, parents });
  });

  it('shows hostile provision text literally, never as markup', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<b>不加粗</b>');
    const text = textOf(html);
    expect(text).toContain("<script>alert(1)</script> 与 {1+1} 以及 import x from 'y' 和 # * _ | `");
    expect(text).toContain('{解读}');
    expect(text).toContain('三会一课 <b>不加粗</b>');
  });

  it('gives every node id exactly one id attribute', () => {
    const counts = idCounts(html);
    const ids = [...walk(doc.root)].map(([n]) => n.id).filter((id): id is string => !!id);
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) expect(counts.get(id), id).toBe(1);
    for (const [id, n] of counts) expect(n, `duplicate id ${id}`).toBe(1);
  });

  it('renders one h1, the title', () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*>测试学院党建工作问责（暂行）办法<\/h1>/);
  });

  it('marks up articles as the contract says', () => {
    const art = fromId(html, 'art-2');
    expect(art).toMatch(/^<section class="provision article" id="art-2" data-num="第二条"/);
    // first child: a heading (h3 inside a chapter) with num, permalink and cite button
    expect(art).toMatch(/^<section[^>]*>\s*<h3[^>]*><span class="num">第二条<\/span>/);
    const heading = art.slice(0, art.indexOf('</h3>'));
    expect(heading).toContain('<a class="permalink" href="#art-2"');
    expect(heading).toMatch(/<button type="button" class="cite" data-citation="《测试学院党建工作问责（暂行）办法》第二条" data-cite-href="https:\/\/tiaowen\.example\.org\/regulations\/fixture-measure\/#art-2"/);
    expect(heading).toContain('>复制引用</button>');
    expect(fromId(html, 'art-2-1')).toMatch(/^<section class="provision article" id="art-2-1" data-num="第二条之一"/);
    expect(fromId(html, 'chp-1')).toMatch(/^<section class="chapter" id="chp-1">\s*<h2/);
  });

  it('renders numbering as written, never renumbered', () => {
    expect(fromId(html, 'art-2-para-1-item-1')).toMatch(/^<li class="item" id="art-2-para-1-item-1"><span class="num">（1）<\/span>政治理论学习方面/);
    expect(fromId(html, 'art-2-para-1-item-1-sub-2')).toMatch(/^<li class="sub" id="[^"]*"><span class="num">2．<\/span>/);
    expect(fromId(html, 'art-2-para-1-item-2')).toContain('<span class="num">（二）</span>');
  });

  it('puts the 解读 in a labelled aside inside its article, marked 解读', () => {
    const art = fromId(html, 'art-2');
    const end = art.indexOf('id="art-2-1"');
    const aside = art.slice(0, end);
    expect(aside).toMatch(/<aside class="interpretation" id="art-2-interp-1" role="note" aria-label="解读">\s*<p class="interpretation-label">解读：<\/p>/);
    expect(aside).toContain('本条是关于问责情形的规定。');
  });

  it('renders annex tables with header cells and spans', () => {
    const table = fromId(html, 'annex-1-table-1');
    expect(table).toMatch(/^<table id="annex-1-table-1">\s*<caption class="visually-hidden">附件1 考核评分表 表1<\/caption>/);
    expect(table).toMatch(/<th scope="col">考核项目<\/th><th scope="col">考核内容<\/th><th scope="col">分值<\/th>/);
    expect(table).toMatch(/<td rowspan="2">党建工作<\/td>/);
    expect(table).toMatch(/<td colspan="2">合计<\/td>/);
    expect(table).not.toMatch(/<td rowspan="1"|colspan="1"/);
  });

  it('marks the notice and right-aligned signoff lines', () => {
    expect(fromId(html, 'notice')).toMatch(/^<section class="notice" id="notice" aria-label="印发通知">/);
    expect(html).toContain('<p class="signoff">2017年6月21日</p>');
  });

  it('shows metadata, unknowns as 未注明, and links the parent', () => {
    const meta = html.slice(html.indexOf('<table class="meta"'), html.indexOf('</table>'));
    expect(textOf(meta)).toMatch(/发布机关\s*未注明/);
    expect(textOf(meta)).toMatch(/施行日期\s*未注明/);
    expect(textOf(meta)).toMatch(/发布日期\s*2017年6月21日/);
    expect(textOf(meta)).toMatch(/效力状态\s*暂行 · 状态不详/);
    expect(meta).toContain('<a href="/regulations/ccp-accountability-2016/">《中国共产党问责条例》</a>');
    expect(textOf(meta)).toContain('content/sources/000_fixture.txt 第1–90行');
  });

  it('has a table of contents nav with chapters, articles and annexes', () => {
    const nav = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    expect(nav).toContain('aria-label="目录"');
    for (const id of ['notice', 'chp-1', 'art-1', 'art-2', 'art-2-1', 'chp-2', 'art-3', 'annex-1']) expect(nav).toContain(`href="#${id}"`);
    expect(textOf(nav)).toContain('第一条 目的');
  });

  it('lists exclusions and corrections in 来源说明', () => {
    const notes = textOf(html.slice(html.indexOf('<section class="source-notes"')));
    expect(notes).toContain('来源说明');
    expect(notes).toContain('第1–3行：文件头（红头）');
    expect(notes).toContain('第40行（部分：“第二条 重复文字”）：解读中重复的条文');
    expect(notes).toContain('第12行：“（1）”改为“（一）”——项的序号写法不一致');
    expect(notes).toContain('第20行：与上一行合并为同一句——一句话被断成两行');
  });

  it('keeps chrome out of the search index and has a live region for copy feedback', () => {
    expect(html).toMatch(/<table class="meta" data-pagefind-ignore/);
    expect(html).toMatch(/<nav class="toc"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/<section class="source-notes"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/<p id="cite-status"[^>]*aria-live="polite"/);
  });
});

describe('DocumentView on a document of sections (一、)', () => {
  it('renders sections with heading, cite button and items', async () => {
    const doc = load('sections');
    const html = await render(DocumentView, { doc, parents: [] });
    expect(fromId(html, 'sec-2')).toMatch(/^<section class="provision section" id="sec-2" data-num="二、">\s*<h2[^>]*><span class="num">二、<\/span><span class="title">主要内容<\/span>/);
    expect(html).toContain('data-citation="《关于建立健全党建工作目标责任制的实施办法》第二部分" data-cite-href="https://tiaowen.example.org/regulations/fixture-sections/#sec-2"');
    expect(fromId(html, 'sec-2-item-1')).toMatch(/^<li class="item" id="sec-2-item-1"><span class="num">（一）<\/span>建立责任体系。/);
    const meta = textOf(html.slice(html.indexOf('<table class="meta"'), html.indexOf('</table>')));
    expect(meta).toMatch(/上位法规\s*无/);
    expect(meta).toMatch(/文号\s*未注明/);
  });
});

describe('CommentaryView', () => {
  it('says it is commentary and anchors headings h-N', async () => {
    const doc = load('commentary');
    const html = await render(CommentaryView, { doc });
    expect(html).toMatch(/class="banner"[^>]*>[^<]*评论[^<]*不是法规/);
    expect(fromId(html, 'h-1')).toMatch(/^<h2 class="provision-heading" id="h-1">/);
    expect(idCounts(html).get('h-2')).toBe(1);
    expect(textOf(html)).toContain('导语：以下是一篇评论。<i>不是斜体</i>');
    expect(textOf(html)).toContain('做法一 {x}');
  });
});

describe('HomeView', () => {
  it('groups by class, regulations first, commentary last and labelled, unknowns as 未注明', async () => {
    const metas = ['commentary', 'sections', 'measure'].map((n) => load(n).meta);
    const parent = { ...load('measure').meta, slug: 'ccp-accountability-2016', title: '中国共产党问责条例', class: '党内法规' as const, issuer: '中共中央', issued: '2016-07-08', provisional: null, status: 'superseded' as const };
    const html = await render(HomeView, { metas: [...metas, parent] });
    const text = textOf(html);
    const order = ['党内法规', '中国共产党问责条例', '党内规范性文件与规范性文件', '测试学院党建工作问责（暂行）办法', '关于建立健全党建工作目标责任制的实施办法', '评论', '以下为评论文章，不是法规文件', '党的各级组织要强化督促检查'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('href="/commentary/commentary-1/"');
    expect(html).toContain('href="/regulations/fixture-measure/"');
    const sections = text.slice(text.indexOf('关于建立健全党建工作目标责任制的实施办法'));
    expect(sections).toMatch(/发布机关：\s*未注明\s*年份：\s*未注明\s*状态：\s*状态不详/);
    expect(text).toMatch(/年份：\s*2016\s*状态：\s*已失效/);
    expect(text).toMatch(/年份：\s*2017\s*状态：\s*暂行 · 状态不详/);
  });
});

describe('aliases keep old links landing after a renumbering', () => {
  it('renders an anchor for each former id inside the provision it now names', async () => {
    const { attachAliases } = await import('../../src/lib/tree.ts');
    const doc = load('measure');
    const article = [...walk(doc.root)].map(([n]) => n).find((n) => n.kind === 'article' && n.id)!;
    expect(attachAliases(doc.root, { 'art-99': article.id! })).toEqual([]);
    const html = await render(DocumentView, { doc, parents });
    const at = fromId(html, article.id!);
    const alias = at.search(/id="art-99"/);
    expect(alias).toBeGreaterThan(0);
    // inside the article's element, before its first child provision closes
    expect(at.slice(0, alias)).not.toMatch(/<\/section>/);
    expect(attachAliases(doc.root, { 'art-98': 'no-such-id' })).toEqual(['art-98']);
  });
});
