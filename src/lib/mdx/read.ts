/**
 * Read content/regulations/*.mdx back into a RegDocument, with unified +
 * remark-parse + remark-mdx. Attribute values are data: plain strings or JSON
 * string/number literals; anything else is an error naming file:line.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { docMeta } from '../../schemas/meta.ts';
import type { RegDocument } from '../document.ts';
import { CELL, LEVEL_OF, NUMBER_ATTRS, ROW, STRING_ATTRS } from './format.ts';
import type { Cell, ProvisionNode } from '../tree.ts';
import { readMdxFast } from './fast-read.ts';

export class MdxContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'MdxContentError';
  }
}

const frontSchema = docMeta.extend({
  aliases: z.record(z.string(), z.string()).default({}),
  excluded: z.array(z.object({ from: z.number(), to: z.number(), reason: z.string(), text: z.string().optional() })).default([]),
  corrections: z
    .array(z.object({ line: z.number(), find: z.string().optional(), replace: z.string().optional(), join: z.boolean().optional(), reason: z.string() }))
    .default([]),
});

// Minimal mdast shapes we read.
interface JsxAttr {
  type: string;
  name: string;
  value: string | { value: string } | null;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: JsxAttr[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

const processor = unified().use(remarkParse).use(remarkMdx, { addResult: false } as never).use(remarkFrontmatter, ['yaml']);

function withFront(raw: unknown, root: ProvisionNode, file: string): RegDocument {
  const front = frontSchema.safeParse(raw);
  if (!front.success) {
    const i = front.error.issues[0];
    throw new MdxContentError(file, 2, `frontmatter ${i.path.join('.')}: ${i.message}`);
  }
  const { aliases, excluded, corrections, ...meta } = front.data;
  return { meta, root, aliases, excluded, corrections };
}

/**
 * Read an MDX file of content/regulations. Files in the writer's exact shape
 * take the fast path (mdx-fast-read.ts); anything else, e.g. a hand edit, is
 * read by unified + remark-mdx, which reports problems with file:line.
 */
export function readMdx(text: string, file: string): RegDocument {
  const fast = readMdxFast(text);
  if (fast) return withFront(fast.front, fast.root, file);
  return readMdxWithRemark(text, file);
}

/** The reference reader: unified + remark-parse + remark-mdx. */
export function readMdxWithRemark(text: string, file: string): RegDocument {
  const tree = processor.parse(text) as unknown as MdNode;
  const children = tree.children ?? [];
  const yaml = children.find((c) => c.type === 'yaml');
  if (!yaml) throw new MdxContentError(file, 1, 'expected YAML frontmatter between --- lines');
  const frontRaw: unknown = parseYaml(yaml.value ?? '');
  const lineOf = (n: MdNode) => n.position?.start.line ?? 1;

  const attrs = (n: MdNode): Record<string, string | number> => {
    const out: Record<string, string | number> = {};
    for (const a of n.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute') throw new MdxContentError(file, lineOf(n), `unexpected spread attribute on <${n.name}>`);
      if (typeof a.value === 'string') out[a.name] = a.value;
      else if (a.value && typeof a.value === 'object') {
        let v: unknown;
        try {
          v = JSON.parse(a.value.value);
        } catch {
          throw new MdxContentError(file, lineOf(n), `attribute ${a.name} of <${n.name}> must be a JSON string or number literal`);
        }
        if (typeof v !== 'string' && typeof v !== 'number') throw new MdxContentError(file, lineOf(n), `attribute ${a.name} of <${n.name}> must be a string or number`);
        out[a.name] = v;
      }
    }
    return out;
  };

  const toNode = (n: MdNode): ProvisionNode => {
    const kind = LEVEL_OF[n.name ?? ''];
    if (!kind) throw new MdxContentError(file, lineOf(n), `unknown element <${n.name}>; expected one of ${Object.keys(LEVEL_OF).join(', ')}`);
    const a = attrs(n);
    const out: ProvisionNode = { kind, text: '', line: 0, children: [] };
    for (const k of STRING_ATTRS) if (typeof a[k] === 'string') (out as unknown as Record<string, unknown>)[k] = a[k];
    for (const k of NUMBER_ATTRS) if (typeof a[k] === 'number') (out as unknown as Record<string, unknown>)[k] = a[k];
    if (typeof a.line !== 'number') throw new MdxContentError(file, lineOf(n), `<${n.name}> needs line={N}`);
    for (const c of n.children ?? []) {
      if (c.type !== 'mdxJsxFlowElement') {
        throw new MdxContentError(file, lineOf(c), `unexpected ${c.type} inside <${n.name}>; expected only elements (text goes in text="…")`);
      }
      if (c.name === ROW) {
        out.rows ??= [];
        out.rows.push(
          (c.children ?? []).filter((x) => x.type === 'mdxJsxFlowElement' && x.name === CELL).map((x) => {
            const ca = attrs(x);
            const cell: Cell = { text: String(ca.text ?? ''), line: Number(ca.line) };
            if (typeof ca.rowspan === 'number') cell.rowspan = ca.rowspan;
            if (typeof ca.colspan === 'number') cell.colspan = ca.colspan;
            return cell;
          }),
        );
      } else out.children.push(toNode(c));
    }
    return out;
  };

  const root: ProvisionNode = { kind: 'document', text: '', line: 1, children: [] };
  for (const c of children) {
    if (c.type === 'yaml') continue;
    if (c.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(c.value ?? '')) continue; // a comment
    if (c.type !== 'mdxJsxFlowElement') throw new MdxContentError(file, lineOf(c), `unexpected ${c.type} at the top level; expected provision elements`);
    root.children.push(toNode(c));
  }
  return withFront(frontRaw, root, file);
}
