import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../src/data/corpus.ts';
import { getCrosswalk } from '../../src/data/crosswalk.ts';
import { buildCrosswalk } from '../../src/lib/crosswalk/build.ts';
import { readTopics } from '../../src/data/crosswalk.ts';

/** Each parent's own topics (content/crosswalk/topics), as the site uses them. */
const topics = readTopics();
import { CSV_COLUMNS, crosswalkCsv, crosswalkJson } from '../../src/lib/crosswalk/export.ts';
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
  const cw = buildCrosswalk(docs, [], topics);

  it('is deterministic: two builds give byte-identical exports', () => {
    const again = buildCrosswalk([...docs].reverse(), [], topics);
    expect(crosswalkJson(again)).toBe(crosswalkJson(cw));
    expect(crosswalkCsv(again)).toBe(crosswalkCsv(cw));
  });

  it('JSON: version, links valid against the schema, external references', () => {
    const data = JSON.parse(crosswalkJson(cw));
    expect(data.version).toBe(1);
    expect(z.array(crosswalkLink).parse(data.links)).toHaveLength(cw.links.length);
    expect(data.external.length).toBeGreaterThan(5);
    expect(data.external.every((e: { title?: string }) => typeof e.title === 'string')).toBe(true);
  });

  it('CSV: the documented header and one row per link', () => {
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
});
