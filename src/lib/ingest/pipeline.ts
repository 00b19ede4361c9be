/**
 * The converter, stage by stage: normalise (source-lines) → parse → assign
 * ids → metadata. Pure: the caller reads the files.
 */
import { docMeta, type DocMeta } from '../../schemas/meta.ts';
import type { DocumentSpec, SourceSpec } from '../../schemas/manifest.ts';
import type { Diagnostic, RegDocument } from '../document.ts';
import { assignIds } from './ids.ts';
import { extractMeta } from './metadata.ts';
import { parseDocument } from './parse.ts';
import { prepareLines } from './source-lines.ts';
import { walk, type ProvisionNode } from '../tree.ts';

export interface Built {
  doc: RegDocument;
  diagnostics: Diagnostic[];
}

/** Short title when the manifest gives none: the title without 关于/印发 wrappers, at most 16 characters. */
function defaultShortTitle(title: string): string {
  const t = title.replace(/^关于/u, '').replace(/的?(实施)?办法（(试行|暂行)）$/u, '办法');
  return t.length <= 16 ? t : `${t.slice(0, 15)}…`;
}

export function buildDocument(source: SourceSpec, spec: DocumentSpec, allLines: string[]): Built {
  const file = source.file;
  const exclude = source.exclude.filter((e) => {
    const [a, b] = e.lines ?? [e.line!, e.line!];
    return b >= spec.lines[0] && a <= spec.lines[1];
  });
  const prepared = prepareLines(allLines, { from: spec.lines[0], to: spec.lines[1], exclude, corrections: spec.corrections }, file);
  const parsed = parseDocument(prepared.lines, { file, kind: spec.kind, titleLine: spec.titleLine });
  // An article given twice is reported once, by the parser; not again for each anchor under it.
  const twice = new Set(parsed.diagnostics.filter((d) => d.ruleId === 'duplicate-article').map((d) => d.line));
  const idDiagnostics = assignIds(parsed.root, file).filter((d) => !twice.has(d.line));
  const found = extractMeta(parsed.root);
  const o = spec.meta;
  const title = o.title ?? found.title ?? spec.slug;
  const fallbackClass = spec.kind === 'commentary' ? '评论' : '党内规范性文件';
  const candidate = {
    slug: spec.slug,
    title,
    shortTitle: o.shortTitle ?? defaultShortTitle(title),
    class: o.class ?? fallbackClass,
    issuer: o.issuer !== undefined ? o.issuer : found.issuer,
    docNumber: o.docNumber !== undefined ? o.docNumber : found.docNumber,
    issued: o.issued !== undefined ? o.issued : found.issued,
    effective: o.effective !== undefined ? o.effective : found.effective,
    provisional: o.provisional !== undefined ? o.provisional : found.provisional,
    ...(found.history.length ? { history: found.history } : {}),
    status: o.status ?? 'unknown',
    parents: o.parents ?? [],
    ...(spec.version ? { version: spec.version } : {}),
    source: { file, from: spec.lines[0], to: spec.lines[1] },
  };
  const diagnostics = [...prepared.diagnostics, ...parsed.diagnostics, ...idDiagnostics];
  const body = checkBody(parsed.root, spec, file);
  if (body) diagnostics.push(body);
  const checked = docMeta.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      diagnostics.push({ file, line: spec.lines[0], severity: 'error', ruleId: 'metadata', message: `${spec.slug}: ${issue.path.join('.')}: ${issue.message}` });
    }
  }
  for (const [alias, target] of Object.entries(spec.aliases)) {
    if (![...walk(parsed.root)].some(([n]) => n.id === target)) {
      diagnostics.push({ file, line: spec.lines[0], severity: 'error', ruleId: 'alias-target', message: `${spec.slug}: alias #${alias} points at #${target}, which the document does not have` });
    }
  }
  const doc: RegDocument = {
    meta: (checked.success ? checked.data : candidate) as DocMeta,
    root: parsed.root,
    aliases: spec.aliases,
    excluded: [...prepared.excluded, ...parsed.excluded].sort((a, b) => a.from - b.from || a.to - b.to),
    corrections: spec.corrections,
  };
  return { doc, diagnostics };
}

const PROVISIONS = new Set(['article', 'section', 'item', 'sub', 'chapter', 'part', 'division', 'annex']);

/**
 * A document needs a body: provisions, or at least paragraphs (a 修正案, a 罪名 list, a reply
 * without articles is published as paragraphs). Title, history lines and a notice alone are refused.
 */
function checkBody(root: ProvisionNode, spec: DocumentSpec, file: string): Diagnostic | null {
  if (spec.kind === 'commentary') return null;
  const nodes = [...walk(root)].map(([n]) => n);
  if (nodes.some((n) => PROVISIONS.has(n.kind))) return null;
  const where = `lines ${spec.lines[0]}-${spec.lines[1]}`;
  const paras = nodes.filter((n) => n.kind === 'para');
  // at least one sentence: page titles, breadcrumbs and copyright lines are no body
  if (paras.some((p) => /[。；;]|[:：]$/u.test(p.text))) return { file, line: spec.lines[0], severity: 'info', ruleId: 'paragraphs-only', message: `${spec.slug}: no articles or sections in ${where}; published as paragraphs` };
  const title = root.children.find((n) => n.kind === 'title');
  const head = root.children.filter((n) => n.kind === 'signoff').length;
  const saw = [
    title ? `the title “${title.text.slice(0, 40)}” (line ${title.line})` : 'no title',
    head ? `${head} line(s) of 文号, dates or adoption history` : '',
    root.children.some((n) => n.kind === 'notice') ? 'an issuing notice' : '',
    paras.length ? `${paras.length} line(s) without a single sentence (site junk? “${paras[0].text.slice(0, 20)}”, line ${paras[0].line})` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    file,
    line: spec.lines[0],
    severity: 'error',
    ruleId: 'no-provisions',
    message: `${spec.slug}: nothing to publish in ${where}: it holds ${saw}, but no text of the regulation itself (no articles 第一条…, sections 一、… or paragraphs). Add the missing text to the source, or leave this document out (remove it from content/sources/manifest.yaml)`,
  };
}

/**
 * Every non-blank line of a source is in exactly one document or excluded:
 * report the lines that are neither, and documents that overlap.
 */
export function checkCoverage(source: SourceSpec, allLines: string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owner = new Array<string | undefined>(allLines.length + 1);
  for (const d of source.documents) {
    for (let n = d.lines[0]; n <= Math.min(d.lines[1], allLines.length); n++) {
      if (owner[n]) {
        out.push({ file: source.file, line: n, severity: 'error', ruleId: 'overlap', message: `line ${n} belongs to both ${owner[n]} and ${d.slug}; expected document ranges not to overlap` });
        break;
      }
      owner[n] = d.slug;
    }
  }
  for (const e of source.exclude) {
    if (e.lines) for (let n = e.lines[0]; n <= e.lines[1]; n++) owner[n] ??= 'excluded';
  }
  let runStart = 0;
  const flush = (end: number) => {
    if (runStart) out.push({ file: source.file, line: runStart, severity: 'error', ruleId: 'unaccounted', message: `lines ${runStart}-${end} are in no document and not excluded; expected every line to be published or excluded with a reason` });
    runStart = 0;
  };
  for (let n = 1; n <= allLines.length; n++) {
    const blank = allLines[n - 1].trim() === '';
    if (!owner[n] && !blank) runStart ||= n;
    else if (owner[n]) flush(n - 1);
  }
  flush(allLines.length);
  return out;
}
