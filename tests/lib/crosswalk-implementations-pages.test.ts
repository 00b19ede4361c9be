/**
 * An implementations page cut into pages (src/lib/crosswalk/implementations-pages.ts):
 * at most the page size each, groups split where a page ends with their whole
 * counts kept, every item on exactly one page, links to an item going to its page.
 */
import { describe, expect, it } from 'vitest';
import type { ImplementationItem, ImplementationsPage } from '../../src/lib/crosswalk/implementations.ts';
import { implementationsPagePath, implementationsSheets, itemHref } from '../../src/lib/crosswalk/implementations-pages.ts';
import { IMPLEMENTATIONS_PER_PAGE } from '../../src/lib/listing/sizes.ts';
import type { Relation } from '../../src/schemas/crosswalk.ts';
import { errorOf } from '../support/thrown.ts';

const items = (relation: Relation, n: number) => Array.from({ length: n }, (_, i) => ({ id: `impl-m${i}-${relation}`, relation }) as unknown as ImplementationItem);

function page(sizes: [Relation, number][]): ImplementationsPage {
  return {
    parent: { meta: { slug: 'p' } },
    unit: { anchor: 'art-7' },
    groups: sizes.map(([relation, n]) => ({ relation, label: relation, items: items(relation, n) })),
  } as unknown as ImplementationsPage;
}

describe('implementations pages', () => {
  it('keeps a page of few items whole, at the article’s own address', () => {
    const { sheets, pageOf } = implementationsSheets(page([['restates', 3], ['related', 2]]), 50);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.groups.map((g) => [g.relation, g.first, g.items.length, g.total])).toEqual([['restates', 1, 3, 3], ['related', 1, 2, 2]]);
    expect(new Set(pageOf.values())).toEqual(new Set([1]));
    expect(implementationsPagePath('p', 'art-7', 1)).toBe('/implementations/p/art-7/');
  });

  it('cuts after `size` items, splitting a group and keeping its whole count', () => {
    const p = page([['restates', 30], ['implements', 45], ['related', 10]]);
    const { sheets, pageOf } = implementationsSheets(p, 50);
    expect(sheets.map((s) => [s.number, s.count, s.start])).toEqual([[1, 2, 0], [2, 2, 50]]);
    expect(sheets[0]!.groups.map((g) => [g.relation, g.first, g.items.length, g.total])).toEqual([['restates', 1, 30, 30], ['implements', 1, 20, 45]]);
    expect(sheets[1]!.groups.map((g) => [g.relation, g.first, g.items.length, g.total])).toEqual([['implements', 21, 25, 45], ['related', 1, 10, 10]]);
    // Every item on exactly one page, in the page's order.
    const all = p.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(sheets.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)))).toEqual(all);
    expect(pageOf.get('impl-m19-implements')).toBe(1);
    expect(pageOf.get('impl-m20-implements')).toBe(2);
  });

  it('never puts more than IMPLEMENTATIONS_PER_PAGE on a page, for hundreds of measures', () => {
    const p = page([['restates', 480], ['implements', 731], ['related', 95]]);
    const { sheets } = implementationsSheets(p);
    expect(sheets).toHaveLength(Math.ceil(1306 / IMPLEMENTATIONS_PER_PAGE));
    for (const s of sheets) expect(s.groups.reduce((n, g) => n + g.items.length, 0)).toBeLessThanOrEqual(IMPLEMENTATIONS_PER_PAGE);
    expect(sheets.at(-1)!.groups.reduce((n, g) => n + g.items.length, 0)).toBe(1306 % IMPLEMENTATIONS_PER_PAGE || IMPLEMENTATIONS_PER_PAGE);
  });

  it('links an item by its fragment on its own page, by its page’s address elsewhere', () => {
    const s = implementationsSheets(page([['implements', 120]]), 50);
    expect(itemHref(s, 'p', 'art-7', 'impl-m3-implements', 1)).toBe('#impl-m3-implements');
    expect(itemHref(s, 'p', 'art-7', 'impl-m60-implements', 1)).toBe('/implementations/p/art-7/page/2/#impl-m60-implements');
    expect(itemHref(s, 'p', 'art-7', 'impl-m110-implements', 2)).toBe('/implementations/p/art-7/page/3/#impl-m110-implements');
    expect(itemHref(s, 'p', 'art-7', 'impl-m3-implements', 3)).toBe('/implementations/p/art-7/#impl-m3-implements');
    expect(errorOf(() => itemHref(s, 'p', 'art-7', 'impl-nope', 1)).message).toMatch(/no item impl-nope/);
  });
});
