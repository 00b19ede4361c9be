/**
 * Metadata the text itself gives: title, 文号, issuer, dates, 暂行/试行, and
 * the adoption / amendment history of its 题注. What the text does not say
 * stays null (unknown); nothing is invented.
 *
 * Where each value comes from, first found wins:
 * - title: the title block (the 《X》 the notice names, or the title line), book-title marks dropped;
 * - 文号: the notice or the lines under the title, else a database line 【发布文号】;
 * - issuer: the sign-off (of the notice, else of the document), else the 题注 (who 发布/公布 it,
 *   else who adopted its current version), else the title's `中共XX委员会关于…`, else 【发布单位】;
 * - issued: the sign-off date, else the 题注 (发布/公布 date, else the date of the current
 *   version: the last 通过 / 修订 / 修正), else 【发布日期】;
 * - effective: the text (`本办法自2009年4月1日起施行`; `自发布之日起施行` = issued), else the
 *   题注 (`2000年2月1日 施行`), else 【生效日期】/【施行日期】.
 */
import { foldTraditional, LINE_SHAPES } from '../levels.ts';
import { parseDigitwise, parseNumber } from '../numerals.ts';
import { walk, type ProvisionNode } from '../tree.ts';
import type { HistoryEvent } from '../../schemas/meta.ts';
import { isDbLine, isDocNumberLine, isHistoryLine, isOrgLine } from './line-kinds.ts';

export interface ExtractedMeta {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issued: string | null;
  effective: string | null;
  provisional: '暂行' | '试行' | null;
  history: HistoryEvent[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number | null, month: number | null, day: number | null): string | null {
  if (!year || !month || !day || month > 12 || day > 31) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return d.getUTCDate() === day ? iso : null;
}

/** 2017年6月21日 / 二○○九年三月四日 → 2017-06-21; null if it is no real date. */
export function parseChineseDate(text: string): string | null {
  const m = LINE_SHAPES.date.exec(text);
  if (!m) return null;
  return isoOf(parseDigitwise(m[1]), parseNumber(m[2]), parseNumber(m[3]));
}

/** A date as databases write it: 2006-09-03, 2006.9.3, 2006/09/03, or the Chinese form. */
export function parseAnyDate(text: string): string | null {
  const m = /([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})/u.exec(text);
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : parseChineseDate(text);
}

const ACTIONS = ['通过', '批准', '修正', '修订', '修改', '发布', '公布', '施行', '印发'] as const;
const ACTION_RE = new RegExp(`(${ACTIONS.join('|')})`, 'gu');
const CN_OR_DIGIT = '〇○零一二两三四五六七八九十百千0-9０-９';

/** The body named in one history event, without session numbers: 上海市第十三届人民代表大会常务委员会第三十次会议 → 上海市人民代表大会常务委员会. */
export function normaliseBody(raw: string): string | null {
  const body = raw
    .replace(/《[^《》]*》/gu, '')
    .replace(new RegExp(`第?[${CN_OR_DIGIT}]+届`, 'gu'), '')
    .replace(new RegExp(`(?:令|公告|通告)?第[${CN_OR_DIGIT}]+号`, 'gu'), '')
    .replace(new RegExp(`第[${CN_OR_DIGIT}]+次(?:全体)?会议`, 'gu'), '')
    .replace(new RegExp(`第[${CN_OR_DIGIT}]+次常务会议`, 'gu'), '')
    .replace(new RegExp(`第[${CN_OR_DIGIT}]+次`, 'gu'), '')
    .replace(/(?:会议)?(?:审议|讨论)?$/u, '')
    .replace(/(?:公告|令|会议|根据|以|的)$/u, '')
    .replace(/^[\s\u3000、，,（(]+|[\s\u3000、，,）)]+$/gu, '')
    .replace(/[\s\u3000]+/gu, '');
  return body.length >= 2 && body.length <= 40 ? body : null;
}

/** The events of a 题注: each date with what happened and who did it. */
export function parseHistory(lines: string[]): HistoryEvent[] {
  const masked = (s: string) => s.replace(/《[^《》]*》/gu, (m) => '\u0000'.repeat(m.length));
  const found: { date: string; first: string; last: string; by: string | null }[] = [];
  // `2004年11月2日 最高人民法院审判委员会…会议、2004年11月11日最高人民检察院…会议通过`: one action for both
  let pending: { date: string; by: string | null }[] = [];
  for (const line of lines) {
    const text = foldTraditional(line);
    const dates = [...text.matchAll(new RegExp(LINE_SHAPES.date.source, 'gu'))];
    dates.forEach((d, k) => {
      const date = parseChineseDate(d[0]);
      const end = k + 1 < dates.length ? dates[k + 1].index! : text.length;
      const segment = text.slice(d.index! + d[0].length, end);
      const actions = [...masked(segment).matchAll(ACTION_RE)].map((m) => ({ word: m[1] === '修改' ? '修正' : m[1], at: m.index! }));
      if (!date) return;
      if (!actions.length) {
        if (/[、和及][\s\u3000]*$/u.test(segment)) pending.push({ date, by: normaliseBody(segment) });
        return;
      }
      // …通过的《…修正案（二）》 / 《…关于修改…的决定》: adopted an amendment
      const amends = /^通过的?《[^《》]*(?:修正案|关于修改)/u.test(segment.slice(actions.at(-1)!.at));
      const first = actions[0].word;
      const last = amends ? '修正' : actions.at(-1)!.word;
      for (const p of pending) found.push({ ...p, first, last });
      pending = [];
      found.push({ date, first, last, by: normaliseBody(segment.slice(0, actions[0].at)) });
    });
  }
  // 通过的《…决定》修正 is an amendment; an approval (批准的《…决定》修正) stays an approval, and the
  // adoption it approves (…通过 / …批准的《…决定》修正) was that amendment.
  return found.map((e, i) => {
    const next = found[i + 1];
    // 批准 / 修订通过 / 修正通过 say what happened first; otherwise the last word does (通过的《…》修正)
    let action = e.first === '批准' || e.first === '修订' || e.first === '修正' ? e.first : e.last;
    if (action === '通过' && next?.first === '批准' && (next.last === '修正' || next.last === '修订')) action = next.last;
    return { date: e.date, action: action as HistoryEvent['action'], by: e.by };
  });
}

/** `【发布文号】穗办〔2006〕18号 【生效日期】2006-09-03` → field → value (empty values dropped). */
export function parseDbFields(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    for (const m of line.matchAll(/【([^【】]{2,8})】([^【】]*)/gu)) {
      const value = m[2].trim();
      if (value && !out.has(m[1])) out.set(m[1], value);
    }
  }
  return out;
}

const ENTRY_INTO_FORCE = /本(?:办法|条例|规定|意见|细则|制度|准则|规则|决定|解释|修正案|规范|标准|方案|通知|批复|守则|章程|法)[^。；]{0,20}?自([^。；，,]{6,16}?|发布之日|印发之日|公布之日|下发之日|颁布之日)起(?:施行|实施|执行|生效)/u;

/** Issuer and date of sign-off lines (`中共广州市委办公厅 广州市人民政府办公厅` / `2009年3月4日`). */
function fromSignoffs(signoffs: ProvisionNode[]): { issuer: string | null; issued: string | null } {
  let issued: string | null = null;
  let issuer: string | null = null;
  for (const s of signoffs) {
    const date = parseChineseDate(s.text);
    if (date && !issued) issued = date;
    const m = LINE_SHAPES.date.exec(s.text);
    const before = (m ? s.text.slice(0, m.index) : s.text).replace(/[（(]/gu, '').trim();
    if (!issuer && before && !LINE_SHAPES.docNumber.test(before)) issuer = before.split(/[\s\u3000]+/u).filter(Boolean).join('、');
  }
  return { issuer, issued };
}

export function extractMeta(root: ProvisionNode): ExtractedMeta {
  const top = root.children;
  const titleNode = top.find((n) => n.kind === 'title');
  const title = titleNode ? titleNode.text.replace(/^《([^《》]+)》$/u, '$1') : null;
  const notice = top.find((n) => n.kind === 'notice');
  const topSignoffs = top.filter((n) => n.kind === 'signoff');
  const noticeSignoffs = notice?.children.filter((c) => c.kind === 'signoff') ?? [];
  const history = parseHistory([...topSignoffs, ...noticeSignoffs].filter((n) => isHistoryLine(n.text)).map((n) => n.text));
  const db = parseDbFields(topSignoffs.filter((n) => isDbLine(n.text)).map((n) => n.text));
  const headLines = [...(notice ? notice.children.map((c) => c.text) : []), ...topSignoffs.filter((n) => !isDbLine(n.text)).map((n) => n.text)];

  let docNumber: string | null = null;
  for (const t of headLines) {
    const m = LINE_SHAPES.docNumber.exec(t);
    if (m) {
      docNumber = m[1].replace(/[\s\u3000]+/gu, '').replace(/^[（(《]/u, '');
      break;
    }
  }
  docNumber ??= db.get('发布文号') ?? db.get('文号') ?? db.get('发文字号') ?? null;

  // Sign-off lines proper: not history, database or 文号 lines.
  const plain = (n: ProvisionNode) => !isHistoryLine(n.text) && !isDbLine(n.text) && !isDocNumberLine(n.text);
  const signed = fromSignoffs([...noticeSignoffs, ...topSignoffs].filter(plain));

  const published = history.filter((e) => e.action === '发布' || e.action === '公布' || e.action === '印发').at(-1);
  const version = history.filter((e) => e.action === '通过' || e.action === '修订' || e.action === '修正').at(-1);
  const titleIssuer = title ? LINE_SHAPES.issuerInTitle.exec(foldTraditional(title)) : null;
  // A letterhead (`中共日照职业技术学院委员会办公室文件`) names the issuer in full; a sign-off may abbreviate it.
  const letterhead = notice?.children.map((c) => /^(.{4,40}?)[\s\u3000]*文件$/u.exec(c.text)?.[1]).find((t) => t && isOrgLine(t)) ?? null;
  const issuer =
    letterhead ??
    signed.issuer ??
    published?.by ??
    version?.by ??
    (titleIssuer ? title!.slice(0, titleIssuer[1].length) : null) ??
    db.get('发布单位') ??
    db.get('发布部门') ??
    db.get('发文机关') ??
    null;
  const issued = signed.issued ?? published?.date ?? version?.date ?? parseAnyDate(db.get('发布日期') ?? db.get('公布日期') ?? '') ?? null;

  let effective: string | null = null;
  for (const [n] of walk(root)) {
    if (n.kind !== 'para' && n.kind !== 'item' && n.kind !== 'sub') continue;
    const m = ENTRY_INTO_FORCE.exec(foldTraditional(n.text));
    if (!m) continue;
    effective = /之日$/u.test(m[1]) ? issued : parseChineseDate(m[1]);
    break;
  }
  effective ??= history.filter((e) => e.action === '施行').at(-1)?.date ?? parseAnyDate(db.get('生效日期') ?? db.get('施行日期') ?? db.get('实施日期') ?? '') ?? null;

  const folded = title ? foldTraditional(title) : '';
  const provisional = /暂行/u.test(folded) ? '暂行' : /试行/u.test(folded) ? '试行' : null;
  return { title, docNumber, issuer, issued, effective, provisional, history };
}
