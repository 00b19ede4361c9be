/**
 * What a provision does, in the generic vocabulary of Chinese rule drafting
 * (立法技术): state its purpose, lay down principles, define its scope, list
 * the grounds for and the forms of accountability, say who decides, how a
 * decision is carried out, who interprets it and when it takes effect… Local
 * measures word these differently from their parent, but they signal the same
 * function with the same stock phrases (有下列情形之一的, 可以单独使用也可以合并使用,
 * 负责解释, 自…起施行). Both sides are classified with this one table; a local
 * provision and a parent provision that share a function correspond.
 *
 * The table knows no document: every cue is the ordinary language of
 * regulations and of accountability (问责) rules in general. Functions with no
 * counterpart in a given parent (investigation procedure, appeal, aggravation,
 * appraisal mechanics) are listed too, so that a provision doing one of those
 * is recognised as such rather than drifting to the nearest parent article.
 */

import { toSimplified } from '../chinese-variants.ts';

export interface Cue {
  re: RegExp;
  weight: number;
  /** `heading`: only in a heading (or a 解读 topic); `start`: only in the first clause; default anywhere. */
  where?: 'heading' | 'start';
}

export interface FunctionSpec {
  id: string;
  /** Chinese label shown as evidence. */
  label: string;
  cues: Cue[];
}

const any = (re: RegExp, weight = 1): Cue => ({ re, weight });
const head = (re: RegExp, weight = 3): Cue => ({ re, weight, where: 'heading' });
const start = (re: RegExp, weight = 1): Cue => ({ re, weight, where: 'start' });

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: 'purpose',
    label: '目的和依据',
    cues: [head(/目的|依据|宗旨/u), start(/^为了?/u), any(/(?:制定|制订)(?:本规|如下|以下)|特制定|现制定/u, 2)],
  },
  {
    id: 'guidance',
    label: '指导思想',
    cues: [head(/指导思想|总体要求|总要求|指导原则/u), any(/指导思想|总体要求/u, 1.5), any(/以.{2,60}为(?:指导|统领)/u, 1.5), any(/工作目标|主要目标/u, 0.5)],
  },
  {
    id: 'principles',
    label: '原则',
    cues: [head(/原则/u), any(/原则/u, 1.5), any(/遵循以下|坚持以下/u, 1)],
  },
  {
    id: 'scope',
    label: '主体和对象',
    cues: [
      head(/对象|范围|主体/u),
      any(/适用于|适用范围|本规所称(?:问责|追责|.{0,12}(?:干部|人员|对象|单位|组织))/u, 2.5),
      any(/是指/u, 0.5),
      any(/(?:问责|考核|追责|监督)(?:对象|主体)|对象是|对象为|重点是/u, 1.5),
      any(/按照职责权限|按照职责分工/u, 0.5),
    ],
  },
  {
    id: 'responsibility',
    label: '责任划分',
    cues: [
      head(/责任划分|责任分工|责任内容|责任认定|责任落实/u),
      any(/第一责任人|负总责|分清责任|各负其责|一把手/u, 1.5),
      any(/(?:全面|主要|重要|直接)领导责任|直接责任|(?:集体|共同)(?:决策|研究决定)/u, 1.5),
    ],
  },
  {
    id: 'grounds',
    label: '问责情形',
    cues: [
      head(/情形|情况|事项|内容/u, 2),
      any(/(?:有|存在)(?:下列|以下)(?:情形|行为)之一/u, 1.5),
      any(/应当(?:予以)?问责|应予(?:以)?问责|应当追究.{0,6}责任/u, 1.5),
      any(/其他应当问责|失职失责(?:的)?情形/u, 1.5),
      any(/不履行或者?不正确履行/u, 1),
    ],
  },
  {
    id: 'sanctions',
    label: '问责方式',
    cues: [
      head(/(?:问责|处理|处分|追责|责任追究)(?:的)?(?:方式|种类|措施)|责任追究/u),
      start(/^.{0,12}(?:问责|处理|处分|追责|追究)(?:的)?方式/u, 2),
      any(/(?:问责|处理|处分|追责|追究)(?:的)?方式/u, 0.5),
      any(/诫勉|通报批评|书面检查|公开道歉|停职检查|引咎辞职|责令辞职|免职|降职|撤职/u, 1),
      any(/调整(?:工作)?岗位|调离岗位|调整职务|组织调整|组织处理|改组/u, 1),
      any(/纪律处分|党纪政纪处分|党纪处分|政纪处分|约谈|批评教育|一票否决|取消.{0,8}资格/u, 1),
      any(/单独(?:使用|适用)|合并(?:使用|适用)/u, 1.5),
      any(/情节较轻|情节较重|情节严重/u, 0.5),
    ],
  },
  {
    id: 'decision',
    label: '问责决定',
    cues: [
      head(/决定|权限|批准/u),
      any(/(?:问责|处理)决定(?:应当)?由|的问责[,，]?由|由.{1,24}(?:作出|决定)(?:[;；。，,]|$)/u, 1.5),
      any(/作出(?:问责|处理)?(?:或不问责)?(?:的)?决定/u, 1),
      any(/管理权限|(?:决策|决定)(?:机关|机构)(?:为|是)|有权(?:采取|作出|决定)|集体讨论决定/u, 1.5),
    ],
  },
  {
    id: 'execution',
    label: '问责执行',
    cues: [
      head(/执行|运用/u, 2),
      any(/宣布|督促执行|送达/u, 1.5),
      any(/执行情况/u, 0.5),
      any(/(?:归入|存入|装入|记入).{0,12}档案|备案|书面检讨|通报曝光|向社会(?:公开|公布)|作为.{0,20}(?:重要)?依据/u, 1.5),
    ],
  },
  {
    id: 'lifelong',
    label: '终身问责',
    cues: [head(/终身/u), any(/终身(?:问责|追责|追究)/u, 3), any(/调离|转岗|已退休|退休|离任|离职/u, 1.5)],
  },
  {
    id: 'delegation',
    label: '授权制定',
    cues: [
      head(/授权/u),
      any(/(?:制定|制订)(?:相应的?|具体的?)?(?:实施办法|实施细则|具体办法|细则|相关规定)/u, 2),
      any(/(?:根据|依照|依据)本规(?:[,，]?.{0,12})?(?:制定|制订)/u, 2),
    ],
  },
  {
    id: 'interpretation',
    label: '解释',
    cues: [head(/解释|附则/u, 1.5), any(/负责解释|解释机关|由.{1,30}解释/u, 3)],
  },
  {
    id: 'effect',
    label: '施行',
    cues: [
      head(/施行|效力|附则/u, 1.5),
      any(/本规.{0,30}(?:自|从).{0,24}(?:施行|实施|执行|生效)|施行日期/u, 3),
      any(/(?:起|之日)(?:施行|实施|执行|生效)/u, 1),
      any(/同时废止|同时失效|不一致的?[,，]/u, 1.5),
    ],
  },
  // Functions the 2016 Regulations have no article for.
  {
    id: 'procedure',
    label: '调查程序',
    cues: [
      head(/程序|调查|线索|立项|回避/u),
      any(/调查/u, 1),
      any(/线索|立项|初核|核实|取证|证据/u, 1.5),
      any(/陈述|申辩/u, 2),
      any(/回避/u, 2),
      any(/工作日/u, 1),
    ],
  },
  {
    id: 'appeal',
    label: '申诉复核',
    cues: [head(/申诉|复核|复查/u), any(/申诉|复核|复查|不服/u, 2)],
  },
  {
    id: 'gradation',
    label: '从重从轻',
    cues: [head(/从重|从轻|减轻|免责|免予/u), any(/从重|从轻|减轻|加重|免于问责|免予问责|免于追究/u, 3)],
  },
  {
    id: 'appraisal',
    label: '考核评价',
    cues: [
      head(/考核|考评|检查|评议|评价/u, 2),
      any(/考核|考评|测评|评议|评定|计分|自查自评|得分|等次|专项检查|日常检查/u, 1),
    ],
  },
  {
    id: 'organisation',
    label: '组织领导',
    cues: [head(/组织领导|组织保障|工作机构/u), any(/领导小组|办公室设在|组织协调|工作组/u, 1.5)],
  },
];

export type FunctionProfile = Record<string, number>;

/** Saturation of a raw cue total into 0..1. */
const SATURATION = 2;

/**
 * Profile of a provision: for every function, 0..1. `heading` is the
 * provision's heading or, for a parent article, the topic its 解读 names.
 * Each cue counts once per provision, at its best place.
 */
export function profile(text: string, heading?: string): FunctionProfile {
  const body = toSimplified(text.normalize('NFKC')).replace(/本(?:实施办法|实施细则|暂行办法|暂行规定|条例|办法|规定|细则|意见|准则|规则)/gu, '本规');
  const firstClause = body.split(/[。;；\n]/u)[0] ?? '';
  const h = toSimplified(heading?.normalize('NFKC') ?? '');
  const out: FunctionProfile = {};
  for (const f of FUNCTIONS) {
    let raw = 0;
    for (const c of f.cues) {
      if (c.where === 'heading') {
        if (h && c.re.test(h)) raw += c.weight;
      } else if (c.where === 'start') {
        if (c.re.test(firstClause)) raw += c.weight;
      } else if (c.re.test(body)) {
        raw += c.weight;
      }
    }
    out[f.id] = 1 - Math.exp(-raw / SATURATION);
  }
  return out;
}

/** Functions a heading (or 解读 topic) names: 问责方式 → sanctions, 考核原则 → principles and appraisal. */
export function headingFunctions(heading: string): string[] {
  const h = toSimplified(heading.normalize('NFKC'));
  return FUNCTIONS.filter((f) => f.cues.some((c) => c.where === 'heading' && c.re.test(h))).map((f) => f.id);
}

/**
 * The functions a provision is mainly about. When its heading (or 解读 topic)
 * names a function, that decides; otherwise the dominant functions of its text.
 */
export function primaryFunctions(text: string, heading?: string): string[] {
  const named = heading ? headingFunctions(heading) : [];
  return named.length ? named : dominant(profile(text, heading));
}

/** Functions of a profile at or above `share` of its strongest one, strongest first. */
export function dominant(p: FunctionProfile, share = 0.6): string[] {
  const max = Math.max(0, ...Object.values(p));
  if (max === 0) return [];
  return FUNCTIONS.map((f) => f.id)
    .filter((id) => p[id]! >= share * max && p[id]! > 0)
    .sort((a, b) => p[b]! - p[a]! || (a < b ? -1 : 1));
}

export function functionLabel(id: string): string {
  return FUNCTIONS.find((f) => f.id === id)?.label ?? id;
}
