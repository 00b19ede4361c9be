/**
 * 下位落实 on a parent's article lists at most DOWN_DOCUMENTS implementing
 * documents, then how many more and a link to the parent's matrix: the
 * parent's page does not grow with the number of its measures. The crosswalk
 * view is replaced by one with more implementing documents than the seeds have.
 */
import { describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { DOWN_DOCUMENTS } from '../../src/lib/listing/sizes.ts';
import type { DownGroup, LinkView } from '../../src/lib/crosswalk/view.ts';

const link = (i: number): LinkView => ({
  other: { doc: `m-${i}`, anchor: 'art-3', label: '第三条', citation: `《办法${i}》第三条`, href: `/regulations/m-${i}/#art-3` },
  here: { doc: 'parent', anchor: 'art-7', label: '第七条', citation: '《条例》第七条', href: '/regulations/parent/#art-7' },
  relation: 'implements',
  relationLabel: '细化',
  source: 'suggested',
  sourceLabel: '自动建议',
  score: 0.8,
  evidence: [],
  why: '细化 · 增加：提醒',
  kept: 0.5,
  added: [],
  dropped: [],
});
let groups: DownGroup[] = [];
vi.mock('../../src/data/crosswalk.ts', () => ({
  getCrosswalkView: () => ({ hasParent: () => false, isParent: () => true, up: () => [], down: () => groups }),
}));

const render = async (n: number) => {
  groups = Array.from({ length: n }, (_, i) => ({ doc: `m-${i}`, title: `办法${i}`, href: `/regulations/m-${i}/`, links: [link(i)] }));
  const { default: ProvisionLinks } = await import('../../src/components/ProvisionLinks.astro');
  const container = await AstroContainer.create();
  return container.renderToString(ProvisionLinks, { props: { doc: 'parent', anchor: 'art-7' } });
};

describe('ProvisionLinks on a parent with many measures', () => {
  it('lists every implementing document while they are few', async () => {
    const html = await render(DOWN_DOCUMENTS);
    expect(html.match(/class="crosswalk-doc"/g)).toHaveLength(DOWN_DOCUMENTS);
    expect(html).not.toContain('另有');
  });

  it('lists the first DOWN_DOCUMENTS, then how many more and the matrix', async () => {
    const html = await render(DOWN_DOCUMENTS + 37);
    expect(html.match(/class="crosswalk-doc"/g)).toHaveLength(DOWN_DOCUMENTS);
    expect(html).toContain(`href="/regulations/m-${DOWN_DOCUMENTS - 1}/"`);
    expect(html).not.toContain(`href="/regulations/m-${DOWN_DOCUMENTS}/"`);
    expect(html).toMatch(/另有 37 份配套制度落实本条，见<a href="\/crosswalk\/matrix\/parent\/"[^>]*>对照矩阵<\/a>/);
  });
});
