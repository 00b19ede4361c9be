/**
 * An implementations page (implementations.ts) cut into pages of at most
 * IMPLEMENTATIONS_PER_PAGE local provisions, so that a parent article taken
 * up by hundreds of measures does not make one unbounded page. The items run
 * in the page's order (groups by relation, each in link order) across the
 * pages; each page carries the parts of the groups that fall on it, with
 * every group's whole count. Page 1 is /implementations/<parent>/<anchor>/,
 * page N …/page/N/ (listing/paginate.ts).
 */
import { pagePath, paginate } from '../listing/paginate.ts';
import { IMPLEMENTATIONS_PER_PAGE } from '../listing/sizes.ts';
import type { Relation } from '../../schemas/crosswalk.ts';
import { implementationsPath, type ImplementationItem, type ImplementationsPage } from './implementations.ts';

/** The part of one relation group that falls on a page. */
export interface GroupPart {
  relation: Relation;
  label: string;
  /** How many items the whole group has (on every page). */
  total: number;
  /** 1-based position, within the group, of the part's first item. */
  first: number;
  items: ImplementationItem[];
}

/** One page of an implementations page. */
export interface ImplementationsSheet {
  /** 1-based page number. */
  number: number;
  /** How many pages the article has. */
  count: number;
  /** Position of the page's first item among all the article's items (0-based). */
  start: number;
  groups: GroupPart[];
}

/** The pages of one parent article's implementations, and on which page each item is. */
export interface ImplementationsSheets {
  sheets: ImplementationsSheet[];
  /** Item id → its page number. */
  pageOf: Map<string, number>;
}

/** Cut an implementations page into pages of at most `size` items (groups split where the page ends). */
export function implementationsSheets(page: ImplementationsPage, size = IMPLEMENTATIONS_PER_PAGE): ImplementationsSheets {
  const flat = page.groups.flatMap((g) => g.items.map((item, i) => ({ group: g, item, i })));
  const pageOf = new Map<string, number>();
  const sheets = paginate(flat, size).map((p) => {
    const groups: GroupPart[] = [];
    for (const { group, item, i } of p.items) {
      pageOf.set(item.id, p.number);
      let part = groups.at(-1);
      if (part?.relation !== group.relation) groups.push((part = { relation: group.relation, label: group.label, total: group.items.length, first: i + 1, items: [] }));
      part.items.push(item);
    }
    return { number: p.number, count: p.count, start: p.start, groups };
  });
  return { sheets, pageOf };
}

/** Address of page `n` of a parent article's implementations. */
export function implementationsPagePath(parent: string, anchor: string, n: number): string {
  return pagePath(implementationsPath(parent, anchor), n);
}

/** Link to an item from page `from`: its fragment alone when on that page, else its page's address and fragment. */
export function itemHref(sheets: ImplementationsSheets, parent: string, anchor: string, id: string, from: number): string {
  const on = sheets.pageOf.get(id);
  if (on === undefined) throw new Error(`implementations ${parent}#${anchor}: no item ${id}`);
  return on === from ? `#${id}` : `${implementationsPagePath(parent, anchor, on)}#${id}`;
}
