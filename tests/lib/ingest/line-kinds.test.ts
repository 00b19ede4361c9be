/**
 * What one unnumbered line is (src/lib/ingest/line-kinds.ts): the predicates the converter, the title
 * finder and the metadata extractor share, each at the edges its doc comment states. Plain strings.
 */
import { describe, expect, it } from 'vitest';
import { endsLikeTitle, isDateLine, isDocNumberLine, isHistoryLine, isOrgLine, mayBeTitle, squash } from '../../../src/lib/ingest/line-kinds.ts';

describe('squash', () => {
  it('drops every space, folds width and traditional forms, so that two printings of a title compare equal', () => {
    expect(squash('中共某市委  關於\u3000印发《办法》（试行）')).toBe(squash('中共某市委关于印发《办法》(试行)'));
    expect(squash('甲 \u3000 乙')).toBe('甲乙');
    expect(squash('ＡＢＣ１２')).toBe('ABC12');
  });
});

describe('isDateLine', () => {
  it('a date alone, in brackets, or after an issuer of at most 40 characters without sentence punctuation', () => {
    expect(isDateLine('2017年6月21日')).toBe(true);
    expect(isDateLine('（二○○九年三月四日）')).toBe(true);
    expect(isDateLine('党委办公室 2017年6月21日印发')).toBe(true);
    expect(isDateLine(`${'甲'.repeat(40)}2017年6月21日`)).toBe(true);
    expect(isDateLine(`${'甲'.repeat(41)}2017年6月21日`)).toBe(false);
    expect(isDateLine('经研究，2017年6月21日')).toBe(false);
  });
  it('not a line that goes on after the date, nor a line without one', () => {
    expect(isDateLine('2017年6月21日起施行')).toBe(false);
    expect(isDateLine('第一条 甲。')).toBe(false);
  });
});

describe('isHistoryLine', () => {
  it('a 题注: a date and what happened, commas and full stops only inside 《…》', () => {
    expect(isHistoryLine('（2016年6月28日中共中央政治局会议审议通过 2016年7月8日中共中央发布）')).toBe(true);
    expect(isHistoryLine('根据2019年1月1日《关于修改〈甲，乙〉的决定》修正')).toBe(true);
    expect(isHistoryLine('2016年6月28日会议通过，同日发布')).toBe(false);
    expect(isHistoryLine('2016年6月28日《甲》，会议通过')).toBe(false);
    expect(isHistoryLine('会议通过')).toBe(false);
  });
  it('at most 400 characters', () => {
    const at = (n: number) => `2016年6月28日${'会'.repeat(n - 12)}通过`;
    expect(at(400)).toHaveLength(400);
    expect(isHistoryLine(at(400))).toBe(true);
    expect(isHistoryLine(at(401))).toBe(false);
  });
});

describe('isOrgLine', () => {
  it('an issuing body alone, at most 40 characters, no sentence punctuation', () => {
    expect(isOrgLine('中共广州市委办公厅')).toBe(true);
    expect(isOrgLine('中共廣州市委員會')).toBe(true);
    expect(isOrgLine(`${'甲'.repeat(37)}委员会`)).toBe(true);
    expect(isOrgLine(`${'甲'.repeat(38)}委员会`)).toBe(false);
    expect(isOrgLine('经研究，报市委')).toBe(false);
    expect(isOrgLine('某某工作小组')).toBe(false);
  });
});

describe('isDocNumberLine', () => {
  it('a 文号 alone, maybe in brackets or book-title marks, nothing else on the line', () => {
    expect(isDocNumberLine('穗办〔2009〕6号')).toBe(true);
    expect(isDocNumberLine('（穗办〔2009〕6号）')).toBe(true);
    expect(isDocNumberLine('《党发〔2017〕21号》')).toBe(true);
    expect(isDocNumberLine(' 穗办〔2009〕6号\u3000')).toBe(true);
    expect(isDocNumberLine('穗办〔2009〕6号 印发')).toBe(false);
    expect(isDocNumberLine('根据穗办〔2009〕6号文件')).toBe(false);
    expect(isDocNumberLine('穗办')).toBe(false);
  });
});

describe('mayBeTitle', () => {
  it('at most 80 characters without sentence punctuation, apart from punctuation in brackets', () => {
    expect(mayBeTitle('中共某市委关于加强党的建设的意见')).toBe(true);
    expect(mayBeTitle('某某实施办法（2019年修订，试行）')).toBe(true);
    expect(mayBeTitle('某某实施办法（2019年修订）和，')).toBe(false);
    expect(mayBeTitle('某某（甲）乙，丙（丁）')).toBe(false);
    expect(mayBeTitle('甲'.repeat(80))).toBe(true);
    expect(mayBeTitle('甲'.repeat(81))).toBe(false);
  });
  it('not a 文号, a date, site furniture, a database line, a news lead or a numbered line', () => {
    expect(mayBeTitle('穗办〔2009〕6号')).toBe(false);
    expect(mayBeTitle('2017年6月21日')).toBe(false);
    expect(mayBeTitle('首页 > 正文')).toBe(false);
    expect(mayBeTitle('【发布文号】穗办〔2006〕18号')).toBe(false);
    expect(mayBeTitle('新华社北京6月1日电 某某办法')).toBe(false);
    expect(mayBeTitle('第一条 总则')).toBe(false);
  });
});

describe('endsLikeTitle', () => {
  it('ends as titles end, book-title marks around it aside', () => {
    expect(endsLikeTitle('某某实施办法')).toBe(true);
    expect(endsLikeTitle('《某某实施办法》')).toBe(true);
    expect(endsLikeTitle('《某某意见（试行）》')).toBe(true);
    expect(endsLikeTitle('某某實施細則')).toBe(true);
    expect(endsLikeTitle('《某某办法》解读')).toBe(false);
    expect(endsLikeTitle('关于《某某办法》的说明')).toBe(false);
    expect(endsLikeTitle('《办法》和其他')).toBe(false);
  });
});
