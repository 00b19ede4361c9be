/** History of real revisions: notes, aliases, forward traces; the version model; the feed's order. */
import { describe, expect, it } from 'vitest';
import { buildHistory, derivedAliases, provisionChanges, traceForward } from '../../../src/lib/versions/history.ts';
import { checkSlugVersions, mdxPath, pinnedVersion, versionList } from '../../../src/lib/versions/model.ts';
import { changeTable } from '../../../src/lib/versions/table.ts';
import { feedEntries } from '../../../src/lib/feed.ts';
import { fixtureDoc } from '../../support/versions.ts';

const holidays = () => buildHistory([fixtureDoc('holidays', '2024-11-10', 'holidays', '2024-11-10'), fixtureDoc('holidays', '2013-12-11', 'holidays', '2013-12-11')]);

describe('history', () => {
  it('sorts versions by date and notes the provisions each version changed', () => {
    const h = holidays();
    expect(h.dates).toEqual(['2013-12-11', '2024-11-10']);
    const notes = provisionChanges(h, '2024-11-10');
    expect([...notes.keys()]).toEqual(['art-2', 'art-6', 'art-7']);
    expect(notes.get('art-7')).toEqual([{ date: '2024-11-10', row: 'art-7' }]);
    // renumbered only (第七条 → 第八条): no note
    expect(notes.has('art-8')).toBe(false);
    expect(provisionChanges(h, '2013-12-11').size).toBe(0);
  });

  it('traces an old provision to the current version with the changes on the way', () => {
    const h = holidays();
    expect(traceForward(h, '2013-12-11', 'art-7')).toEqual({ current: 'art-8', changes: [] });
    expect(traceForward(h, '2013-12-11', 'art-6')).toEqual({ current: 'art-6', changes: [{ date: '2024-11-10', row: 'art-6' }] });
  });

  it('aliases the anchors the current version lost to their successors, never a deleted one', () => {
    const h = buildHistory([fixtureDoc('scrap-metal', '1994-01-25', 'scrap', '1994-01-25'), fixtureDoc('scrap-metal', '2023-07-20', 'scrap', '2023-07-20')]);
    // 1994 has 17 articles, 2023 has 14: art-15..17 are gone from the current version
    const aliases = derivedAliases(h);
    expect(Object.keys(aliases).sort()).toEqual(['art-15', 'art-17']);
    expect(aliases['art-17']).toBe('art-14');
    // 1994 第十六条 was deleted: nothing to land on
    expect(aliases['art-16']).toBeUndefined();
  });

  it('makes the 修订对照表 of the changed rows only, with marks', () => {
    const t = changeTable(holidays().steps[0]!);
    expect(t.rows.map((r) => `${r.id}:${r.labels.join('+')}`)).toEqual(['art-2:修改', 'art-6:修改', 'art-7:新增']);
    expect(t.rows[0]!.before!.html).toContain('<del><span class="visually-hidden">［删］</span>新年</del>');
    expect(t.rows[2]!.before).toBeUndefined();
    expect(t.unchanged).toBe(5);
  });
});

describe('version model', () => {
  it('lists versions with their status', () => {
    expect(versionList(['2024-11-10', '2013-12-11'], 'unknown').map((v) => `${v.date} ${v.status}`)).toEqual(['2013-12-11 已被修订', '2024-11-10 现行有效']);
    expect(versionList(['2013-12-11', '2024-11-10'], 'superseded').at(-1)!.status).toBe('已废止');
  });

  it('stores the current version where a single-version document is, earlier ones apart', () => {
    expect(mdxPath({ slug: 'a', version: undefined }, true)).toBe('a.mdx');
    expect(mdxPath({ slug: 'a', version: '2024-11-10' }, true)).toBe('a.mdx');
    expect(mdxPath({ slug: 'a', version: '2013-12-11' }, false)).toBe('versions/a/2013-12-11.mdx');
  });

  it('pins a parent version by date or year, else the current one', () => {
    const dates = ['2010-04-29', '2024-02-27'];
    expect(pinnedVersion('2010', dates)).toBe('2010-04-29');
    expect(pinnedVersion('2010-04-29', dates)).toBe('2010-04-29');
    expect(pinnedVersion('2016', dates)).toBe('2024-02-27');
    expect(pinnedVersion(undefined, dates)).toBe('2024-02-27');
    expect(pinnedVersion('2016', [])).toBeUndefined();
  });

  it('requires a distinct date on every entry of a slug with several', () => {
    expect(checkSlugVersions('a', [undefined])).toEqual([]);
    expect(checkSlugVersions('a', ['2013-12-11', undefined]).map((p) => p.entry)).toEqual([1]);
    expect(checkSlugVersions('a', ['2013-12-11', '2013-12-11'])[0]!.message).toMatch(/given twice/);
  });
});

describe('feed entries', () => {
  const meta = (slug: string, issued: string | null, version?: string) => ({ slug, title: slug.toUpperCase(), class: '规范性文件' as const, issuer: null, issued, effective: null, ...(version ? { version } : {}) });
  it('one entry per document and per revision, newest first, undated last, ties by slug', () => {
    const entries = feedEntries([
      { versions: [meta('b', '2017-06-21')], path: '/regulations/b/' },
      { versions: [meta('n', null)], path: '/regulations/n/' },
      { versions: [meta('h', '2013-12-11', '2013-12-11'), meta('h', '2024-11-10', '2024-11-10')], path: '/regulations/h/' },
      { versions: [meta('a', '2017-06-21')], path: '/regulations/a/' },
    ]);
    expect(entries.map((e) => `${e.date} ${e.link}${e.changes ? ` ${e.changes}` : ''}`)).toEqual([
      '2024-11-10 /regulations/h/2024-11-10/ /regulations/h/changes/2024-11-10/',
      '2017-06-21 /regulations/a/',
      '2017-06-21 /regulations/b/',
      '2013-12-11 /regulations/h/2013-12-11/',
      'null /regulations/n/',
    ]);
  });
});

describe('links pinned to an earlier parent version', () => {
  it('carry over to the current anchors, deeper parts kept where they exist; links to a deleted article apart', async () => {
    const { carryPinnedLinks, articleOf } = await import('../../../src/lib/versions/pin.ts');
    const h = buildHistory([fixtureDoc('scrap-metal', '1994-01-25', 'scrap', '1994-01-25'), fixtureDoc('scrap-metal', '2023-07-20', 'scrap', '2023-07-20')]);
    const link = (anchor: string) => ({ from: { doc: 'm', anchor: 'art-1' }, to: { doc: 'scrap', anchor }, relation: 'implements' as const, source: 'suggested' as const, score: 0.8, evidence: [] });
    const ids = new Set(['art-14', 'art-14-para-1']);
    const r = carryPinnedLinks([link('art-17'), link('art-17-para-1'), link('art-17-para-9'), link('art-16')], h, '1994-01-25', ids);
    expect(r.links.map((l) => l.to.anchor)).toEqual(['art-14', 'art-14-para-1', 'art-14']);
    expect(r.deleted.map((l) => l.to.anchor)).toEqual(['art-16']);
    expect(articleOf('art-6-1-item-2')).toBe('art-6-1');
    expect(articleOf('art-12-para-2')).toBe('art-12');
  });
});

describe('the 修订对照表 as a Word file', () => {
  it('has 修改前 | 修改后 with the changed articles only, deletions struck, additions bold and underlined, dated by the version', async () => {
    const mammoth = (await import('mammoth')).default;
    const { comparisonDocx } = await import('../../../src/lib/export/docx-table.ts');
    const { changesDocxSpec } = await import('../../../src/lib/versions/changes-docx.ts');
    const spec = changesDocxSpec('全国年节及纪念日放假办法', holidays().steps[0]!);
    expect(spec.timestamp).toBe('2024-11-10T00:00:00Z');
    const bytes = await comparisonDocx(spec);
    // the same rows give the same bytes
    expect(Buffer.from(await comparisonDocx(spec)).equals(Buffer.from(bytes))).toBe(true);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['u => u'] })).value;
    expect(html).toContain('《全国年节及纪念日放假办法》修订对照表');
    expect(html).toContain('修订日期：2024年11月10日');
    const rows = html.match(/<tr>.*?<\/tr>/g)!;
    // header + 第二条, 第六条 (changed) + 第七条 (new)
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('修改前（2013年12月11日）');
    expect(rows[0]).toContain('修改后（2024年11月10日）');
    expect(rows[1]).toContain('<s>新年</s>');
    expect(rows[1]).toContain('<strong><u>元旦</u></strong>');
    expect(rows[3]).toContain('（无：本条为新增）');
    expect(rows[3]).toContain('第七条');
    expect(rows[3]).toContain('新增');
  });
});
