/**
 * The ONE table of structural levels (after Bluebell's hierarchy table).
 *
 * Every level a provision tree can hold, how its anchor id is formed, how it
 * is cited, and which levels it may contain. The parser, the id assigner, the
 * serialiser and the pages all read this table; no other file decides what
 * may nest in what.
 */

export type Level =
  | 'document'
  | 'title' // the title block as written in the source
  | 'notice' // 印发通知 wrapped around a measure
  | 'preamble' // unnumbered text between the title and the first provision
  | 'part' // 编
  | 'chapter' // 章
  | 'division' // 节
  | 'article' // 条
  | 'para' // 款 (unnumbered paragraph, counted)
  | 'item' // 项 （一）/(一)/（1）/(1)
  | 'sub' // 目 1. / 1．/ 1、
  | 'section' // 一、 (documents without articles)
  | 'heading' // an unnumbered heading (commentary essays)
  | 'interpretation' // 解读 attached to an article
  | 'annex' // 附件
  | 'table' // a table inside an annex
  | 'signoff'; // issuer / date / 文号 lines

export interface LevelSpec {
  /** Chinese name of the unit, used in citations (第六条第二款). */
  unit: string;
  /** Id fragment: `${prefix}-${n}`; null when the level carries no own anchor. */
  prefix: string | null;
  /** Whether the id is prefixed by the parent's id (art-6-para-2) or stands alone (art-6). */
  nested: boolean;
  /** Levels this one may directly contain. */
  contains: readonly Level[];
}

export const LEVELS: Readonly<Record<Level, LevelSpec>> = {
  document: {
    unit: '',
    prefix: null,
    nested: false,
    contains: ['title', 'notice', 'preamble', 'part', 'chapter', 'division', 'article', 'section', 'heading', 'annex', 'signoff', 'para'],
  },
  title: { unit: '', prefix: null, nested: false, contains: [] },
  notice: { unit: '通知', prefix: 'notice', nested: false, contains: ['para', 'signoff'] },
  preamble: { unit: '', prefix: 'preamble', nested: false, contains: ['para', 'item', 'sub'] },
  // Text between a heading and its first article (a chapter's own note) is a para of the heading.
  part: { unit: '编', prefix: 'part', nested: false, contains: ['chapter', 'division', 'article', 'para'] },
  // Chapters inside a part are numbered within it (刑法: 第二编 第一章): part-2-chp-1.
  chapter: { unit: '章', prefix: 'chp', nested: true, contains: ['division', 'article', 'para'] },
  division: { unit: '节', prefix: 'div', nested: true, contains: ['article', 'para'] },
  article: { unit: '条', prefix: 'art', nested: false, contains: ['para', 'interpretation'] },
  para: { unit: '款', prefix: 'para', nested: true, contains: ['item', 'sub'] },
  item: { unit: '项', prefix: 'item', nested: true, contains: ['sub', 'para'] },
  sub: { unit: '目', prefix: 'sub', nested: true, contains: ['para'] },
  section: { unit: '部分', prefix: 'sec', nested: false, contains: ['para', 'item', 'sub'] },
  heading: { unit: '', prefix: 'h', nested: false, contains: ['para'] },
  interpretation: { unit: '解读', prefix: 'interp', nested: true, contains: ['para', 'item'] },
  annex: { unit: '附件', prefix: 'annex', nested: false, contains: ['para', 'table', 'sub', 'item'] },
  table: { unit: '表', prefix: 'table', nested: true, contains: [] },
  signoff: { unit: '', prefix: null, nested: false, contains: [] },
};

export function mayContain(parent: Level, child: Level): boolean {
  return LEVELS[parent].contains.includes(child);
}

/** Characters of a Chinese counting number, as a regex class body. */
const CN = '〇○零一二两三四五六七八九十百千';
const NUM = `[${CN}]+|[0-9０-９]+`;

/**
 * Traditional forms of the characters that numbering, titles, issuers and dates are
 * recognised by (條, 節, 編, 兩; 關於, 委員會, 規定, 辦法, 通過, 發佈 …), as pairs
 * traditional-simplified. Folded one character to one character, for recognition only: published text keeps what was written.
 */
const TRADITIONAL_PAIRS = '條条節节編编兩两則则關关於于員员會会黨党規规辦办見见實实發发佈布過过訂订準准細细試试暫暂決决議议務务門门總总號号書书記记組组織织廳厅區区縣县屆届國国華华產产為为屬属紀纪檢检經经審审長长團团協协導导綱纲稱称處处責责問问須须應应當当';
const TRADITIONAL: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, i) => [TRADITIONAL_PAIRS[2 * i], TRADITIONAL_PAIRS[2 * i + 1]] as [string, string]),
);

/** Fold the traditional characters above to their simplified forms (same length, for matching only). */
export function foldTraditional(s: string): string {
  return s.replace(/[^\u0000-\u2fff]/gu, (ch) => TRADITIONAL.get(ch) ?? ch);
}

/** What follows an item marker that cites items rather than starting one: （一）至（三）项, （四）、（五）项. */
const NOT_ITEM = '[\\s\u3000]*(?:[至到、][\\s\u3000]*[（(]|项(?!目))';

/** Numbering styles of list markers; a change of style inside one list is reported. */
export type ListStyle = 'cn-paren' | 'arabic-paren' | 'arabic-dot' | 'cn-comma';

export interface Marker {
  level: Level;
  /** Groups: 1 number, 2 之N suffix (articles), 3 rest of the line. */
  re: RegExp;
  style?: ListStyle;
}

/**
 * How each level's numbering is written at the start of a line. The parser
 * tries them in this order; nothing else in the code matches numbering.
 */
export const MARKERS: readonly Marker[] = [
  { level: 'part', re: new RegExp(`^第(${NUM})编()[\\s\u3000]*(.*)$`, 'u') },
  { level: 'chapter', re: new RegExp(`^第(${NUM})章()[\\s\u3000]*(.*)$`, 'u') },
  { level: 'division', re: new RegExp(`^第(${NUM})节()[\\s\u3000]*(.*)$`, 'u') },
  { level: 'article', re: new RegExp(`^第(${NUM})条(?:之([${CN}]+))?[\\s\u3000]*(.*)$`, 'u') },
  // 一、 but not 一、二级… (a range of grades, inside a sentence)
  { level: 'section', style: 'cn-comma', re: new RegExp(`^([${CN}]+)()[\\s\u3000]*、(?![${CN}]+[级类等档次])[\\s\u3000]*(.*)$`, 'u') },
  // （一） but not a reference to items: （一）至（三）项…, （四）、（五）项…
  { level: 'item', style: 'cn-paren', re: new RegExp(`^[（(][\\s\u3000]*([${CN}]+)[\\s\u3000]*[)）](?!${NOT_ITEM})()[\\s\u3000]*(.*)$`, 'u') },
  { level: 'item', style: 'arabic-paren', re: new RegExp(`^[（(][\\s\u3000]*([0-9０-９]{1,3})[\\s\u3000]*[)）](?!${NOT_ITEM})()[\\s\u3000]*(.*)$`, 'u') },
  { level: 'sub', style: 'arabic-dot', re: /^([0-9０-９]{1,3})[\s\u3000]*[.．、](?![0-9０-９]+[.．][0-9０-９])()[\s\u3000]*(.*)$/u },
];

/** Other line shapes the parser recognises, kept here with the numbering. */
export const LINE_SHAPES = {
  /** `附件` / `附件1：` alone on a line: an annex starts. */
  annexStart: /^附件[\s\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)?[\s\u3000]*[:：]?[\s\u3000]*$/u,
  /** `附件：1.xxx` — the list of annexes at the end of the body. */
  annexList: /^附件[\s\u3000]*[:：][\s\u3000]*\S/u,
  /** `《X》解读` — the start of an official interpretation part. */
  interpretationPart: /^《[^》]+》[\s\u3000]*解读$/u,
  /** `解读:` (alone or ending a line) — an article's interpretation starts. */
  interpretationLabel: /(?:^|[。；;：:])[\s\u3000]*(解读[:：])$/u,
  /** A date as written in sign-offs: 2017年6月21日 or 二○○九年三月四日. */
  date: /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})[\s\u3000]*年[\s\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[\s\u3000]*月[\s\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[\s\u3000]*日/u,
  /**
   * A line of adoption / amendment history (题注), under the title: `2011年11月17日 上海市…会议通过`,
   * `（2016年6月28日中共中央政治局会议审议通过 2016年7月8日中共中央发布）`, `根据…《…决定》修正`, `2000年2月1日 施行`.
   */
  history: /^[（(]?[\s\u3000]*(?:根据)?[\s\u3000]*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})[\s\u3000]*年.*(?:通过|修正|修订|批准|公布|发布|施行|实施|修改|废止|印发)/u,
  /** 文号: 日职院办字〔2017〕51号, 穗办〔2009〕6号. */
  docNumber: /([\u4e00-\u9fff]{1,10}[〔\[［]([0-9]{4})[〕\]］][\s\u3000]*[0-9]+[\s\u3000]*号)/u,
  /** `目录` / `目 录` alone on a line: a table of contents follows. */
  tocLabel: /^目[\s\u3000]*录[:：]?$/u,
  /** Two or more chapter headings on one line (`第一章 总则 第二章 …`): a table of contents. */
  tocLine: new RegExp(`^第(?:${NUM})[编章节].*[\\s\u3000]第(?:${NUM})[编章节]`, 'u'),
  /** Database metadata lines (法规库): `【发布文号】穗办〔2006〕18号 【生效日期】2006-09-03`. */
  dbField: /^【(发布单位|发布部门|发文机关|制定机关|发布文号|文号|发文字号|发布日期|公布日期|成文日期|生效日期|施行日期|实施日期|失效日期|时效性|效力级别|法规类别)】/u,
  /** The title of an issuing notice, spaces squashed: 关于印发《X》的通知 (X is the measure's title). */
  noticeTitle: /(?:印发|转发|颁发|下发|发布)《([^《》]+)》的?通知/u,
  /** How the title of a measure ends (after folding traditional characters): …办法, …意见（试行）. */
  titleEnd: /(办法|规定|条例|意见|细则|制度|决定|规则|准则|方案|通知|纲要|意见》|解释|批复|答复|规划|标准|守则|章程|法)(（(试行|暂行|草案)）|\((试行|暂行|草案)\))?$/u,
  /** How the name of an issuing body ends: 中共XX委员会, XX办公厅, XX学院. */
  orgEnd: /(委员会|办公室|办公厅|党委|党组|政府|局|部|厅|委|院|学校|学院|大学|党总支|支部|中央|国务院|常委会)$/u,
  /** 中共XX委员会关于… / 中国共产党XX委员会关于…: the issuer named at the head of the title. */
  issuerInTitle: /^((?:中共|中国共产党)[\u4e00-\u9fff]{1,30}?(?:委员会|委|党组|纪委|组织部|宣传部|办公厅|办公室))(?:关于|印发)/u,
  /** Site furniture above a text: page titles, breadcrumbs, visit counters, download links. */
  siteJunk: /(首页[\s\u3000]*[>»＞›]|[>»＞›][\s\u3000]*正文|浏览次数|点击数|阅读次数|来源[:：]|发布时间[:：]|责任编辑|打印本页|关闭窗口|免费[\u4e00-\u9fff]{0,6}下载|范文网|文库|www\.|https?:|\.com\b|\.cn\b)/u,
  /** A news lead: 吉林日报讯, 新华社北京6月1日电, 本报讯. */
  newsLead: /^[\u4e00-\u9fff]{0,10}(?:日报|晚报|新闻网|网|社|本报)[\u4e00-\u9fff0-9]{0,12}(?:讯|电)[\s\u3000（(]/u,
  /** A digit run stuck inside a Chinese sentence: a page number leaked from the print layout. */
  leakedDigit: /([\u4e00-\u9fff][，,]?)([0-9]{1,3})[ \u3000]+(?=[\u4e00-\u9fff])/u,
} as const;
