/**
 * Share pages: one small page per article (and per section 一、 of a document
 * without articles) at `/regulations/<slug>/<anchor>/`, so that a link to one
 * provision carries its own preview metadata (a `#art-6` fragment never
 * reaches a crawler or a chat app's link preview). Each page has the
 * provision's citation as its title, its opening words as its description,
 * the anchor link on the document page as canonical/og:url, the provision's
 * whole text for a reader without JavaScript, and a script that sends a
 * reader on to the anchor. Pure: the integration (src/integrations/share-pages.ts)
 * writes the files.
 */
import type { DocMeta } from '../../schemas/meta.ts';
import type { RegDocument } from '../document.ts';
import type { Cell, ProvisionNode } from '../tree.ts';
import { citationFor, documentPath } from '../citation.ts';
import { joinBase } from '../site-address.ts';

/** How many characters (graphemes) of a provision's text its description keeps before `…`. */
export const OPENING_LENGTH = 80;

/** The provisions that get a share page. */
const SHARED_KINDS = new Set(['article', 'section']);

/**
 * An anchor that can name a share page's folder: `art-6`, `art-6-1`, `sec-2`. It can never be a
 * version's date (`/regulations/<slug>/2016-07-08/`) nor `changes` (`/regulations/<slug>/changes/`).
 */
const SHAREABLE_ID = /^(?:art|sec)-\d+(?:-\d+)?$/;

/** One provision to share, with the chain of nodes from the document root down to it. */
export interface ShareTarget {
  node: ProvisionNode;
  path: ProvisionNode[];
}

/** Whether a document has share pages: the current version of a published document (commentary and earlier versions have none). */
export function hasSharePages(meta: Pick<DocMeta, 'class'> & Partial<Pick<DocMeta, 'archived'>>): boolean {
  return meta.class !== '评论' && !meta.archived;
}

/** Whether a provision gets a share page (an article or section with an anchor). */
export function isShared(node: Pick<ProvisionNode, 'kind' | 'id'>): boolean {
  return SHARED_KINDS.has(node.kind) && node.id !== undefined && SHAREABLE_ID.test(node.id);
}

/** The articles and sections of a document, in reading order (none inside a 解读), each with its path. */
export function shareTargets(doc: Pick<RegDocument, 'meta' | 'root'>): ShareTarget[] {
  if (!hasSharePages(doc.meta)) return [];
  const out: ShareTarget[] = [];
  const visit = (n: ProvisionNode, path: ProvisionNode[]) => {
    if (n.kind === 'interpretation') return;
    if (isShared(n)) out.push({ node: n, path: [...path, n] });
    for (const c of n.children) visit(c, [...path, n]);
  };
  visit(doc.root, []);
  return out;
}

/** The share page of a provision, relative to the site: `/regulations/<slug>/<anchor>/`. */
export function sharePath(slug: string, id: string): string {
  if (!SHAREABLE_ID.test(id)) throw new RangeError(`no share page for anchor "${id}" of ${slug}: only articles (art-N) and sections (sec-N) have one`);
  return `/regulations/${slug}/${id}/`;
}

/** The text a reader sees for a provision after its number: heading, text and those of its 款/项/目, without any 解读. */
function bodyPieces(n: ProvisionNode, top: boolean, out: string[]): void {
  if (n.kind === 'interpretation') return;
  const head = top ? '' : (n.num ?? '');
  // a heading is set off from the text that follows by a space (`问责方式 对基层党组织…`)
  const own = [n.heading, n.text].filter((s) => s && s.trim() !== '').join(' ');
  if (head || own) out.push(`${head}${own}${n.heading && !n.text ? ' ' : ''}`);
  if (n.rows) for (const row of n.rows) out.push(row.map((c) => c.text).join(' '));
  for (const c of n.children) bodyPieces(c, false, out);
}

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/** `text` cut to at most `max` characters (graphemes, so never inside one), with `…` when it was longer; runs of white space made one space. */
export function cutAt(text: string, max = OPENING_LENGTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(flat)) {
    if (kept.length === max) return `${kept.join('').trimEnd()}…`;
    kept.push(segment);
  }
  return kept.join('');
}

/** The opening words of a provision: the first `max` characters of its text (heading first), with `…` when cut. */
export function openingWords(node: ProvisionNode, max = OPENING_LENGTH): string {
  const pieces: string[] = [];
  bodyPieces(node, true, pieces);
  return cutAt(pieces.join(''), max);
}

/** What a share page needs to know of the site: its base path (`/`, `/zhidu/`) and, when known, its address. */
export interface ShareSite {
  base: string;
  /** `https://host/zhidu/` (TIAOWEN_SITE), or undefined when the build does not know its address. */
  site?: string | undefined;
}

/** Everything on a provision's share page, before it is written as HTML. */
export interface SharePage {
  /** The page's path under the site's base: `regulations/<slug>/<anchor>/index.html`. */
  file: string;
  /** `《short title》第六条`: the page's title and og:title. */
  title: string;
  /** `《full title》第六条`: the citation as 复制引用 writes it, the page's heading. */
  citation: string;
  /** The opening words: description and og:description. */
  description: string;
  /** The anchor on the document page under the base path: `/zhidu/regulations/<slug>/#art-6`. */
  anchorHref: string;
  /** The same, absolute, when the site's address is known: canonical and og:url. */
  anchorUrl: string | undefined;
  /** The provision's text, one paragraph a line (`第六条　问责方式　…` first). */
  lines: { text: string; num?: string | undefined }[];
  /** Tables of the provision (rows of cells), shown after its text. */
  tables: Cell[][][];
}

/** The provision's text as paragraphs: the number and heading on the first line with its first 款, then each 款/项/目 on its own line. */
function textLines(n: ProvisionNode, out: SharePage['lines'], tables: Cell[][][], top: boolean): void {
  if (n.kind === 'interpretation') return;
  if (top) {
    // as the .txt export prints it: the first 款 continues the number line
    const lead = !n.text && n.children[0]?.kind === 'para' ? n.children[0] : undefined;
    out.push({ num: n.num, text: [n.heading, n.text || lead?.text].filter(Boolean).join('　') });
    if (n.rows) tables.push(n.rows);
    if (lead?.rows) tables.push(lead.rows);
    for (const c of lead ? [...lead.children, ...n.children.slice(1)] : n.children) textLines(c, out, tables, false);
    return;
  }
  const text = [n.heading, n.text].filter(Boolean).join('　');
  if (n.num || text) out.push({ num: n.num, text });
  if (n.rows) tables.push(n.rows);
  for (const c of n.children) textLines(c, out, tables, false);
}

/** The share page of one provision of `doc` (one of `shareTargets(doc)`). */
export function sharePage(meta: DocMeta, target: ShareTarget, where: ShareSite): SharePage {
  const id = target.node.id!;
  const pagePath = sharePath(meta.slug, id);
  const anchorPath = `${documentPath(meta)}#${id}`;
  const lines: SharePage['lines'] = [];
  const tables: Cell[][][] = [];
  textLines(target.node, lines, tables, true);
  return {
    file: `${pagePath.slice(1)}index.html`,
    title: citationFor({ title: meta.shortTitle }, target.path),
    citation: citationFor(meta, target.path),
    description: openingWords(target.node) || citationFor(meta, target.path),
    anchorHref: joinBase(where.base, anchorPath),
    anchorUrl: where.site ? new URL(anchorPath.slice(1), where.site).href : undefined,
    lines,
    tables,
  };
}
