/**
 * The relation of a link, decided by one stated rule (README "Crosswalk",
 * /about/), the same for suggested, cited and curated links:
 *
 * Both texts are compared after folding what differs for reasons of form only
 * (text.ts: full/half-width, 本条例 → 本办法 and the other self-nouns,
 * enumerators, numbers; here also titles in 《》, 以下简称…, 结合…实际, short
 * glosses in brackets (区县（自治县）), the measure naming itself beside the
 * law (…和本办法) and the local measure's scope noun — the words of its title,
 * 学校, 单位 …; enumerations of sources of law, the commendation formula, 做出;
 * the measure's own organs where the parent names one, `foldOrgans`). A
 * character of one text counts as taken from the other when it
 * lies in a run of at least three characters the other text also has, read
 * across punctuation.
 *
 * - kept: the share of the parent provision's text the local one keeps;
 * - own: the share of the local provision's text that is its own;
 * - added / dropped: the phrases (clauses, list members such as 提醒、函询)
 *   the local provision has and the parent has not, and the reverse.
 *
 * 重申 (restates): own ≤ 25 % and nothing of substance added (no new list
 *   item — a parent's member with a qualifier of two characters, 公民集会 for
 *   集会, is none — no new run of 6 characters or more) — the local text is the
 *   parent's wording; for a formal clause of interpretation, entry into force
 *   or authorisation it must also keep ≥ 75 % of it; a purpose or
 *   guiding-thought clause (its substance is its wording) restates when it
 *   keeps ≥ 60 %, whatever basis or scope it adds — when the local provision is
 *   such a clause too (localWording). The measure's scope clause against the
 *   law's restates when it keeps ≥ 60 % of the law's once the territory is set
 *   aside (TERRITORY). The parent's 可以 decided (可以设 → 设; not 有权 for it) is an addition of
 *   substance (discretionDecided), and so are a list member put into a parent's phrase
 *   (memberInserted) or to one of its pairs (任何部门、单位和个人 for 任何部门和单位, memberJoined), an offence
 *   named by the measure's own article numbers (违反本办法第十九条规定的, ownArticleOffence) and a sentence
 *   mostly its own (ownSentence). A provision that is no purpose clause restates the parent's aims when
 *   it has them word for word (aimsVerbatim). Drafting formulas that add no rule are form (FORMULAS,
 *   taken out before the organs are read): referrals (依照国家的规定, 按照国家和本市有关规定, 按照有关规定,
 *   按照《矿山安全法》第四十四条的规定处理, and a sentence that is nothing but one: …工作按照国家有关规定执行),
 *   a division of duties with its verb (按照各自职责做好, 在各自职责范围内负责), 法律、法规另有规定的除外,
 *   违反本办法规定, 有下列情形之一的; so is the territory of a duty (主管全国的 / 主管本行政区域内的). The
 *   measure's own scope sentence before a rule that restates the parent's is set aside (scopeSetAside).
 *   Text taken from the other
 *   parent provisions the local one is linked to is not its own. An
 *   entry-into-force clause's date is the measure's own, and so is a repeal (…同时废止): only the rest
 *   of the clause (此前…不一致的，按照本办法执行) is compared, and a clause with nothing but its date
 *   (and a repeal) is 相关, also against a parent article that is no formal clause (its schedules).
 * 相关 (related): otherwise, when the local provision is the measure's own
 *   scope clause (在本市行政区域内…适用/遵守…本办法, 比照适用本细则); when the
 *   parent provision is a formal clause
 *   (purpose, guiding thought, interpretation, entry into force, authorisation
 *   to make rules): a local clause of the same kind is its own, not a more
 *   specific rule; or when the local provision keeps less than 30 % of the
 *   parent's text and either does something else (its drafting function or
 *   topic differs from the parent provision's; suggest.ts: only when one of
 *   the two shows a function, topic or heading) or states principles of its own
 *   — never when it says it adds to the parent's rule (除…规定的职责外, SUPPLEMENTS).
 * 细化 (implements): the rest — same matter, with something added.
 */
import type { Relation } from '../../schemas/crosswalk.ts';
import { toSimplified } from '../chinese-variants.ts';
import { newQuantities } from './quantities.ts';
import { clauses, simplifiedClauses } from './text.ts';

export const RELATION_RULE = {
  /** Length of the shared character runs that count as taken from the other text. */
  run: 3,
  /** At most this share of the local text its own for 重申. */
  restatesOwn: 0.25,
  /** A purpose or guiding-thought clause restates when it keeps this share of the parent's, whatever it adds (its own basis, scope); else it is the measure's own. */
  restatesWordingKept: 0.6,
  /** …or when at most this share of it is its own and it keeps at least `implementsKept` of the parent's (the parent's aims, shortened). */
  restatesWordingOwn: 0.5,
  /** A local text that takes more than this many times as many characters from the parent provision(s) as they have uses their words twice: the repeat extends the rule (to other persons, other cases), an addition of substance. */
  reuse: 1.5,
  /** An interpretation, entry-into-force or authorisation clause restates only when it keeps this share too (else it names its own organ, date…). */
  restatesFormalKept: 0.75,
  /** An added phrase this long (folded characters) or longer is an addition of substance. */
  substantial: 6,
  /** A run of that length is the parent's wording with a short insertion (自愿参加献血 for 自愿献血), not an addition, when at most this many of its characters are outside two-character pieces of the parent. */
  inserted: 2,
  /** A provision that is no purpose clause restates the parent's aims when it has this share of them as one stretch, in their order (the law's aims word for word). */
  aimsVerbatim: 0.75,
  /** A sentence this long (folded characters) or longer… */
  ownSentenceMin: 10,
  /** …more than this share of it the local provision's own, is an addition of substance (a rule of its own among the parent's words). */
  ownSentenceShare: 0.5,
  /** Below this share of the parent's text kept, a link is 细化 only when the local provision rules on the same matter. */
  implementsKept: 0.3,
  /** A phrase counts as kept (or present) when this share of its characters is covered. */
  phraseCovered: 0.5,
} as const;

export interface RelationContext {
  /** The parent provision states principles (declaratory: its own principles are not a more specific rule). */
  declaratory?: boolean;
  /** Title of the local measure: its words are the measure's scope noun (市直机关, 集团公司), folded away. */
  localTitle?: string;
  /** Two-character words the parent document itself uses: never a scope noun. */
  parentHas?: (gram: string) => boolean;
  /** The parent provision is a formal clause (purpose, guiding thought, interpretation, entry into force, authorisation). */
  formal: boolean;
  /** Label of that formal function (目的和依据, 施行…), for the reason. */
  formalLabel?: string;
  /** The formal clause's substance is its wording (purpose, guiding thought), not an organ or a date of its own. */
  formalWording?: boolean;
  /**
   * The local provision is itself a clause of that kind (its own purpose: 为了…制定本办法). Only such a clause restates the
   * parent's aims whatever it adds; a provision that is not one (北京市红十字会发扬人道主义精神…) is read as any other.
   * Unset: taken to be one.
   */
  localWording?: boolean;
  /** The local provision does what the parent provision does (same drafting function / topic). */
  sameFunction: boolean;
  /** Label of the shared topic (问责方式), for the reason. */
  topicLabel?: string;
  /**
   * Texts of the other provisions of the same parent this local provision is linked to: what the
   * local provision takes from them is not its own (a provision joining two parent articles restates both).
   */
  alsoFrom?: readonly string[];
}

export interface RelationWhy {
  relation: Relation;
  /** Share of the parent provision's text the local provision keeps (0..1). */
  kept: number;
  /** Share of the local provision's text that is its own (0..1). */
  own: number;
  /** Phrases of the local provision not in the parent, as written, in text order. */
  added: string[];
  /** Phrases of the parent provision not in the local one, as written, in text order. */
  dropped: string[];
  /** The reason as the site shows it: 细化 · 增加：提醒、函询 · 删去：改组. */
  why: string;
}

const PUNCT_CHARS = `\\s,.;:!?，。；：、！？（）()《》〈〉“”"'‘’「」『』【】\\[\\]…—\\-/`;
/** Longest list member of an enumeration with 、 (Han characters). */
const ENUM_MEMBER = 10;
/** A piece of text between punctuation. */
const PIECE = new RegExp(`[^${PUNCT_CHARS}]+`, 'gu');
/**
 * An article number at the start of a phrase (第三十七条所列情形 → 所列情形). A piece (PIECE) holds no punctuation or
 * space, so no other enumerator can open one: （一）, 一、 and 1. are cut at their punctuation, and a piece that is a
 * number alone (一, 12) is skipped.
 */
const LEAD_ARTICLE = /^第[一二三四五六七八九十百\d]+[条款项]/u;
/**
 * Stock phrases of form: book titles, 以下简称…, 结合本校实际; short glosses in brackets (区县（自治县）,
 * 区（市）); and the text naming itself as a rule to follow (依照本办法的规定, 《…》和本办法): a measure
 * puts itself where the parent put itself, or beside the parent.
 */
const FORM =
  /《[^《》]{0,120}》|[（(]以下(?:简称|统称)[^）)]{0,30}[）)]|[（(](?![一二三四五六七八九十\d]+[)）])[^（）()\n，。；、]{1,12}[）)]|结合[^，。；,;]{0,12}实际|(?:[和及、]|以及)本(?:实施办法|实施细则|暂行办法|暂行规定|条例|办法|规定|细则|法(?![律院人]|规(?!定)))(?:的?(?:有关)?规定)?/gu;
/** Generic scope nouns: what a measure calls the body it governs. */
const SCOPE_WORDS = '学校 学院 全校 本校 本院 单位 部门 机关 公司 企业 本省 全省 本市 全市 本县 全县 本区 全区 我镇 本镇 全镇 我校 我院 我市';
/** Characters before a generic scope noun that make it name the measure's own body (本单位, 全校). */
const SCOPE_LEAD = '本全我该各于对在';

/** Folded characters of a text, one string (runs joined by a separator). */
function folded(text: string): string {
  return clauses(text.normalize('NFKC').replace(FORM, '，').replace(FORMULAS, '')).join('|');
}

/*
 * Folded texts (`folded`, `clauses`) hold only characters of the Basic Multilingual Plane — text.ts's CJK_RUN keeps CJK
 * ideographs of U+3400–U+FAFF and # —, so the functions below that read folded texts index them by UTF-16 unit: one unit
 * is one character.
 */

/** The runs of `n` characters of a folded text, within each of its runs (joined by |). */
function gramsOf(s: string, n: number): Set<string> {
  const out = new Set<string>();
  for (const run of s.split('|')) {
    for (let i = 0; i + n <= run.length; i++) out.add(run.slice(i, i + n));
  }
  return out;
}

/** The scope noun's two-character pieces: from the local title (anywhere) and generic ones (学校, 单位: where they name the body). */
interface Scope {
  title: ReadonlySet<string>;
  generic: ReadonlySet<string>;
}

const GENERIC_SCOPE: ReadonlySet<string> = new Set(SCOPE_WORDS.split(' '));

/**
 * Per character of each run of `s`: whether it lies in a run of `n` characters `other` has, or in a
 * scope word. Runs of `n` are read across the separators (punctuation is form: 示威适用 / 示威，适用).
 */
function marks(s: string, other: ReadonlySet<string>, n: number, scope: Scope): boolean[][] {
  const flat = s.replace(/\|/g, '');
  const mark = new Array<boolean>(flat.length).fill(false);
  for (let i = 0; i + n <= flat.length; i++) {
    if (other.has(flat.slice(i, i + n))) for (let k = i; k < i + n; k++) mark[k] = true;
  }
  const out: boolean[][] = [];
  let at = 0;
  for (const run of s.split('|')) {
    const m = mark.slice(at, at + run.length);
    for (let i = 0; i + 2 <= run.length; i++) {
      const g = run.slice(i, i + 2);
      // Generic scope nouns (学校, 单位) only where they name the body: at the start of a clause or after 本/全/我/该/各/于/对/在.
      if (scope.title.has(g) || ((i === 0 || SCOPE_LEAD.includes(run[i - 1]!)) && scope.generic.has(g))) m[i] = m[i + 1] = true;
    }
    out.push(m);
    at += run.length;
  }
  return out;
}

/** Share of the characters of `s` covered (see marks), and the character count; counted as a union of intervals (the hot path). */
function coverage(s: string, other: ReadonlySet<string>, n: number, scope?: Scope): [number, number] {
  if (!scope) return plainCoverage(s, other, n);
  // Clause starts, for the generic scope nouns.
  const starts = new Set<number>();
  let chars = '';
  for (const run of s.split('|')) {
    starts.add(chars.length);
    chars += run;
  }
  let covered = 0;
  let until = 0;
  for (let i = 0; i < chars.length; i++) {
    let end = i + n <= chars.length && other.has(chars.slice(i, i + n)) ? i + n : i;
    if (i + 2 <= chars.length && end < i + 2) {
      const g = chars.slice(i, i + 2);
      if (scope.title.has(g) || ((starts.has(i) || SCOPE_LEAD.includes(chars[i - 1] ?? '')) && scope.generic.has(g))) end = i + 2;
    }
    if (end <= until) continue;
    covered += end - Math.max(until, i);
    until = end;
  }
  return [covered, chars.length];
}

/** `coverage` without scope nouns, runs of `n` read across the separators. */
function plainCoverage(s: string, other: ReadonlySet<string>, n: number): [number, number] {
  const chars = s.replace(/\|/g, '');
  let covered = 0;
  let until = 0;
  for (let i = 0; i + n <= chars.length; i++) {
    if (!other.has(chars.slice(i, i + n))) continue;
    covered += i + n - Math.max(until, i);
    until = i + n;
  }
  return [covered, chars.length];
}

/** Runs of uncovered characters of a folded text, at least `min` long. */
function uncoveredRuns(s: string, other: ReadonlySet<string>, n: number, scope: Scope, min: number): string[] {
  const runs = s.split('|');
  const out: string[] = [];
  marks(s, other, n, scope).forEach((m, r) => {
    const chars = [...runs[r]!];
    let i = 0;
    while (i < chars.length) {
      if (m[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < chars.length && !m[j]) j++;
      if (j - i >= min) out.push(chars.slice(i, j).join(''));
      i = j;
    }
  });
  return out;
}

interface Phrase {
  /** As written (trimmed of enumerators). */
  text: string;
  folded: string;
  /** It starts a list item （一）… */
  item: boolean;
}

/** The phrases of a text: pieces between punctuation, as written, with their folded form. */
export function phrasesOf(text: string): Phrase[] {
  const out: Phrase[] = [];
  const pad = (m: string) => '，'.padEnd(m.length, '，');
  const written = text.normalize('NFKC').replace(FORM, pad).replace(FORMULAS, pad);
  const simplified = toSimplified(written);
  // The folding to simplified keeps offsets (chinese-variants.ts); if it ever did not, fold piece by piece.
  const aligned = simplified.length === written.length;
  let offset = 0;
  for (const line of written.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    // A list member: a line that is numbered, or opens with a short name ended by 。/；(检查。对…; 提醒。…),
    // or a short piece of an enumeration with 、 (提醒、函询、通报).
    const numbered = /^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/u.test(line);
    const named = /^\s*(?:[(（][一二三四五六七八九十\d]+[)）]\s*)?[^，。；：、,;:]{2,8}(?:[。；;]|$)/u.test(line);
    // Enumerations: runs of pieces joined by 、 that are all short (提醒、函询、通报), not a clause cut at a 、;
    // of one with three pieces or more whose first or last piece carries the rest of the clause
    // (做好…公共卫生、计划生育、社会福利、优抚救济…等项工作), the short pieces are its members.
    const shortRun = new Set<number>();
    const short = (x: string) => [...x.replace(/[^\u3400-\u9fff]/gu, '')].length <= ENUM_MEMBER;
    for (const e of line.matchAll(/[^，。；：,;:!?！？\s]+/gu)) {
      const parts = e[0].split('、');
      if (parts.length < 2) continue;
      const all = parts.every(short);
      let at = e.index!;
      parts.forEach((x) => {
        if (all || (parts.length >= 3 && short(x))) shortRun.add(at);
        at += x.length + 1;
      });
    }
    let first = true;
    for (const m of line.matchAll(PIECE)) {
      const t = m[0].replace(LEAD_ARTICLE, '');
      if (!t || /^[一二三四五六七八九十百\d]+$/u.test(t)) continue;
      const start = lineStart + m.index! + m[0].indexOf(t);
      const f = (aligned ? simplifiedClauses(simplified.slice(start, start + t.length)) : clauses(t)).join('|');
      const chars = f.replace(/\|/g, '').length;
      const enumerated = shortRun.has(m.index!);
      const item = (first && (numbered || named)) || enumerated;
      first = false;
      if (chars >= 2) out.push({ text: t, folded: f, item });
    }
  }
  return out;
}

/** Whether a phrase is present in another text (folded): short ones as a substring, longer ones by runs. */
function present(p: Phrase, otherFolded: string, otherGrams: ReadonlySet<string>, scope?: Scope): boolean {
  const f = p.folded.replace(/\|/g, '');
  if ([...f].length <= RELATION_RULE.run) return otherFolded.includes(f) || (!!scope && (scope.title.has(f) || scope.generic.has(f)));
  const [c, t] = coverage(p.folded, otherGrams, RELATION_RULE.run, scope);
  return t > 0 && c / t >= RELATION_RULE.phraseCovered;
}

const NO_PARENT = (): boolean => false;
const scopes = new WeakMap<(g: string) => boolean, (title: string) => Scope>();

/** The scope noun: the generic SCOPE_WORDS and the two-character pieces of the local title the parent never uses (memoised per parent and title). */
function scopeOf(title: string | undefined, parentHas: (g: string) => boolean = NO_PARENT): Scope {
  let byTitle = scopes.get(parentHas);
  if (!byTitle) scopes.set(parentHas, (byTitle = memoised((t) => ({ title: scopeOfTitle(t, parentHas), generic: GENERIC_SCOPE }), 1000)));
  return byTitle(title ?? '');
}

function scopeOfTitle(title: string, parentHas: (g: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const w of clauses(title)) {
    const c = [...w];
    for (let i = 0; i + 2 <= c.length; i++) if (!parentHas(c[i]! + c[i + 1]!)) out.add(c[i]! + c[i + 1]!);
  }
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Shown phrases: at most `max`, long ones shortened. */
export function listPhrases(xs: readonly string[], max = 4): string {
  const shown = xs.slice(0, max).map((x) => ([...x].length > 14 ? `${[...x].slice(0, 12).join('')}…` : x));
  return shown.join('、') + (xs.length > max ? ` 等 ${xs.length} 处` : '');
}

interface Side {
  folded: string;
  flat: string;
  grams: Set<string>;
  phrases: Phrase[];
}

/** Entries a memo holds before it starts afresh (the texts of one build's links; a bound on memory, never on results). */
const MEMO_LIMIT = 10_000;

/**
 * `f` memoised by its argument, holding at most `limit` entries (emptied when full). Every memoised function here is pure,
 * so the memo only saves work: what it returns never depends on what it holds.
 */
function memoised<T>(f: (key: string) => T, limit = MEMO_LIMIT): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = f(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}

/** Folded text, its runs of `RELATION_RULE.run` characters and its phrases, memoised by text. */
const side = memoised((text: string): Side => {
  const f = folded(text);
  const flat = f.replace(/\|/g, '');
  // Runs of the text read across punctuation too: a comma the other text has or has not (示威，适用 / 示威适用) is form.
  return { folded: f, flat, grams: gramsOf(flat, RELATION_RULE.run), phrases: phrasesOf(text) };
});

/** The sentence that says when a text takes effect: 本办法自2006年3月1日起施行。 */
const EFFECT_SENTENCE = /[^。；;\n]*(?:自|从)[^。；;\n]{0,30}?(?:施行|实施|生效)[。；;]?/gu;
const HAS_HAN = /[\u3400-\u9fff]/u;
/** The sentence that repeals what the text replaces (…《排污费征收使用管理条例》同时废止): which rules it repeals is the text's own. */
const REPEAL_SENTENCE = /[^。；;\n]*(?:同时|即行|予以)?废止[。；;]?/gu;

/**
 * An entry-into-force clause: its date is the measure's own, whatever its digits (numbers fold
 * alike). Only the rest (此前…不一致的，按照本办法执行; …同时废止) can restate the parent's.
 */
function effectClause(localText: string, parentText: string, ctx: RelationContext): RelationWhy | null {
  // A parent article with more than its entry into force (a law's schedules printed under its last article) is no formal clause; a
  // local clause that has nothing but its entry into force (and a repeal) is the measure's own all the same.
  if (ctx.formalWording || (!ctx.formal && !LOCAL_EFFECT.test(localText)) || !parentText.match(EFFECT_SENTENCE)) return null;
  const unrepealed = (t: string) => (t.includes('废止') ? t.replace(REPEAL_SENTENCE, '') : t);
  const parentRest = unrepealed(parentText.replace(EFFECT_SENTENCE, ''));
  const localRest = unrepealed(localText.replace(EFFECT_SENTENCE, ''));
  if (!ctx.formal && HAS_HAN.test(localRest)) return null;
  if (HAS_HAN.test(parentRest) && HAS_HAN.test(localRest)) return classifyRelation(localRest, parentRest, ctx);
  const label = ctx.formalLabel ?? '施行';
  return { relation: 'related', kept: 0, own: 1, added: [], dropped: [], why: `相关 · 本文件自定的${label}条款（施行日期由本文件自定）` };
}

const SELF = '本(?:实施办法|实施细则|暂行办法|暂行规定|条例|办法|规定|细则)';
/**
 * The measure's own scope clause: where it applies or who must obey it (在本市行政区域内…适用本办法,
 * …均应遵守《…》和本办法), or to what it extends (…可以比照适用本实施细则).
 */
const OWN_SCOPE = new RegExp(`行政区域内[^。；;]{0,80}(?:适用|遵守)[^。；;]{0,60}${SELF}|(?:比照|参照)(?:适用|执行)${SELF}|${SELF}适用于[^。；;]{0,12}行政区域`, 'u');
/** What every OWN_SCOPE match has (a quick test before the sentences are read). */
const SCOPE_WORDING = /行政区域|比照|参照/u;
/** The sentences of a text (ended by 。；or a line break). */
const SENTENCE = /[^。；;\n]+[。；;]?/gu;

/**
 * A provision that opens with the measure's own scope sentence and goes on with a rule (本条例适用于本市行政区域内的人民调解活动。
 * 本条例所称人民调解，是指…): the scope sentence is the measure's own, and a rest that restates the parent provision restates it.
 * Null when the provision has no such sentence or nothing else, a rest of its own (judged as a scope clause, 相关), or the parent
 * provision is a scope clause itself.
 */
function scopeSetAside(localText: string, parentText: string, ctx: RelationContext): RelationWhy | null {
  if (!SCOPE_WORDING.test(localText)) return null;
  const sentences = localText.match(SENTENCE) ?? [];
  const scope = sentences.filter((x) => OWN_SCOPE.test(plain(x)));
  if (!scope.length || scope.length === sentences.length || PARENT_SCOPE.test(parentText)) return null;
  const rest = sentences.filter((x) => !scope.includes(x)).join('');
  const r = classifyRelation(rest, parentText, ctx);
  return r.relation === 'restates' ? { ...r, why: `${r.why} · 另有本文件自定的适用范围` } : null;
}

/** The text's own entry into force (本条例自2018年1月1日起施行), not any 自…起…实施 (自受理之日起组织实施). */
const LOCAL_EFFECT = new RegExp(`${SELF}[^。；;\\n]{0,4}(?:自|从)[^。；;\\n]{0,30}?(?:施行|生效)`, 'u');

/** The local provision says it adds to the parent's rule (除履行《…》规定的职责外，履行下列职责): the same matter, more of it. */
const SUPPLEMENTS = /除[^。；;，,]{0,40}(?:规定|职责|义务|权利|措施)[^。；;，,]{0,6}外/u;

/** The parent's own scope clause: where or to what the law applies (在中华人民共和国领域内…适用本法, 本法适用于…). */
const PARENT_SCOPE = /(?:适用|遵守)本(?:法|条例|规定|办法)(?![律规院人])|本(?:法|条例)适用于/u;
/** The territory a scope clause names (在中华人民共和国领域和中华人民共和国管辖的其他海域, 在中国境内): the measure names its own. */
const TERRITORY = /在?(?:中华人民共和国|中国|我国)[^，。；,;]{0,60}(?:领域|境内|海域|领海|内水|区域)(?:内|以内)?的?/gu;

/**
 * Whether the local provision keeps words the parent leaves to discretion without the discretion (中国红十字会总会可以设名誉会长
 * → 市和区、县红十字会设名誉会长; 可以…→ 应当…): it decides what the parent leaves open, an addition of substance.
 * Kept with 可以, 可, 得 or 有权 before them (a right: 有权依法向人民法院提起诉讼 for 可以依法…) it is none.
 * Texts in simplified characters.
 */
function discretionDecided(local: string, parents: readonly string[]): boolean {
  for (const p of parents) {
    for (const m of p.matchAll(/可以([\u3400-\u9fff]{3})/gu)) {
      const words = m[1]!;
      // 有权 is the parent's 可以 for a right (可以依法向人民法院提起诉讼 → 有权依法向人民法院提起诉讼): no discretion decided.
      if (local.includes(words) && !['可以', '可', '得', '有权'].some((k) => local.includes(`${k}${words}`))) return true;
    }
  }
  return false;
}

/** A 原则 named as the criterion of a rule (按照补偿成本、合理收益…的原则确定; 按照谁投资建设谁管理和谁受益的原则，对…进行管理). */
const PRINCIPLE_CRITERION = /(?:按照|依照|依据|根据|本着|遵循)[^。；;：:]{1,60}?原则(?=[，,]?[\u3400-\u9fff])/gu;

/**
 * Whether a provision names a 原则 only in passing: every 原则 in it is the criterion of a rule it lays down, the
 * sentence going on after it (…的原则确定). Such a provision rules on its matter; it does not state principles.
 */
export function principleInPassing(text: string): boolean {
  const t = toSimplified(text.normalize('NFKC'));
  if (!t.includes('原则')) return false;
  return !t.replace(PRINCIPLE_CRITERION, '').includes('原则');
}

/** Whether a local list member is a parent's member or phrase with a qualifier of at most two characters (公民集会 for 集会). */
function qualifiedMember(p: Phrase, parentPhrases: readonly Phrase[]): boolean {
  const f = p.folded.replace(/\|/g, '');
  return parentPhrases.some((q) => {
    const g = q.folded.replace(/\|/g, '');
    return g.length >= 2 && f.length - g.length <= 2 && f.includes(g);
  });
}

/** The two-character pieces of a folded text (runs joined by |), read across the separators. */
function pairsOf(flat: string): Set<string> {
  return gramsOf(flat.replace(/\|/g, ''), 2);
}

/**
 * Whether a run of the local text the parent lacks is the parent's wording with a short insertion
 * (自愿参加献血 for 自愿献血): at most `R.inserted` of its characters are outside the two-character
 * pieces the parent has.
 */
function insertedInto(run: string, parentPairs: ReadonlySet<string>): boolean {
  const c = [...run];
  const inPair = new Array<boolean>(c.length).fill(false);
  for (let i = 0; i + 2 <= c.length; i++) if (parentPairs.has(c[i]! + c[i + 1]!)) inPair[i] = inPair[i + 1] = true;
  return inPair.filter((x) => !x).length <= RELATION_RULE.inserted;
}

/** A source of law (法律, 行政法规, 规章 …), with 国家的 / 有关 before it. */
const LEGAL_SOURCE = '(?:国家的?)?(?:有关)?(?:宪法|法律|行政法规|地方性法规|法规|规章|党内法规|政策)(?!责任|援助|效力|服务|咨询|知识|意识|顾问)';
/** What sources of law become (a rare word, compared as any other). */
const LEGAL_TOKEN = '法度';
const ONE_LEGAL_SOURCE = new RegExp(LEGAL_SOURCE, 'gu');
/** An article cited by number (第四十四条, 第十九条第三款, 第六条第一项). */
const ARTICLE_NO = '第[一二三四五六七八九十百零〇\\d]+条(?:第[一二三四五六七八九十\\d]+款)?(?:第[一二三四五六七八九十\\d]+项)?';
/** What a referral names: a title (or commas where FORM took it out), sources of law (FORM_SWAPS made 法律、行政法规 one token) or the text itself, with an article or not. */
const REFERRED = `(?:《[^《》]{0,120}》|[，,]+|${LEGAL_TOKEN}|本(?:实施办法|实施细则|暂行办法|暂行规定|条例|办法|规定|细则|法(?![律院人]|规(?!定))))(?:${ARTICLE_NO})?`;
/**
 * A referral to the state's rules, or the state's and the province's or city's, or the relevant ones, or to law (按照国家有关规定,
 * 按照国家和本市有关规定, 按照有关规定, 依照有关法律、法规的规定 — its sources already one token, FORM_SWAPS).
 */
const STATE_RULES = `(?:依照|按照|根据|依据)(?:国家(?:和(?:省|市|县|区|本省|本市|本县|本区|自治区)(?:人民政府)?)?|有关|${LEGAL_SOURCE}|${LEGAL_TOKEN})(?:的|有关)*规定`;
/**
 * A division of duties between organs (按照各自职责, 按照职责分工, 在各自职权范围内, 按照管理权限, 和市人民政府确定的职责, 在国务院规定的
 * 职责范围内): where an organ acts within its competence, not what it must do; with the verb of such a clause after it (…，分别负责 /
 * 按照各自职责做好 …工作: the organs' share of the work, said either way).
 */
const DUTIES = [
  '(?:按照|依照|根据|在)(?:各自的?|管理|法定)(?:职责|职权|权限)(?:分工)?(?:范围内)?',
  '(?:按照|依照|根据)(?:职责|职权)(?:分工)?',
  '(?:按照|依照|根据|在|和|及)[\\u3400-\\u9fff]{0,10}?(?:人民政府|国务院)(?:确定|规定)的(?:职责|职权)(?:范围内)?',
].join('|');
/**
 * Drafting formulas that add no rule of their own, removed like FORM (both texts): a referral to the state's rules
 * (本市依照国家的规定…, 按照国家有关规定), a saving clause for other law (法律、法规另有规定的除外, …从其规定), the
 * measure naming itself as the rule broken (违反本办法规定) and a list's lead-in (有下列情形之一的).
 */
const FORMULAS = new RegExp(
  [
    `(?<=^|[。；;\\n])[^。；;，,：:\\n]{1,20}?${STATE_RULES}(?:执行|办理)(?=[。；;]|$)`,
    `${STATE_RULES}(?:执行|办理|处理)?`,
    `(?:依照|按照|根据|依据)${REFERRED}(?:(?:、|和|及|以及)${REFERRED})*(?:的)?(?:有关)?(?:规定(?:予以)?(?:处理|处罚|执行|办理)?|(?:予以)?(?:处理|处罚|执行|办理))`,
    `(?:但是?)?(?:${LEGAL_SOURCE}|${LEGAL_TOKEN})(?:(?:、|和|及|或者)(?:${LEGAL_SOURCE}|${LEGAL_TOKEN}))*另有规定的?(?:除外|[，,]?(?:从其规定|依照其规定))`,
    '违反本(?:实施办法|实施细则|暂行办法|暂行规定|条例|办法|规定|细则|法(?![律院人]|规(?!定)))(?:的)?(?:有关)?规定',
    '有下列(?:情形|行为|情况)之一的?',
    `(?:${DUTIES})(?:[，,]?(?:分别|共同)?(?:负责做好|负责|做好))?`,
  ].join('|'),
  'gu',
);
/**
 * Form on both sides: an enumeration of sources of law (宪法、法律、法规、规章和国家的政策 for 宪法、法律、法规和国家的
 * 政策; 法律、行政法规 for 法律), which a measure names as it names itself; the commendation formula
 * (予以表彰, 给予表彰和奖励 for 给予奖励); 做出 for 作出.
 */
const FORM_SWAPS: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`${LEGAL_SOURCE}(?:(?:、|和|及|以及|或者|与)${LEGAL_SOURCE})+`, 'gu'), LEGAL_TOKEN],
  [/(?:给予|予以)?(?:表彰(?:和|、|或者|及)?奖励|表彰|奖励)/gu, '奖励'],
  [/做出/gu, '作出'],
  // The territory an organ's duty covers, the law's 全国 for the measure's 全省 or 本行政区域内 (主管全国的教师工作, 主管本行政区域内的教师工作).
  [/本行政区域内?|(?:全国|全省|全市|全县|全区|全自治区|所辖区域内?|本辖区内?)(?=的)/gu, '境域'],
];

/** A text as the rule reads it before any folding: NFKC, simplified characters (memoised by text). */
const plain = memoised((text: string): string => toSimplified(text.normalize('NFKC')));

/** The text with FORM_SWAPS applied (NFKC, simplified), memoised by text. */
const swapForm = memoised((text: string): string => {
  let t = plain(text);
  for (const [re, to] of FORM_SWAPS) t = t.replace(re, to);
  // Drafting formulas go before the organs are read: a referral or a division of duties between an organ and its verb is form.
  return t.replace(FORMULAS, '');
});

/** Levels and places that open an organ's name (县级以上地方各级人民政府, 本市各级人民政府, 省教育行政部门). */
const ORGAN_LEVEL = '(?:国务院|中央|国家|省|自治区|直辖市|设区的市|不设区的市|市辖区|自治州|自治县|民族乡|市|区|县|乡|镇|街道|本市|本省|本县|本区|全省|全市|县级以上|地方|各级|上级|上一级|同级|本级|所在地|当地)';
/** Characters of an organ's field (教育行政, 人力资源社会保障, 公安): no particles, prepositions or verbs of a clause. */
const ORGAN_FIELD = '[^\\s\\p{P}\\p{S}\\d的对由向在报经应当须可将把被给从按依为与并或是不其该本所此以于等和及、有协请]';
/** What ends an organ's name. */
const ORGAN_HEAD = '(?:人民政府|政府|部门|机关|办事处|派出机关|派出机构|分局|局|国务院|军事委员会|军分区|军区|人民武装部)';
/**
 * An organ or public body named as the subject or addressee of a rule, with its level and field, or an
 * enumeration of them (人力资源社会保障、财政、卫生健康和其他有关部门; 不设区的市、市辖区的人民政府或者它的派出机关).
 */
const ORGAN_ONE = `(?:${ORGAN_FIELD}{1,10}、)*(?:${ORGAN_LEVEL}(?:\\([^()]{1,8}\\))?[、和及的]*(?:或者)?)*(?:(?:${ORGAN_FIELD}|和(?=${ORGAN_FIELD}{2})){1,12}?)?(?:(?:和|及|以及|等)?(?:其他)?有关)?${ORGAN_HEAD}(?:(?:或者|或)(?:它的|其)?${ORGAN_HEAD})?`;
/** The state, a province or a city as the subject of a rule (国家鼓励…, 本市对…予以表彰): the parent's 国家, the measure's 本市. */
const ORGAN_SUBJECT = '(?<![\\u3400-\\u9fff])(?:国家|本省|全省|本市|全市|本县|本区|本自治区)(?=对|鼓励|奖励|保障|支持|扶持|实行|依法|采取|建立|加强|给予|发展|提倡|保护)';
/** Organs side by side (县级以上人民政府教育主管部门, 本市各级人民政府和街道办事处) are one. */
const ORGAN = new RegExp(`(?:${ORGAN_SUBJECT}|${ORGAN_ONE})(?:(?:、|和|及|以及|或者|或)?${ORGAN_ONE})*`, 'gu');
/** What an organ's name becomes when both provisions name organs: one body, whichever (a rare word, compared as any other). */
const ORGAN_TOKEN = '有司';
const ORGAN_CHAIN = new RegExp(`${ORGAN_TOKEN}(?:(?:、|和|及|以及|或者|或)?${ORGAN_TOKEN})+`, 'gu');
/** Whether a text names an organ at all (a quick test before folding; ORGAN ends in ORGAN_HEAD or is a subject). */
const HAS_ORGAN = new RegExp(`${ORGAN_HEAD}|${ORGAN_SUBJECT}`, 'u');
/** The organs a text names, with their offsets (memoised by text). */
const organsIn = memoised((text: string): [string, number][] => [...text.matchAll(ORGAN)].map((m): [string, number] => [m[0], m.index!]));

/** Every organ of a text (NFKC, simplified: swapForm) folded to the token, memoised by text. */
const foldedOrgans = memoised((text: string): string => text.replace(ORGAN, ORGAN_TOKEN).replace(ORGAN_CHAIN, ORGAN_TOKEN));

/**
 * What the 、 inside an organ's name becomes while phrases are cut (U+2027, a punctuation mark no text here has, which no
 * pattern of the rule reads: neither a piece's end nor an organ's field), and is shown as again.
 */
const ORGAN_JOIN = '\u2027';

/** A text as written (NFKC, simplified) with the 、 inside its organs' names joined: an organ's name is one phrase, not a list (memoised). */
const organsJoined = memoised((text: string): string => plain(text).replace(ORGAN, (m) => m.replace(/、/gu, ORGAN_JOIN)));

/** A phrase as written, folded as the rule compares it: FORM_SWAPS and one source of law alone (行政法规 as a member of 宪法、法律、行政法规); memoised. */
const phraseSwapped = memoised((text: string): string => swapForm(text).replace(ONE_LEGAL_SOURCE, LEGAL_TOKEN));

/** The folded phrase without its organs' names, and with them folded to the token (when the link's organs are folded); memoised. */
const phraseKeptOrgans = memoised((text: string): string => simplifiedClauses(phraseSwapped(text)).join('|'));
const phraseOrgansFolded = memoised((text: string): string => simplifiedClauses(foldedOrgans(phraseSwapped(text))).join('|'));

function phraseFolded(text: string, organs: boolean): string {
  return organs ? phraseOrgansFolded(text) : phraseKeptOrgans(text);
}

/**
 * The texts with their organs folded to one token where a measure puts its own organs in the parent's
 * sentence (省教育行政部门 for 国务院教育行政部门, 本市各级人民政府和街道办事处 for 不设区的市、市辖区的人民政府或者它的
 * 派出机关, 街道办事处 for 有关部门): that is form, not an addition. Only an organ standing where the
 * parent has one is folded — the token next to a character it has next to its own (由有司, 有司主管) —;
 * an organ named anywhere else keeps its name (a deciding body added is substance), and so does every
 * organ of a provision whose parent names none. `added`: the local provision names more organs than
 * the parent (由街道办事处提出，报区、县人民政府决定 for 由…人民政府决定: a body and a step added).
 * The texts are in simplified characters (classifyRelation passes them through swapForm).
 */
export function foldOrgans(localText: string, parentTexts: readonly string[]): { local: string; parents: string[]; added: boolean; folded: boolean } {
  if (!HAS_ORGAN.test(localText) || !parentTexts.some((t) => HAS_ORGAN.test(t))) return { local: localText, parents: [...parentTexts], added: false, folded: false };
  const parents = parentTexts.map(foldedOrgans);
  // An organ's possessive 的 is form (主管部门的工作人员 / 主管部门工作人员): the character beside it is the one after the 的.
  const beside = gramsOf(parents.map((t) => clauses(t.replaceAll(`${ORGAN_TOKEN}的`, ORGAN_TOKEN)).join('')).join('|'), ORGAN_TOKEN.length + 1);
  const local = localText;
  const hanBefore = (i: number) => /([\u3400-\u9fff])[^\u3400-\u9fff]*$/u.exec(local.slice(Math.max(0, i - 4), i))?.[1] ?? '';
  const hanAfter = (i: number) => /^[^\u3400-\u9fff]*(?:的)?([\u3400-\u9fff])/u.exec(local.slice(i, i + 5))?.[1] ?? '';
  let folded = 0;
  let out = '';
  let last = 0;
  for (const [m, at] of organsIn(local)) {
    if (!beside.has(hanBefore(at) + ORGAN_TOKEN) && !beside.has(ORGAN_TOKEN + hanAfter(at + m.length))) continue;
    folded++;
    out += local.slice(last, at) + ORGAN_TOKEN;
    last = at + m.length;
  }
  out += local.slice(last);
  const count = (t: string) => t.split(ORGAN_TOKEN).length - 1;
  const parentCount = parents.reduce((n, t) => n + count(t), 0);
  const added = count(foldedOrgans(local)) > parentCount;
  return { local: folded ? out.replace(ORGAN_CHAIN, ORGAN_TOKEN) : localText, parents: folded ? parents : [...parentTexts], added, folded: folded > 0 };
}

/** Decide the relation of a local provision to a parent provision, with the reason. */
export function classifyRelation(localText: string, parentText: string, ctx: RelationContext): RelationWhy {
  const effect = effectClause(localText, parentText, ctx) ?? scopeSetAside(localText, parentText, ctx);
  if (effect) return effect;
  // Organs put in for the parent's (its own or generic ones) are form; the quantities are read from the texts as written.
  const quantities = newQuantities(localText, [parentText, ...(ctx.alsoFrom ?? [])]);
  const organs = foldOrgans(swapForm(localText), [parentText, ...(ctx.alsoFrom ?? [])].map(swapForm));
  // The phrases shown (增加 / 删去) are cut from the texts as written, compared folded alike.
  const refold = (p: Phrase): Phrase => ({ ...p, folded: phraseFolded(p.text, organs.folded) });
  // An organ's name is one phrase, not a list (区、县人民政府或者街道办事处、乡、民族乡、镇人民政府).
  const joinOrgans = (t: string) => (organs.folded ? organsJoined(t) : t);
  const writtenLocal = side(joinOrgans(localText)).phrases.map(refold);
  const writtenParent = side(joinOrgans(parentText)).phrases.map(refold);
  [localText, parentText] = [organs.local, organs.parents[0]!];
  if (ctx.alsoFrom) ctx = { ...ctx, alsoFrom: organs.parents.slice(1) };
  const R = RELATION_RULE;
  const scope = scopeOf(ctx.localTitle, ctx.parentHas);
  const L = side(localText);
  const Pa = side(parentText);
  const [lf, pf, lg] = [L.folded, Pa.folded, L.grams];
  // What the local provision may have taken its words from: this parent provision and the others it is linked to.
  const others = (ctx.alsoFrom ?? []).filter((t) => t && t !== parentText).map(side);
  const pg = others.length ? new Set([...Pa.grams, ...others.flatMap((o) => [...o.grams])]) : Pa.grams;
  const pflat = others.length ? [Pa.flat, ...others.map((o) => o.flat)].join('|') : Pa.flat;
  const [pc, pt] = coverage(pf, lg, R.run);
  const [lc, lt] = coverage(lf, pg, R.run, scope);
  const kept = pt ? pc / pt : 0;
  const own = lt ? 1 - lc / lt : 1;
  const ownScope = OWN_SCOPE.test(plain(localText));
  // The measure's scope clause against the law's (在本省行政区域内…遵守本办法 for 在中华人民共和国的内水…海域…遵守本法):
  // the territory is the measure's own; the rest kept ≥ restatesWordingKept restates it, whatever territory or activity it adds.
  const scopeKept = ownScope && PARENT_SCOPE.test(parentText) ? keptShare(parentText.replace(TERRITORY, ''), lg) : null;
  const newPhrases = writtenLocal.filter((p) => !present(p, pflat, pg, scope));
  // List members first (提醒、函询), then the other phrases, each in text order.
  // Shown as written: an organ's name with its 、 (区、县人民政府), not the mark that joined it.
  const itemsFirst = (ps: Phrase[]) => [...ps.filter((p) => p.item), ...ps.filter((p) => !p.item)].map((p) => p.text.replaceAll(ORGAN_JOIN, '、'));
  // Quantities the parent does not state (一年的试用期 for 试用期; numbers otherwise fold alike), read above: additions of substance, named first.
  // A list member put into one of the parent's phrases (水库、塘坝中的水 for 水库中的水): named with the quantities.
  const inserted = memberInserted(localText, [parentText, ...(ctx.alsoFrom ?? [])]) ?? memberJoined(localText, [parentText, ...(ctx.alsoFrom ?? [])]);
  // The measure's own articles named as the offence (违反本办法第十九条第三款、第二十六条规定的): the offences are its own rules.
  const offence = ownArticleOffence(localText, [parentText, ...(ctx.alsoFrom ?? [])]);
  const added = uniq([...quantities, ...(offence ? [offence] : []), ...(inserted ? [inserted] : []), ...itemsFirst(newPhrases).filter((x) => !offence?.includes(x))]);
  const dropped = uniq(itemsFirst(writtenParent.filter((p) => !present(p, L.flat, lg))));
  // The parent's words used twice (…汇回台湾或者汇往境外; …职工的合法收入，可以依法汇回台湾或者汇往境外): the repeat extends the rule.
  const parentChars = pt + others.reduce((n, o) => n + [...o.flat].length, 0);
  const repeated = parentChars > 0 && coverage(lf, pg, R.run)[0] > R.reuse * parentChars;
  const decided = discretionDecided(localText, [parentText, ...(ctx.alsoFrom ?? [])]);
  const substantial =
    quantities.length > 0 ||
    organs.added ||
    repeated ||
    decided ||
    newPhrases.some((p) => p.item && !qualifiedMember(p, writtenParent)) ||
    uncoveredRuns(lf, pg, R.run, scope, R.substantial).some((r) => !insertedInto(r, pairsOf(pflat))) ||
    ownSentence(localText, pg, scope) ||
    inserted !== null ||
    offence !== null;

  let relation: Relation;
  let why: string;
  const addedText = added.length ? ` · 增加：${listPhrases(added)}` : '';
  const droppedText = dropped.length ? ` · 删去：${listPhrases(dropped)}` : '';
  // The parent's aims word for word in a provision that is no purpose clause (反外国制裁工作贯彻总体国家安全观，维护国家主权、安全、发展利益…).
  const aimsKept = ctx.formal && ctx.formalWording && ctx.localWording === false ? aimsVerbatim(L.flat, parentText) : 0;
  const restates =
    aimsKept >= R.aimsVerbatim ||
    (scopeKept !== null
      ? scopeKept >= R.restatesWordingKept
      : ctx.formal && ctx.formalWording && ctx.localWording !== false
      ? kept >= R.restatesWordingKept || (own <= R.restatesWordingOwn && kept >= R.implementsKept)
      : kept >= (ctx.formal ? R.restatesFormalKept : Number.MIN_VALUE) && own <= R.restatesOwn && !substantial);
  if (restates && aimsKept >= R.aimsVerbatim) {
    relation = 'restates';
    why = `重申 · 上位条款所述目的原文保留 ${pct(aimsKept)}${droppedText}`;
  } else if (restates && scopeKept !== null) {
    relation = 'restates';
    why = `重申 · 上位适用范围条款（地域除外）保留 ${pct(scopeKept)}，地域为本文件自定${droppedText}`;
  } else if (restates) {
    relation = 'restates';
    why = `重申 · 保留上位条款文字 ${pct(kept)}，本条 ${pct(1 - own)} 出自上位条款${droppedText}`;
  } else if (ownScope) {
    relation = 'related';
    why = `相关 · 本文件自定的适用范围条款，保留上位条款文字 ${pct(kept)}`;
  } else if (ctx.formal) {
    relation = 'related';
    why = `相关 · 本文件自定的${ctx.formalLabel ?? '程式'}条款，保留上位条款文字 ${pct(kept)}`;
  } else if (kept < R.implementsKept && (!ctx.sameFunction || ctx.declaratory) && !SUPPLEMENTS.test(plain(localText))) {
    relation = 'related';
    why = ctx.sameFunction
      ? `相关 · 自行规定${ctx.topicLabel ? `“${ctx.topicLabel}”` : '原则'}，保留上位条款文字 ${pct(kept)}`
      : `相关 · 保留上位条款文字 ${pct(kept)}，所涉事项与上位条款不尽相同`;
  } else {
    relation = 'implements';
    why = `细化${addedText || (repeated ? ' · 上位条款的规定另扩及其他人员或情形' : decided ? ' · 上位条款“可以”之事由本条确定' : ' · 增加具体规定')}${droppedText}`;
  }
  return { relation, kept: round(kept), own: round(own), added: added.slice(0, 12), dropped: dropped.slice(0, 12), why };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Whether the local text has a sentence of its own: one of at least `ownSentenceMin` folded characters, most of them
 * its own (大陆的仲裁机构可以按照国家有关规定聘请台湾同胞担任仲裁员, whose own words lie between the parent's).
 */
function ownSentence(localText: string, parentGrams: ReadonlySet<string>, scope: Scope): boolean {
  return localText.split(/[。；;\n]/u).some((s) => {
    const f = side(s).folded;
    const [c, n] = coverage(f, parentGrams, RELATION_RULE.run, scope);
    return n >= RELATION_RULE.ownSentenceMin && c / n < 1 - RELATION_RULE.ownSentenceShare;
  });
}

/**
 * The list member the local text puts into one of the parent's phrases, if any (…修建管理的水库、塘坝中的水 for …修建管理的
 * 水库中的水): X、Y… where the parent has X… right after X, with nothing between, and Y (two to four characters) is
 * nowhere in the parent (本地区 put before the parent's next member, 用水定额、本地区经济技术条件 for 用水定额、经济技术条件, is none).
 */
function memberInserted(localText: string, parentTexts: readonly string[]): string | null {
  const han = side(localText).flat;
  const parent = parentTexts.map(plain).join('\n');
  const local = [...plain(localText)];
  for (let i = 3; i < local.length; i++) {
    if (local[i] !== '、') continue;
    const before = local.slice(i - 3, i).join('');
    if (!/^[\u3400-\u9fff]{3}$/u.test(before)) continue;
    for (let k = 2; k <= 4; k++) {
      const member = local.slice(i + 1, i + 1 + k).join('');
      const after = local.slice(i + 1 + k, i + 3 + k).join('');
      if (!/^[\u3400-\u9fff]+$/u.test(member + after) || after.length < 2) continue;
      if (parent.includes(before + after) && !parent.includes(member) && han.includes(member)) return member;
    }
  }
  return null;
}

/** The text's own articles named as what is violated (违反本办法第十九条第三款、第二十六条规定的). */
const OWN_ARTICLE_OFFENCE = /违反本(?:实施办法|实施细则|暂行办法|暂行规定|条例|办法|规定|细则|法(?![律院人]|规(?!定)))第[^，。；,;:：]{0,60}?规定(?:的)?/u;

/**
 * The offence the local text names by the measure's own article numbers, as written, if any — an addition of substance:
 * the offences are the measure's own rules (its 第十九条第三款 …), whatever the parent's penalty it attaches to them. None
 * when the parent names its own articles the same way (违反本法第十二条规定的): then the two are parallel.
 */
function ownArticleOffence(localText: string, parentTexts: readonly string[]): string | null {
  const m = OWN_ARTICLE_OFFENCE.exec(plain(localText));
  if (!m || parentTexts.some((p) => OWN_ARTICLE_OFFENCE.test(plain(p)))) return null;
  return m[0];
}

/**
 * The member the local text adds to one of the parent's pairs joined by 和/及/或者 (任何部门、单位和个人 for 任何部门和单位): A、B和C
 * where the parent has A和B, and C (two characters) is nowhere in the parent. Texts in simplified characters.
 */
function memberJoined(localText: string, parentTexts: readonly string[]): string | null {
  if (!localText.includes('、')) return null;
  const local = plain(localText);
  const parent = parentTexts.map(plain).join('\n');
  for (const m of parent.matchAll(/([\u3400-\u9fff]{2})(?:和|及|或者)([\u3400-\u9fff]{2})/gu)) {
    if (!local.includes(`${m[1]}、${m[2]}`)) continue;
    const added = new RegExp(`${m[1]}、${m[2]}(?:和|及|或者|以及)([\u3400-\u9fff]{2})`, 'u').exec(local)?.[1];
    if (added && !parent.includes(added)) return added;
  }
  return null;
}

/** A purpose clause's aims: the clause without its 为了 and its basis and 制定本… (为了A，B，根据宪法，制定本法 → A，B). */
const AIMS_FRAME = /^\s*为了?|[，,]?(?:(?:根据|依据|依照)[^，。；,;]{0,40}[，,]?)?(?:特)?(?:制定|制订)本[^。；;]{0,8}[。；;]?\s*$/gu;

/**
 * The share of the parent purpose clause's aims that the local text has as one stretch, in their order (folded:
 * punctuation and form aside): the longest run the two share over the aims' length. 0 when the aims are shorter than 8.
 */
function aimsVerbatim(localFlat: string, parentText: string): number {
  const aims = [...side(parentText.replace(AIMS_FRAME, '')).flat];
  const local = [...localFlat];
  if (aims.length < 8) return 0;
  let best = 0;
  let prev = new Array<number>(local.length + 1).fill(0);
  for (let i = 1; i <= aims.length; i++) {
    const cur = new Array<number>(local.length + 1).fill(0);
    for (let j = 1; j <= local.length; j++) if (aims[i - 1] === local[j - 1]) best = Math.max(best, (cur[j] = prev[j - 1]! + 1));
    prev = cur;
  }
  return best / aims.length;
}

/** Share of a text's folded characters that lie in runs the other text has (`grams`: its runs of RELATION_RULE.run). */
function keptShare(text: string, grams: ReadonlySet<string>): number {
  const [c, t] = coverage(side(text).folded, grams, RELATION_RULE.run);
  return t ? c / t : 0;
}
