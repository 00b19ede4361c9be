/**
 * The listing components at a size the seeds never reach: the home page's
 * groups stop at HOME_PER_GROUP and link to the paginated list; the pager
 * links every page (window and ends) with the current one marked.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import DocGroups from '../../src/components/DocGroups.astro';
import Pager from '../../src/components/Pager.astro';
import { classListings, mostRecent } from '../../src/components/view.ts';
import { HOME_PER_GROUP } from '../../src/lib/listing/sizes.ts';
import type { DocMeta } from '../../src/schemas/meta.ts';

const meta = (i: number, cls: DocMeta['class'] = '规范性文件'): DocMeta => ({
  slug: `doc-${i}`,
  title: `第${i}号测试办法`,
  shortTitle: `测试办法${i}`,
  class: cls,
  issuer: i % 2 ? '甲市人民政府' : '乙县人民政府',
  docNumber: null,
  issued: `${2000 + (i % 20)}-01-01`,
  effective: null,
  provisional: null,
  status: 'unknown',
  parents: [],
  source: { file: 'x.txt', from: 1, to: 2 },
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return (await container.renderToString(component, { props })).replace(/ data-astro-(?:source-[a-z]+|cid-[a-z0-9]+)(?:="[^"]*")?/g, "");
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe('DocGroups', () => {
  it('lists a small group in full, in list order', async () => {
    const metas = [meta(3), meta(1), meta(2, '党内法规')];
    const html = await render(DocGroups, { groups: classListings(metas), idPrefix: 'g-' });
    expect(hrefs(html).filter((h) => h.startsWith('/regulations/'))).toEqual(['/regulations/doc-2/', '/regulations/doc-1/', '/regulations/doc-3/']);
    expect(html).not.toContain('/documents/normative/');
    expect(html).toContain('href="/documents/"');
  });

  it('lists the most recent HOME_PER_GROUP of a large group and links to the full list', async () => {
    const metas = Array.from({ length: HOME_PER_GROUP * 3 }, (_, i) => meta(i));
    const groups = classListings(metas);
    const html = await render(DocGroups, { groups, idPrefix: 'g-' });
    const docs = hrefs(html).filter((h) => h.startsWith('/regulations/'));
    expect(docs).toHaveLength(HOME_PER_GROUP);
    const normative = groups.find((g) => g.list === '/documents/normative/')!;
    expect(docs).toEqual(mostRecent(normative.metas, HOME_PER_GROUP).map((m) => `/regulations/${m.slug}/`));
    // Newest first: the first listed is of the latest year.
    expect(docs[0]).toBe(`/regulations/${normative.metas.filter((m) => m.issued?.startsWith('2019')).at(-1)!.slug}/`);
    expect(html).toContain(`href="/documents/normative/"`);
    expect(html).toContain(`全部 ${HOME_PER_GROUP * 3} 份`);
  });
});

describe('Pager', () => {
  it('renders nothing for one page', async () => {
    expect((await render(Pager, { base: '/documents/normative/', current: 1, count: 1 })).trim()).toBe('');
  });

  it('links the neighbours, the ends and a window, the current page marked', async () => {
    const html = await render(Pager, { base: '/documents/normative/', current: 6, count: 20, label: '文件列表分页' });
    expect(html).toContain('aria-label="文件列表分页"');
    expect(html).toMatch(/<a href="\/documents\/normative\/page\/5\/" rel="prev">上一页<\/a>/);
    expect(html).toMatch(/<a href="\/documents\/normative\/page\/7\/" rel="next">下一页<\/a>/);
    expect(html).toMatch(/<a href="\/documents\/normative\/page\/6\/" aria-current="page">6<\/a>/);
    expect(hrefs(html)).toContain('/documents/normative/');
    expect(hrefs(html)).toContain('/documents/normative/page/20/');
    expect(html).toContain('第 6 页，共 20 页');
  });

  it('puts pages after the first under another folder when told', async () => {
    const html = await render(Pager, { base: '/compare/', rest: '/compare/pairs/', current: 1, count: 3 });
    expect(hrefs(html)).toContain('/compare/');
    expect(hrefs(html)).toContain('/compare/pairs/page/3/');
    expect(hrefs(html).some((h) => h.startsWith('/compare/page/'))).toBe(false);
  });
});

describe('mostRecent', () => {
  it('takes the newest dated documents first, undated ones only to fill up', () => {
    const undated = { ...meta(1), slug: 'undated', issued: null };
    const metas = [meta(3), meta(15), undated, meta(7)];
    expect(mostRecent(metas, 2).map((m) => m.slug)).toEqual(['doc-15', 'doc-7']);
    expect(mostRecent(metas, 5).map((m) => m.slug)).toEqual(['doc-15', 'doc-7', 'doc-3', 'undated']);
  });
});
