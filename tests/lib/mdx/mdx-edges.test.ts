/**
 * The MDX readers at their edges (src/lib/mdx/fast-read.ts, read.ts, format.ts), on small files
 * written here: the fast reader takes exactly the writer's shape and answers null for anything else
 * (so the reference reader decides), the reference reader names file:line and what it expected, and
 * attributes are written as plain strings only when nothing in them could be read as markup.
 */
import { describe, expect, it } from 'vitest';
import { readMdxFast } from '../../../src/lib/mdx/fast-read.ts';
import { attr, ELEMENT_OF, LEVEL_OF } from '../../../src/lib/mdx/format.ts';
import { MdxContentError, readMdx, readMdxWithRemark } from '../../../src/lib/mdx/read.ts';
import { errorOf } from '../../support/thrown.ts';

const FRONT = '---\nslug: x\ntitle: t\nshortTitle: t\nclass: 评论\nsource: {file: a.txt, from: 1, to: 2}\n---\n';

describe('the fast reader', () => {
  it('reads the writer’s shape: nesting, string and JSON attributes, tables, comments', () => {
    const text =
      FRONT +
      '\n{/* generated */}\n' +
      '<Article id="art-1" num="第一条" ordinal={1} line={3} text={"甲\\"乙"}>\n' +
      '<Para id="art-1-para-1" ordinal={1} line={3} text="丙" />\n' +
      '</Article>\n' +
      '<Annex id="annex-1" line={5}>\n<Table line={6}>\n<Row>\n<Cell line={6} text="a" rowspan={2} colspan={3} />\n<Cell line={6} />\n</Row>\n</Table>\n</Annex>\n' +
      '<Signoff line={-1} text="" />\n';
    const read = readMdxFast(text)!;
    expect(read.front).toMatchObject({ slug: 'x', class: '评论' });
    expect(read.root).toEqual({
      kind: 'document',
      text: '',
      line: 1,
      children: [
        { kind: 'article', id: 'art-1', num: '第一条', ordinal: 1, line: 3, text: '甲"乙', children: [{ kind: 'para', id: 'art-1-para-1', ordinal: 1, line: 3, text: '丙', children: [] }] },
        { kind: 'annex', id: 'annex-1', line: 5, text: '', children: [{ kind: 'table', line: 6, text: '', children: [], rows: [[{ text: 'a', line: 6, rowspan: 2, colspan: 3 }, { text: '', line: 6 }]] }] },
        { kind: 'signoff', line: -1, text: '', children: [] },
      ],
    });
    expect(readMdxWithRemark(text, 'x.mdx').root).toEqual(read.root);
  });

  it('answers null for anything else, so that the reference reader decides', () => {
    const body = (b: string) => readMdxFast(`${FRONT}\n${b}\n`);
    const nulls = [
      '<Para line={1} text="a"/>', // no space before />
      '<Para line={1} text="a" >', // not closed by > right after the attributes
      '<Para line={1}',
      '<Para text="a" />', // no line
      '<Bogus line={1} />',
      'text',
      '</Para>',
      '<Article line={1}>\n</Para>',
      '<Article line={1}>',
      '<Para line={1} text={true} />',
      '<Para line={1} text={a} />',
      '<Para line={1}  text="a" extra />',
      '<Table line={1}>\n<Row />\n</Table>',
      '<Table line={1}>\n<Cell line={1} />\n</Table>',
      '<Table line={1}>\n<Row>\n<Cell text="a" />\n</Row>\n</Table>',
      '<Table line={1}>\n<Row>\n<Cell line={1}>\n</Row>\n</Table>',
      '<Article line={1}>\n{/* inside */}\n</Article>',
    ];
    for (const b of nulls) expect(body(b), b).toBeNull();
    expect(readMdxFast('slug: x\n')).toBeNull();
    expect(readMdxFast('---\nslug: x\n')).toBeNull();
    expect(readMdxFast('---\n: : [\n---\n')).toBeNull();
    // spaces at a line's end are the writer's shape too
    expect(body('<Para line={1} text="a" />   ')).not.toBeNull();
  });
});

describe('the reference reader names file:line', () => {
  const bad = (b: string) => () => readMdxWithRemark(`${FRONT}\n${b}\n`, 'content/regulations/x.mdx');

  it('for what it cannot take', () => {
    expect(errorOf(() => readMdxWithRemark('<Para line={1} />\n', 'x.mdx'), MdxContentError).message).toContain('x.mdx:1: expected YAML frontmatter between --- lines');
    expect(errorOf(bad('<Para line={1} {...rest} />'), MdxContentError).message).toContain('content/regulations/x.mdx:9: unexpected spread attribute on <Para>');
    expect(errorOf(bad('<Para line={1} text={{a: 1}} />'), MdxContentError).message).toContain('content/regulations/x.mdx:9: attribute text of <Para> must be a JSON string or number literal');
    expect(errorOf(bad('<Para line={1} text={true} />'), MdxContentError).message).toContain('content/regulations/x.mdx:9: attribute text of <Para> must be a string or number');
    expect(errorOf(bad('<Para text="a" />'), MdxContentError).message).toContain('content/regulations/x.mdx:9: <Para> needs line={N}');
    expect(errorOf(bad('<Article line={1}>\n\n甲\n\n</Article>'), MdxContentError).message).toContain('content/regulations/x.mdx:11: unexpected paragraph inside <Article>; expected only elements (text goes in text="…")');
    expect(errorOf(bad('甲'), MdxContentError).message).toContain('content/regulations/x.mdx:9: unexpected paragraph at the top level; expected provision elements');
    expect(errorOf(bad('<Bogus line={1} />'), MdxContentError).message).toContain(`content/regulations/x.mdx:9: unknown element <Bogus>; expected one of ${Object.keys(LEVEL_OF).join(', ')}`);
    expect(errorOf(() => readMdxWithRemark('---\nslug: x\n---\n', 'x.mdx'), MdxContentError).message).toMatch(/^x\.mdx:2: frontmatter title: /);
    expect(bad('<Para line={1} />')).not.toThrow();
    try {
      bad('<Para text="a" />')();
    } catch (e) {
      expect(e).toBeInstanceOf(MdxContentError);
      expect([(e as MdxContentError).file, (e as MdxContentError).line, (e as MdxContentError).name]).toEqual(['content/regulations/x.mdx', 9, 'MdxContentError']);
    }
  });

  it('and reads a hand edit: comments skipped, attributes across lines, numbers, table cells', () => {
    const doc = readMdx(
      `${FRONT}\n{/* a comment */}\n\n<Article\n  id="art-1"\n  line={3}\n  ordinal={1}\n  suffix={2}>\n  <Table line={4}>\n    <Row>\n      <Cell line={4} text="甲" rowspan={2} colspan={2} />\n      <Cell line={4} />\n    </Row>\n  </Table>\n</Article>\n`,
      'x.mdx',
    );
    expect(doc.root.children).toEqual([
      { kind: 'article', id: 'art-1', line: 3, ordinal: 1, suffix: 2, text: '', children: [{ kind: 'table', line: 4, text: '', children: [], rows: [[{ text: '甲', line: 4, rowspan: 2, colspan: 2 }, { text: '', line: 4 }]] }] },
    ]);
    expect(doc).toMatchObject({ aliases: {}, excluded: [], corrections: [] });
  });
});

describe('attributes as written', () => {
  it('are plain strings unless something in them could be markup, then JSON with braces and brackets escaped', () => {
    expect(attr('line', 3)).toBe('line={3}');
    expect(attr('text', '第一条　甲')).toBe('text="第一条　甲"');
    for (const c of ['"', '&', '{', '}', '<', '>', '\\', '\n', '\r', '\t', '\u2028', '\u2029']) expect(attr('text', `a${c}b`).startsWith('text={'), JSON.stringify(c)).toBe(true);
    expect(attr('text', '<b>{x}</b>')).toBe('text={"\\u003cb\\u003e\\u007bx\\u007d\\u003c/b\\u003e"}');
    expect(attr('text', 'a\u2028b')).toBe('text={"a\\u2028b"}');
    expect(ELEMENT_OF.interpretation).toBe('Interpretation');
    expect(LEVEL_OF.Sub).toBe('sub');
  });
});
