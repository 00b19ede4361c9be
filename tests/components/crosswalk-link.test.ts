/**
 * The relation of a link is shown with its reason (issue #15): a render test
 * of CrosswalkLinkItem on the published link of Rizhao 第六条 → 问责条例第七条.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CrosswalkLinkItem from '../../src/components/CrosswalkLinkItem.astro';
import { getCrosswalkView } from '../../src/data/crosswalk.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('CrosswalkLinkItem', () => {
  it('shows the relation, then why: what the local article adds and drops', async () => {
    const link = getCrosswalkView().up('rizhao-polytechnic-2017', 'art-6')[0]!;
    const html = await container.renderToString(CrosswalkLinkItem, { props: { link, direction: 'up', unit: 'art-6' } });
    const text = textOf(html);
    expect(text).toContain('细化');
    expect(text).toMatch(/关系依据：细化 · 增加：提醒、函询/);
    expect(text).toContain('删去：');
    expect(html).toContain('class="why"');
  });

  it('shows an editor’s override with the rule’s reason', async () => {
    const link = getCrosswalkView().up('weifang-school-safety-2011', 'art-3').find((l) => l.here.anchor === 'art-3-para-2')!;
    const text = textOf(await container.renderToString(CrosswalkLinkItem, { props: { link, direction: 'up', unit: 'art-3' } }));
    expect(text).toMatch(/相关 · 编辑认定：只规定“一把手”为第一责任人.*（规则判为细化 · /);
  });
});
