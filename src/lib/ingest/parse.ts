/**
 * Stage 2 (parse): prepared source lines → one generic provision tree.
 *
 * The numbering shapes come from MARKERS / LINE_SHAPES and the nesting rules
 * from LEVELS (src/lib/levels.ts). Odd input is reported as a diagnostic with
 * its line, never guessed silently.
 */
import { LEVELS, LINE_SHAPES, MARKERS, mayContain, type Level, type ListStyle } from '../levels.ts';
import type { Diagnostic, Exclusion } from '../document.ts';
import { fullText, node, type ProvisionNode } from '../tree.ts';
import { parseNumber } from '../numerals.ts';
import { classify, type Classified } from './classify.ts';
import { findToc, joinBrokenLines } from './line-joins.ts';
import { isDateLine, isDbLine, isDocNumberLine, isHistoryLine, isOrgLine, isSiteJunk, SENTENCE_PUNCT, squash } from './line-kinds.ts';
import { findNoticeTitle, findTitle } from './title.ts';
import { parseTable } from './table.ts';
import type { SourceLine } from './source-lines.ts';

export { classify } from './classify.ts';
export { isHistoryLine } from './line-kinds.ts';

export interface ParseOptions {
  file: string;
  kind?: 'regulation' | 'commentary';
  /** 1-based line where the title starts, when it cannot be found from the notice. */
  titleLine?: number;
}

export interface ParseResult {
  root: ProvisionNode;
  /** Lines left out by the parser itself (the 解读 part's repeats of articles), with reasons. */
  excluded: Exclusion[];
  diagnostics: Diagnostic[];
}

interface ListEntry {
  node: ProvisionNode;
  style: ListStyle;
  ordinal: number;
  /** An unnumbered paragraph continued this item. */
  hasBody: boolean;
  /** An earlier sibling item had continuation paragraphs (a list of headed items). */
  siblingHadBody: boolean;
}

class Builder {
  readonly root = node('document', 1);
  readonly diagnostics: Diagnostic[] = [];
  readonly excluded: Exclusion[] = [];
  private part: ProvisionNode | null = null;
  private chapter: ProvisionNode | null = null;
  private division: ProvisionNode | null = null;
  private article: ProvisionNode | null = null;
  private para: ProvisionNode | null = null;
  /** section / annex / interpretation / heading / preamble / notice: a host of paragraphs and lists. */
  private block: ProvisionNode | null = null;
  private list: ListEntry[] = [];
  private articles = new Map<string, ProvisionNode>();
  private lastArticle: ProvisionNode | null = null;

  constructor(
    private readonly file: string,
    private readonly commentary: boolean,
  ) {}

  report(line: number, severity: Diagnostic['severity'], ruleId: string, message: string) {
    this.diagnostics.push({ file: this.file, line, severity, ruleId, message });
  }

  private add(parent: ProvisionNode, child: ProvisionNode) {
    if (!mayContain(parent.kind, child.kind)) {
      const what = (n: ProvisionNode) => `${n.num ? `“${n.num}${n.heading ? ' ' + n.heading : ''}” (a ${LEVELS[n.kind].unit || n.kind})` : `a ${LEVELS[n.kind].unit || n.kind}`}`;
      this.report(
        child.line,
        'error',
        'bad-nesting',
        `${what(child)} cannot stand inside ${what(parent)} of line ${parent.line}; expected a ${LEVELS[parent.kind].unit || parent.kind} to hold only ${LEVELS[parent.kind].contains.map((k) => LEVELS[k].unit || k).join(', ')}. If line ${child.line} continues the text above, declare \`- { line: ${child.line}, join: true, reason: '…' }\` under this document's corrections in content/sources/manifest.yaml`,
      );
    }
    parent.children.push(child);
    return child;
  }

  /** The innermost structural container (chapter, part, document). */
  private structural(): ProvisionNode {
    return this.division ?? this.chapter ?? this.part ?? this.root;
  }

  closeAll() {
    this.part = this.chapter = this.division = this.article = this.para = this.block = null;
    this.list = [];
  }

  private closeBelowStructure() {
    this.article = this.para = this.block = null;
    this.list = [];
  }

  addTop(n: ProvisionNode) {
    this.closeAll();
    return this.add(this.root, n);
  }

  startBlock(n: ProvisionNode, parent: ProvisionNode = this.root) {
    this.closeBelowStructure();
    if (parent === this.root) this.part = this.chapter = this.division = null;
    this.block = this.add(parent, n);
    return n;
  }

  structure(c: Classified, line: number) {
    const n = node(c.level, line, '', { num: c.num, ordinal: c.ordinal });
    if (c.rest) n.heading = c.rest;
    let parent: ProvisionNode;
    if (c.level === 'part') {
      this.closeAll();
      parent = this.root;
      this.part = n;
    } else if (c.level === 'chapter') {
      this.closeBelowStructure();
      parent = this.part ?? this.root;
      this.chapter = n;
      this.division = null;
    } else {
      this.closeBelowStructure();
      if (!this.chapter) this.report(line, 'warning', 'division-outside-chapter', `${c.num} (节) stands outside any chapter (章)`);
      parent = this.chapter ?? this.part ?? this.root;
      this.division = n;
    }
    const before = parent.children.find((k) => k.kind === n.kind && k.ordinal === n.ordinal);
    if (before) {
      this.report(line, 'warning', 'numbering', `${c.num} repeats the heading of line ${before.line} (a table of contents not recognised? a second document?); kept as a paragraph so that no anchor is given twice`);
      if (c.level === 'part') this.part = before;
      else if (c.level === 'chapter') this.chapter = before;
      else this.division = before;
      this.newPara(`${c.num}${c.rest ? ' ' + c.rest : ''}`, line);
      return;
    }
    this.checkSequence(n, parent.children);
    this.add(parent, n);
  }

  /** Numbering of siblings of the same level must run 1, 2, 3… (`before`: the siblings already there). */
  private checkSequence(n: ProvisionNode, before: readonly ProvisionNode[]) {
    let prev: ProvisionNode | undefined;
    for (let i = before.length - 1; i >= 0 && !prev; i--) if (before[i].kind === n.kind) prev = before[i];
    const expected = (prev?.ordinal ?? 0) + (n.suffix ? 0 : 1);
    if (n.ordinal !== undefined && n.ordinal !== expected) {
      const what = n.ordinal < expected ? (n.ordinal === prev?.ordinal ? 'repeats' : 'goes back to') : 'skips to';
      this.report(n.line, 'warning', 'numbering', `numbering ${what} ${n.num}; expected number ${expected} after ${prev?.num ?? 'the start'}`);
    }
  }

  startArticle(c: Classified, line: number) {
    this.closeBelowStructure();
    const n = node('article', line, '', { num: c.num, ordinal: c.ordinal, ...(c.suffix ? { suffix: c.suffix } : {}) });
    // articles are numbered through the whole document, across chapters
    this.checkSequence(n, this.lastArticle ? [this.lastArticle] : []);
    this.lastArticle = n;
    const key = `${c.ordinal}-${c.suffix ?? 0}`;
    const dup = this.articles.get(key);
    if (dup) {
      this.report(
        line,
        'error',
        'duplicate-article',
        `${c.num} appears twice: at line ${dup.line} and here; expected each article once. If this line is no article (a quotation, or a line broken before “${c.num}”), declare \`- { line: ${line}, join: true, reason: '…' }\` under this document's corrections in content/sources/manifest.yaml; if a second document starts here, give it its own \`lines\` range`,
      );
    }
    else this.articles.set(key, n);
    this.add(this.structural(), n);
    this.article = n;
    let rest = c.rest;
    const bracketed = /^(【[^【】]{1,20}】)[\s\u3000]*(.*)$/u.exec(rest);
    if (bracketed) {
      n.heading = bracketed[1];
      rest = bracketed[2];
    } else if (rest && rest.length <= 10 && !SENTENCE_PUNCT.test(rest)) {
      n.heading = rest;
      rest = '';
    }
    if (rest) this.newPara(rest, line);
  }

  findArticle(ordinal: number, suffix?: number) {
    return this.articles.get(`${ordinal}-${suffix ?? 0}`);
  }

  /** Expected number of the next article (for splitting two articles that share a line). */
  nextArticleOrdinal() {
    return (this.lastArticle?.ordinal ?? 0) + 1;
  }

  lastListEntry() {
    return this.list.at(-1);
  }

  private newPara(text: string, line: number) {
    this.list = [];
    const host = this.paraHost(line);
    const p = this.add(host, node('para', line, text));
    // A 款 (or a paragraph of a host that cannot hold lists itself) hosts the lists that follow it.
    this.para = mayContain(host.kind, 'item') ? null : p;
    return p;
  }

  /** Where an unnumbered paragraph goes: the article, the open block, the heading above it, or the preamble. */
  private paraHost(line: number): ProvisionNode {
    if (this.article) return this.article;
    if (this.block) return this.block;
    if (!this.commentary && this.structural() !== this.root) return this.structural();
    return this.ensurePreamble(line);
  }

  private ensurePreamble(line: number) {
    if (this.commentary) return this.structural();
    const last = this.root.children.at(-1);
    if (last?.kind === 'preamble') return last;
    // Text after the body (after a sign-off, say): paragraphs of the document, never a second preamble.
    if (this.root.children.some((c) => c.kind === 'preamble' || c.kind === 'article' || c.kind === 'chapter' || c.kind === 'part' || c.kind === 'section')) return this.root;
    this.block = this.add(this.root, node('preamble', line));
    return this.block;
  }

  /** Where a list item goes: the current 款, a block, or a new implicit 款 of the article (or heading). */
  private listHost(line: number): ProvisionNode {
    const host = this.paraHost(line);
    if (mayContain(host.kind, 'item')) return host;
    if (!this.para) this.para = this.add(host, node('para', line, ''));
    return this.para;
  }

  inArticle() {
    return this.article !== null;
  }

  /** A numbered line whose number its container already has: kept as a paragraph, reported. */
  private keepAsParagraph(c: Classified, line: number, why: string) {
    this.report(line, 'warning', 'numbering', `${c.num} ${why}; kept as a paragraph so that no anchor is given twice`);
    this.newPara(`${c.num}${c.rest}`, line);
  }

  /** Decide where a list marker goes, without changing anything. */
  placeList(c: Classified): { depth: number; warn?: string } {
    const list = this.list;
    // the next number of any open list of this style (an inner list in the same style ends here)
    for (let i = list.length - 1; i >= 0; i--) if (list[i].style === c.style && c.ordinal === list[i].ordinal + 1) return { depth: i };
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].style === c.style) {
        // a list restarting at 1 right after an entry that announces one (…修改为：) nests in it
        if (c.ordinal === 1 && /[:：]$/u.test(list.at(-1)!.node.text)) return { depth: list.length };
        return { depth: i, warn: `numbering ${c.ordinal === list[i].ordinal ? 'repeats' : c.ordinal < list[i].ordinal ? 'goes back to' : 'skips to'} ${c.num}; expected number ${list[i].ordinal + 1} after ${list[i].node.num}` };
      }
    }
    if (c.ordinal === 1) return { depth: list.length };
    const family = (s: ListStyle) => (s === 'arabic-dot' ? 'dot' : s === 'cn-comma' ? 'comma' : 'paren');
    for (let i = list.length - 1; i >= 0; i--) {
      if (family(list[i].style) === family(c.style!) && c.ordinal === list[i].ordinal + 1) {
        return { depth: i, warn: `mixed numbering styles: ${c.num} follows ${list[i].node.num}; expected the same style` };
      }
    }
    return { depth: list.length, warn: `list starts at ${c.num}; expected number 1` };
  }

  listItem(c: Classified, line: number) {
    let host = this.listHost(line);
    let { depth, warn } = this.placeList(c);
    const level: Level = depth === 0 ? 'item' : 'sub';
    const taken = (p: ProvisionNode) => p.children.some((k) => k.kind === level && k.ordinal === c.ordinal);
    if (depth === 0 && taken(host)) {
      if (host.kind !== 'para' || !this.article) return this.keepAsParagraph(c, line, `repeats a number this list already has (line ${host.children.find((k) => k.kind === level && k.ordinal === c.ordinal)!.line})`);
      // The list starts again inside one article: the new list is a new 款.
      this.list = [];
      this.para = null;
      host = this.listHost(line);
      ({ depth, warn } = this.placeList(c));
    } else if (depth > 0 && taken(this.list[depth - 1].node)) {
      return this.keepAsParagraph(c, line, `repeats a number of the list under ${this.list[depth - 1].node.num}`);
    }
    if (warn) this.report(line, 'warning', 'numbering', warn);
    const siblingHadBody = !!(this.list[depth]?.hasBody || this.list[depth]?.siblingHadBody);
    this.list = this.list.slice(0, depth);
    const parent = depth === 0 ? host : this.list[depth - 1].node;
    if (depth >= 2) {
      this.report(line, 'warning', 'list-too-deep', `${c.num} is a list nested deeper than 目; kept as a paragraph of ${parent.num}`);
      this.add(parent, node('para', line, `${c.num}${c.rest}`));
      return;
    }
    const n = this.add(parent, node(level, line, c.rest, { num: c.num, ordinal: c.ordinal }));
    this.list.push({ node: n, style: c.style!, ordinal: c.ordinal, hasBody: false, siblingHadBody });
  }

  /** An unnumbered paragraph: continues the open list item, or is a new 款 / block paragraph. */
  paragraph(text: string, line: number, next: Classified | null) {
    const last = this.list.at(-1);
    if (last) {
      let continues = false;
      if (next && (next.level === 'item' || next.level === 'sub')) {
        const place = this.placeList(next);
        continues = !place.warn && (place.depth < this.list.length || next.ordinal === 1) && !(next.ordinal === 1 && this.list.some((e) => e.style === next.style));
      }
      if (!continues && (last.hasBody || last.siblingHadBody) && last.node.text.length <= 20) continues = true;
      if (continues) {
        last.hasBody = true;
        const count = last.node.children.filter((k) => k.kind === 'para').length;
        this.add(last.node, node('para', line, text, { ordinal: count + 2 }));
        return;
      }
    }
    this.newPara(text, line);
  }

  section(c: Classified, line: number) {
    const n = node(this.commentary ? 'heading' : 'section', line, '', this.commentary ? { num: c.num } : { num: c.num, ordinal: c.ordinal });
    if (c.rest) n.heading = c.rest;
    const parent = this.structural();
    const before = parent.children.find((k) => k.kind === n.kind && k.ordinal === n.ordinal && !this.commentary);
    if (before) return this.keepAsParagraph(c, line, `repeats the section number of line ${before.line} (a list inside a section? a second document?)`);
    if (!this.commentary) this.checkSequence(n, parent.children);
    this.startBlock(n, parent);
  }
}

/** An issuing notice (or a news lead): paragraphs, and sign-off lines (issuer, date, history). */
function noticeBlock(lines: SourceLine[]): ProvisionNode {
  const n = node('notice', lines[0].line);
  lines.forEach((l, k) => {
    const signoff = isDateLine(l.text) || isHistoryLine(l.text) || (isOrgLine(l.text) && lines[k + 1] && isDateLine(lines[k + 1].text));
    n.children.push(node(signoff ? 'signoff' : 'para', l.line, l.text));
  });
  return n;
}

/** Split a line where a second article or list item starts mid-line after a full stop (两条同行). */
function splitRunOn(text: string, b: Builder): string[] {
  const own = classify(text);
  const nextArt = own?.level === 'article' ? own.ordinal + 1 : b.nextArticleOrdinal();
  const listBase = own?.level === 'item' ? own : b.lastListEntry();
  const out: string[] = [];
  let rest = text;
  for (;;) {
    let cut = -1;
    // After a full stop, where the text could start an article or item; classify() (the MARKERS table) decides.
    const re = /[。；;.](?=[第（(])/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(rest))) {
      const c = classify(rest.slice(m.index + 1));
      if (!c) continue;
      if ((c.level === 'article' && c.ordinal === nextArt + out.length) || (c.level === 'item' && listBase && c.style === listBase.style && c.ordinal === listBase.ordinal + 1 + out.length)) {
        cut = m.index + 1;
        break;
      }
    }
    if (cut < 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

export function parseDocument(lines: SourceLine[], opts: ParseOptions): ParseResult {
  const commentary = opts.kind === 'commentary';
  const b = new Builder(opts.file, commentary);
  const nonBlank = lines.filter((l) => l.text !== '');
  if (nonBlank.length === 0) {
    b.report(lines[0]?.line ?? 1, 'error', 'empty', 'the document has no text; expected a title and provisions');
    return { root: b.root, excluded: [], diagnostics: b.diagnostics };
  }

  // Leaked page numbers: report every one that no correction removed.
  for (const l of nonBlank) {
    if (/^\t/.test(l.raw)) continue;
    const m = LINE_SHAPES.leakedDigit.exec(l.text);
    if (m) b.report(l.line, 'warning', 'leaked-digit', `digit “${m[2]}” stuck inside a sentence (“${l.text.slice(Math.max(0, m.index - 2), m.index + m[0].length + 2)}”): a leaked page number? Declare a correction in the manifest`);
  }

  // Headings and book titles broken over lines are read as one line; a table of contents is left out.
  // (Not in commentary: an essay's paragraphs keep the anchors they were published with.)
  let content = nonBlank;
  let unnumberedHeading: { line: number; heading: Classified } | null = null;
  if (!commentary) {
    const joined = joinBrokenLines(nonBlank, opts.file);
    b.diagnostics.push(...joined.diagnostics);
    content = joined.lines;
    const toc = findToc(content);
    b.excluded.push(...toc.excluded);
    content = content.filter((_, i) => !toc.indices.has(i));
    unnumberedHeading = toc.unnumbered ?? null;
  }

  const notice = commentary ? null : findNoticeTitle(content);
  const title = findTitle(content, { titleLine: opts.titleLine, commentary }, notice);
  let i = 0;
  if (title) {
    if (title.index > 0) {
      // Site furniture above the title is left out (listed); database lines are kept as sign-off lines.
      const head: SourceLine[] = [];
      for (const l of content.slice(0, title.index)) {
        if (!commentary && isSiteJunk(l.text)) b.excluded.push({ from: l.line, to: l.end ?? l.line, reason: 'site furniture above the title (page title, breadcrumb, counters, links); not part of the text' });
        else if (!commentary && isDbLine(l.text) && head.length === 0) b.addTop(node('signoff', l.line, l.text));
        else head.push(l);
      }
      const lead = !commentary && head.some((l) => /[，。]/u.test(l.text));
      if (head.length > 0) {
        if (notice || lead) b.addTop(noticeBlock(head));
        else for (const l of head) b.addTop(node('signoff', l.line, l.text));
      }
    }
    const t = content.slice(title.index, title.index + title.span);
    b.addTop(node('title', t[0].line, t.map((l) => l.text).join('')));
    i = title.index + title.span;
    if (notice && notice.startIndex >= i) {
      // Title first, then its issuing notice (as databases print it): the notice runs to its last date or history line.
      const body = content.findIndex((l, k) => k >= i && classify(l.text) !== null);
      const stop = body < 0 ? content.length : body;
      let last = -1;
      for (let k = notice.startIndex; k < stop; k++) if (isDateLine(content[k].text) || isHistoryLine(content[k].text)) last = k;
      if (last >= notice.startIndex) {
        for (; i < notice.startIndex; i++) b.addTop(node('signoff', content[i].line, content[i].text));
        b.addTop(noticeBlock(content.slice(notice.startIndex, last + 1)));
        i = last + 1;
      }
    }
  } else if (!commentary) {
    b.report(content[0].line, 'warning', 'no-title', 'no title found; expected the title on the first line, or the title named by the notice (关于印发《…》的通知)');
  }

  // Metadata lines straight after the title (文号, date, adoption / amendment history).
  while (i < content.length && (isDocNumberLine(content[i].text) || isDateLine(content[i].text) || (!commentary && (isHistoryLine(content[i].text) || isDbLine(content[i].text))))) {
    b.addTop(node('signoff', content[i].line, content[i].text));
    i++;
  }

  type Mode = 'body' | 'annex-list' | 'annex' | 'interp';
  let mode: Mode = 'body';
  let annexCount = 0;
  let interpArticle: ProvisionNode | null = null;
  let repeat: { article: ProvisionNode; lines: { line: number; text: string }[] } | null = null;
  let annexListPara: ProvisionNode | null = null;
  let currentAnnex: ProvisionNode | null = null;

  const finishRepeat = () => {
    if (!repeat) return;
    const body = fullText({ ...repeat.article, children: repeat.article.children.filter((c) => c.kind !== 'interpretation') });
    const said = repeat.lines.map((l) => l.text).join('');
    if (squash(said) === squash(body)) {
      for (const l of repeat.lines) {
        const whole = content.find((c) => c.line === l.line)?.text === l.text;
        b.excluded.push({ from: l.line, to: l.line, reason: `repeats ${repeat.article.num} in the 解读 part; the article is published once`, ...(whole ? {} : { text: l.text }) });
      }
    } else {
      b.report(repeat.lines[0].line, 'error', 'interpretation-mismatch', `the 解读 part repeats ${repeat.article.num} (line ${repeat.article.line}) with different text; expected the same words`);
    }
    repeat = null;
  };

  // Lines are processed from a queue so that a line holding two provisions can be split.
  const queue: { line: number; text: string; raw: string }[] = content.slice(i).map((l) => ({ line: l.line, text: l.text, raw: l.raw }));
  // The next numbered line after position k, memoised so that a long run of
  // unnumbered paragraphs is scanned once, not once per paragraph.
  const nextMarker = new Map<(typeof queue)[number], Classified | null>();
  const peekNext = (k: number): Classified | null => {
    const visited = [queue[k]];
    let found: Classified | null = null;
    for (let j = k + 1; j < queue.length; j++) {
      const known = nextMarker.get(queue[j]);
      if (known !== undefined) {
        found = known;
        break;
      }
      const c = classify(queue[j].text);
      if (c) {
        found = c;
        break;
      }
      if (LINE_SHAPES.annexStart.test(queue[j].text) || LINE_SHAPES.annexList.test(queue[j].text)) break;
      visited.push(queue[j]);
    }
    for (const v of visited) nextMarker.set(v, found);
    return found;
  };

  for (let k = 0; k < queue.length; k++) {
    const { line } = queue[k];
    let text = queue[k].text;

    if (mode === 'body' || mode === 'interp') {
      const parts = splitRunOn(text, b);
      if (parts.length > 1) {
        b.report(line, 'info', 'run-on', `${parts.length} provisions share this line; split before “${parts.slice(1).map((p) => p.slice(0, 8)).join('”, “')}”`);
        queue.splice(k, 1, ...parts.map((p) => ({ line, text: p.trim(), raw: p })));
        text = queue[k].text;
      }
    }

    // Annexes.
    if (!commentary && LINE_SHAPES.annexStart.test(text) && mode !== 'interp') {
      finishRepeat();
      annexCount++;
      const numMatch = LINE_SHAPES.annexStart.exec(text)!;
      const ordinal = numMatch[1] ? (parseNumber(numMatch[1]) ?? annexCount) : annexCount;
      currentAnnex = b.startBlock(node('annex', line, '', { num: text, ordinal }));
      mode = 'annex';
      // Tables: every line from the first tab-led line to the end of the annex.
      let j = k + 1;
      while (j < queue.length && !/^\t/.test(queue[j].raw) && !LINE_SHAPES.annexStart.test(queue[j].text)) j++;
      if (j < queue.length && /^\t/.test(queue[j].raw)) {
        let end = j;
        while (end + 1 < queue.length && !LINE_SHAPES.annexStart.test(queue[end + 1].text)) end++;
        const lastLine = end + 1 < queue.length ? queue[end + 1].line - 1 : lines[lines.length - 1].line;
        // headings / paragraphs before the table
        for (let h = k + 1; h < j; h++) {
          if (!currentAnnex.heading) currentAnnex.heading = queue[h].text;
          else currentAnnex.children.push(node('para', queue[h].line, queue[h].text));
        }
        const tableLines = lines.filter((l) => l.line >= queue[j].line && l.line <= lastLine);
        const t = parseTable(tableLines);
        for (const d of t.problems) b.report(d.line, 'warning', 'table', d.message);
        currentAnnex.children.push(node('table', queue[j].line, '', { rows: t.rows, ordinal: 1 }));
        k = end;
      }
      continue;
    }
    if (!commentary && mode === 'body' && LINE_SHAPES.annexList.test(text)) {
      b.closeAll();
      annexListPara = b.addTop(node('para', line, text));
      mode = 'annex-list';
      continue;
    }
    if (mode === 'annex-list') {
      annexListPara!.text += '\n' + text;
      continue;
    }
    if (mode === 'annex' && currentAnnex) {
      if (!currentAnnex.heading && currentAnnex.children.length === 0 && !classify(text)) currentAnnex.heading = text;
      else currentAnnex.children.push(node('para', line, text));
      continue;
    }

    // The official interpretation part.
    if (!commentary && LINE_SHAPES.interpretationPart.test(text)) {
      b.excluded.push({ from: line, to: line, reason: 'heading of the 解读 part; each 解读 is shown with its article' });
      b.closeAll();
      mode = 'interp';
      continue;
    }
    if (mode === 'interp') {
      const c = classify(text);
      const label = LINE_SHAPES.interpretationLabel.exec(text);
      if (c?.level === 'article') {
        finishRepeat();
        const target = b.findArticle(c.ordinal, c.suffix);
        if (!target) {
          b.report(line, 'error', 'interpretation-orphan', `the 解读 part names ${c.num}, which the text does not have`);
          continue;
        }
        repeat = { article: target, lines: [] };
        interpArticle = null;
      }
      if (repeat) {
        if (label) {
          const before = text.slice(0, label.index + label[0].length - label[1].length).trim();
          if (before) repeat.lines.push({ line, text: before });
          const article = repeat.article;
          finishRepeat();
          const count = article.children.filter((x) => x.kind === 'interpretation').length;
          interpArticle = node('interpretation', line, '', { num: label[1], ordinal: count + 1 });
          b.startBlock(interpArticle, article);
        } else repeat.lines.push({ line, text });
        continue;
      }
      if (!interpArticle) {
        b.report(line, 'error', 'interpretation-stray', 'text in the 解读 part before any article; expected 第N条');
        continue;
      }
      if (c && (c.level === 'item' || c.level === 'sub')) b.listItem(c, line);
      else b.paragraph(text, line, peekNext(k));
      continue;
    }

    // Sign-off lines (issuer and date) at the end of a document.
    if (!commentary && (isDateLine(text) || (isOrgLine(text) && queue[k + 1] && isDateLine(queue[k + 1].text)))) {
      b.addTop(node('signoff', line, text));
      continue;
    }

    // `总 则` standing for the 第一章 总 则 the contents list named: that chapter, its number unwritten
    const c = unnumberedHeading?.line === line ? { ...unnumberedHeading.heading, num: '', rest: text } : classify(text);
    if (!c) {
      b.paragraph(text, line, peekNext(k));
      continue;
    }
    switch (c.level) {
      case 'part':
      case 'chapter':
      case 'division':
        b.structure(c, line);
        break;
      case 'article':
        if (commentary) b.paragraph(text, line, null);
        else b.startArticle(c, line);
        break;
      case 'section':
        // 一、二、 inside an article is a list of the article (older laws number their 项 so)
        if (b.inArticle()) b.listItem({ ...c, level: 'item' }, line);
        else b.section(c, line);
        break;
      default:
        b.listItem(c, line);
    }
  }
  finishRepeat();
  return { root: b.root, excluded: b.excluded, diagnostics: b.diagnostics };
}
