import { describe, expect, it } from 'vitest';
import { UNKNOWN_ISSUER, byInitial, comparePinyin, groupByIssuer, issuerKey, pinyinInitial, stableHash } from '../../../src/lib/listing/groups.ts';

/** The key of 国务院's group as published, and the hash of the empty string (cyrb53, this implementation). */
const PUBLISHED_KEY = 'i-1c5snnloov4';
const EMPTY_HASH = 'wvjl67o803';

describe('pinyinInitial', () => {
  it('gives the initial of the first character by its pinyin', () => {
    const cases: [string, string][] = [
      ['安徽省人民政府', 'A'], ['北京市', 'B'], ['财政部', 'C'], ['国务院', 'G'], ['河南省', 'H'], ['教育部', 'J'],
      ['全国人民代表大会常务委员会', 'Q'], ['日照职业技术学院', 'R'], ['上海市', 'S'], ['天津市', 'T'], ['潍坊市', 'W'],
      ['西藏自治区', 'X'], ['云南省', 'Y'], ['中共中央', 'Z'], ['妈', 'M'], ['拿', 'N'], ['欧', 'O'], ['平', 'P'], ['额', 'E'], ['发', 'F'], ['卡', 'K'], ['拉', 'L'], ['搭', 'D'],
    ];
    for (const [s, letter] of cases) expect(pinyinInitial(s), s).toBe(letter);
  });

  it('keeps Latin letters and puts everything else under #', () => {
    expect(pinyinInitial('abc')).toBe('A');
    expect(pinyinInitial('  zhidu')).toBe('Z');
    expect(pinyinInitial('1号文件')).toBe('#');
    expect(pinyinInitial('《办法》')).toBe('#');
    expect(pinyinInitial('')).toBe('#');
  });
});

describe('comparePinyin', () => {
  it('orders Chinese names by pinyin, deterministically', () => {
    expect(['中共中央', '上海市', '国务院', '安徽省', '北京市'].sort(comparePinyin)).toEqual(['安徽省', '北京市', '国务院', '上海市', '中共中央']);
    expect(comparePinyin('甲', '甲')).toBe(0);
    // Numbers inside names in numeric order (第2 before 第10), as an issuer list reads.
    expect(['第10支部', '第2支部'].sort(comparePinyin)).toEqual(['第2支部', '第10支部']);
    // Ties of the collation fall back to code-unit order, both ways.
    expect(Math.sign(comparePinyin('a', 'A'))).toBe(-Math.sign(comparePinyin('A', 'a')));
    expect(comparePinyin('a', 'A')).not.toBe(0);
  });
});

describe('group keys', () => {
  it('keep the values already published in addresses (/documents/issuer/<key>/)', () => {
    // Pinned: a changed hash would move every issuer page and break links to them.
    expect(issuerKey('国务院')).toBe(PUBLISHED_KEY);
    expect(stableHash('')).toBe(EMPTY_HASH);
  });

  it('are stable, URL-safe and differ between issuers', () => {
    expect(stableHash('国务院')).toBe(stableHash('国务院'));
    expect(issuerKey('国务院')).toMatch(/^i-[0-9a-z]+$/);
    expect(issuerKey('国务院')).not.toBe(issuerKey('国务院办公厅'));
  });
});

describe('groupByIssuer', () => {
  const docs = [
    { slug: 'a', issuer: '上海市人民政府' },
    { slug: 'b', issuer: '国务院' },
    { slug: 'c', issuer: null },
    { slug: 'd', issuer: '国务院' },
    { slug: 'e', issuer: ' 北京市人民政府 ' },
    { slug: 'f', issuer: '国务院' },
  ];

  it('groups by issuer in pinyin order, unknown last, items in their order', () => {
    const groups = groupByIssuer(docs, (d) => d.issuer);
    expect(groups.map((g) => g.issuer)).toEqual(['北京市人民政府', '国务院', '上海市人民政府', UNKNOWN_ISSUER]);
    expect(groups.map((g) => g.items.map((d) => d.slug).join(''))).toEqual(['e', 'bdf', 'a', 'c']);
    expect(groups.map((g) => g.initial)).toEqual(['B', 'G', 'S', '#']);
    expect(groups[1]!.key).toBe(issuerKey('国务院'));
  });

  it('splits a group larger than the bound into numbered parts with their own keys', () => {
    const groups = groupByIssuer(docs, (d) => d.issuer, 2);
    const gov = groups.filter((g) => g.issuer === '国务院');
    expect(gov.map((g) => g.label)).toEqual(['国务院（1/2）', '国务院（2/2）']);
    const noted = groupByIssuer(docs, (d) => d.issuer, 2, (part) => part.map((d) => d.slug).join(''));
    expect(noted.filter((g) => g.issuer === '国务院').map((g) => g.label)).toEqual(['国务院（1/2，bd）', '国务院（2/2，f）']);
    expect(gov.map((g) => g.key)).toEqual([issuerKey('国务院'), `${issuerKey('国务院')}-2`]);
    expect(gov.map((g) => g.items.map((d) => d.slug))).toEqual([['b', 'd'], ['f']]);
    expect(groups.every((g) => g.items.length <= 2)).toBe(true);
    // Every item is in exactly one group.
    expect(groups.flatMap((g) => g.items.map((d) => d.slug)).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('puts the unknown issuer last even when it comes first and sorts after other issuers by its own name', () => {
    const groups = groupByIssuer([{ issuer: null }, { issuer: '中共中央' }, { issuer: '西藏自治区' }, { issuer: '安徽省' }], (d) => d.issuer);
    expect(groups.map((g) => g.issuer)).toEqual(['安徽省', '西藏自治区', '中共中央', '未注明发布机关']);
    expect(groups.map((g) => g.label).at(-1)).toBe('未注明发布机关');
  });

  it('does not number a group that fits in one part', () => {
    const groups = groupByIssuer(docs, (d) => d.issuer, 3, () => 'note');
    expect(groups.map((g) => g.label)).toEqual(['北京市人民政府', '国务院', '上海市人民政府', UNKNOWN_ISSUER]);
  });

  it('byInitial keeps several groups under one initial, A–Z order whatever the input order, # last', () => {
    const groups = groupByIssuer([{ issuer: null }, { issuer: '云南省' }, { issuer: '北京市' }, { issuer: '1号机关' }, { issuer: '百色市' }], (d) => d.issuer);
    const shuffled = [groups[3]!, groups[2]!, groups[0]!, groups[4]!, groups[1]!];
    expect(byInitial(shuffled).map(([l, gs]) => [l, gs.map((g) => g.issuer)])).toEqual([
      ['B', ['北京市', '百色市']],
      ['Y', ['云南省']],
      ['#', ['1号机关', UNKNOWN_ISSUER]],
    ]);
  });

  it('byInitial lists groups under A–Z, then #', () => {
    const groups = groupByIssuer(docs, (d) => d.issuer);
    expect(byInitial(groups).map(([l, gs]) => [l, gs.length])).toEqual([['B', 1], ['G', 1], ['S', 1], ['#', 1]]);
  });
});
