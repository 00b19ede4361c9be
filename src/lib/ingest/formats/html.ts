/**
 * A saved web page (.html/.htm): the text of its blocks, one per line, with
 * the site chrome (navigation, breadcrumbs, 发布时间/浏览次数 lines, related
 * links, footer, ICP lines) marked excluded with its reason, and everything
 * that is not text (script, style, templates, frames) dropped, so no script or
 * markup reaches the site. The charset comes from the bytes (UTF-8, UTF-16) or
 * the page's <meta charset>, else from detection.
 */
import { Parser } from 'htmlparser2';
import { decodeBytes } from './text.ts';
import { FormatError, runsOf, type Extracted } from './types.ts';

const BLOCK = new Set('address article aside blockquote body br caption center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead title tr ul'.split(' '));
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math', 'select', 'button', 'textarea']);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/** Elements that are chrome by their tag. */
const CHROME_TAGS: Record<string, string> = {
  nav: 'site chrome: navigation (<nav>)',
  footer: 'site chrome: footer (<footer>)',
  aside: 'site chrome: side bar (<aside>)',
  title: 'page title (<title>), repeated by the heading',
};

/**
 * Elements that are chrome by a token of their class or id (each token tested
 * alone, mostly from its start: `header` and `header-wrap` are chrome,
 * `article-header` is not; `nav`/`menu` anywhere in a token, as in `top-nav`).
 */
const CHROME_CLASSES: [RegExp, string][] = [
  [/^(bread|crumb|position|location|weizhi|dqwz)/i, 'site chrome: breadcrumb'],
  [/(^|[-_])(nav|navbar|menu)([-_\d]|$)|^(topbar|top-bar|toolbar)/i, 'site chrome: navigation'],
  [/^(header|site-header|page-header|top|logo|banner)([-_\d]|$)/i, 'site chrome: page header'],
  [/^(footer|foot|copyright|bottom)([-_\d]|$)/i, 'site chrome: footer'],
  [/^(related|relate|xgxx|xglj|links?|share|sidebar|side)([-_\d]|$)/i, 'site chrome: related links'],
];

/** Lines that are chrome by their text, wherever they stand. */
const CHROME_LINES: [RegExp, string][] = [
  [/^(当前位置|您的位置|你的位置|您现在的位置|所在位置)[:：]/u, 'site chrome: breadcrumb'],
  [/^首页\s*[>＞»›]/u, 'site chrome: breadcrumb'],
  [/ICP[备证]|公网安备|网站标识码/u, 'site chrome: ICP licence line'],
  [/^(版权所有|Copyright|©|主办单位|承办单位|技术支持)/iu, 'site chrome: footer'],
  [/(发布时间|发布日期|浏览次数|阅读次数|访问次数|点击数|点击量|浏览量|字号)[:：]/u, 'page metadata (发布时间/浏览次数)'],
  [/^(信息)?来源[:：].{0,40}$|^作者[:：].{0,20}$/u, 'page metadata (来源/作者)'],
  [/^(打印本页|关闭窗口|【打印】|【关闭】|【打印本页】|【关闭窗口】|分享到|返回顶部|上一篇|下一篇)/u, 'site chrome: page tools'],
  [/^(相关链接|相关文章|相关阅读|相关新闻|相关文件)[:：]?$/u, 'site chrome: related links'],
];

interface Frame {
  tag: string;
  reason: string | null;
  main: boolean;
}

interface Line {
  text: string;
  reason: string | null;
  main: boolean;
}

/** The charset a page declares in its first 2 KB (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  if (!m) return undefined;
  const cs = m[1].toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(cs)) return 'gb18030';
  if (/^big5/.test(cs)) return 'big5';
  return undefined; // utf-8 and the rest: check the bytes
}

function collect(html: string): { lines: Line[]; dropped: number } {
  const stack: Frame[] = [{ tag: '#root', reason: null, main: false }];
  const lines: Line[] = [];
  let buf = '';
  let dropDepth = 0;
  let dropped = 0;
  let pre = 0;
  const top = () => stack[stack.length - 1];
  const flush = () => {
    const text = buf.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) lines.push({ text, reason: top().reason, main: stack.some((f) => f.main) });
    buf = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (dropDepth || DROPPED.has(name)) {
          if (!dropDepth) dropped++;
          if (!VOID.has(name)) dropDepth++;
          return;
        }
        if (BLOCK.has(name)) flush();
        if (VOID.has(name)) return;
        const tokens = `${attrs.class ?? ''} ${attrs.id ?? ''}`.split(/\s+/).filter(Boolean);
        const inArticle = stack.some((f) => f.tag === 'article' || f.tag === 'main');
        const byTag = name === 'header' && !inArticle ? 'site chrome: page header (<header>)' : CHROME_TAGS[name];
        const byClass = CHROME_CLASSES.find(([re]) => tokens.some((t) => re.test(t)))?.[1];
        const reason = top().reason ?? byTag ?? byClass ?? null;
        if (name === 'pre') pre++;
        stack.push({ tag: name, reason, main: name === 'article' || name === 'main' });
      },
      ontext(text) {
        if (dropDepth) return;
        if (pre) for (const [i, part] of text.split('\n').entries()) {
          if (i) flush();
          buf += part;
        }
        else buf += text;
      },
      onclosetag(name, implied) {
        if (dropDepth) {
          if (!VOID.has(name) || !implied) dropDepth = Math.max(0, dropDepth - (VOID.has(name) ? 0 : 1));
          return;
        }
        if (VOID.has(name)) return;
        if (BLOCK.has(name)) flush();
        const at = stack.map((f) => f.tag).lastIndexOf(name);
        if (at > 0) {
          if (name === 'pre') pre = Math.max(0, pre - 1);
          stack.length = at;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { lines, dropped };
}

export function extractHtml(bytes: Uint8Array, declaredEncoding?: string): Extracted {
  const decoded = decodeBytes(bytes, declaredEncoding ?? declaredCharset(bytes));
  const { lines: found, dropped } = collect(decoded.text);
  if (!found.length) throw new FormatError('no-text', 'no text', 'the page has no text outside scripts and markup');
  const hasMain = found.some((l) => l.main);
  const marks = new Map<number, string>();
  // the <title> is chrome when the page repeats it (site name aside) as a heading; else it is the title
  const title = found.findIndex((l) => l.reason?.startsWith('page title'));
  if (title >= 0) {
    const bare = found[title].text.split(/\s*[_|｜—–-]\s*/u)[0];
    if (!found.some((l, i) => i !== title && bare.length > 0 && l.text.includes(bare))) found[title].reason = null;
  }
  found.forEach((l, i) => {
    const byText = CHROME_LINES.find(([re]) => re.test(l.text) && l.text.length <= 120)?.[1];
    const reason = byText ?? l.reason ?? (hasMain && !l.main ? 'site chrome: outside the main text (<article>/<main>)' : null);
    if (reason) marks.set(i + 1, reason);
  });
  const lines = found.map((l) => l.text);
  const excluded = runsOf(marks, lines);
  const notes = [...decoded.notes, `web page: ${lines.length} text lines, ${marks.size} of them site chrome (excluded with reasons)`];
  if (dropped) notes.push(`${dropped} script/style/frame element(s) dropped`);
  if (marks.size === lines.length) throw new FormatError('no-text', 'only site chrome', 'every text line of the page is site chrome (navigation, footer, …): not the saved page of a measure?');
  return { format: 'html', lines, encoding: decoded.encoding, notes, warnings: decoded.warnings, excluded };
}
