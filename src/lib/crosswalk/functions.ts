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
 * The generic table knows no document and no subject: every cue is the
 * ordinary language of regulations. Functions a given parent has no article
 * for (investigation procedure, appeal, aggravation, appraisal mechanics) are
 * listed too, so that a provision doing one of those is recognised as such
 * rather than drifting to the nearest parent article. A parent's own topics
 * are added per parent (functionTable).
 */

import { toSimplified } from '../chinese-variants.ts';
import { SELF_NOUN } from './text.ts';

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

/**
 * Functions every regulation has, whatever its subject: the 总则 and 附则 of
 * Chinese rule drafting, and the procedural matters measures add (调查, 申诉,
 * 从重从轻, 考核, 组织领导). What a particular parent's articles are about —
 * 问责方式 in an accountability regulation, 用血管理 in a blood-donation law —
 * is that parent's own data: its headings and 解读 topics, with the
 * vocabulary local measures use for them in a per-parent topics file
 * (content/crosswalk/topics/<parent>.yaml, src/schemas/crosswalk.ts), never a
 * table here.
 */
export const GENERIC_FUNCTIONS: readonly FunctionSpec[] = [
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
      any(/适用于|适用范围|本规所称.{0,12}(?:干部|人员|对象|单位|组织)/u, 2.5),
      any(/是指/u, 0.5),
      any(/(?:考核|监督)(?:对象|主体)|对象是|对象为/u, 1.5),
      any(/按照职责权限|按照职责分工/u, 0.5),
    ],
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
    cues: [head(/从重|从轻|减轻|免责|免予/u), any(/从重|从轻|减轻|加重|免于|免予/u, 3)],
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

/** Formal clauses: a local clause of the same kind is the measure's own, never a more specific rule (relation.ts). */
export const FORMAL_FUNCTIONS: ReadonlySet<string> = new Set(['purpose', 'guidance', 'interpretation', 'effect', 'delegation']);

export type FunctionProfile = Record<string, number>;

/** Saturation of a raw cue total into 0..1. */
const SATURATION = 2;

/**
 * Profile of a provision: for every function, 0..1. `heading` is the
 * provision's heading or, for a parent article, the topic its 解读 names.
 * Each cue counts once per provision, at its best place.
 */
export function profile(text: string, heading?: string, table: readonly FunctionSpec[] = GENERIC_FUNCTIONS): FunctionProfile {
  const body = toSimplified(text.normalize('NFKC')).replace(SELF_NOUN, '本规');
  const firstClause = body.split(/[。;；\n]/u)[0] ?? '';
  const h = toSimplified(heading?.normalize('NFKC') ?? '');
  const out: FunctionProfile = {};
  for (const f of table) {
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
export function headingFunctions(heading: string, table: readonly FunctionSpec[] = GENERIC_FUNCTIONS): string[] {
  const h = toSimplified(heading.normalize('NFKC'));
  return table.filter((f) => f.cues.some((c) => c.where === 'heading' && c.re.test(h))).map((f) => f.id);
}

/**
 * The functions a provision is mainly about. When its heading (or 解读 topic)
 * names a function, that decides; otherwise the dominant functions of its text.
 */
export function primaryFunctions(text: string, heading?: string, table: readonly FunctionSpec[] = GENERIC_FUNCTIONS): string[] {
  const named = heading ? headingFunctions(heading, table) : [];
  return named.length ? named : dominant(profile(text, heading, table), 0.6, table);
}

/** Functions of a profile at or above `share` of its strongest one, strongest first. */
export function dominant(p: FunctionProfile, share = 0.6, table: readonly FunctionSpec[] = GENERIC_FUNCTIONS): string[] {
  const max = Math.max(0, ...Object.values(p));
  if (max === 0) return [];
  return table
    .map((f) => f.id)
    .filter((id) => p[id]! >= share * max && p[id]! > 0)
    .sort((a, b) => p[b]! - p[a]! || (a < b ? -1 : 1));
}

export function functionLabel(id: string, table: readonly FunctionSpec[] = GENERIC_FUNCTIONS): string {
  return table.find((f) => f.id === id)?.label ?? id;
}

/** A per-parent topic as the topics file gives it (regular expressions as strings). */
export interface TopicSpec {
  id: string;
  label: string;
  heading?: string;
  cues?: { re: string; weight?: number; where?: 'heading' | 'start' }[];
}

/**
 * The function table for one parent: the generic functions and that parent's
 * own topics. A topic with the id of a generic function replaces it (the
 * scope of an accountability rule is also worded 问责对象, 本办法所称问责).
 */
export function functionTable(topics: readonly TopicSpec[] = []): FunctionSpec[] {
  const own: FunctionSpec[] = topics.map((t) => ({
    id: t.id,
    label: t.label,
    cues: [
      ...(t.heading ? [head(new RegExp(t.heading, 'u'))] : []),
      ...(t.cues ?? []).map((c) => ({ re: new RegExp(c.re, 'u'), weight: c.weight ?? 1, ...(c.where ? { where: c.where } : {}) })),
    ],
  }));
  const ids = new Set(own.map((f) => f.id));
  return [...GENERIC_FUNCTIONS.filter((f) => !ids.has(f.id)), ...own];
}
