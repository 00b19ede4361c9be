/**
 * The MDX dialect: writing then reading gives the same document; hostile text
 * stays text (through our reader, and through a real MDX compiler that
 * evaluates the file); a hand-broken file fails with file:line.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '@mdx-js/mdx';
import { ingestAll, loadManifest } from '../../../scripts/lib/ingest-core.ts';
import { writeMdx } from '../../../src/lib/mdx/write.ts';
import { readMdx, readMdxWithRemark, MdxContentError } from '../../../src/lib/mdx/read.ts';
import { readMdxFast } from '../../../src/lib/mdx/fast-read.ts';
import { buildDocument } from '../../../src/lib/ingest/pipeline.ts';
import { splitLines } from '../../../src/lib/ingest/source-lines.ts';
import { walk } from '../../../src/lib/tree.ts';
import type { RegDocument } from '../../../src/lib/document.ts';
import { errorOf } from '../../support/thrown.ts';

/** A minimal automatic JSX runtime: elements are plain objects, so the test needs no React. */
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Record<string, unknown>) => ({ type, props });
const runtime = { Fragment, jsx, jsxs: jsx };

const plain = (d: RegDocument) => JSON.parse(JSON.stringify(d));

const { docs: seedDocs } = await ingestAll(loadManifest());

describe('round trip', () => {
  const docs = seedDocs;
  it.each(docs.map((d) => [d.meta.slug, d] as const))('%s: read(write(doc)) = doc, by the fast reader and by remark-mdx', (_slug, d) => {
    const mdx = writeMdx(d);
    expect(readMdxFast(mdx), 'the fast reader takes what the writer writes').not.toBeNull();
    expect(plain(readMdx(mdx, 'x.mdx'))).toEqual(plain(d));
    expect(plain(readMdxWithRemark(mdx, 'x.mdx'))).toEqual(plain(d));
  });
  it('a hand edit outside the writer\'s shape falls back to remark-mdx and still reads', () => {
    const d = docs[0];
    const edited = writeMdx(d).replace(/<Title ([^\n]*) \/>/, (_m, a: string) => `<Title\n  ${a}\n/>`);
    expect(readMdxFast(edited)).toBeNull();
    expect(plain(readMdx(edited, 'x.mdx'))).toEqual(plain(d));
  });
});

const HOSTILE = [
  '恶意测试办法',
  '第一条 <script>alert("x")</script> 不得执行。',
  '第二条 {1+1} 与 {process.exit(1)} 原样显示。',
  'import x from \'y\'',
  'export const a = 1;',
  '第三条 # * _ | ` \\ [链接](javascript:alert(1)) &amp; &lt;b&gt; </Article> {/* */}',
].join('\n');

function hostileDoc(): RegDocument {
  const lines = splitLines(HOSTILE);
  const built = buildDocument(
    { file: 'hostile.txt', documents: [], exclude: [] },
    { slug: 'hostile', lines: [1, lines.length], kind: 'regulation', meta: {}, aliases: {}, corrections: [] },
    lines,
  );
  return built.doc;
}

describe('hostile text is published literally', () => {
  // Written in each test (not while vitest collects the file), so that mutation testing covers write.ts per test.
  const written = () => {
    const doc = hostileDoc();
    return { doc, mdx: writeMdx(doc) };
  };
  const texts = (d: RegDocument) => [...walk(d.root)].map(([n]) => n.text).filter(Boolean);

  it('survives our readers unchanged', () => {
    const { doc, mdx } = written();
    expect(texts(readMdx(mdx, 'hostile.mdx'))).toEqual(texts(doc));
    expect(texts(readMdxWithRemark(mdx, 'hostile.mdx'))).toEqual(texts(doc));
    expect(texts(doc).join('\n')).toContain('<script>alert("x")</script>');
    expect(texts(doc).join('\n')).toContain("import x from 'y'");
  });

  it('is inert when a real MDX compiler evaluates the file', async () => {
    const { doc, mdx } = written();
    const seen: string[] = [];
    const Capture = (props: { text?: string; children?: unknown }) => {
      if (props.text) seen.push(props.text);
      return (props.children ?? null) as never;
    };
    const components = Object.fromEntries(['Title', 'Notice', 'Preamble', 'Article', 'Para', 'Item', 'Sub', 'Signoff', 'Chapter', 'Section'].map((n) => [n, Capture]));
    const body = mdx.replace(/^---[\s\S]*?\n---\n/, '');
    const { default: Content } = await evaluate(body, { ...runtime, development: false } as never);
    // render by calling the component tree: the JSX runtime builds elements; walk them
    const tree = (Content as (p: unknown) => unknown)({ components });
    const visit = (el: unknown): void => {
      if (Array.isArray(el)) return el.forEach(visit);
      if (!el || typeof el !== 'object') return;
      const e = el as { type?: unknown; props?: { children?: unknown; text?: string } };
      if (typeof e.type === 'function') return visit((e.type as (p: unknown) => unknown)(e.props));
      const kids = e.props?.children;
      (Array.isArray(kids) ? kids : [kids]).forEach(visit);
    };
    visit(tree);
    expect(seen).toEqual(texts(doc));
  });
});

describe('a broken MDX file names file:line', () => {
  it('unknown element', () => {
    const bad = '---\nslug: x\ntitle: t\nshortTitle: t\nclass: 评论\nsource: {file: a.txt, from: 1, to: 2}\n---\n\n<Article id="art-1" line={1}>\n<Bogus line={2} />\n</Article>\n';
    expect(errorOf(() => readMdx(bad, 'content/regulations/x.mdx'), MdxContentError).message).toMatch(/content\/regulations\/x\.mdx:10: unknown element <Bogus>/);
  });
  it('code in an attribute', () => {
    const bad = '---\nslug: x\ntitle: t\nshortTitle: t\nclass: 评论\nsource: {file: a.txt, from: 1, to: 2}\n---\n\n<Para line={1} text={alert(1)} />\n';
    expect(errorOf(() => readMdx(bad, 'x.mdx'), MdxContentError).message).toMatch(/x\.mdx:9: attribute text of <Para> must be a JSON string/);
  });
  it('an expression that is not a comment', () => {
    const bad = '---\nslug: x\ntitle: t\nshortTitle: t\nclass: 评论\nsource: {file: a.txt, from: 1, to: 2}\n---\n\n{alert(1)}\n';
    expect(errorOf(() => readMdx(bad, 'x.mdx'), MdxContentError).message).toMatch(/x\.mdx:9: unexpected mdxFlowExpression/);
  });
  it('bad frontmatter', () => {
    expect(errorOf(() => readMdx('---\nslug: Not A Slug\n---\n', 'x.mdx'), MdxContentError).message).toMatch(/x\.mdx:2: frontmatter/);
  });
});
