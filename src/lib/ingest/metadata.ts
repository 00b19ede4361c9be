/**
 * Metadata the text itself gives: title, 文号, issuer, dates, 暂行/试行.
 * What the text does not say stays null (unknown); nothing is invented.
 */
import { LINE_SHAPES } from '../levels.ts';
import { parseDigitwise, parseNumber } from '../numerals.ts';
import { walk, type ProvisionNode } from '../tree.ts';

export interface ExtractedMeta {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issued: string | null;
  effective: string | null;
  provisional: '暂行' | '试行' | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2017年6月21日 / 二○○九年三月四日 → 2017-06-21; null if it is no real date. */
export function parseChineseDate(text: string): string | null {
  const m = LINE_SHAPES.date.exec(text);
  if (!m) return null;
  const year = parseDigitwise(m[1]);
  const month = parseNumber(m[2]);
  const day = parseNumber(m[3]);
  if (!year || !month || !day || month > 12 || day > 31) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return d.getUTCDate() === day ? iso : null;
}

const ORG_SPLIT = /[\s\u3000]+/u;

export function extractMeta(root: ProvisionNode): ExtractedMeta {
  const top = root.children;
  const title = top.find((n) => n.kind === 'title')?.text ?? null;
  const notice = top.find((n) => n.kind === 'notice');
  const headLines = [
    ...(notice ? notice.children.map((c) => c.text) : []),
    ...top.filter((n) => n.kind === 'signoff').map((n) => n.text),
  ];

  let docNumber: string | null = null;
  for (const t of headLines) {
    const m = LINE_SHAPES.docNumber.exec(t);
    if (m) {
      docNumber = m[1].replace(/[\s\u3000]+/gu, '').replace(/^[（(]/u, '');
      break;
    }
  }

  // Issuer and date: the sign-off of the notice, else the document's own sign-off lines.
  const signoffs = [...(notice?.children.filter((c) => c.kind === 'signoff') ?? []), ...top.filter((n) => n.kind === 'signoff')];
  let issued: string | null = null;
  let issuer: string | null = null;
  for (const s of signoffs) {
    const date = parseChineseDate(s.text);
    if (date && !issued) issued = date;
    const m = LINE_SHAPES.date.exec(s.text);
    const before = (m ? s.text.slice(0, m.index) : s.text).replace(/[（(]/gu, '').trim();
    if (!issuer && before && !LINE_SHAPES.docNumber.test(before)) issuer = before.split(ORG_SPLIT).filter(Boolean).join('、');
  }

  let effective: string | null = null;
  for (const [n] of walk(root)) {
    if (n.kind !== 'para' && n.kind !== 'item' && n.kind !== 'sub') continue;
    // 本办法自2009年4月1日起施行 / 本办法…自发布之日起施行: the document's own entry into force only.
    const m = /本(?:办法|条例|规定|意见|细则|制度|准则|规则)[^。；]{0,20}?自([^。；，,]{6,16}?|发布之日|印发之日|公布之日|下发之日)起(?:施行|实施|执行|生效)/u.exec(n.text);
    if (!m) continue;
    effective = /之日$/u.test(m[1]) ? issued : parseChineseDate(m[1]);
    break;
  }

  const provisional = title && /暂行/u.test(title) ? '暂行' : title && /试行/u.test(title) ? '试行' : null;
  return { title, docNumber, issuer, issued, effective, provisional };
}
