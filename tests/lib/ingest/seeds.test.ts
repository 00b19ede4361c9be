/**
 * Each seed document's tree, against the structure the project promises and
 * against a hand-checked outline fixture in tests/fixtures/trees/: every
 * provision with its anchor, source line, number, heading and FULL text
 * (table cells as a hash). The fixtures are plain files, not snapshots: a
 * change is made by editing the fixture and checking it against the raw seed
 * (`checkOutline` below verifies that each text is on the source line it
 * names), never by regenerating it from the code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAll, loadManifest } from '../../../scripts/lib/ingest-core.ts';
import { PATHS } from '../../../scripts/lib/paths.ts';
import { walk, type ProvisionNode } from '../../../src/lib/tree.ts';

const manifest = loadManifest();
const { docs, diagnostics } = await ingestAll(manifest);
const doc = (slug: string) => {
  const d = docs.find((x) => x.meta.slug === slug);
  if (!d) throw new Error(`no document ${slug}`);
  return d;
};
const all = (root: ProvisionNode, kind: string) => [...walk(root)].map(([n]) => n).filter((n) => n.kind === kind);
const byId = (root: ProvisionNode, id: string) => [...walk(root)].map(([n]) => n).find((n) => n.id === id);

const cellsHash = (rows: NonNullable<ProvisionNode['rows']>) =>
  createHash('sha256').update(JSON.stringify(rows.map((r) => r.map((c) => c.text)))).digest('hex').slice(0, 16);

export function outline(root: ProvisionNode): string {
  const lines: string[] = [];
  for (const [n, ancestors] of walk(root)) {
    if (n.kind === 'document') continue;
    const text = (n.text ?? '').replace(/\n/g, '⏎');
    const rows = n.rows ? ` rows=${n.rows.length}×${n.rows[0]?.length ?? 0} cells=${cellsHash(n.rows)}` : '';
    lines.push(`${'  '.repeat(ancestors.length - 1)}${n.kind}${n.id ? ` #${n.id}` : ''} L${n.line}${n.num ? ` ${n.num}` : ''}${n.heading ? ` 【${n.heading}】` : ''}${text ? ` ${text}` : ''}${rows}`);
  }
  return lines.join('\n') + '\n';
}

const squash = (s: string) => s.replace(/[\s\u3000\ufeff]+/gu, '');
const fixture = (slug: string) => readFileSync(join(import.meta.dirname, '../../fixtures/trees', `${slug}.txt`), 'utf8');

/**
 * Independent check of a fixture against the raw seed: each provision's text
 * (number, heading and text) is found, whitespace aside, on the source lines
 * from the line it names on (a text may run on over following lines, or be a
 * declared correction of them).
 */
function checkOutline(slug: string): string[] {
  const source = manifest.sources.find((s) => s.documents.some((d) => d.slug === slug))!;
  const spec = source.documents.find((d) => d.slug === slug)!;
  const raw = readFileSync(join(PATHS.sources, source.file), 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const corrected = raw.map((t, i) => {
    for (const c of spec.corrections) if (c.line === i + 1 && c.find !== undefined) t = t.replace(c.find, c.replace ?? '');
    return squash(t);
  });
  const problems: string[] = [];
  for (const line of fixture(slug).split('\n').filter(Boolean)) {
    const m = /^\s*(\w+)(?: #\S+)? L(\d+)(.*)$/u.exec(line);
    if (!m) {
      problems.push(`unreadable: ${line}`);
      continue;
    }
    const [, kind, l, rest] = m;
    const n = Number(l);
    if (kind === 'table') continue;
    const said = squash(rest!.replace(/[【】]/gu, '').replace(/⏎/gu, ''));
    const window = corrected.slice(n - 1, n + 40).join('').replace(/[【】]/gu, '');
    if (!window.includes(said.slice(0, 60))) problems.push(`L${n}: “${said.slice(0, 30)}…” is not on source line ${n} of ${source.file}`);
  }
  return problems;
}

describe('the seed corpus', () => {
  it('ingests without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it.each(docs.map((d) => d.meta.slug))('%s matches its hand-checked outline fixture (full text)', (slug) => {
    expect(outline(doc(slug).root)).toBe(fixture(slug));
  });
  it.each(docs.map((d) => d.meta.slug))('%s: the fixture says what the raw seed says, line by line', (slug) => {
    expect(checkOutline(slug)).toEqual([]);
  });
});

describe('ccp-accountability-2016', () => {
  const d = doc('ccp-accountability-2016');
  it('has 13 articles, each with its 解读', () => {
    const arts = all(d.root, 'article');
    expect(arts.map((a) => a.id)).toEqual(Array.from({ length: 13 }, (_, i) => `art-${i + 1}`));
    for (const a of arts) expect(a.children.filter((c) => c.kind === 'interpretation')).toHaveLength(1);
  });
  it('第六条 has items （一）–（六）', () => {
    expect(all(byId(d.root, 'art-6')!, 'item').map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `art-6-para-1-item-${n}`));
  });
  it('第七条 has two lists', () => {
    expect(byId(d.root, 'art-7-para-1-item-3')?.text).toMatch(/^改组/);
    expect(byId(d.root, 'art-7-para-2-item-3')?.text).toMatch(/^组织调整或者组织处理/);
  });
  it('the 解读 does not publish the article twice', () => {
    const texts = [...walk(d.root)].map(([n]) => n.text);
    expect(texts.filter((t) => t.startsWith('实行终身问责'))).toHaveLength(1);
  });
  it('metadata', () => expect(d.meta).toMatchObject({ class: '党内法规', effective: '2016-07-08', parents: [] }));
});

describe('rizhao-polytechnic-2017', () => {
  const d = doc('rizhao-polytechnic-2017');
  it('notice + 8 articles', () => {
    expect(d.root.children.map((c) => c.kind).slice(0, 2)).toEqual(['notice', 'title']);
    expect(all(d.root, 'article')).toHaveLength(8);
  });
  it('第五条 has nine groups with numbered sub-items', () => {
    const items = all(byId(d.root, 'art-5')!, 'item');
    expect(items).toHaveLength(9);
    expect(byId(d.root, 'art-5-para-1-item-1-sub-2')?.text).toMatch(/^学习制度不落实/);
  });
  it('第六条 has two item lists; its heading is 问责方式', () => {
    expect(byId(d.root, 'art-6')?.heading).toBe('问责方式');
    expect(byId(d.root, 'art-6-para-2-item-1')?.text).toMatch(/^提醒/);
    expect(byId(d.root, 'art-6-para-2-item-4')?.text).toMatch(/^诫勉/);
  });
  it('metadata from the text', () => {
    expect(d.meta).toMatchObject({ docNumber: '日职院办字〔2017〕51号', issued: '2017-06-21', effective: '2017-06-21', provisional: '暂行' });
  });
});

describe('party-building-target-responsibility', () => {
  const d = doc('party-building-target-responsibility');
  it('4 sections with numbered items', () => {
    expect(all(d.root, 'section').map((s) => s.id)).toEqual(['sec-1', 'sec-2', 'sec-3', 'sec-4']);
    expect(all(byId(d.root, 'sec-2')!, 'item')).toHaveLength(5);
  });
  it('issuer and date unknown', () => expect(d.meta).toMatchObject({ issuer: null, issued: null, docNumber: null }));
});

describe('guangzhou-cadre-accountability-2009', () => {
  const d = doc('guangzhou-cadre-accountability-2009');
  it('notice + 5 chapters, 36 articles', () => {
    expect(d.root.children[0].kind).toBe('notice');
    expect(all(d.root, 'chapter')).toHaveLength(5);
    expect(all(d.root, 'article')).toHaveLength(36);
  });
  it('the leaked page numbers are corrected as declared', () => {
    expect(byId(d.root, 'art-9-para-1-item-4')?.text).toContain('造成重大人员伤亡');
  });
  it('metadata', () => expect(d.meta).toMatchObject({ docNumber: '穗办〔2009〕6号', issued: '2009-03-04', effective: '2009-04-01' }));
});

describe('weifang-school-safety-2011', () => {
  const d = doc('weifang-school-safety-2011');
  it('notice + 5 chapters, 22 articles and an annex', () => {
    expect(d.root.children[0].kind).toBe('notice');
    expect(all(d.root, 'chapter')).toHaveLength(5);
    expect(all(d.root, 'article').map((a) => a.ordinal)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(all(d.root, 'annex')).toHaveLength(1);
  });
  it('two articles that share a line are split; the one broken across a blank line is joined', () => {
    expect(byId(d.root, 'art-22-para-1')?.text).toMatch(/^本办法自发布之日起施行/);
    expect(byId(d.root, 'art-18-para-1')?.text).toMatch(/依法处理。$/);
    expect(byId(d.root, 'art-18-para-2')).toBeUndefined();
  });
  it('items on one line are split: (十六)', () => expect(byId(d.root, 'art-5-para-1-item-16')?.text).toMatch(/^因安全稳定工作决策失/));
});

describe('liuzhou-polytechnic-2021', () => {
  const d = doc('liuzhou-polytechnic-2021');
  it('notice + 10 articles, 2 annex tables', () => {
    expect(d.root.children[0].kind).toBe('notice');
    expect(all(d.root, 'article')).toHaveLength(10);
    const tables = all(d.root, 'table');
    expect(tables.map((t) => t.id)).toEqual(['annex-1-table-1', 'annex-2-table-1']);
    expect(tables[0].rows![0].map((c) => c.text)).toEqual(['一级指标', '二级指标', '考核要素', '自评', '考核']);
  });
  it('merged cells become rowspans', () => {
    const first = all(d.root, 'table')[0].rows![1][0];
    expect(first.text).toMatch(/^1\.加强组织领导/);
    expect(first.rowspan).toBe(6);
  });
  it('metadata', () => expect(d.meta).toMatchObject({ issued: '2021-05-06', provisional: '试行', docNumber: null }));
});

describe('community opinions and commentary', () => {
  it('Guangzhou 2006: sections and items, no parent', () => {
    const d = doc('guangzhou-community-party-building-2006');
    expect(all(d.root, 'section')).toHaveLength(5);
    expect(d.meta.parents).toEqual([]);
    expect(d.meta.docNumber).toBe('穗办〔2006〕18号');
  });
  it('Harbin 2011: sections and items, 文号 and date from the head', () => {
    const d = doc('harbin-community-grid-2011');
    expect(all(d.root, 'section')).toHaveLength(3);
    expect(d.meta).toMatchObject({ docNumber: '哈办发〔2011〕14号', issued: '2011-07-22', parents: [] });
  });
  it('three commentary essays, class 评论', () => {
    expect(docs.filter((d) => d.meta.class === '评论')).toHaveLength(3);
  });
});
