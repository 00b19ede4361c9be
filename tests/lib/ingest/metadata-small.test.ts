/**
 * The metadata the text itself gives (src/lib/ingest/metadata.ts), on small texts built in each test:
 * dates, the bodies and actions of a 题注, database fields, and where each field comes from, first found
 * wins, as the module's doc comment lists them. What the text does not say stays null.
 */
import { describe, expect, it } from 'vitest';
import { buildWholeFile } from '../../../src/lib/ingest/corpus-check.ts';
import { normaliseBody, parseAnyDate, parseChineseDate, parseDbFields, parseHistory } from '../../../src/lib/ingest/metadata.ts';

const meta = (text: string) => buildWholeFile('t.txt', text).doc.meta;

describe('dates', () => {
  it('Chinese dates in digits or characters; impossible dates are none', () => {
    expect(parseChineseDate('2017年6月21日')).toBe('2017-06-21');
    expect(parseChineseDate('于二○○九年三月四日印发')).toBe('2009-03-04');
    expect(parseChineseDate('2017年12月31日')).toBe('2017-12-31');
    expect(parseChineseDate('2017年2月29日')).toBeNull();
    expect(parseChineseDate('2016年2月29日')).toBe('2016-02-29');
    expect(parseChineseDate('2017年13月1日')).toBeNull();
    expect(parseChineseDate('2017年1月32日')).toBeNull();
    expect(parseChineseDate('2017年6月')).toBeNull();
  });

  it('database dates: 2006-09-03, 2006.9.3, 2006/09/03 or the Chinese form', () => {
    for (const d of ['2006-09-03', '2006.9.3', '2006/09/03', '2006年9月3日']) expect(parseAnyDate(d), d).toBe('2006-09-03');
    expect(parseAnyDate('2006-13-03')).toBeNull();
    expect(parseAnyDate('')).toBeNull();
  });
});

describe('normaliseBody', () => {
  it('drops session numbers, meeting numbers, titles and trailing words, keeping the body', () => {
    expect(normaliseBody('上海市第十三届人民代表大会常务委员会第三十次会议')).toBe('上海市人民代表大会常务委员会');
    expect(normaliseBody('国务院第5次常务会议')).toBe('国务院');
    expect(normaliseBody('中共中央政治局会议审议')).toBe('中共中央政治局');
    expect(normaliseBody('、中共某市委第3次全体会议')).toBe('中共某市委');
    expect(normaliseBody('某市人民政府令第12号')).toBe('某市人民政府');
  });

  it('two to forty characters, else none', () => {
    expect(normaliseBody('甲')).toBeNull();
    expect(normaliseBody('甲乙')).toBe('甲乙');
    expect(normaliseBody('甲'.repeat(40))).toBe('甲'.repeat(40));
    expect(normaliseBody('甲'.repeat(41))).toBeNull();
  });
});

describe('parseHistory', () => {
  it('each date with what happened and who did it', () => {
    expect(parseHistory(['（2016年6月28日中共中央政治局会议审议通过 2016年7月8日中共中央发布）'])).toEqual([
      { date: '2016-06-28', action: '通过', by: '中共中央政治局' },
      { date: '2016-07-08', action: '发布', by: '中共中央' },
    ]);
    expect(parseHistory(['2000年2月1日 施行'])).toEqual([{ date: '2000-02-01', action: '施行', by: null }]);
  });

  it('one action for two dates joined by 、', () => {
    expect(parseHistory(['2004年11月2日 最高人民法院审判委员会第1331次会议、2004年11月11日最高人民检察院第十届检察委员会第28次会议通过'])).toEqual([
      { date: '2004-11-02', action: '通过', by: '最高人民法院审判委员会' },
      { date: '2004-11-11', action: '通过', by: '最高人民检察院检察委员会' },
    ]);
  });

  it('修改 reads as 修正; adopting an amendment is a 修正; words inside 《…》 are no action', () => {
    expect(parseHistory(['2009年8月27日全国人民代表大会常务委员会修改'])).toEqual([{ date: '2009-08-27', action: '修正', by: '全国人民代表大会常务委员会' }]);
    expect(parseHistory(['根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议通过的《关于修改部分法律的决定》修正'])).toEqual([
      { date: '2009-08-27', action: '修正', by: '全国人民代表大会常务委员会' },
    ]);
    expect(parseHistory(['2001年8月31日全国人民代表大会常务委员会通过的《中华人民共和国刑法修正案（二）》'])).toEqual([
      { date: '2001-08-31', action: '修正', by: '全国人民代表大会常务委员会' },
    ]);
    expect(parseHistory(['2001年8月31日《关于公布施行的决定》'])).toEqual([]);
  });

  it('批准, 修订 or 修正 said first decide; an adoption approved as an amendment was that amendment', () => {
    expect(parseHistory(['1997年6月1日某市人民代表大会常务委员会修订通过'])).toEqual([{ date: '1997-06-01', action: '修订', by: '某市人民代表大会常务委员会' }]);
    expect(parseHistory(['2010年5月1日某市人民代表大会常务委员会通过 2010年7月1日某省人民代表大会常务委员会批准的《关于修改某条例的决定》修正'])).toEqual([
      { date: '2010-05-01', action: '修正', by: '某市人民代表大会常务委员会' },
      { date: '2010-07-01', action: '批准', by: '某省人民代表大会常务委员会' },
    ]);
    expect(parseHistory(['2010年5月1日某市人民代表大会常务委员会通过 2010年7月1日某省人民代表大会常务委员会批准'])).toEqual([
      { date: '2010-05-01', action: '通过', by: '某市人民代表大会常务委员会' },
      { date: '2010-07-01', action: '批准', by: '某省人民代表大会常务委员会' },
    ]);
  });

  it('a date without an action, not joined by 、, and an impossible date are left out', () => {
    expect(parseHistory(['2010年5月1日某市会议 2010年7月1日某省会议批准'])).toEqual([{ date: '2010-07-01', action: '批准', by: '某省' }]);
    expect(parseHistory(['2017年2月30日某市委通过'])).toEqual([]);
  });
});

describe('parseDbFields', () => {
  it('each 【field】 value, empty values dropped, the first of a field kept', () => {
    const f = parseDbFields(['【发布文号】穗办〔2006〕18号 【生效日期】2006-09-03', '【发布单位】 【生效日期】2007-01-01 【时效性】现行有效', '【太长的字段名称九个】x']);
    expect([...f]).toEqual([
      ['发布文号', '穗办〔2006〕18号'],
      ['生效日期', '2006-09-03'],
      ['时效性', '现行有效'],
    ]);
  });
});

describe('extractMeta, through the converter', () => {
  it('the title line without book-title marks, the 文号 under it, the sign-off’s issuer and date, 试行', () => {
    const m = meta('《某某实施办法（试行）》\n（穗办〔2009〕6号）\n第一条 为了规范，制定本办法。\n第二条 本办法自2009年4月1日起施行。\n中共广州市委办公厅 广州市人民政府办公厅\n2009年3月4日');
    expect(m).toMatchObject({ title: '某某实施办法（试行）', docNumber: '穗办〔2009〕6号', issuer: '中共广州市委办公厅、广州市人民政府办公厅', issued: '2009-03-04', effective: '2009-04-01', provisional: '试行' });
  });

  it('自发布之日起施行: effective when issued; 暂行 in the title', () => {
    const m = meta('某某暂行规定\n第一条 甲。\n第二条 本规定自发布之日起施行。\n中共某县委\n2017年6月21日');
    expect(m).toMatchObject({ issuer: '中共某县委', issued: '2017-06-21', effective: '2017-06-21', provisional: '暂行' });
  });

  it('without a sign-off: the 题注 (published, else the current version), else the title’s 中共XX委', () => {
    const m = meta('某市某某条例\n（2010年5月1日某市人民代表大会常务委员会通过 2012年3月1日某市人民代表大会常务委员会修正）\n第一条 甲。');
    expect(m).toMatchObject({ issuer: '某市人民代表大会常务委员会', issued: '2012-03-01', effective: null, provisional: null, docNumber: null });
    expect(m.history).toHaveLength(2);
    const p = meta('某市某某条例\n（2010年5月1日某市人民代表大会常务委员会通过 2010年6月1日某市人民代表大会常务委员会公布 2010年7月1日施行）\n第一条 甲。');
    expect(p).toMatchObject({ issuer: '某市人民代表大会常务委员会', issued: '2010-06-01', effective: '2010-07-01' });
    expect(meta('中共某市委关于加强某某工作的意见\n一、甲。\n二、乙。')).toMatchObject({ issuer: '中共某市委', issued: null, effective: null });
  });

  it('database fields (a line above the title) last: 文号, issuer, dates', () => {
    const m = meta('【发布文号】穗办〔2006〕18号 【发布单位】某市委办公厅 【发布日期】2006-09-01 【生效日期】2006-09-03\n某某办法\n第一条 甲。');
    expect(m).toMatchObject({ docNumber: '穗办〔2006〕18号', issuer: '某市委办公厅', issued: '2006-09-01', effective: '2006-09-03' });
  });

  it('a letterhead names the issuer in full where the sign-off abbreviates it', () => {
    const m = meta('中共某某学院委员会办公室文件\n某院党办〔2017〕3号\n关于印发《某某实施办法》的通知\n各党总支：\n现将《某某实施办法》印发给你们，请遵照执行。\n党委办公室\n2017年6月21日\n某某实施办法\n第一条 甲。');
    expect(m).toMatchObject({ title: '某某实施办法', docNumber: '某院党办〔2017〕3号', issuer: '中共某某学院委员会办公室', issued: '2017-06-21' });
  });
});
