/**
 * Citations of provisions, as a reader would write them in a document:
 * `《日照职业技术学院党建工作问责（暂行）办法》第六条第二款第（一）项第2目`.
 *
 * Rules (one per level, numbers taken from `ordinal`, never from the
 * numbering as written, so a source that writes `（1）` or `1．` still cites
 * canonically):
 *
 * | level          | cited as                         | example                 |
 * |----------------|----------------------------------|-------------------------|
 * | part 编         | 第N编                            | 第一编                  |
 * | chapter 章      | 第N章                            | 第二章                  |
 * | division 节     | 第N节                            | 第一节                  |
 * | article 条      | 第N条 / 第N条之M                  | 第六条, 第六条之一      |
 * | para 款         | 第N款 (inside an article)         | 第六条第二款            |
 * | para elsewhere  | 第N段 (section, notice, annex, …) | 第二部分第三段          |
 * | item 项         | 第（N）项                         | 第六条第二款第（一）项  |
 * | sub 目          | 第N目 (Arabic digits)             | …第（一）项第2目        |
 * | section 一、    | 第N部分                           | 第二部分第（一）项      |
 * | interpretation | 解读                              | 第六条解读              |
 * | annex          | 附件N                             | 附件1                   |
 * | table          | 表N                               | 附件1表1                |
 * | notice         | 印发通知                          | 印发通知第二段          |
 * | preamble       | 序言                              | 序言第一段              |
 * | heading (h-N)  | the heading text in quotes        | “一、主要做法”          |
 *
 * Articles are numbered through the whole document, so once the path
 * reaches an article the enclosing 编/章/节 are left out (第六条, not
 * 第二章第六条). The document title is wrapped in 《》.
 */
import type { DocMeta } from '../schemas/meta.ts';
import type { ProvisionNode } from './tree.ts';
import { toChineseNumber } from './numerals.ts';

function ordinalOf(n: ProvisionNode): number {
  if (n.ordinal === undefined || !Number.isInteger(n.ordinal) || n.ordinal < 1) {
    throw new RangeError(`cannot cite a ${n.kind} without a positive ordinal (source line ${n.line})`);
  }
  return n.ordinal;
}

/** The citation fragment of one node, given its parent in the path (or null). */
function fragment(n: ProvisionNode, parent: ProvisionNode | null): string {
  switch (n.kind) {
    case 'document':
    case 'title':
    case 'signoff':
      return '';
    case 'part':
      return `第${toChineseNumber(ordinalOf(n))}编`;
    case 'chapter':
      return `第${toChineseNumber(ordinalOf(n))}章`;
    case 'division':
      return `第${toChineseNumber(ordinalOf(n))}节`;
    case 'article': {
      const base = `第${toChineseNumber(ordinalOf(n))}条`;
      return n.suffix ? `${base}之${toChineseNumber(n.suffix)}` : base;
    }
    case 'para':
      return parent?.kind === 'article'
        ? `第${toChineseNumber(ordinalOf(n))}款`
        : `第${toChineseNumber(ordinalOf(n))}段`;
    case 'item':
      return `第（${toChineseNumber(ordinalOf(n))}）项`;
    case 'sub':
      return `第${ordinalOf(n)}目`;
    case 'section':
      return `第${toChineseNumber(ordinalOf(n))}部分`;
    case 'interpretation':
      return '解读';
    case 'annex':
      return `附件${ordinalOf(n)}`;
    case 'table':
      return `表${ordinalOf(n)}`;
    case 'notice':
      return '印发通知';
    case 'preamble':
      return '序言';
    case 'heading':
      return `“${(n.heading ?? n.text).trim()}”`;
    default: {
      const unknown: never = n.kind;
      throw new RangeError(`no citation rule for level ${String(unknown)}`);
    }
  }
}

/** Drop a leading document node and, once an article is reached, the containers above it. */
function citedNodes(path: readonly ProvisionNode[]): ProvisionNode[] {
  const nodes = path.filter((n) => n.kind !== 'document');
  const lastArticle = nodes.findLastIndex((n) => n.kind === 'article');
  return lastArticle >= 0 ? nodes.slice(lastArticle) : nodes;
}

/**
 * The citation of the node at the end of `path` (the chain of nodes from the
 * document root, or from any ancestor that includes the enclosing article,
 * down to the cited node). An empty path cites the whole document.
 */
export function citationFor(meta: Pick<DocMeta, 'title'> & Partial<Pick<DocMeta, 'version' | 'archived'>>, path: readonly ProvisionNode[]): string {
  const nodes = citedNodes(path);
  // An earlier version is cited with its date: 《…》（2013年12月11日版）第七条.
  let out = `《${meta.title}》${meta.archived && meta.version ? `（${versionLabel(meta.version)}）` : ''}`;
  for (let i = 0; i < nodes.length; i++) {
    // The parent that decides 款 vs 段 is the previous node of the full path.
    const idx = path.indexOf(nodes[i]!);
    const parent = idx > 0 ? path[idx - 1]! : null;
    out += fragment(nodes[i]!, parent);
  }
  return out;
}

/** Path of the page of a document: commentary lives under /commentary/, everything else under /regulations/. */
export function documentPath(meta: Pick<DocMeta, 'slug' | 'class'> & Partial<Pick<DocMeta, 'version' | 'archived'>>): string {
  if (meta.class === '评论') return `/commentary/${meta.slug}/`;
  // An earlier version has its own page; the current one is the document's page.
  return meta.archived && meta.version ? `/regulations/${meta.slug}/${meta.version}/` : `/regulations/${meta.slug}/`;
}

/** 2013-12-11 → 2013年12月11日版. */
function versionLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日版`;
}

/**
 * Link to the cited node: the document page under `prefix` (a base path such
 * as `/zhidu/`, or an absolute site address ending in `/`) plus the id of the
 * deepest node of the path that has one.
 */
export function provisionHref(meta: Pick<DocMeta, 'slug' | 'class'> & Partial<Pick<DocMeta, 'version' | 'archived'>>, path: readonly ProvisionNode[], prefix: string): string {
  const target = [...path].reverse().find((n) => n.id);
  return `${prefix.endsWith('/') ? prefix : `${prefix}/`}${documentPath(meta).slice(1)}${target?.id ? `#${target.id}` : ''}`;
}

/** Absolute URL of the cited node on the site at `siteUrl` (its path, e.g. /zhidu/, kept). */
export function provisionUrl(meta: Pick<DocMeta, 'slug' | 'class'>, path: readonly ProvisionNode[], siteUrl: string | URL): string {
  return new URL(provisionHref(meta, path, new URL(siteUrl).href)).href;
}

/** `citationFor` followed by a space and the absolute URL of the provision. */
export function citationWithUrl(
  meta: Pick<DocMeta, 'title' | 'slug' | 'class'>,
  path: readonly ProvisionNode[],
  siteUrl: string | URL,
): string {
  return `${citationFor(meta, path)} ${provisionUrl(meta, path, siteUrl)}`;
}
