/**
 * Saved web pages (src/lib/ingest/formats/html.ts), rule by rule as its doc comment and tables state: one
 * line per block, site chrome excluded with its reason (by tag, by a token of class or id, by the text of
 * the line), no script or markup kept, the charset from <meta> or the bytes. Small pages built in each test.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../src/lib/ingest/formats/html.ts';
import { FormatError } from '../../../../src/lib/ingest/formats/types.ts';
import { errorOf } from '../../../support/thrown.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (body: string, head = '') => utf8(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
/** Each line with the reason it is excluded for, or '' when it is published. */
function read(body: string, head = '') {
  const x = extractHtml(page(body, head));
  return x.lines.map((l, i) => [l, x.excluded.find((e) => e.lines[0] <= i + 1 && i + 1 <= e.lines[1])?.reason ?? '']);
}
const BODY = '<p>第一条 为了规范，制定本办法。</p>';

describe('blocks and text', () => {
  it('one line per block, spaces and line breaks inside a block squashed, entities decoded', () => {
    expect(read('<div>甲\n  乙<span>丙</span></div><p>丁&amp;戊</p>甲<br>乙<h1>标题</h1><table><tr><td>格一</td><td>格二</td></tr></table><ul><li>项</li></ul>')).toEqual([
      ['甲 乙丙', ''],
      ['丁&戊', ''],
      ['甲', ''],
      ['乙', ''],
      ['标题', ''],
      ['格一', ''],
      ['格二', ''],
      ['项', ''],
    ]);
  });

  it('<pre> keeps its lines; script, style, frames and other non-text are dropped, with a count', () => {
    const x = extractHtml(page(`<pre>第一行\n第二行</pre><script>var a = "<p>x</p>";</script><style>p{}</style><iframe src="x"><p>框架</p></iframe><svg><text>图</text></svg><select><option>选</option></select><img src="a.png"><p>尾</p>`));
    expect(x.lines).toEqual(['第一行', '第二行', '尾']);
    expect(x.notes).toEqual(['encoding UTF-8', 'web page: 3 text lines, 0 of them site chrome (excluded with reasons)', '5 script/style/frame element(s) dropped']);
  });

  it('void elements inside a dropped element do not end the dropping', () => {
    expect(extractHtml(page('<object><embed src="x"><p>嵌入</p></object><p>正文</p>')).lines).toEqual(['正文']);
  });
});

describe('chrome by tag and by class or id', () => {
  it('nav, footer, aside; a header outside <article>/<main> only', () => {
    expect(read(`<nav>首页 新闻</nav><aside>旁栏</aside><header>网站名</header>${BODY}<footer>页脚</footer>`)).toEqual([
      ['首页 新闻', 'site chrome: navigation (<nav>)'],
      ['旁栏', 'site chrome: side bar (<aside>)'],
      ['网站名', 'site chrome: page header (<header>)'],
      ['第一条 为了规范，制定本办法。', ''],
      ['页脚', 'site chrome: footer (<footer>)'],
    ]);
    expect(read(`<main><header>某某办法</header>${BODY}</main>`)).toEqual([
      ['某某办法', ''],
      ['第一条 为了规范，制定本办法。', ''],
    ]);
  });

  it('class and id tokens: breadcrumbs, navigation, header, footer, related links', () => {
    const cases: [string, string][] = [
      ['class="breadcrumb"', 'site chrome: breadcrumb'],
      ['id="dqwz"', 'site chrome: breadcrumb'],
      ['class="top-nav"', 'site chrome: navigation'],
      ['class="menu2"', 'site chrome: navigation'],
      ['class="toolbar"', 'site chrome: navigation'],
      ['class="header-wrap"', 'site chrome: page header'],
      ['class="x logo"', 'site chrome: page header'],
      ['id="copyright"', 'site chrome: footer'],
      ['class="foot_1"', 'site chrome: footer'],
      ['class="related"', 'site chrome: related links'],
      ['class="links"', 'site chrome: related links'],
    ];
    for (const [attr, reason] of cases) expect(read(`<div ${attr}>某某</div>${BODY}`)[0], attr).toEqual(['某某', reason]);
    // tokens that only contain the words elsewhere are text
    for (const attr of ['class="article-header"', 'class="navigate"', 'class="topic"', 'class="footnote"', 'class="sidebarx"', 'class="content"'])
      expect(read(`<div ${attr}>某某</div>${BODY}`)[0], attr).toEqual(['某某', '']);
  });

  it('an element inside chrome is chrome for the outer reason; closing it ends the chrome', () => {
    expect(read(`<div class="footer"><p class="related">链接</p></div>${BODY}`)).toEqual([
      ['链接', 'site chrome: footer'],
      ['第一条 为了规范，制定本办法。', ''],
    ]);
  });

  it('with <article> or <main>, lines outside it are chrome', () => {
    expect(read(`<div>站点公告</div><article>${BODY}</article><div>其他</div>`)).toEqual([
      ['站点公告', 'site chrome: outside the main text (<article>/<main>)'],
      ['第一条 为了规范，制定本办法。', ''],
      ['其他', 'site chrome: outside the main text (<article>/<main>)'],
    ]);
  });
});

describe('chrome by the text of a line', () => {
  it('breadcrumbs, ICP lines, footers, page metadata and tools, related-links headings', () => {
    const lines: [string, string][] = [
      ['当前位置：首页 > 通知', 'site chrome: breadcrumb'],
      ['首页 > 通知公告', 'site chrome: breadcrumb'],
      ['京ICP备12345678号', 'site chrome: ICP licence line'],
      ['京公网安备 110号', 'site chrome: ICP licence line'],
      ['版权所有：某某网', 'site chrome: footer'],
      ['copyright 2017', 'site chrome: footer'],
      ['发布时间：2017-06-21 浏览次数：10', 'page metadata (发布时间/浏览次数)'],
      ['来源：某某网', 'page metadata (来源/作者)'],
      ['作者：某某', 'page metadata (来源/作者)'],
      ['【打印本页】', 'site chrome: page tools'],
      ['下一篇：某某', 'site chrome: page tools'],
      ['相关链接', 'site chrome: related links'],
    ];
    const body = lines.map(([t]) => `<p>${t}</p>`).join('') + BODY;
    expect(read(body)).toEqual([...lines, ['第一条 为了规范，制定本办法。', '']]);
  });

  it('not in a longer line, nor where the words stand inside a sentence', () => {
    const long = `发布时间：${'甲'.repeat(120)}`;
    expect(read(`<p>${long}</p><p>来源：${'乙'.repeat(41)}</p><p>根据首页 > 的说明</p><p>相关链接如下：略</p>${BODY}`).map((l) => l[1])).toEqual(['', '', '', '', '']);
  });
});

describe('the title, the charset, and pages without text', () => {
  it('the <title> is chrome when a heading repeats it (site name aside), else it is the text’s title', () => {
    expect(read(`<h1>某某办法</h1>${BODY}`, '<title>某某办法 - 某某网</title>')[0]).toEqual(['某某办法 - 某某网', 'page title (<title>), repeated by the heading']);
    expect(read(BODY, '<title>某某办法_某某网</title>')[0]).toEqual(['某某办法_某某网', '']);
  });

  it('a GB2312 or GBK <meta charset> decodes as GB18030; a UTF-8 one is checked on the bytes', () => {
    const gb = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>${BODY}</body></html>`, 'gb18030');
    const x = extractHtml(gb);
    expect(x.encoding).toBe('gb18030');
    expect(x.notes[0]).toBe('encoding gb18030 (declared in the manifest)');
    expect(x.lines).toEqual(['第一条 为了规范，制定本办法。']);
    expect(extractHtml(page(BODY)).encoding).toBe('utf-8');
  });

  it('a page of scripts only, or of chrome only, is refused', () => {
    const none = errorOf(() => extractHtml(page('<script>x()</script>')), FormatError);
    expect([none.code, none.title, none.message]).toEqual(['no-text', 'no text', 'the page has no text outside scripts and markup']);
    const chrome = errorOf(() => extractHtml(page('<nav>导航</nav><footer>页脚</footer>')), FormatError);
    expect([chrome.code, chrome.title, chrome.message]).toEqual(['no-text', 'only site chrome', 'every text line of the page is site chrome (navigation, footer, …): not the saved page of a measure?']);
  });

  it('runs of chrome lines with one reason are one exclusion', () => {
    const x = extractHtml(page(`<nav><p>甲</p><p>乙</p></nav><footer>丙</footer>${BODY}<footer>丁</footer>`));
    expect(x.excluded).toEqual([
      { lines: [1, 2], reason: 'site chrome: navigation (<nav>)' },
      { lines: [3, 3], reason: 'site chrome: footer (<footer>)' },
      { lines: [5, 5], reason: 'site chrome: footer (<footer>)' },
    ]);
  });
});

describe('edges of the rules', () => {
  it('every kind of non-text element is dropped, nested tags and all, and the text after it is kept', () => {
    const x = extractHtml(page('<noscript><p>a</p></noscript><template><div><p>b</p></div></template><embed src="x"><canvas>c</canvas><math><mi>d</mi></math><button>e</button><textarea>f</textarea><p>正文</p>'));
    expect(x.lines).toEqual(['正文']);
    expect(x.notes).toEqual(['encoding UTF-8', 'web page: 1 text lines, 0 of them site chrome (excluded with reasons)', '7 script/style/frame element(s) dropped']);
    expect(x.format).toBe('html');
  });

  it('inline elements do not break a line; spaces at either end of a block go; text after the last block is kept', () => {
    expect(extractHtml(page('<p>  甲<span>乙</span>丙  </p>')).lines).toEqual(['甲乙丙']);
    expect(extractHtml(utf8('<p>甲</p>尾')).lines).toEqual(['甲', '尾']);
  });

  it('<pre> splits only at its own line breaks, and ends with its element', () => {
    expect(extractHtml(page('<pre>甲<b>乙</b>\n丙</pre><p>丁\n戊</p>')).lines).toEqual(['甲乙', '丙', '丁 戊']);
  });

  it('a header inside <article> is the text’s own', () => {
    expect(read(`<article><header>某某办法</header>${BODY}</article>`)).toEqual([
      ['某某办法', ''],
      ['第一条 为了规范，制定本办法。', ''],
    ]);
  });

  it('class tokens match from their start (nav and menu anywhere after a hyphen or underscore)', () => {
    for (const attr of ['class="mybread"', 'class="mytoolbar"', 'class="xfooter"', 'class="myrelated"']) expect(read(`<div ${attr}>某某</div>${BODY}`)[0], attr).toEqual(['某某', '']);
    expect(read(`<div class="link">某某</div>${BODY}`)[0]).toEqual(['某某', 'site chrome: related links']);
  });

  it('line rules match whole lines from their start, at most 120 characters', () => {
    const chrome: [string, string][] = [
      ['首页>通知公告', 'site chrome: breadcrumb'],
      ['相关链接：', 'site chrome: related links'],
      [`发布时间：${'甲'.repeat(115)}`, 'page metadata (发布时间/浏览次数)'],
    ];
    const text = ['请看当前位置：首页', '本站版权所有', '详见来源：某网', '某作者：某某', `作者：${'乙'.repeat(21)}`, '请点击打印本页', '更多相关链接', '相关链接等', `发布时间：${'甲'.repeat(116)}`];
    const body = [...chrome.map(([t]) => t), ...text].map((t) => `<p>${t}</p>`).join('') + BODY;
    expect(read(body)).toEqual([...chrome, ...text.map((t) => [t, '']), ['第一条 为了规范，制定本办法。', '']]);
  });

  it('the <title> is compared without the site name after _ - | (with or without spaces); an empty remainder is no match', () => {
    expect(read(`<h1>某某办法</h1>${BODY}`, '<title>某某办法_某某网</title>')[0]).toEqual(['某某办法_某某网', 'page title (<title>), repeated by the heading']);
    expect(read(`<h1>某某办法</h1>${BODY}`, '<title>某某办法|某某网</title>')[0][1]).toBe('page title (<title>), repeated by the heading');
    expect(read(BODY, '<title>_某某网</title>')[0]).toEqual(['_某某网', '']);
  });

  it('the charset: spaces around =, a name that only contains gbk or big5 is no such charset, big5 read as big5, none declared', () => {
    const doc = (charset: string, encoding: string, body = BODY) => iconv.encode(`<html><head><meta charset = "${charset}"></head><body>${body}</body></html>`, encoding);
    expect(extractHtml(doc('gbk', 'gb18030')).notes[0]).toBe('encoding gb18030 (declared in the manifest)');
    expect(extractHtml(doc('big5', 'big5', '<p>第一條 為了規範，制定本辦法。</p>'))).toMatchObject({ encoding: 'big5', lines: ['第一條 為了規範，制定本辦法。'] });
    for (const cs of ['mygbk', 'gbk-2', 'xbig5']) expect(extractHtml(doc(cs, 'utf-8')).notes[0], cs).toBe('encoding UTF-8');
    expect(extractHtml(utf8(`<html><body>${BODY}</body></html>`))).toMatchObject({ encoding: 'utf-8', lines: ['第一条 为了规范，制定本办法。'] });
  });
});
