/**
 * The levels table and the numbering shapes (src/lib/levels.ts), line by line,
 * with hand-written expectations: what is a marker, what is not, and what each
 * captures.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS, LINE_SHAPES, mayContain } from '../../../src/lib/levels.ts';
import { classify } from '../../../src/lib/ingest/parse.ts';

describe('classify: markers and what they capture', () => {
  it.each([
    // text, level, style, num, ordinal, suffix, rest
    ['第六条\u3000问责方式', 'article', undefined, '第六条', 6, undefined, '问责方式'],
    ['第六条之二 补充', 'article', undefined, '第六条之二', 6, 2, '补充'],
    ['第１２条 甲', 'article', undefined, '第１２条', 12, undefined, '甲'],
    ['第二十条', 'article', undefined, '第二十条', 20, undefined, ''],
    ['第两百条 甲', 'article', undefined, '第两百条', 200, undefined, '甲'],
    ['第一编\u3000总则', 'part', undefined, '第一编', 1, undefined, '总则'],
    ['第十章附则', 'chapter', undefined, '第十章', 10, undefined, '附则'],
    ['第三节  程序', 'division', undefined, '第三节', 3, undefined, '程序'],
    ['十一 、 主要做法', 'section', 'cn-comma', '十一 、', 11, undefined, '主要做法'],
    ['（ 三 ）改组', 'item', 'cn-paren', '（ 三 ）', 3, undefined, '改组'],
    ['(二)通报', 'item', 'cn-paren', '(二)', 2, undefined, '通报'],
    ['（12）甲', 'item', 'arabic-paren', '（12）', 12, undefined, '甲'],
    ['( ３ ) 甲', 'item', 'arabic-paren', '( ３ )', 3, undefined, '甲'],
    ['12、甲', 'sub', 'arabic-dot', '12、', 12, undefined, '甲'],
    ['１．甲', 'sub', 'arabic-dot', '１．', 1, undefined, '甲'],
    ['3 . 甲', 'sub', 'arabic-dot', '3 .', 3, undefined, '甲'],
    ['1.1 加强学习', 'sub', 'arabic-dot', '1.', 1, undefined, '1 加强学习'],
  ])('%s', (text, level, style, num, ordinal, suffix, rest) => {
    const c = classify(text);
    expect(c).toEqual({ level, style, num, ordinal, suffix, rest });
  });
  it.each([
    // A measure written in traditional characters (中共中山大學委員會…實施細則) is numbered 第一條, 第二節, 第一編.
    ['第一條 為全面從嚴治黨', 'article', '第一條', 1, '為全面從嚴治黨'],
    ['第十二條之二', 'article', '第十二條之二', 12, ''],
    ['第二節 問責程序', 'division', '第二節', 2, '問責程序'],
    ['第一編 總則', 'part', '第一編', 1, '總則'],
  ])('traditional %s', (text, level, num, ordinal, rest) => {
    expect(classify(text)).toMatchObject({ level, num, ordinal, rest });
  });
  it.each([
    '第一部分:被问责当事人', // 部分 is no level
    '第〇条 甲', // number 0
    '（〇）甲',
    '1.1.1结合实际', // a multi-level number (table cells)
    '1.12.3结合实际',
    '甲（1）乙', // a marker only counts at the start
    '1234.甲', // four digits: a year or an amount, not a 目
    '（1234）甲',
    '甲第一条', // not at the start
    '本条规定了',
    '(式样)',
    '一二三', // no 、
    '2017年6月21日',
  ])('%s is no marker', (t) => expect(classify(t)).toBeNull());
});

describe('LINE_SHAPES', () => {
  it.each(['附件', '附件1', '附件 2：', '附件三:', '附件１', '附件\u3000', '附件十一'])('annexStart: %s', (t) => expect(LINE_SHAPES.annexStart.test(t)).toBe(true));
  it.each(['附件1.考核表', '附件：1.考核表', '见附件1', '附件a', '附件百'])('annexStart rejects %s', (t) => expect(LINE_SHAPES.annexStart.test(t)).toBe(false));
  it('annexStart captures the number', () => {
    expect(LINE_SHAPES.annexStart.exec('附件 12：')?.[1]).toBe('12');
    expect(LINE_SHAPES.annexStart.exec('附件二')?.[1]).toBe('二');
  });
  it.each([
    ['附件：1.考核表', true],
    ['附件:考核表', true],
    ['附件 ： 1', true],
    ['附件：', false],
    ['附件1', false],
    ['见附件：1', false],
  ])('annexList: %s → %s', (t, want) => expect(LINE_SHAPES.annexList.test(t)).toBe(want));
  it.each([
    ['《中国共产党问责条例》解读', true],
    ['《中国共产党问责条例》 解读', true],
    ['《条例》解读如下', false],
    ['关于《条例》解读', false],
    ['《》解读', false],
  ])('interpretationPart: %s → %s', (t, want) => expect(LINE_SHAPES.interpretationPart.test(t)).toBe(want));
  it.each([
    ['解读:', '解读:'],
    ['解读：', '解读：'],
    ['(六)其他应当问责的失职失责情形。解读:', '解读:'],
    ['甲；解读：', '解读：'],
    ['甲: 解读:', '解读:'],
  ])('interpretationLabel: %s', (t, label) => expect(LINE_SHAPES.interpretationLabel.exec(t)?.[1]).toBe(label));
  it.each(['本条的解读:', '解读:本条规定了', '解读'])('interpretationLabel rejects %s', (t) => expect(LINE_SHAPES.interpretationLabel.test(t)).toBe(false));
  it.each([
    ['2017年6月21日', ['2017', '6', '21']],
    ['二○○九年三月四日', ['二○○九', '三', '四']],
    ['二〇一一年七月二十二日', ['二〇一一', '七', '二十二']],
    ['２０２１ 年 ５ 月 ６ 日', ['２０２１', '５', '６']],
  ])('date: %s', (t, parts) => expect(LINE_SHAPES.date.exec(t)?.slice(1)).toEqual(parts));
  it.each(['17年6月21日', '2017年6月', '2017年123月4日'])('date rejects %s', (t) => expect(LINE_SHAPES.date.test(t)).toBe(false));
  it.each([
    ['日职院办字〔2017〕51号', '2017'],
    ['穗办[2009]6号', '2009'],
    ['哈办发［2011］ 14 号', '2011'],
  ])('docNumber: %s', (t, year) => expect(LINE_SHAPES.docNumber.exec(t)?.[2]).toBe(year));
  it.each(['〔2017〕51号', '日职院办字〔17〕51号', '日职院办字〔2017〕号'])('docNumber rejects %s', (t) => expect(LINE_SHAPES.docNumber.test(t)).toBe(false));
  it.each([
    ['造成重4 大人员伤亡', '4'],
    ['重大，12\u3000人员', '12'],
  ])('leakedDigit: %s', (t, digit) => expect(LINE_SHAPES.leakedDigit.exec(t)?.[2]).toBe(digit));
  it.each(['达到5次', '2017 年', '造成重1234 大', '第4条 甲', '重4大'])('leakedDigit rejects %s', (t) => expect(LINE_SHAPES.leakedDigit.test(t)).toBe(false));
});

describe('LEVELS: anchors and nesting, as the README promises', () => {
  it('prefixes and nesting give the documented anchors', () => {
    const spec = Object.fromEntries(Object.entries(LEVELS).map(([k, v]) => [k, [v.prefix, v.nested]]));
    expect(spec).toEqual({
      document: [null, false],
      title: [null, false],
      notice: ['notice', false],
      preamble: ['preamble', false],
      part: ['part', false],
      chapter: ['chp', true], // chapters inside a part: part-2-chp-1
      division: ['div', true],
      article: ['art', false],
      para: ['para', true],
      item: ['item', true],
      sub: ['sub', true],
      section: ['sec', false],
      heading: ['h', false],
      interpretation: ['interp', true],
      annex: ['annex', false],
      table: ['table', true],
      signoff: [null, false],
    });
  });
  it('citation units', () => {
    expect(Object.fromEntries(Object.entries(LEVELS).map(([k, v]) => [k, v.unit]))).toEqual({
      document: '', title: '', notice: '通知', preamble: '', part: '编', chapter: '章', division: '节', article: '条', para: '款', item: '项', sub: '目',
      section: '部分', heading: '', interpretation: '解读', annex: '附件', table: '表', signoff: '',
    });
  });
  it('what may contain what', () => {
    expect(mayContain('article', 'para')).toBe(true);
    expect(mayContain('article', 'item')).toBe(false);
    expect(mayContain('para', 'item')).toBe(true);
    expect(mayContain('item', 'sub')).toBe(true);
    expect(mayContain('sub', 'item')).toBe(false);
    expect(mayContain('chapter', 'division')).toBe(true);
    expect(mayContain('division', 'chapter')).toBe(false);
    expect(mayContain('document', 'division')).toBe(true);
    expect(Object.fromEntries(Object.entries(LEVELS).map(([k, v]) => [k, [...v.contains]]))).toEqual({
      document: ['title', 'notice', 'preamble', 'part', 'chapter', 'division', 'article', 'section', 'heading', 'annex', 'signoff', 'para'],
      title: [],
      notice: ['para', 'signoff'],
      preamble: ['para', 'item', 'sub'],
      part: ['chapter', 'division', 'article', 'para'],
      chapter: ['division', 'article', 'para'],
      division: ['article', 'para'],
      article: ['para', 'interpretation'],
      para: ['item', 'sub'],
      item: ['sub', 'para'],
      sub: ['para'],
      section: ['para', 'item', 'sub'],
      heading: ['para'],
      interpretation: ['para', 'item'],
      annex: ['para', 'table', 'sub', 'item'],
      table: [],
      signoff: [],
    });
  });
});
