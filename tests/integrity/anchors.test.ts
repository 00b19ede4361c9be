/**
 * Anchor stability: trainers link to `#art-5-para-1-item-1-sub-2` forever.
 * Re-ingesting a seed with an edit in one article must leave every anchor in
 * place; a renumbering is bridged by aliases (old id → new id).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { manifestSchema, type DocumentSpec, type SourceSpec } from '../../src/schemas/manifest.ts';
import { buildDocument } from '../../src/lib/ingest/pipeline.ts';
import { splitLines } from '../../src/lib/ingest/source-lines.ts';
import { writeMdx } from '../../src/lib/mdx/write.ts';
import { readMdx } from '../../src/lib/mdx/read.ts';
import type { RegDocument } from '../../src/lib/document.ts';
import { walk } from '../../src/lib/tree.ts';
import { REPO } from './build.ts';

const SOURCE = '000_08f3b235e1e70cc8.txt';
const SLUG = 'rizhao-polytechnic-2017';

let source: SourceSpec;
let spec: DocumentSpec;
let lines: string[];

beforeAll(() => {
  const manifest = manifestSchema.parse(parseYaml(readFileSync(join(REPO, 'content/sources/manifest.yaml'), 'utf8')));
  source = manifest.sources.find((s) => s.file === SOURCE)!;
  spec = source.documents.find((d) => d.slug === SLUG)!;
  lines = splitLines(readFileSync(join(REPO, 'content/sources', SOURCE), 'utf8'));
});

const build = (ls: string[], s: DocumentSpec = spec) => buildDocument(source, s, ls);
const errors = (b: ReturnType<typeof build>) => b.diagnostics.filter((d) => d.severity === 'error');
/** id → text of every provision with an id. */
const anchors = (doc: RegDocument) => new Map([...walk(doc.root)].filter(([n]) => n.id).map(([n]) => [n.id!, n.text]));
const lineIndex = (prefix: string) => {
  const i = lines.findIndex((l) => l.trim().startsWith(prefix));
  if (i < 0) throw new Error(`${SOURCE}: no line starts with ${prefix}; update the test`);
  return i;
};

describe('anchor stability', () => {
  it('the seed builds without errors and has the deep anchors trainers use', () => {
    const b = build(lines);
    expect(errors(b)).toEqual([]);
    const ids = [...anchors(b.doc).keys()];
    expect(ids).toContain('art-3-para-2');
    expect(ids).toContain('art-6');
    expect(ids.some((id) => /^art-5-para-1-item-\d+-sub-\d+$/.test(id))).toBe(true);
  });

  it('editing the wording of one article changes its text and no anchor', () => {
    const before = anchors(build(lines).doc);
    const edited = [...lines];
    const i = lineIndex('第三条');
    edited[i] = edited[i].replace('按照职责权限', '依照职责权限和管理权限');
    expect(edited[i]).not.toBe(lines[i]);
    const b = build(edited);
    expect(errors(b)).toEqual([]);
    const after = anchors(b.doc);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after].filter(([id, text]) => before.get(id) !== text).map(([id]) => id);
    expect(changed).toEqual(['art-3-para-1']);
  });

  it('adding a paragraph to one article adds its anchor and leaves every other anchor in place', () => {
    const before = anchors(build(lines).doc);
    const edited = [...lines];
    const i = lineIndex('问责对象是各党总支');
    // a new third paragraph of 第三条, inserted after its second
    edited.splice(i + 1, 0, '　　问责结果作为党组织和党员干部考核的重要依据。');
    const b = build(edited, { ...spec, lines: [spec.lines[0], spec.lines[1] + 1] });
    expect(errors(b)).toEqual([]);
    const after = anchors(b.doc);
    const added = [...after.keys()].filter((id) => !before.has(id));
    const lost = [...before.keys()].filter((id) => !after.has(id));
    expect(added).toEqual(['art-3-para-3']);
    expect(lost).toEqual([]);
  });

  it('an alias maps an old anchor to the new one after a renumbering, and survives the MDX round trip', () => {
    // 第六条 is deleted from the source: the old 第七条 becomes 第六条, and so on.
    const edited = [...lines];
    const i = lineIndex('第六条');
    const j = lineIndex('第七条');
    edited.splice(i, j - i);
    for (let k = i; k < edited.length; k++) {
      edited[k] = edited[k].replace(/第(七|八|九|十|十一|十二|十三|十四)条/, (_, n: string) => {
        const order = ['七', '八', '九', '十', '十一', '十二', '十三', '十四'];
        const names = ['六', '七', '八', '九', '十', '十一', '十二', '十三'];
        return `第${names[order.indexOf(n)]}条`;
      });
    }
    const old = anchors(build(lines).doc);
    const oldIds = new Set(old.keys());
    const renumbered: DocumentSpec = {
      ...spec,
      lines: [spec.lines[0], spec.lines[1] - (j - i)],
      aliases: { 'art-7': 'art-6', 'art-7-para-1': 'art-6-para-1' },
    };
    const b = build(edited, renumbered);
    expect(errors(b)).toEqual([]);
    const now = anchors(b.doc);
    const newIds = new Set(now.keys());
    // the alias leads to the same provision: the old 第七条's text is now at #art-6
    expect(now.get('art-6-para-1')).toBe(old.get('art-7-para-1'));
    expect(oldIds.has('art-7')).toBe(true);
    for (const [from, to] of Object.entries(renumbered.aliases)) {
      expect(oldIds.has(from), `${from} existed before`).toBe(true);
      expect(newIds.has(to), `${to} exists after`).toBe(true);
    }
    const back = readMdx(writeMdx(b.doc), `${SLUG}.mdx`);
    expect(back.aliases).toEqual(renumbered.aliases);
  });

  it('an alias to an anchor the document does not have is an error naming file:line', () => {
    const b = build(lines, { ...spec, aliases: { 'art-99': 'art-98' } });
    const e = errors(b).filter((d) => d.ruleId === 'alias-target');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ file: SOURCE, line: spec.lines[0] });
    expect(e[0].message).toContain('art-98');
  });
});
