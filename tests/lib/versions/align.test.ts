/**
 * Version alignment on real revisions (tests/fixtures/versions/README.md).
 * The expected rows were read off the two texts by hand, not from the code.
 */
import { describe, expect, it } from 'vitest';
import { alignVersions, carriedAnchors, isChange, summarise, type VersionRow } from '../../../src/lib/versions/align.ts';
import { fixtureUnits } from '../../support/versions.ts';

/** Rows as `kind old→new`, with anchors: easy to read against the texts. */
function shape(rows: VersionRow[]): string[] {
  return rows.map((r) => `${r.kind}${r.moved ? '+moved' : ''} ${r.old.map((u) => u.anchor).join('+') || '-'} → ${r.new.map((u) => u.anchor).join('+') || '-'}`);
}

describe('alignVersions on real revisions', () => {
  it('holidays 2013 → 2024: two articles changed, a new 第七条 inserted and the old 第七条 renumbered 第八条', () => {
    const rows = alignVersions(fixtureUnits('holidays', '2013-12-11'), fixtureUnits('holidays', '2024-11-10'));
    expect(shape(rows)).toEqual([
      'unchanged art-1 → art-1',
      'modified art-2 → art-2',
      // only the bracket width changed (（一） for (一)): the same text
      'unchanged art-3 → art-3',
      'unchanged art-4 → art-4',
      'unchanged art-5 → art-5',
      'modified art-6 → art-6',
      'inserted - → art-7',
      'unchanged art-7 → art-8',
    ]);
    const art2 = rows[1]!;
    expect(art2.diff!.deleted.join('')).toContain('新年');
    expect(art2.diff!.inserted.join('')).toContain('元旦');
    expect(rows.at(-1)!.renumbered).toBe(true);
    // renumbering alone (第七条 → 第八条, same words) is not a change of text
    expect(rows.filter(isChange)).toHaveLength(3);
    expect(carriedAnchors(rows).get('art-7')).toBe('art-8');
  });

  it('merger thresholds 2018 → 2024: 第四条 split into 第四条 and 第五条, a new 第六条, 第五条 renumbered 第七条', () => {
    const rows = alignVersions(fixtureUnits('merger-thresholds', '2018-09-18'), fixtureUnits('merger-thresholds', '2024-01-22'));
    expect(shape(rows)).toEqual([
      'unchanged art-1 → art-1',
      'unchanged art-2 → art-2',
      'modified art-3 → art-3',
      'split art-4 → art-4+art-5',
      'inserted - → art-6',
      'unchanged art-5 → art-7',
    ]);
    // the split's diff runs over both new articles: 应当依法进行调查 moved into 第五条
    expect(rows[3]!.diff!.inserted.join('')).toContain('可以要求经营者申报');
  });

  it('State Council organisation law 1982 → 2024: a merge, a move, deletions and insertions', () => {
    const rows = alignVersions(fixtureUnits('state-council-organisation', '1982-12-10'), fixtureUnits('state-council-organisation', '2024-03-11'));
    const s = shape(rows);
    // 1982 第二条 (composition, 总理负责制) and 第六条 (国务委员) are one article in 2024, 第五条
    expect(s).toContain('merged art-2+art-6 → art-5');
    // 1982 第十一条 (ministries set up or merged) now stands before the article 1982 第十条 became
    expect(s).toContain('modified+moved art-11 → art-13');
    expect(s.indexOf('modified+moved art-11 → art-13')).toBeLessThan(s.indexOf('modified art-10 → art-14'));
    // 1982 第一条 (根据宪法…国务院即中央人民政府) is gone: its place is kept before the 1982 第二条 row
    expect(s.indexOf('deleted art-1 → -')).toBeLessThan(s.indexOf('merged art-2+art-6 → art-5'));
    const sum = summarise(rows);
    expect(sum.merged).toBe(1);
    expect(sum.moved).toBe(1);
    expect(sum.inserted).toBe(11);
    // every article of each version is in exactly one row
    expect(rows.flatMap((r) => r.old.map((u) => u.anchor)).sort()).toEqual(fixtureUnits('state-council-organisation', '1982-12-10').map((u) => u.anchor).sort());
    expect(rows.flatMap((r) => r.new.map((u) => u.anchor)).sort()).toEqual(fixtureUnits('state-council-organisation', '2024-03-11').map((u) => u.anchor).sort());
  });

  it('scrap metal 1994 → 2023: four deletions, kept in place, and the articles after them renumbered', () => {
    const rows = alignVersions(fixtureUnits('scrap-metal', '1994-01-25'), fixtureUnits('scrap-metal', '2023-07-20'));
    const deleted = rows.filter((r) => r.kind === 'deleted').map((r) => r.old[0]!.anchor);
    expect(deleted).toEqual(['art-4', 'art-6', 'art-12', 'art-16']);
    // a deleted row sits between its neighbours
    const s = shape(rows);
    expect(s.indexOf('deleted art-6 → -')).toBeGreaterThan(s.findIndex((x) => x.includes('art-5 →')));
    expect(s.indexOf('deleted art-6 → -')).toBeLessThan(s.findIndex((x) => x.includes('art-7 →')));
    expect(carriedAnchors(rows).has('art-4')).toBe(false);
  });

  it('刑法 第一百三十三条之二 (修正案（十一）): an inserted 第N条之二 with its own anchor, nothing else changed', () => {
    const before = fixtureUnits('criminal-law-133', 'before');
    const after = fixtureUnits('criminal-law-133', '2021-03-01');
    expect(after.map((u) => u.anchor)).toEqual(['art-132', 'art-133', 'art-133-1', 'art-133-2']);
    const rows = alignVersions(before, after);
    expect(shape(rows)).toEqual(['unchanged art-132 → art-132', 'unchanged art-133 → art-133', 'unchanged art-133-1 → art-133-1', 'inserted - → art-133-2']);
    expect(rows.at(-1)!.new[0]!.num).toBe('第一百三十三条之二');
  });

  it('the same version against itself: nothing changed', () => {
    const u = fixtureUnits('secrets-law', '2024-02-27');
    const rows = alignVersions(u, u);
    expect(rows.every((r) => r.kind === 'unchanged' && !r.moved && !r.renumbered)).toBe(true);
    expect(rows).toHaveLength(u.length);
  });
});
