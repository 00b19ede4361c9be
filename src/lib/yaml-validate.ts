/**
 * Parse YAML and validate it with a zod schema, reporting every problem as
 * `file:line:column: message` (the place of the offending value), after
 * Astro's content layer.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';

export interface PlacedError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class ValidationError extends Error {
  readonly errors: PlacedError[];
  constructor(errors: PlacedError[]) {
    super(errors.map(formatPlaced).join('\n'));
    this.name = 'ValidationError';
    this.errors = errors;
  }
}

export function formatPlaced(e: PlacedError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/** Locate the YAML node at a zod issue path; returns the deepest node that exists. */
function nodeAt(root: unknown, path: (string | number)[]): YamlNode | null {
  let current = root as YamlNode | null;
  let found = current;
  for (const key of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (!pair) break;
      current = (pair.value as YamlNode) ?? (pair.key as YamlNode);
    } else if (isSeq(current) && typeof key === 'number') {
      current = (current.items[key] as YamlNode) ?? null;
      if (!current) break;
    } else break;
    found = current;
  }
  return found;
}

export interface Validated<T> {
  data: T;
  /** 1-based line of the value at a path, for later cross-reference errors. */
  lineOf(path: (string | number)[]): number;
}

/** Parse `text` as YAML and validate with `schema`; throws ValidationError listing every problem with file:line. */
export function parseYamlWith<S extends z.ZodTypeAny>(text: string, file: string, schema: S): Validated<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const place = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    throw new ValidationError(
      doc.errors.map((e) => ({ file, ...place(e.pos[0]), message: `invalid YAML: ${e.message.split('\n')[0]}` })),
    );
  }
  const result = schema.safeParse(doc.toJS());
  const lineOf = (path: (string | number)[]) => {
    const n = nodeAt(doc.contents, path);
    return n?.range ? place(n.range[0]).line : 1;
  };
  if (!result.success) {
    throw new ValidationError(
      result.error.issues.map((issue) => {
        const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        let n = nodeAt(doc.contents, path);
        if (issue.code === 'unrecognized_keys' && isMap(n)) {
          const pair = n.items.find((p) => issue.keys.includes(String((p.key as { value?: unknown })?.value)));
          if (pair) n = pair.key as YamlNode;
        }
        const pos = n?.range ? place(n.range[0]) : { line: 1, column: 1 };
        const where = path.length ? `${path.join('.')}: ` : '';
        // zod 4 no longer names the value it refused among the allowed ones: say it.
        const seen = issue.code === 'invalid_value' && isScalar(n) ? `, got ${JSON.stringify(n.value)}` : '';
        return { file, ...pos, message: `${where}${issue.message}${seen}` };
      }),
    );
  }
  return { data: result.data, lineOf };
}

/**
 * Parse and validate several YAML files with one schema, in file-name order.
 * A file that fails adds its problems to `errors` and is left out, so one run
 * reports the problems of every file.
 */
export function parseEachYaml<S extends z.ZodTypeAny>(
  sources: readonly { file: string; text: string }[],
  schema: S,
  errors: PlacedError[],
): { file: string; parsed: Validated<z.output<S>> }[] {
  const out: { file: string; parsed: Validated<z.output<S>> }[] = [];
  for (const src of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    try {
      out.push({ file: src.file, parsed: parseYamlWith(src.text, src.file, schema) });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      errors.push(...e.errors);
    }
  }
  return out;
}
