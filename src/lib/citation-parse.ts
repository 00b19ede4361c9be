/**
 * Citations in Chinese regulation text.
 *
 * - `parseProvisionPath` reads a provision path (第七条第二款第（一）项) at the
 *   start of a string;
 * - `pathToAnchor` turns a fully specified path into an anchor id
 *   (art-7-para-2-item-1, the scheme of the common brief);
 * - `resolvePathInTree` finds the anchor a path names in one document's tree,
 *   picking the 款 for an item cited without one and saying when that was a guess;
 * - `findCitations` finds references in running text: 《title》 with or without a
 *   path, and self-references (本条例第X条, 本办法第X条).
 *
 * Everything here is linear in the length of the input and never throws on
 * malformed text (unbalanced 《, stray brackets).
 */
import { parseNumber } from './numerals.ts';
import { walk, type ProvisionNode } from './tree.ts';

/** A path to a provision inside one document: 第七条之一第二款第（一）项第2目. */
export interface ProvisionPath {
  /** 条 number (第七条 → 7). */
  article: number;
  /** 之N suffix (第七条之一 → 1). */
  suffix?: number;
  /** 款 number, when given. */
  para?: number;
  /** 项 number, when given. May be given without `para` (第七条第（二）项). */
  item?: number;
  /** 目 number, when given. */
  sub?: number;
  /** Number of characters of the input the path took. */
  length: number;
}

/** One reference found in text. Offsets are UTF-16 indices into the input, `end` exclusive. */
export interface Citation {
  start: number;
  end: number;
  /** The exact text of the reference (`text.slice(start, end)`). */
  raw: string;
  /** Title inside 《》, line breaks and outer spaces removed. Absent for self-references. */
  title?: string;
  /** True for 本条例第X条 / 本办法第X条 / … (the citing document itself). */
  self?: boolean;
  /** The provision cited, when the reference names one. */
  path?: ProvisionPath;
}

/** Chinese counting digits or ASCII / full-width digits. */
const NUM = '[〇○零一二两三四五六七八九十百千]+|[0-9０-９]+';
const OPEN = '[（(〔［\\[]';
const CLOSE = '[）)〕］\\]]';
// Optional spaces (ASCII, full-width) inside a path: 第 七 条 appears in sloppy sources.
const SP = '[ \\u3000]*';

const ARTICLE_RE = new RegExp(`^第${SP}(${NUM})${SP}条(?:${SP}之${SP}(${NUM}))?`, 'u');
const PARA_RE = new RegExp(`^${SP}第${SP}(${NUM})${SP}款`, 'u');
// 第（二）项, 第二项, （二）项, (2)项
const ITEM_RE = new RegExp(`^${SP}(?:第${SP}(?:${OPEN}${SP}(${NUM})${SP}${CLOSE}|(${NUM}))|${OPEN}${SP}(${NUM})${SP}${CLOSE})${SP}项`, 'u');
// 第2目, 第二目, （二）目, 2目
const SUB_RE = new RegExp(`^${SP}(?:第${SP}(?:${OPEN}${SP}(${NUM})${SP}${CLOSE}|(${NUM}))|${OPEN}${SP}(${NUM})${SP}${CLOSE})${SP}目`, 'u');

function num(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = parseNumber(raw);
  return n !== null && n > 0 ? n : null;
}

function firstNum(m: RegExpExecArray): number | null {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return num(m[i]);
  return null;
}

/** Parse 款/项/目 steps after an article (or on their own, for a continuation like 、第三款). */
function parseTail(s: string, at: number, path: Omit<ProvisionPath, 'length'>): number {
  let pos = at;
  const para = PARA_RE.exec(s.slice(pos));
  if (para) {
    const n = num(para[1]);
    if (n === null) return pos;
    path.para = n;
    pos += para[0].length;
  }
  const item = ITEM_RE.exec(s.slice(pos));
  if (item) {
    const n = firstNum(item);
    if (n === null) return pos;
    path.item = n;
    pos += item[0].length;
    const sub = SUB_RE.exec(s.slice(pos));
    if (sub) {
      const j = firstNum(sub);
      if (j !== null) {
        path.sub = j;
        pos += sub[0].length;
      }
    }
  }
  return pos;
}

/**
 * Parse a provision path at the very start of `s` (no leading text allowed).
 * Returns null when `s` does not start with 第N条.
 */
export function parseProvisionPath(s: string): ProvisionPath | null {
  // Look at a bounded prefix only: a path is short, and this keeps scanning linear.
  const head = s.slice(0, 64);
  const art = ARTICLE_RE.exec(head);
  if (!art) return null;
  const article = num(art[1]);
  if (article === null) return null;
  const path: Omit<ProvisionPath, 'length'> = { article };
  if (art[2] !== undefined) {
    const suffix = num(art[2]);
    if (suffix === null) return null;
    path.suffix = suffix;
  }
  const length = parseTail(head, art[0].length, path);
  return { ...path, length };
}

/**
 * Anchor id of a path: art-7, art-7-1 (第七条之一), art-7-para-2, art-7-para-2-item-1,
 * art-7-para-2-item-1-sub-3. An item cited without its 款 cannot be placed
 * without the document (the article may have several 款 with items): then
 * null; use `resolvePathInTree`.
 */
export function pathToAnchor(path: Omit<ProvisionPath, 'length'>): string | null {
  let id = `art-${path.article}${path.suffix ? `-${path.suffix}` : ''}`;
  if (path.para === undefined) {
    return path.item === undefined && path.sub === undefined ? id : null;
  }
  id += `-para-${path.para}`;
  if (path.item === undefined) return path.sub === undefined ? id : null;
  id += `-item-${path.item}`;
  if (path.sub !== undefined) id += `-sub-${path.sub}`;
  return id;
}

/** Where a path lands in a document. */
export interface PathResolution {
  /** The deepest existing anchor the path names (falls back to the article when a 款/项 is missing). */
  anchor: string;
  /** The full path exists in the document. */
  exact: boolean;
  /** An item cited without its 款 matched in more than one 款: `anchor` is the first, all are listed. */
  ambiguous: boolean;
  /** Every anchor the path could mean (one unless ambiguous). */
  candidates: string[];
}

/**
 * Resolve a path against a document tree. Returns null when the article does
 * not exist. For 第七条第（二）项 (no 款) the first 款 that has item 2 is chosen;
 * when several do, `ambiguous` is set.
 */
export function resolvePathInTree(path: Omit<ProvisionPath, 'length'>, root: ProvisionNode): PathResolution | null {
  const ids = new Set<string>();
  for (const [n] of walk(root)) if (n.id) ids.add(n.id);
  const art = pathToAnchor({ article: path.article, suffix: path.suffix });
  if (art === null || !ids.has(art)) return null;
  const full = pathToAnchor(path);
  if (full !== null) {
    if (ids.has(full)) return { anchor: full, exact: true, ambiguous: false, candidates: [full] };
    // Deepest existing prefix.
    const steps = [
      pathToAnchor({ article: path.article, suffix: path.suffix, para: path.para, item: path.item }),
      pathToAnchor({ article: path.article, suffix: path.suffix, para: path.para }),
    ];
    const best = steps.find((s) => s !== null && ids.has(s)) ?? art;
    return { anchor: best, exact: false, ambiguous: false, candidates: [best] };
  }
  // Item (and maybe sub) without para: try every para in order.
  const candidates: string[] = [];
  const paras = [...ids]
    .filter((id) => id.startsWith(`${art}-para-`) && /^\d+$/.test(id.slice(art.length + 6)))
    .map((id) => Number(id.slice(art.length + 6)))
    .sort((a, b) => a - b);
  for (const para of paras) {
    const a = pathToAnchor({ ...path, para });
    if (a !== null && ids.has(a)) candidates.push(a);
  }
  if (candidates.length === 0) return { anchor: art, exact: false, ambiguous: false, candidates: [art] };
  return { anchor: candidates[0]!, exact: true, ambiguous: candidates.length > 1, candidates };
}

/** Words a document uses for itself: 本条例, 本办法, … */
const SELF_NOUNS = ['条例', '办法', '规定', '细则', '意见', '准则', '规则', '制度', '决定', '通知', '方案', '实施办法', '暂行办法', '暂行规定'];
/** Longest first, so 本实施办法 wins over a shorter noun. */
const SELF_RE = new RegExp(`^本(?:${[...SELF_NOUNS].sort((a, b) => b.length - a.length).join('|')})`, 'u');

/** Longest title we accept between 《 and 》; anything longer is an unbalanced 《. */
export const MAX_TITLE = 120;

/** Opening and closing title marks: 《》, ASCII << >>, and the single 〈〉 / ＜＞ some sources use at top level. */
const OPENERS: Record<string, string> = { '《': '》', '〈': '〉', '＜': '＞' };

/** Text allowed between 》 and the path: 第七条 directly, or after 规定的 / 的 / spaces. */
const BRIDGE_RE = /^(?:[ \u3000]|的)*/u;
/** Separators between listed paths: 第七条、第八条 / 第七条和第八条 / 第七条第一款、第三款. */
const LIST_SEP_RE = /^[ \u3000]*(?:、|，|,|和|及|以及|或者|或|至)[ \u3000]*/u;

/**
 * Paths following position `at` (directly or after a list separator). Each
 * continuation that names only 款/项 inherits the article before it.
 */
function pathsAt(text: string, at: number): { start: number; end: number; path: ProvisionPath }[] {
  const out: { start: number; end: number; path: ProvisionPath }[] = [];
  const bridge = BRIDGE_RE.exec(text.slice(at, at + 8))!;
  let pos = at + bridge[0].length;
  let first = parseProvisionPath(text.slice(pos, pos + 64));
  if (!first) return out;
  out.push({ start: pos, end: pos + first.length, path: first });
  pos += first.length;
  for (;;) {
    const sep = LIST_SEP_RE.exec(text.slice(pos, pos + 8));
    if (!sep) break;
    const q = pos + sep[0].length;
    const chunk = text.slice(q, q + 64);
    const next = parseProvisionPath(chunk);
    if (next) {
      out.push({ start: q, end: q + next.length, path: next });
      pos = q + next.length;
      first = next;
      continue;
    }
    // 、第三款 / 、第（二）项: same article as the previous path.
    const inherited: Omit<ProvisionPath, 'length'> = { article: first.article };
    if (first.suffix !== undefined) inherited.suffix = first.suffix;
    const startsWithItem = ITEM_RE.test(chunk) && !PARA_RE.test(chunk);
    if (startsWithItem && first.para !== undefined) inherited.para = first.para;
    const len = parseTail(chunk, 0, inherited);
    if (len === 0) break;
    const path: ProvisionPath = { ...inherited, length: len };
    out.push({ start: q, end: q + len, path });
    pos = q + len;
    first = path;
  }
  return out;
}

/**
 * Find references in `text`, in order of position:
 * - 《title》 alone (依照《中国共产党纪律处分条例》), or followed by paths
 *   (《中国共产党问责条例》第七条第二款、第八条) — one citation per path, all carrying the title;
 * - 本条例第X条 / 本办法第X条 …, flagged `self`.
 * A 《 with no 》 within MAX_TITLE characters (or before the next 《) is skipped.
 */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    // ASCII << >> are two characters each.
    const asciiOpen = c === '<' && text[i + 1] === '<';
    if (c in OPENERS || asciiOpen) {
      const close = asciiOpen ? '>>' : OPENERS[c]!;
      const bodyStart = i + (asciiOpen ? 2 : 1);
      let j = bodyStart;
      let end = -1;
      const limit = Math.min(n, bodyStart + MAX_TITLE);
      for (; j < limit; j++) {
        const d = text[j]!;
        if (text.startsWith(close, j)) {
          end = j;
          break;
        }
        // A new opener of the same kind before our closer: ours was unbalanced.
        if ((asciiOpen && d === '<' && text[j + 1] === '<') || (!asciiOpen && d === c)) break;
      }
      if (end < 0) {
        // Unbalanced: skip just the opener, keep scanning (linear overall: each title scan is bounded).
        i = bodyStart;
        continue;
      }
      const title = text.slice(bodyStart, end).replace(/[\r\n]+[ \u3000\t]*/g, '').trim();
      const after = end + close.length;
      if (title === '' || (c === '〈' && !/[法规条例则见定知案]$/.test(title))) {
        // 〈〉 is also used for nested titles and plain brackets: only accept it for document-like titles.
        i = after;
        continue;
      }
      const paths = pathsAt(text, after);
      if (paths.length === 0) {
        out.push({ start: i, end: after, raw: text.slice(i, after), title });
      } else {
        paths.forEach((p, k) => {
          const start = k === 0 ? i : p.start;
          out.push({ start, end: p.end, raw: text.slice(start, p.end), title, path: p.path });
        });
      }
      i = paths.length ? paths[paths.length - 1]!.end : after;
      continue;
    }
    if (c === '本') {
      const self = SELF_RE.exec(text.slice(i, i + 8));
      if (self) {
        const paths = pathsAt(text, i + self[0].length);
        if (paths.length > 0) {
          paths.forEach((p, k) => {
            const start = k === 0 ? i : p.start;
            out.push({ start, end: p.end, raw: text.slice(start, p.end), self: true, path: p.path });
          });
          i = paths[paths.length - 1]!.end;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}
