/**
 * Hostile inputs for `npm run ingest -- FILE.txt`, and the contract each must
 * meet: either a correct MDX (read back with readMdx, every hostile text kept
 * literally) or a clear message naming file:line with a non-zero exit; never a
 * stack trace, never a hang.
 */
import { expect } from 'vitest';
import { basename } from 'node:path';
import type { RegDocument } from '../../src/lib/document.ts';
import { walk } from '../../src/lib/tree.ts';
import { idsOf, makeSandbox, namesFileLine, readBack, runIngest, STACK_FRAME, textsOf, type RunResult, type Sandbox } from './harness.ts';

export const TITLE = '测试学院党建工作问责办法';

/** A small, valid measure: a title, a blank line, then the given lines. */
export function measure(lines: string[], eol = '\n'): string {
  return [TITLE, '', ...lines].join(eol) + eol;
}

export const ARTICLES = [
  '第一条　为加强党建工作问责，根据《中国共产党问责条例》，制定本办法。',
  '第二条　问责坚持依规依纪、实事求是。',
  '问责对象是各党总支、党支部。',
  '第三条　本办法自印发之日起施行。',
];

export interface HostileCase {
  name: string;
  file: string;
  data: string | Uint8Array;
  /** `ok`: must give a correct MDX; `error`: must be refused; `either`: whichever, but done properly. */
  expect: 'ok' | 'error' | 'either';
  /** Strings that must appear literally in some text of the document (when ok). */
  literal?: string[];
  /** Extra checks on the document (when ok). */
  check?: (doc: RegDocument, mdx: string) => void;
  /** Extra checks on a refusal. */
  checkError?: (r: RunResult, file: string) => void;
  args?: string[];
  timeoutMs?: number;
  /** Re-run `ingest --check` after a success (default true; off for the 10 MB input, which takes long). */
  recheck?: boolean;
  /**
   * Run `ingest` as a program (a child process) rather than in-process (harness.ts): for a few cases
   * of each kind, to pin the real exit status and stderr, and for inputs that might hang (only a
   * process can be killed).
   */
  process?: boolean;
}

export function byId(doc: RegDocument, id: string) {
  return [...walk(doc.root)].find(([n]) => n.id === id)?.[0];
}

/** Run one case in a fresh sandbox and apply the contract. */
export async function runCase(c: HostileCase): Promise<void> {
  const sb = makeSandbox();
  try {
    const path = sb.file(c.file, c.data);
    const slug = `hostile-${c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.replace(/-+$/, '');
    const mode = c.process ? 'process' : 'in-process';
    const r = await runIngest(sb, [path, '--slug', slug, ...(c.args ?? [])], c.timeoutMs, mode);
    assertNoCrash(r);
    if (c.expect === 'ok') expect(r.status, `expected success; stderr:\n${r.stderr}`).toBe(0);
    if (c.expect === 'error') expect(r.status, `expected a refusal; stderr:\n${r.stderr}`).not.toBe(0);
    if (r.status === 0) {
      const { doc, mdx } = readBack(sb, slug);
      const ids = idsOf(doc);
      expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
      const texts = textsOf(doc);
      for (const s of c.literal ?? []) {
        expect(texts.some((t) => t.includes(s)), `text kept literally: ${s.slice(0, 80)}`).toBe(true);
      }
      c.check?.(doc, mdx);
      // What was written is what `ingest` would write again: the run is idempotent.
      if (c.recheck === false) return;
      const again = await runIngest(sb, ['--check'], c.timeoutMs, mode);
      assertNoCrash(again);
      expect(again.status, `ingest --check after adding; stderr:\n${again.stderr}`).toBe(0);
    } else {
      expect(r.status).toBeGreaterThan(0);
      expect(namesFileLine(r.stderr, path), `message names ${basename(path)}:LINE; got:\n${r.stderr}`).toBe(true);
      c.checkError?.(r, path);
    }
  } finally {
    sb.cleanup();
  }
}

export function assertNoCrash(r: RunResult): void {
  expect(r.timedOut, 'the run hung (timeout)').toBe(false);
  expect(r.signal, 'killed by a signal').toBeNull();
  expect(STACK_FRAME.test(r.stderr), `stack trace on stderr:\n${r.stderr.slice(0, 2000)}`).toBe(false);
  expect(STACK_FRAME.test(r.stdout), 'stack trace on stdout').toBe(false);
  expect(r.status).not.toBeNull();
}

const noCR = (doc: RegDocument) => expect(textsOf(doc).some((t) => /[\r\ufeff]/.test(t)), 'no CR or BOM left in any text').toBe(false);
const articleIds = (doc: RegDocument) => idsOf(doc).filter((id) => /^art-\d+(-\d+)?$/.test(id));

// A 10 MB measure: 10 articles of 6,200 long paragraphs each (about 10.8 MB).
function tenMegabytes(): string {
  const para = '各党总支、党支部要对照要求，认真进行自查自纠，主动查摆问题，及时整改，对整改不力、工作落实不到位的要拿起问责利器予以追责。';
  const lines: string[] = [];
  for (const n of ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) {
    lines.push(`第${n}条　${para}`);
    for (let i = 0; i < 6200; i++) lines.push(para);
  }
  const text = measure(lines);
  if (Buffer.byteLength(text) < 10 * 1024 * 1024) throw new Error('the 10 MB input is too small');
  return text;
}

const LONG = '问'.repeat(50_000) + '责'.repeat(50_000);

export const CASES: HostileCase[] = [
  { name: 'empty file', file: 'empty.txt', data: '', expect: 'error', process: true },
  { name: 'only whitespace', file: 'blank.txt', data: '\n\n   \n\u3000\u3000\n\t\n', expect: 'error' },
  {
    name: 'binary',
    file: 'binary.txt',
    data: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x01]),
    expect: 'error',
  },
  {
    name: 'GBK encoded',
    file: 'gbk.txt',
    // 测试办法 / 第一条　为加强问责，制定本办法。/ 第二条　本办法自印发之日起施行。 encoded as GBK
    data: Buffer.from('b2e2cad4b0ecb7a80a0ab5dad2bbccf5a1a1ceaabcd3c7bfcecad4f0a3acd6c6b6a8b1beb0ecb7a8a1a30ab5dab6feccf5a1a1b1beb0ecb7a8d7d4d3a1b7a2d6aec8d5c6f0caa9d0d0a1a30a', 'hex'),
    expect: 'ok', // decoded: GB18030/GBK is detected (chardet) and reported
    check: (doc) => expect(doc.meta.title).toBe('测试办法'),
    process: true,
  },
  {
    name: 'an encoding that is not Chinese',
    file: 'latin1.txt',
    // "café au lait" in ISO-8859-1
    data: Buffer.from('636166e920617520 6c6169740a'.replace(/ /g, ''), 'hex'),
    expect: 'error',
    checkError: (r) => expect(r.stderr).toMatch(/latin1\.txt:1: unknown encoding: not UTF-8, UTF-16 or GB18030/),
  },
  {
    name: 'UTF-8 with BOM',
    file: 'bom.txt',
    data: '\ufeff' + measure(ARTICLES),
    expect: 'ok',
    check: (doc) => {
      expect(doc.meta.title).toBe(TITLE);
      expect(articleIds(doc)).toEqual(['art-1', 'art-2', 'art-3']);
      noCR(doc);
    },
  },
  {
    name: 'CRLF',
    file: 'crlf.txt',
    data: measure(ARTICLES, '\r\n'),
    expect: 'ok',
    check: (doc) => {
      expect(doc.meta.title).toBe(TITLE);
      expect(idsOf(doc)).toContain('art-2-para-2');
      expect(articleIds(doc)).toEqual(['art-1', 'art-2', 'art-3']);
      noCR(doc);
    },
  },
  {
    name: 'mixed CR',
    file: 'mixed-cr.txt',
    data: `${TITLE}\r\r${ARTICLES[0]}\r${ARTICLES[1]}\r\n${ARTICLES[2]}\n${ARTICLES[3]}\r`,
    expect: 'ok',
    check: (doc) => {
      expect(articleIds(doc)).toEqual(['art-1', 'art-2', 'art-3']);
      expect(byId(doc, 'art-2-para-2')?.text).toBe('问责对象是各党总支、党支部。');
      noCR(doc);
    },
  },
  { name: 'ten megabytes', file: 'big.txt', data: tenMegabytes(), expect: 'either', timeoutMs: 180_000, recheck: false, process: true },
  {
    name: 'line of 100000 characters',
    file: 'long-line.txt',
    data: measure([ARTICLES[0], `第二条　${LONG}`, ARTICLES[3]]),
    expect: 'ok',
    literal: [LONG],
  },
  {
    name: 'duplicate article numbers',
    file: 'dup.txt',
    data: measure([ARTICLES[0], ARTICLES[1], '第二条　问责对象是各党总支。', ARTICLES[3]]),
    expect: 'error',
    // the second 第二条 is on line 5 of the file
    checkError: (r, file) => expect(r.stderr).toContain(`${basename(file)}:5`),
  },
  {
    name: 'gap in numbering',
    file: 'gap.txt',
    data: measure([ARTICLES[0], ARTICLES[1], '第四条　本办法自印发之日起施行。']),
    expect: 'either',
    // anchors follow the printed number: 第四条 stays #art-4, there is no #art-3
    check: (doc) => expect(articleIds(doc)).toEqual(['art-1', 'art-2', 'art-4']),
  },
  {
    name: 'articles out of order',
    file: 'order.txt',
    data: measure([ARTICLES[0], '第三条　本办法由党委办公室负责解释。', '第二条　本办法自印发之日起施行。']),
    expect: 'either',
    check: (doc) => {
      expect(byId(doc, 'art-3')?.num).toBe('第三条');
      expect(byId(doc, 'art-2')?.num).toBe('第二条');
    },
  },
  {
    name: 'chapter with no articles',
    file: 'empty-chapter.txt',
    data: measure(['第一章　总则', '第二章　问责情形', ...ARTICLES]),
    expect: 'either',
    check: (doc) => {
      const ids = idsOf(doc);
      expect(ids).toContain('chp-1');
      expect(ids).toContain('chp-2');
      const chp2 = byId(doc, 'chp-2')!;
      expect(chp2.children.map((n) => n.id)).toContain('art-1');
    },
  },
  {
    name: 'script element in the text',
    file: 'script.txt',
    data: measure([ARTICLES[0], '第二条　<script>alert("问责")</script>问责坚持依规依纪。', '<img src=x onerror=alert(1)>问责对象。', ARTICLES[3]]),
    expect: 'ok',
    literal: ['<script>alert("问责")</script>问责坚持依规依纪。', '<img src=x onerror=alert(1)>问责对象。'],
    check: (doc) => expect(articleIds(doc)).toEqual(['art-1', 'art-2', 'art-3']),
  },
  {
    name: 'braces in the text',
    file: 'braces.txt',
    data: measure([ARTICLES[0], '第二条　问责{alert(1)}坚持{依规}依纪。', '{/* 注释 */} 与 { 未闭合', '}', ARTICLES[3]]),
    expect: 'ok',
    literal: ['问责{alert(1)}坚持{依规}依纪。', '{/* 注释 */} 与 { 未闭合'],
  },
  {
    name: 'import and export lines',
    file: 'esm.txt',
    data: measure([ARTICLES[0], '第二条　问责坚持依规依纪。', "import x from 'y'", 'export const a = 1;', ARTICLES[3]]),
    expect: 'ok',
    literal: ["import x from 'y'", 'export const a = 1;'],
  },
  {
    name: 'JSX of our own elements in the text',
    file: 'jsx.txt',
    data: measure([ARTICLES[0], '第二条　<Article id="art-9" num="第九条" line={1} />问责。', '</Para></Article>', ARTICLES[3]]),
    expect: 'ok',
    literal: ['<Article id="art-9" num="第九条" line={1} />问责。', '</Para></Article>'],
    check: (doc) => expect(idsOf(doc)).not.toContain('art-9'),
  },
  {
    name: 'quotes backslashes and entities',
    file: 'quotes.txt',
    data: measure([ARTICLES[0], '第二条　"引号" \\"转义\\" 反斜杠\\ &amp; &lt;b&gt; &#x3c; ${x} `代码`', ARTICLES[3]]),
    expect: 'ok',
    literal: ['"引号" \\"转义\\" 反斜杠\\ &amp; &lt;b&gt; &#x3c; ${x} `代码`'],
  },
  {
    name: 'unbalanced book title mark in an article',
    file: 'unbalanced.txt',
    data: measure(['第一条　为加强党建工作问责，根据《中国共产党问责条例等党内法规，制定本办法。', '第二条　本办法所称》问责《，是指追究责任。', ARTICLES[3]]),
    expect: 'ok',
    literal: ['根据《中国共产党问责条例等党内法规，制定本办法。', '本办法所称》问责《，是指追究责任。'],
  },
  {
    name: 'unbalanced book title mark in the title',
    file: 'unbalanced-title.txt',
    data: ['关于印发《测试学院党建工作问责办法的通知', '', ...ARTICLES].join('\n') + '\n',
    expect: 'either',
  },
  {
    name: 'article with zhi yi suffix',
    file: 'zhiyi.txt',
    data: measure([ARTICLES[0], ARTICLES[1], '第二条之一　问责可以与组织处理并用。', ARTICLES[3]]),
    expect: 'ok',
    check: (doc) => expect(articleIds(doc)).toEqual(['art-1', 'art-2', 'art-2-1', 'art-3']),
  },
  {
    name: 'title and prose without articles',
    file: 'prose.txt',
    data: measure(['为加强党建工作，现提出如下意见。', '各单位要认真贯彻落实。']),
    expect: 'either',
  },
];

/** Text that is no regulation at all: refused (tests/hostile/refusals.test.ts). */
export const REFUSED_CASES: HostileCase[] = [
  {
    name: 'only site junk',
    file: 'junk.txt',
    data: '首页 > 新闻中心 > 通知公告\n发布时间：2017-06-21  浏览次数：1024\n【打印本页】【关闭窗口】\n版权所有 © 2017 日照职业技术学院 鲁ICP备05000000号\n',
    expect: 'error',
  },
];
