/**
 * Surgical manifest edits: new sources are appended as text, generated for
 * the new entries only, so every other byte of manifest.yaml (comments,
 * flow mappings like `{ slug: … }`, blank lines) stays as it was.
 */
import { Document, parseDocument, isSeq, isMap, isPair, isScalar, visit } from 'yaml';

export class ManifestAppendError extends Error {
  override name = 'ManifestAppendError';
}

/** One entry as block YAML, every line indented by `indent` spaces, the first opening with `- `. */
export function entryText(entry: unknown, indent: number): string {
  const doc = new Document([entry]);
  // the manifest's own style: `lines: [1, 93]`, `- { lines: [1, 4], reason: … }`, `parents: [{ slug: …, version: '2016' }]`
  visit(doc, {
    Seq(_, node, path) {
      const owner = path[path.length - 1];
      const key = isPair(owner) && isScalar(owner.key) ? owner.key.value : null;
      if (node.items.every((i) => isScalar(i)) || key === 'parents') node.flow = true;
      if (key === 'exclude' || key === 'corrections') for (const item of node.items) if (isMap(item)) item.flow = true;
    },
  });
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true, indentSeq: true, singleQuote: true });
  return text
    .trimEnd()
    .split('\n')
    .map((l) => ' '.repeat(indent) + l)
    .join('\n');
}

/**
 * The fast path, without parsing a large manifest again: when `sources:` is
 * the only top-level key and opens a block list, the column of its items'
 * `-`; else null (the caller parses).
 */
function blockListIndent(text: string): number | null {
  const lines = text.split('\n');
  const top = lines.flatMap((l, i) => (/^[^\s#-]/.test(l) ? [i] : []));
  if (top.length !== 1 || !/^sources:[ \t]*(#.*)?$/.test(lines[top[0]])) return null;
  const first = lines.slice(top[0] + 1).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const m = first?.match(/^( *)- /);
  return m ? m[1].length : null;
}

/**
 * `text` with `entries` appended to its `sources:` list. The list must be the
 * last thing in the file (the schema allows no other top-level key), or an
 * empty `sources: []` / missing key, which is replaced by a block list.
 */
export function appendSources(text: string, entries: unknown[]): string {
  if (!entries.length) return text;
  const fast = blockListIndent(text);
  if (fast !== null) {
    const end = text.endsWith('\n') ? '' : '\n';
    return `${text}${end}\n${entries.map((e) => entryText(e, fast)).join('\n\n')}\n`;
  }
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length) throw new ManifestAppendError(`the manifest does not parse: ${doc.errors[0].message}`);
  const root = doc.contents;
  if (root !== null && !isMap(root)) throw new ManifestAppendError('expected the manifest to be a mapping with `sources:`');
  const sources = root ? root.get('sources', true) : undefined;
  const eol = text.endsWith('\n') || text === '' ? '' : '\n';
  if (!sources || (isSeq(sources) && sources.items.length === 0)) {
    const body = entries.map((e) => entryText(e, 2)).join('\n\n');
    if (!sources) return `${text}${eol}sources:\n${body}\n`;
    const [start, , end] = sources.range!;
    return `${text.slice(0, start).replace(/[ \t]*$/, '')}\n${body}\n${text.slice(end)}`;
  }
  if (!isSeq(sources) || sources.flow) throw new ManifestAppendError('expected `sources:` as a block list (- file: …) to append to');
  const last = root!.items[root!.items.length - 1];
  if (last.value !== sources) throw new ManifestAppendError('expected `sources:` to be the last key of the manifest');
  // indentation of the existing items: the column of the first `-`
  const first = sources.range![0];
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  const dash = text.slice(lineStart).search(/-/);
  const indent = dash >= 0 && text.slice(lineStart, lineStart + dash).trim() === '' ? dash : 2;
  const body = entries.map((e) => entryText(e, indent)).join('\n\n');
  return `${text}${eol}\n${body}\n`;
}
