import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { getCrosswalk } from '../../src/data/crosswalk.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { readTopics } from '../../src/data/crosswalk.ts';

/** Each parent's own topics (content/crosswalk/topics), as the site uses them. */
const topics = readTopics();
import { CSV_COLUMNS, CSV_INDEX_COLUMNS, crosswalkCsv, crosswalkIndexCsv, crosswalkIndexJson, crosswalkJson, crosswalkParts } from '../../src/lib/crosswalk/export.ts';
import { crosswalkLink } from '../../src/schemas/crosswalk.ts';
import { z } from 'zod';

const docs = getCorpus().documents;

/** Minimal RFC 4180 reader (quoted fields, doubled quotes), enough to read our own export back. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('crosswalk exports', () => {
  // Built in each test (not while vitest collects the file), so that mutation testing covers the crosswalk per test.
  const seedCrosswalk = () => buildCrosswalk(docs, [], topics);

  it('is deterministic: two builds give byte-identical exports', () => {
    const cw = seedCrosswalk();
    const again = buildCrosswalk([...docs].reverse(), [], topics);
    expect(crosswalkJson(again)).toBe(crosswalkJson(cw));
    expect(crosswalkCsv(again)).toBe(crosswalkCsv(cw));
  });

  it('JSON: version, links valid against the schema, external references', () => {
    const cw = seedCrosswalk();
    const data = JSON.parse(crosswalkJson(cw));
    expect(data.version).toBe(1);
    expect(z.array(crosswalkLink).parse(data.links)).toHaveLength(cw.links.length);
    expect(data.external.length).toBeGreaterThan(5);
    expect(data.external.every((e: { title?: string }) => typeof e.title === 'string')).toBe(true);
  });

  it('CSV: the documented header and one row per link', () => {
    const cw = seedCrosswalk();
    const csv = crosswalkCsv(cw);
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(cw.links.length + 1);
    const l = cw.links[0]!;
    expect(rows[1]).toEqual([
      l.from.doc,
      l.from.anchor,
      l.to.doc,
      l.to.anchor,
      l.relation,
      l.source,
      l.score.toFixed(3),
      l.evidence.join(' | '),
      l.why,
      l.kept!.toFixed(3),
      l.added!.join(' | '),
      l.dropped!.join(' | '),
    ]);
  });

  it('every link says why its relation is what it is, with the kept share and the added and dropped phrases (JSON and CSV)', () => {
    const cw = seedCrosswalk();
    const data = JSON.parse(crosswalkJson(cw));
    for (const l of data.links) {
      expect(l.why).toMatch(/^(重申|细化|相关) · /);
      expect(typeof l.kept).toBe('number');
      expect(Array.isArray(l.added) && Array.isArray(l.dropped)).toBe(true);
    }
    const rizhao = data.links.find((l: { from: { doc: string; anchor: string }; to: { anchor: string } }) => l.from.doc === 'rizhao-polytechnic-2017' && l.from.anchor === 'art-6' && l.to.anchor === 'art-7');
    expect(rizhao.added).toEqual(expect.arrayContaining(['提醒', '函询']));
    const rows = parse(crosswalkCsv(cw));
    const why = CSV_COLUMNS.indexOf('why');
    expect(rows.slice(1).every((r) => /^(重申|细化|相关) · /.test(r[why]!))).toBe(true);
  });

  it('`npm run crosswalk -- --json` prints exactly what the site publishes (corpus + content/crosswalk), alone on stdout', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/crosswalk.ts', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe(crosswalkJson(getCrosswalk()));
    expect(JSON.parse(out).links.some((l: { source: string }) => l.source === 'curated')).toBe(true);
  });

  it('the site splits the export by document: the parts hold every link and external reference once, each in the full format, listed by the index', () => {
    const cw = seedCrosswalk();
    const parts = crosswalkParts(cw);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(parts.map((p) => p.doc)).toEqual([...parts.map((p) => p.doc)].sort());
    // Every link of the whole export is in exactly one part: the one of its local document.
    const full = JSON.parse(crosswalkJson(cw));
    const joined = parts.flatMap((p) => {
      const one = JSON.parse(crosswalkJson(p));
      expect(one.version).toBe(1);
      expect(one.links.every((l: { from: { doc: string } }) => l.from.doc === p.doc)).toBe(true);
      expect(one.external.every((e: { from: { doc: string } }) => e.from.doc === p.doc)).toBe(true);
      return one.links;
    });
    expect(joined).toHaveLength(full.links.length);
    expect(new Set(joined.map((l: unknown) => JSON.stringify(l)))).toEqual(new Set(full.links.map((l: unknown) => JSON.stringify(l))));
    expect(parts.reduce((n, p) => n + p.references.length, 0)).toBe(full.external.length);
    // A part's CSV is the full CSV's header and that document's rows.
    const rizhao = parts.find((p) => p.doc === 'rizhao-polytechnic-2017')!;
    const rows = parse(crosswalkCsv(rizhao));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual(parse(crosswalkCsv(cw)).slice(1).filter((r) => r[0] === 'rizhao-polytechnic-2017'));
    // The index names each part's files and counts.
    const index = JSON.parse(crosswalkIndexJson(parts));
    expect(index.total).toEqual({ links: full.links.length, external: full.external.length });
    const entry = index.documents.find((d: { doc: string }) => d.doc === 'rizhao-polytechnic-2017');
    expect(entry).toEqual({ doc: 'rizhao-polytechnic-2017', links: rizhao.links.length, external: rizhao.references.length, json: '/crosswalk/rizhao-polytechnic-2017.json', csv: '/crosswalk/rizhao-polytechnic-2017.csv' });
    const csvIndex = parse(crosswalkIndexCsv(parts));
    expect(csvIndex[0]).toEqual([...CSV_INDEX_COLUMNS]);
    expect(csvIndex.slice(1).map((r) => r[0])).toEqual(parts.map((p) => p.doc));
  });
});
