/**
 * Suggestions: for every unit of a local measure, the parent provisions it
 * most likely implements, with a relation, a score and the evidence.
 *
 * Three signals, all generic (nothing here knows the seed documents):
 *
 * - lexical: character n-grams (text.ts) shared with the parent article and
 *   its 解读. Each shared n-gram votes for the parent articles that contain it,
 *   split among them (an n-gram in one parent article only is a strong vote)
 *   and weighted by how rare it is in the whole corpus (a phrase every local
 *   article uses says little). `share` is the part of the local unit's votes
 *   that go to one parent article.
 * - function: what the provision does in the vocabulary of rule drafting
 *   (functions.ts) — purpose, principles, grounds, forms of accountability,
 *   decision, execution, interpretation, entry into force … A parent article's
 *   function comes from the topic its 解读 names (本条规定了“问责方式”) or else
 *   its text; a local unit's from its heading (问责方式, 考核原则) and text. A
 *   unit mainly about something the parent has no article for (investigation,
 *   appeal, aggravation, appraisal mechanics) is held back.
 * - citation: an article of the parent the unit cites by number under one
 *   of the parent's names (车船税法第三条第一项所称…) is chosen first
 *   (withNames, citedEntries).
 *
 * Scale: the parent's units are indexed once (n-gram → parent units); a local
 * unit looks up only its own n-grams, so the cost grows linearly with the
 * local corpus — there is no comparison of every pair of provisions.
 */
import { FORMAL_FUNCTIONS, functionLabel, functionTable, headingFunctions, primaryFunctions, profile, type FunctionProfile, type FunctionSpec } from './functions.ts';
import { classifyRelation, principleInPassing, type RelationWhy } from './relation.ts';
import { toSimplified } from '../chinese-variants.ts';
import { parseProvisionPath } from '../citation-parse.ts';
import { clauses, gramCounts, gramKeys, gramSet, sharedPhrases, SELF_NOUN } from './text.ts';
import type { Unit } from './units.ts';

export type Relation = 'restates' | 'implements' | 'related';

/** A preamble that only records when and by whom the text was adopted or amended. */
const ADOPTION_RECORD = /^[^。\n]{0,80}(?:通过|修正|修订|公布|发布)[^。\n]{0,80}$/u;

/** A function shared at this strength makes two provisions do the same thing. */
const SAME_FUNCTION = 0.5;
/**
 * A parent provision is a formal clause for the relation rule only when its formal function is evident
 * at this strength: named by its heading or 解读, or in the clause's defining words (制定本…, 负责解释,
 * 自…施行), not merely an opening 为了 (为了保障游行的行进，人民警察可以… is a rule, not a purpose clause).
 */
const FORMAL_EVIDENT = 0.5;
/** A parent says what its articles are about when at least this share of them has a heading or a 解读 topic. */
const TOPICAL_SHARE = 0.5;
/** Length of the character runs compared when completing a joined provision. */
const JOIN_RUN = 3;
/** Formal clauses whose substance is their wording (an aim, a guiding thought), not an organ or a date (relation.ts). */
const WORDING_CLAUSES: ReadonlySet<string> = new Set(['purpose', 'guidance']);
/** What joins the articles of a list cited one after the other (第三条和第四条), right after an article's number (sticky). */
const CITE_JOINER = /(?:、|和|及|以及|或者)(?=第)/uy;

/** The strongest of the functions of a profile that `keep` takes (0 when none). */
function strongestOf(p: FunctionProfile, keep: (f: string) => boolean): number {
  return Math.max(0, ...Object.keys(p).filter(keep).map((f) => p[f]!));
}

export interface Suggestion {
  from: { doc: string; anchor: string };
  to: { doc: string; anchor: string };
  relation: Relation;
  /** 0..1, higher is surer. */
  score: number;
  /** Why: shared phrases, the heaviest first, then the function both provisions have. */
  evidence: string[];
  /** Why this relation (relation.ts): the reason shown, kept share, added and dropped phrases. */
  why: string;
  kept: number;
  added: string[];
  dropped: string[];
}

/** Tuning of the suggester (exported so the bench can print what was used). */
export const SUGGEST_PARAMS = {
  /** Weight of a gram found only in a parent article's 解读 relative to one in its text. */
  interpretationWeight: 0.5,
  /** Weights of the function match, the lexical share and the lexical rank (relative to the best parent). */
  functionWeight: 0.6,
  shareWeight: 0.3,
  rankWeight: 0.1,
  /** Functions a local heading does not name keep this share of their strength… */
  headingDamping: 0.5,
  /** …unless the text does them plainly (strength from this on). */
  textEvident: 0.75,
  /** A function counts fully only when at least this share of the unit's strongest one. */
  dominance: 0.7,
  /** A unit whose strongest function has no parent article (by this margin) keeps this share of its score. */
  orphanMargin: 1.15,
  orphanPenalty: 0.5,
  /** Minimum score, and minimum share of the best score for the same unit. */
  minScore: 0.3,
  /** Minimum score of a link on words alone (a parent that does not say what its articles are about). */
  lexicalOnlyMinScore: 0.45,
  relativeToBest: 0.8,
  /**
   * …and this share for a further article scored on words alone (a parent that does not say what its
   * articles are about, no function in common): a second article that merely shares words with the local
   * one is more often wrong than right (a joined provision's further article is found by `joinedKept`).
   */
  lexicalRelativeToBest: 1,
  /** A further parent article of which a local provision keeps this share (runs of three characters) and that supplies this many characters the chosen ones do not is chosen too (a joined provision), from this score. */
  joinedKept: 0.5,
  joinedMinChars: 6,
  joinedMinScore: 0.3,
  /**
   * …or of which it keeps this share of one sentence (of `joinedSentenceMin` characters or more, that no other article of the
   * parent has): a provision that joins one sentence of a long article to another article (取水许可 from 第七条 beside 第四十八条).
   */
  joinedSentenceKept: 0.8,
  joinedSentenceMin: 8,
  /** At most this many suggestions per local unit. */
  maxPerUnit: 3,
} as const;

/**
 * How common each n-gram is across a corpus (units of every document), so
 * that phrases all measures share weigh less. Only n-grams the parents know
 * are counted.
 */
/** A Background as JSON-safe data (Background.toData / fromData). */
export interface BackgroundData {
  units: number;
  /** [n-gram, number of units it is in], sorted by n-gram. */
  df: [string, number][];
}

export class Background {
  private readonly df = new Map<string, number>();
  private units = 0;

  /** Count one unit's text. `known` restricts the count to n-grams some parent has. */
  add(text: string, known: (g: string) => boolean): void {
    this.units++;
    for (const g of gramKeys(text, known)) this.df.set(g, (this.df.get(g) ?? 0) + 1);
  }

  /**
   * The counts as plain data, for a browser that suggests against one parent
   * without the corpus (the draft check): the number of units, and the count of
   * each n-gram `keep` accepts (those of one parent).
   */
  toData(keep: (g: string) => boolean = () => true): BackgroundData {
    // The default sort orders strings by UTF-16 code units, as `<` does; the n-grams are distinct.
    const df = [...this.df.keys()].filter(keep).sort().map((g): [string, number] => [g, this.df.get(g)!]);
    return { units: this.units, df };
  }

  /** A background from `toData` (a copy: adding units to it leaves the data alone). */
  static fromData(data: BackgroundData): Background {
    const bg = new Background();
    bg.units = data.units;
    for (const [g, n] of data.df) bg.df.set(g, n);
    return bg;
  }

  /** 0..1: 1 for an n-gram in one unit (or none), falling towards 0 for one in every unit. */
  info(g: string): number {
    if (this.units < 2) return 1;
    const d = Math.max(1, this.df.get(g) ?? 1);
    return Math.log(this.units / d) / Math.log(this.units) || 0;
  }
}

/**
 * A phrase of the compared text (text.ts: simplified characters, any self-noun folded to 本规) as the
 * provision writes it: the folding to simplified keeps offsets, so it is cut from the text as written,
 * each 本规 being whichever self-noun stands there (本办法, 本细则) or a literal 本规 (本规划). A phrase
 * is a run of CJK characters (CJK_RUN), so it holds no pattern syntax.
 */
function asWritten(phrase: string, written: string, simplified: string): string {
  const m = new RegExp(phrase.split('本规').join(`(?:${SELF_NOUN.source}|本规)`)).exec(simplified);
  return m ? written.slice(m.index, m.index + m[0].length) : phrase;
}

/** A parent unit scored for one local unit. */
interface Scored {
  i: number;
  score: number;
  fn: number;
  fnId: string | null;
  lexicalOnly: boolean;
}

interface Entry {
  unit: Unit;
  primary: string[];
  /** The formal function (purpose, interpretation …) this unit evidently is, if any (FORMAL_EVIDENT). */
  formal: string | null;
  grams: Set<string>;
}

/** An inverted index of the units of one parent document. */
export class ParentIndex {
  readonly parentDoc: string;
  private readonly entries: Entry[];
  /** n-gram → [parent unit index, weight (1 in text, interpretationWeight in 解读 only)]. */
  private readonly postings = new Map<string, [number, number][]>();
  /** n-gram → sum of its weights over parent units. */
  private readonly spread = new Map<string, number>();
  /** Whether the parent says what its articles are about (headings, 解读 topics). */
  private readonly topical: boolean;
  /** Functions no parent article has. */
  private readonly orphans: Set<string>;
  private background: Background | null = null;
  /** Titles of local measures (their scope noun), by slug. */
  private titles = new Map<string, string>();
  /** The parent's own names (its title, short title, title without 中华人民共和国); none before `withNames`. */
  private names: readonly string[] | null = null;

  /** Generic drafting functions and this parent's own topics (functions.ts). */
  private readonly table: readonly FunctionSpec[];

  constructor(parentDoc: string, allUnits: readonly Unit[], table: readonly FunctionSpec[] = functionTable()) {
    this.parentDoc = parentDoc;
    this.table = table;
    // The adoption record of a law (1997年12月29日…会议通过) is not a provision anything implements.
    const units = allUnits.filter((u) => !(u.kind === 'preamble' && ADOPTION_RECORD.test(u.text.trim())));
    this.entries = units.map((unit, i) => {
      const weights = new Map<string, number>();
      if (unit.interpretation) for (const g of gramCounts(unit.interpretation).keys()) weights.set(g, SUGGEST_PARAMS.interpretationWeight);
      for (const g of gramCounts(unit.text).keys()) weights.set(g, 1);
      for (const [g, w] of weights) {
        const list = this.postings.get(g);
        if (list) list.push([i, w]);
        else this.postings.set(g, [[i, w]]);
        this.spread.set(g, (this.spread.get(g) ?? 0) + w);
      }
      const primary = primaryFunctions(unit.text, unit.heading ?? unit.topic, table);
      const strength = profile(unit.text, unit.heading ?? unit.topic, table);
      // (a unit with no primary function finds none: null)
      const formal = primary.every((f) => FORMAL_FUNCTIONS.has(f)) ? (primary.find((f) => strength[f]! >= FORMAL_EVIDENT) ?? null) : null;
      return { unit, primary, formal, grams: new Set(weights.keys()) };
    });
    // At least half of its articles (a few colon lead-ins, 教师享有下列权利:, do not make a parent with headings).
    const articles = this.entries.filter((e) => e.unit.kind !== 'preamble');
    this.topical = articles.filter((e) => e.unit.heading || e.unit.topic).length >= TOPICAL_SHARE * articles.length && articles.length > 0;
    this.orphans = new Set(table.map((f) => f.id).filter((f) => !this.entries.some((e) => e.primary.includes(f))));
  }

  /** Whether the parent has this n-gram (for Background.add). */
  readonly knows = (g: string): boolean => this.postings.has(g);

  /** Titles of the local measures, so that relations fold each measure's scope noun. */
  withTitles(titles: ReadonlyMap<string, string>): this {
    this.titles = new Map(titles);
    return this;
  }

  /** The parent's names, so that an article a local provision cites by number (车船税法第三条第一项所称…) is linked to it. */
  withNames(names: readonly string[]): this {
    const out = new Set<string>();
    for (const n of names) {
      const t = toSimplified(n.normalize('NFKC')).replace(/\s/gu, '');
      for (const v of [t, t.replace(/^中华人民共和国/u, '')]) if ([...v].length >= 2) out.add(v);
    }
    this.names = [...out];
    return this;
  }

  /**
   * The parent units a local text cites by number under one of the parent's names: 《反间谍法》第三十九条, 车船税法第三条第一项,
   * 中华人民共和国水法第七条. The name stands after 《, at the start of a clause or after 依照 / 根据 / 违反 …, so that a longer
   * title ending with it (职业教育法 for 教育法) is not taken for it. In the order the text cites them, each once.
   */
  private citedEntries(text: string): number[] {
    if (!this.names) return [];
    const t = toSimplified(text.normalize('NFKC'));
    /** Each article cited, at the offset of its number in `t`. */
    const hits: { at: number; i: number }[] = [];
    for (const name of this.names) {
      for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + name.length)) {
        const before = t.slice(Math.max(0, at - 2), at);
        if (!/(?:^|[《，。；：、,;:\s]|照|据|反|依|按|和|及)$/u.test(before) && !before.endsWith('国')) continue;
        const after = t.slice(at + name.length);
        if (before.endsWith('《') !== after.startsWith('》')) continue;
        // The articles cited one after the other (第五条第一款、第十二条第一款第三项; 第三条和第四条), each of them.
        let rest = before.endsWith('《') ? after.slice(1) : after;
        for (let path = parseProvisionPath(rest); path; path = parseProvisionPath(rest)) {
          const anchor = `art-${path.article}${path.suffix ? `-${path.suffix}` : ''}`;
          const i = this.entries.findIndex((e) => e.unit.anchor === anchor);
          if (i >= 0) hits.push({ at: t.length - rest.length, i });
          CITE_JOINER.lastIndex = path.length;
          const joiner = CITE_JOINER.exec(rest);
          if (!joiner) break;
          rest = rest.slice(path.length + joiner[0].length);
        }
      }
    }
    return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.i))];
  }

  /** Use corpus-wide n-gram frequencies (recommended; without, every n-gram counts as rare). */
  withBackground(bg: Background): this {
    this.background = bg;
    return this;
  }

  private info(g: string): number {
    return this.background ? this.background.info(g) : 1;
  }

  /** Local profiles already computed (suggest, then relate for each suggestion of the same unit). */
  private readonly profiles = new WeakMap<Unit, FunctionProfile>();

  /** Function strengths of a local unit: a heading that names functions boosts them and damps the rest. */
  private localProfile(u: Unit): FunctionProfile {
    let p = this.profiles.get(u);
    if (!p) this.profiles.set(u, (p = this.computeProfile(u)));
    return p;
  }

  private computeProfile(u: Unit): FunctionProfile {
    const p = profile(u.text, u.heading, this.table);
    const named = u.heading ? headingFunctions(u.heading, this.table) : [];
    if (named.length) {
      // A function the text does plainly (strength ≥ textEvident) keeps it although the heading names another (责任落实和责任追究: 第一责任人, 全面领导责任).
      for (const f of Object.keys(p)) p[f] = named.includes(f) ? Math.max(p[f]!, 0.9) : p[f]! >= SUGGEST_PARAMS.textEvident ? p[f]! : p[f]! * SUGGEST_PARAMS.headingDamping;
    }
    return p;
  }

  /** The strongest function a parent entry and a local profile share, damped when it is not the local unit's main one. */
  private functionMatch(lp: FunctionProfile, strongest: number, e: Entry): { fn: number; fnId: string | null } {
    let fn = 0;
    let fnId: string | null = null;
    for (const f of e.primary) {
      const s = lp[f]! * (lp[f]! >= SUGGEST_PARAMS.dominance * strongest ? 1 : 0.4);
      if (s > fn) [fn, fnId] = [s, f];
    }
    return { fn, fnId };
  }

  /** The parent unit an anchor belongs to (art-7-para-2 → art-7). */
  private entryOf(anchor: string): Entry | undefined {
    let best: Entry | undefined;
    for (const e of this.entries) {
      const a = e.unit.anchor;
      if ((anchor === a || anchor.startsWith(`${a}-`)) && (!best || a.length > best.unit.anchor.length)) best = e;
    }
    return best;
  }

  /**
   * The relation of a local provision to a parent provision, by the rule of
   * relation.ts. `local` is the local unit (its heading and function);
   * `localText` and `parentText` the texts of the linked provisions (a
   * paragraph or item when the link is that deep); `alsoFrom` the texts of
   * the other provisions of this parent the local provision is linked to.
   */
  relate(local: Unit, localText: string, parentAnchor: string, parentText: string, alsoFrom: readonly string[] = []): RelationWhy {
    const e = this.entryOf(parentAnchor);
    const lp = this.localProfile(local);
    const strongest = strongestOf(lp, () => true);
    const { fn, fnId } = e ? this.functionMatch(lp, strongest, e) : { fn: 0, fnId: null };
    // The same matter: a function both do, and the local provision's main one; not when the local provision is mainly about
    // something the parent has no article for (an appraisal, an appeal): such a function stronger than any the parent has.
    // A heading that names such a matter says what the provision is about (考核对象: the appraisal's targets, not those of accountability).
    const named = local.heading ? headingFunctions(local.heading, this.table) : [];
    const mainIsOrphan = this.mainlyOrphan(lp, 1) || named.some((f) => this.orphans.has(f));
    // (functionMatch damps a function that is not the local provision's main one below SAME_FUNCTION, and a provision with no function has fn 0.)
    const shared = fn >= SAME_FUNCTION && !mainIsOrphan;
    const formalId = e?.formal;
    return classifyRelation(localText, parentText, {
      formal: !!formalId,
      formalWording: !!formalId && WORDING_CLAUSES.has(formalId),
      // The local provision shows any sign of being a purpose or guiding-thought clause too (为了… at its start, 制定本…, its heading).
      ...(formalId && WORDING_CLAUSES.has(formalId) ? { localWording: (lp[formalId] ?? 0) > 0 } : {}),
      ...(alsoFrom.length ? { alsoFrom } : {}),
      // The parent provision states principles, or the local one does so mainly (学校安全稳定责任事故问责坚持…的原则): principles of its own are no more specific rule.
      // A parent provision that names a 原则 only as the criterion of its rule (…的原则确定) states none.
      declaratory: (!!e && e.primary.includes('principles') && !principleInPassing(e.unit.text)) || this.mainlyPrinciples(local, localText, lp),
      parentHas: this.knows,
      ...(this.titles.has(local.doc) ? { localTitle: this.titles.get(local.doc)! } : {}),
      ...(formalId ? { formalLabel: functionLabel(formalId, this.table) } : {}),
      // A parent whose articles have no headings, 解读 topics or editor's topics: the link itself is the evidence of the shared matter.
      // So is a link where neither provision shows a drafting function, topic or heading: nothing says they differ.
      // (A local heading that names a function makes that function at least 0.9: `strongest > 0` holds then.)
      sameFunction: this.topical && (strongest > 0 || !!e?.primary.length || !!e?.unit.topic || !!e?.unit.heading) ? shared : true,
      ...(fnId ? { topicLabel: e?.unit.topic ?? functionLabel(fnId, this.table) } : {}),
    });
  }

  /** Whether a local profile is mainly about a matter the parent has no article for: such a function stronger, by `margin`, than any the parent has. */
  private mainlyOrphan(lp: FunctionProfile, margin: number): boolean {
    const orphan = (f: string) => this.orphans.has(f);
    return strongestOf(lp, orphan) > margin * strongestOf(lp, (f) => !orphan(f));
  }

  /**
   * Whether the linked local provision mainly states principles: the unit's profile when the link is from the whole
   * unit, the linked paragraph's own text when it is from a part (第三条第二款 need not be what 第三条第一款 is).
   */
  private mainlyPrinciples(local: Unit, localText: string, lp: FunctionProfile): boolean {
    const p = localText === local.text ? lp : profile(localText, undefined, this.table);
    // Principles at least as strong as any other function: a tie counts, the 原则 a clause names being its point (…惩教结合的原则。
    // and a duty beside it).
    return p.principles! >= SAME_FUNCTION && p.principles! >= strongestOf(p, () => true);
  }

  /**
   * A local provision that joins several parent articles, each nearly in its own words
   * (全省实行无偿献血制度。年满十八周岁至五十五周岁的健康公民…自愿参加献血 from 国家实行无偿献血制度…
   * and 国家鼓励国家工作人员…率先献血): a further parent article most of whose text the local one
   * keeps — or nearly all of one of its sentences that no other article of the parent has —, and that
   * supplies text the chosen ones do not, is chosen too, although its score alone falls short of the best one's.
   */
  private completeJoined(local: Unit, scored: readonly Scored[], chosen: Scored[]): void {
    const P = SUGGEST_PARAMS;
    if (!chosen.length) return;
    const localRuns = gramSet(local.text, JOIN_RUN);
    const chars = [...clauses(local.text).join('')];
    /** The characters of the local text that lie in a run of the parent unit. */
    const hitsOf = (i: number): boolean[] => {
      const runs = gramSet(this.entries[i]!.unit.text, JOIN_RUN);
      const hit = new Array<boolean>(chars.length).fill(false);
      for (let k = 0; k + JOIN_RUN <= chars.length; k++) if (runs.has(chars.slice(k, k + JOIN_RUN).join(''))) hit.fill(true, k, k + JOIN_RUN);
      return hit;
    };
    /** The share of the parent unit's runs the local text has. */
    const keptOf = (i: number): number => {
      const runs = gramSet(this.entries[i]!.unit.text, JOIN_RUN);
      let kept = 0;
      for (const g of runs) if (localRuns.has(g)) kept++;
      return runs.size ? kept / runs.size : 0;
    };
    /** The largest share of one of the parent unit's sentences (of `joinedSentenceMin` characters or more, found in no other unit of the parent) the local text keeps. */
    const sentenceKeptOf = (i: number): number => {
      let best = 0;
      for (const runs of this.ownSentences(i)) {
        let kept = 0;
        for (const g of runs) if (localRuns.has(g)) kept++;
        best = Math.max(best, kept / runs.size);
      }
      return best;
    };
    const covered = new Array<boolean>(chars.length).fill(false);
    for (const c of chosen) hitsOf(c.i).forEach((h, k) => (covered[k] ||= h));
    for (const s of scored) {
      if (chosen.length >= P.maxPerUnit || s.score < P.joinedMinScore) break;
      // Most of the whole article, or nearly all of one sentence of it that no other article of the parent has (not 构成犯罪的，依法追究刑事责任).
      if (keptOf(s.i) < P.joinedKept && sentenceKeptOf(s.i) < P.joinedSentenceKept) continue;
      // What the chosen ones already give does not count (a chosen one gives nothing new).
      const hits = hitsOf(s.i);
      if (hits.filter((h, k) => h && !covered[k]).length < P.joinedMinChars) continue;
      hits.forEach((h, k) => (covered[k] ||= h));
      chosen.push(s);
    }
  }

  private readonly sentenceRuns = new Map<number, Set<string>[]>();
  private flatTexts: string[] | null = null;

  /** The parent units' texts folded (clauses joined), memoised. */
  private flats(): string[] {
    return (this.flatTexts ??= this.entries.map((e) => clauses(e.unit.text).join('')));
  }

  /**
   * The runs (JOIN_RUN characters) of each sentence of a parent unit that is `joinedSentenceMin` characters long or more
   * and that no other unit of the parent has (not 构成犯罪的，依法追究刑事责任), memoised: what `completeJoined` may find kept.
   */
  private ownSentences(i: number): Set<string>[] {
    let out = this.sentenceRuns.get(i);
    if (!out) {
      out = [];
      for (const x of this.entries[i]!.unit.text.split(/[。；;\n]/u)) {
        const f = clauses(x).join('');
        if (f.length < SUGGEST_PARAMS.joinedSentenceMin || this.flats().some((t, k) => k !== i && t.includes(f))) continue;
        const runs = gramSet(x, JOIN_RUN);
        if (runs.size) out.push(runs);
      }
      this.sentenceRuns.set(i, out);
    }
    return out;
  }

  /** Suggestions for one local unit, best first. */
  suggest(local: Unit): Suggestion[] {
    const P = SUGGEST_PARAMS;
    if (local.kind === 'preamble' && ADOPTION_RECORD.test(local.text.trim())) return [];
    const n = this.entries.length;
    const votes = new Float64Array(n);
    let total = 0;
    const localGrams = gramKeys(local.text);
    for (const g of localGrams) {
      const list = this.postings.get(g);
      if (!list) continue;
      const w = this.info(g) / this.spread.get(g)!;
      total += w;
      for (const [i, weight] of list) votes[i]! += weight * w;
    }
    const bestVotes = Math.max(0, ...votes);

    const lp = this.localProfile(local);
    const strongest = strongestOf(lp, () => true);
    const penalty = this.mainlyOrphan(lp, P.orphanMargin) ? P.orphanPenalty : 1;

    const scored: Scored[] = this.entries.map((e, i) => {
      const { fn, fnId } = this.functionMatch(lp, strongest, e);
      const share = total > 0 ? votes[i]! / total : 0;
      const rank = bestVotes > 0 ? votes[i]! / bestVotes : 0;
      let score = penalty * (P.functionWeight * fn + P.shareWeight * share) + P.rankWeight * rank;
      // A parent that does not say what its articles are about (no headings, 解读 or topics file): the
      // function signal is missing, not zero, so the lexical one counts alone for the articles it leaves unknown.
      const lexicalOnly = !this.topical && fn === 0;
      if (lexicalOnly) score = (penalty * (P.shareWeight * share + P.rankWeight * rank)) / (P.shareWeight + P.rankWeight);
      return { i, score, fn, fnId, lexicalOnly };
    });
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    const best = scored[0]?.score ?? 0;

    const chosen: Scored[] = [];
    for (const s of scored) {
      if (chosen.length >= P.maxPerUnit || s.score < P.minScore || s.score < P.relativeToBest * best) break;
      if (s.lexicalOnly && s.score < P.lexicalOnlyMinScore) continue;
      // A further article on shared words alone (no function in common) only when it scores as well as the best.
      if (chosen.length && s.lexicalOnly && s.score < P.lexicalRelativeToBest * best) continue;
      chosen.push(s);
    }
    this.completeJoined(local, scored, chosen);
    // The articles of the parent the local provision cites by number come first, whatever their words (a definition of a term of theirs).
    const cited = this.citedEntries(local.text);
    if (cited.length) {
      const rest = chosen.filter((c) => !cited.includes(c.i));
      chosen.length = 0;
      chosen.push(...cited.map((i) => ({ ...scored.find((s) => s.i === i)!, score: 1 })), ...rest);
      chosen.length = Math.min(chosen.length, P.maxPerUnit);
    }
    const out: Suggestion[] = [];
    for (const s of chosen) {
      const e = this.entries[s.i]!;
      const alsoFrom = chosen.filter((o) => o !== s).map((o) => this.entries[o.i]!.unit.text);
      const rel = this.relate(local, local.text, e.unit.anchor, e.unit.text, alsoFrom);
      const shared = new Set([...localGrams].filter((g) => e.grams.has(g)));
      const evidence = sharedPhrases(local.text, shared, (g) => this.info(g) / (this.spread.get(g) ?? 1), {
        minWeight: 0.25,
        shortWeight: 0.6,
        minLength: 2,
        max: 6,
      });
      const written = local.text.normalize('NFKC');
      const simplified = toSimplified(written);
      for (let k = 0; k < evidence.length; k++) evidence[k] = asWritten(evidence[k]!, written, simplified);
      if (s.fnId && s.fn >= 0.5) {
        const topic = e.unit.topic ?? functionLabel(s.fnId, this.table);
        if (!evidence.includes(topic)) evidence.push(local.heading && local.heading !== topic ? `${local.heading} ≈ ${topic}` : topic);
      }
      out.push({
        from: { doc: local.doc, anchor: local.anchor },
        to: { doc: this.parentDoc, anchor: e.unit.anchor },
        relation: rel.relation,
        score: Math.round(Math.min(1, s.score) * 1000) / 1000,
        evidence,
        why: rel.why,
        kept: rel.kept,
        added: rel.added,
        dropped: rel.dropped,
      });
    }
    return out;
  }
}
