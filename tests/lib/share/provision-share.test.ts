/** Share pages: which provisions get one, their address, title, opening words and HTML. */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import config from '../../../.htmlvalidate.mjs';
import { getCorpus } from '../../../src/data/corpus.ts';
import { node, walk, type ProvisionNode } from '../../../src/lib/tree.ts';
import type { DocMeta } from '../../../src/schemas/meta.ts';
import { cutAt, hasSharePages, openingWords, sharePage, sharePath, shareTargets } from '../../../src/lib/share/provision-share.ts';
import { escapeHtml } from '../../../src/lib/html.ts';
import { sharePageHtml } from '../../../src/lib/share/share-html.ts';
import { shareDepth } from '../../../src/lib/share/setting.ts';
import { errorOf } from '../../support/thrown.ts';

const meta = { slug: 'x-2020', title: '某某学院党建工作问责办法', shortTitle: '某某问责办法', class: '党内规范性文件' } as DocMeta;

/** 第六条　问责方式 / 对党组织的问责方式包括：/ （一）检查。/ （二）通报。 + a 解读. */
function article6(): ProvisionNode {
  const para = node('para', 2, '对党组织的问责方式包括：', { id: 'art-6-para-1', ordinal: 1 });
  para.children = [
    node('item', 3, '检查。', { id: 'art-6-para-1-item-1', num: '（一）', ordinal: 1 }),
    node('item', 4, '通报。', { id: 'art-6-para-1-item-2', num: '（二）', ordinal: 2 }),
  ];
  const art = node('article', 1, '', { id: 'art-6', num: '第六条', ordinal: 6, heading: '问责方式' });
  art.children = [para, node('para', 5, '上述方式可以合并使用。', { id: 'art-6-para-2', ordinal: 2 }), node('interpretation', 6, '解读的文字不在其中。', { id: 'art-6-interp-1', num: '解读:' })];
  return art;
}

function docWith(...children: ProvisionNode[]) {
  const root = node('document', 1);
  root.children = children;
  return { meta, root };
}

describe('cutAt', () => {
  it('keeps a text of at most 80 characters whole, and cuts a longer one at 80 with …', () => {
    const eighty = '条'.repeat(80);
    expect(cutAt(eighty)).toBe(eighty);
    expect(cutAt(`${eighty}文`)).toBe(`${eighty}…`);
    expect(cutAt('短文本')).toBe('短文本');
  });

  it('never cuts inside a character made of two code units or of several code points', () => {
    const text = `${'字'.repeat(79)}𠀋𠀋`; // 𠀋: outside the BMP, a surrogate pair in JavaScript
    expect(cutAt(text)).toBe(`${'字'.repeat(79)}𠀋…`);
    const flag = '🇨🇳'; // two code points, one grapheme
    expect(cutAt(`${'字'.repeat(79)}${flag}${flag}`)).toBe(`${'字'.repeat(79)}${flag}…`);
  });

  it('makes runs of white space one space and drops a space before the …', () => {
    expect(cutAt('甲\n\n乙　　丙')).toBe('甲 乙 丙');
    expect(cutAt('甲乙 丙丁', 3)).toBe('甲乙…');
  });
});

describe('openingWords', () => {
  it('reads the heading, then the text of the 款 and 项 with their numbers, leaving out the 解读', () => {
    expect(openingWords(article6())).toBe('问责方式 对党组织的问责方式包括：（一）检查。（二）通报。上述方式可以合并使用。');
    expect(openingWords(article6(), 10)).toBe('问责方式 对党组织的…'); // 10 characters, the space one of them
  });

  it('reads an article whose text is its own (no 款)', () => {
    expect(openingWords(node('article', 1, '本办法自发布之日起施行。', { id: 'art-9', num: '第九条', ordinal: 9 }))).toBe('本办法自发布之日起施行。');
  });
});

describe('shareTargets and sharePath', () => {
  it('lists articles and sections in reading order, none inside a 解读, and not the 款 and 项', () => {
    const chapter = node('chapter', 1, '', { id: 'chp-1', num: '第一章', ordinal: 1 });
    chapter.children = [article6(), node('article', 7, '本办法自发布之日起施行。', { id: 'art-6-1', num: '第六条之一', ordinal: 6, suffix: 1 })];
    const ids = shareTargets(docWith(chapter)).map((t) => t.node.id);
    expect(ids).toEqual(['art-6', 'art-6-1']);
    const [first] = shareTargets(docWith(chapter));
    expect(first!.path.map((n) => n.kind)).toEqual(['document', 'chapter', 'article']);
  });

  it('gives none for commentary and for an earlier version', () => {
    expect(shareTargets({ ...docWith(article6()), meta: { ...meta, class: '评论' } })).toEqual([]);
    expect(hasSharePages({ class: '党内法规', archived: true })).toBe(false);
    expect(hasSharePages({ class: '党内法规' })).toBe(true);
  });

  it('puts a share page under its document, at an address no version date or changes page can have', () => {
    expect(sharePath('x-2020', 'art-6')).toBe('/regulations/x-2020/art-6/');
    expect(sharePath('x-2020', 'art-6-1')).toBe('/regulations/x-2020/art-6-1/');
    expect(sharePath('x-2020', 'sec-2')).toBe('/regulations/x-2020/sec-2/');
    for (const bad of ['art-6-para-2', '2016-07-08', 'changes', 'annex-1', 'art-']) expect(errorOf(() => sharePath('x-2020', bad), RangeError).message).toMatch(/only articles/);
  });

  it('has every article and section of the seed regulations, and only those', () => {
    let n = 0;
    for (const doc of getCorpus().documents) {
      const expected = [...walk(doc.root)]
        .filter(([m, up]) => (m.kind === 'article' || m.kind === 'section') && m.id && !up.some((a) => a.kind === 'interpretation'))
        .map(([m]) => m.id);
      const got = shareTargets(doc).map((t) => t.node.id);
      expect(got).toEqual(doc.meta.class === '评论' ? [] : expected);
      n += got.length;
    }
    expect(n).toBeGreaterThan(80);
  });
});

describe('sharePage and its HTML', () => {
  const target = shareTargets(docWith(article6()))[0]!;

  it('titles the page with the short title, heads it with the citation, links the anchor under the base path', () => {
    const p = sharePage(meta, target, { base: '/zhidu/' });
    expect(p.file).toBe('regulations/x-2020/art-6/index.html');
    expect(p.title).toBe('《某某问责办法》第六条');
    expect(p.citation).toBe('《某某学院党建工作问责办法》第六条');
    expect(p.anchorHref).toBe('/zhidu/regulations/x-2020/#art-6');
    expect(p.anchorUrl).toBeUndefined();
    expect(p.lines).toEqual([
      { num: '第六条', text: '问责方式　对党组织的问责方式包括：' },
      { num: '（一）', text: '检查。' },
      { num: '（二）', text: '通报。' },
      { num: undefined, text: '上述方式可以合并使用。' },
    ]);
  });

  it('makes the anchor absolute on the site address, sub-path kept', () => {
    const p = sharePage(meta, target, { base: '/zhidu/', site: 'https://intranet.example/zhidu/' });
    expect(p.anchorUrl).toBe('https://intranet.example/zhidu/regulations/x-2020/#art-6');
  });

  it('writes valid HTML with the metadata a link preview reads, escaped', async () => {
    const hostile = { ...meta, shortTitle: '甲"<乙>&丙' };
    const p = sharePage(hostile, target, { base: '/zhidu/', site: 'https://intranet.example/zhidu/' });
    const html = sharePageHtml({ ...p, anchorHref: '/zhidu/regulations/x-2020/#</script><b>' }, { base: '/zhidu/' });
    expect(html).toContain(`<title>${escapeHtml('《甲"<乙>&丙》第六条')}</title>`);
    expect(html).toContain('<meta property="og:title" content="《甲&quot;&lt;乙&gt;&amp;丙》第六条">');
    expect(html).toContain('<link rel="canonical" href="https://intranet.example/zhidu/regulations/x-2020/#art-6">');
    expect(html).toContain('<meta property="og:url" content="https://intranet.example/zhidu/regulations/x-2020/#art-6">');
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    // the script string cannot be closed by the data it carries
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const report = await new HtmlValidate(config as ConfigData).validateString(sharePageHtml(p, { base: '/zhidu/' }), 'share.html');
    expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => m.message))).toEqual([]);
  });

  it('has no canonical and no og:url when the site address is not known', () => {
    const html = sharePageHtml(sharePage(meta, target, { base: '/' }), { base: '/' });
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<script>location.replace("/regulations/x-2020/#art-6");</script>');
  });
});

describe('TIAOWEN_SHARE_PAGES', () => {
  it('is articles by default, none when asked, and refuses anything else by name', () => {
    expect(shareDepth({})).toBe('articles');
    expect(shareDepth({ TIAOWEN_SHARE_PAGES: ' ' })).toBe('articles');
    expect(shareDepth({ TIAOWEN_SHARE_PAGES: 'NONE' })).toBe('none');
    expect(shareDepth({ TIAOWEN_SHARE_PAGES: 'articles' })).toBe('articles');
    expect(errorOf(() => shareDepth({ TIAOWEN_SHARE_PAGES: 'paragraphs' })).message).toContain('TIAOWEN_SHARE_PAGES: expected "articles" or "none", got "paragraphs"');
  });
});
