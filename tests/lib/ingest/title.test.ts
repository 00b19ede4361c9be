/**
 * Where the title is (src/lib/ingest/title.ts), as its doc comments state: the 《X》 an issuing notice
 * (or a news lead) names and that then stands alone as a line, or the first line that reads as a title.
 * Lines are built inside each test, numbered from 1.
 */
import { describe, expect, it } from 'vitest';
import { findNoticeTitle, findTitle } from '../../../src/lib/ingest/title.ts';
import type { SourceLine } from '../../../src/lib/ingest/source-lines.ts';

const linesOf = (...texts: string[]): SourceLine[] => texts.map((t, i) => ({ line: i + 1, raw: t, text: t }));
const filler = (n: number) => Array.from({ length: n }, (_, i) => `各单位请注意${'甲乙丙丁戊己庚辛壬癸'[i % 10]}项。`);

describe('findNoticeTitle', () => {
  it('a notice title on one line, or broken over up to three lines, compared without spaces or marks', () => {
    expect(findNoticeTitle(linesOf('中共某市委办公厅关于印发《某某 实施办法》的通知', '各区委：'))).toEqual({ title: '某某实施办法', startIndex: 0, endIndex: 0 });
    expect(findNoticeTitle(linesOf('文件', '关于印发《某某实施', '办法》的通', '知', '各区委：'))).toEqual({ title: '某某实施办法', startIndex: 1, endIndex: 3 });
    expect(findNoticeTitle(linesOf('关于印发《某某实施', '办', '法》的通', '知'))).toBeNull();
  });

  it('the notice title starts in the line it is reported at, not in a line joined after it', () => {
    expect(findNoticeTitle(linesOf('中共某市委办公厅关于', '印发《某某实施办法》的通知'))).toEqual({ title: '某某实施办法', startIndex: 1, endIndex: 1 });
  });

  it('only above the body and within the first 20 lines', () => {
    expect(findNoticeTitle(linesOf('第一条 甲。', '关于印发《某某实施办法》的通知'))).toBeNull();
    expect(findNoticeTitle(linesOf(...filler(19), '关于印发《某某实施办法》的通知'))?.startIndex).toBe(19);
    expect(findNoticeTitle(linesOf(...filler(20), '关于印发《某某实施办法》的通知'))).toBeNull();
  });

  it('a lead that names 《X》, when X then stands alone as a line (or two lines) of the text', () => {
    const lead = '新华社北京6月1日电 近日，中共中央印发了《中国共产党某某工作条例》，并发出通知。';
    expect(findNoticeTitle(linesOf(lead, '中国共产党某某工作条例', '第一条 甲。'))).toEqual({ title: '中国共产党某某工作条例', startIndex: 0, endIndex: 0 });
    expect(findNoticeTitle(linesOf(lead, '中国共产党某某', '工作条例', '第一条 甲。'))).toEqual({ title: '中国共产党某某工作条例', startIndex: 0, endIndex: 0 });
    expect(findNoticeTitle(linesOf(lead, '第一条 甲。'))).toBeNull();
    // the line must come after the lead, within the first 60 lines
    expect(findNoticeTitle(linesOf('中国共产党某某工作条例', lead, '第一条 甲。'))).toBeNull();
    expect(findNoticeTitle(linesOf(lead, ...filler(58), '中国共产党某某工作条例'))?.startIndex).toBe(0);
    expect(findNoticeTitle(linesOf(lead, ...filler(59), '中国共产党某某工作条例'))).toBeNull();
  });

  it('not a 《X》 that does not end as titles end, nor one under four characters', () => {
    expect(findNoticeTitle(linesOf('据《人民日报》报道，', '人民日报', '第一条 甲。'))).toBeNull();
    expect(findNoticeTitle(linesOf('印发了《某办法》。', '某办法', '第一条 甲。'))).toBeNull();
    expect(findNoticeTitle(linesOf('印发了《某某办法》。', '某某办法', '第一条 甲。'))).toEqual({ title: '某某办法', startIndex: 0, endIndex: 0 });
  });
});

describe('findTitle', () => {
  it('the line the manifest names (titleLine), with a second line when the first does not end like a title', () => {
    const lines = linesOf('某市某某', '关于加强某某工作的', '实施意见', '第一条 甲。');
    expect(findTitle(lines, { titleLine: 2, commentary: false }, null)).toEqual({ index: 1, span: 2 });
    expect(findTitle(lines, { titleLine: 3, commentary: false }, null)).toEqual({ index: 2, span: 1 });
    expect(findTitle(lines, { titleLine: 9, commentary: false }, null)).toBeNull();
  });

  it('under the notice, or above it as databases print it', () => {
    const notice = { title: '某某实施办法', startIndex: 1, endIndex: 1 };
    expect(findTitle(linesOf('某委文件', '关于印发《某某实施办法》的通知', '各区委：', '某某实施办法', '第一条 甲。'), { commentary: false }, notice)).toEqual({ index: 3, span: 1 });
    expect(findTitle(linesOf('某某实施办法', '关于印发《某某实施办法》的通知', '各区委：', '第一条 甲。'), { commentary: false }, notice)).toEqual({ index: 0, span: 1 });
    expect(findTitle(linesOf('某委文件', '关于印发《某某实施办法》的通知', '各区委：', '第一条 甲。'), { commentary: false }, notice)).toBeNull();
  });

  it('none for an empty text or one that opens with a numbered line', () => {
    expect(findTitle([], { commentary: false }, null)).toBeNull();
    expect(findTitle(linesOf('第一条 甲。'), { commentary: true }, null)).toBeNull();
  });

  it('a commentary’s title is its first line', () => {
    expect(findTitle(linesOf('2017年6月21日', '某某解读', '一、甲。'), { commentary: true }, null)).toEqual({ index: 0, span: 1 });
  });

  it('the first line that reads as a title and ends like one, alone or with the next line', () => {
    expect(findTitle(linesOf('穗办〔2009〕6号', '某某实施办法', '第一条 甲。'), { commentary: false }, null)).toEqual({ index: 1, span: 1 });
    expect(findTitle(linesOf('关于加强某某工作的', '实施意见', '第一条 甲。'), { commentary: false }, null)).toEqual({ index: 0, span: 2 });
    // a title that ends like one takes no second line, even one that also ends like a title
    expect(findTitle(linesOf('某某实施办法', '某某实施细则', '第一条 甲。'), { commentary: false }, null)).toEqual({ index: 0, span: 1 });
  });

  it('else the first line that may be a title at all, before the body and within 12 lines; else the first line', () => {
    expect(findTitle(linesOf('2017年6月21日', '某某工作的若干措施', '第一条 甲。'), { commentary: false }, null)).toEqual({ index: 1, span: 1 });
    expect(findTitle(linesOf('2017年6月21日', '穗办〔2009〕6号', '第一条 甲。', '某某实施办法'), { commentary: false }, null)).toEqual({ index: 0, span: 1 });
    expect(findTitle(linesOf(...filler(12), '某某实施办法'), { commentary: false }, null)).toEqual({ index: 0, span: 1 });
    expect(findTitle(linesOf(...filler(11), '某某实施办法'), { commentary: false }, null)).toEqual({ index: 11, span: 1 });
  });
});
