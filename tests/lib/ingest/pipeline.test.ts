/**
 * The converter stage by stage (src/lib/ingest/pipeline.ts) on small sources built in each test: the
 * manifest's metadata merged over what the text gives (README, "The manifest"), the short title, the
 * exclusions of the document's own lines, a body required, aliases checked, and every line of a source
 * in a document or excluded (checkCoverage).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, checkCoverage } from '../../../src/lib/ingest/pipeline.ts';
import { documentSpec, sourceSpec } from '../../../src/schemas/manifest.ts';

type DocInput = Parameters<typeof documentSpec.parse>[0];

/** Build the document `doc` of a source holding `text` (and possibly other documents and exclusions). */
function build(text: string, doc: Record<string, unknown>, more: Record<string, unknown> = {}) {
  const lines = text.split('\n');
  const spec = documentSpec.parse({ slug: 'a', lines: [1, lines.length], ...doc } as DocInput);
  const source = sourceSpec.parse({ file: 'a.txt', documents: [spec], ...more });
  return buildDocument(source, spec, lines);
}
const errors = (b: ReturnType<typeof build>) => b.diagnostics.filter((d) => d.severity === 'error');

describe('metadata: the manifest over the text', () => {
  it('what the text gives, with the defaults for what it does not', () => {
    const { doc, diagnostics } = build('某某实施办法（试行）\n第一条 甲。\n中共某市委\n2017年6月21日', {});
    expect(diagnostics).toEqual([]);
    expect(doc.meta).toEqual({
      slug: 'a',
      title: '某某实施办法（试行）',
      shortTitle: '某某办法',
      class: '党内规范性文件',
      issuer: '中共某市委',
      docNumber: null,
      issued: '2017-06-21',
      effective: null,
      provisional: '试行',
      status: 'unknown',
      parents: [],
      source: { file: 'a.txt', from: 1, to: 4 },
    });
  });

  it('every field the manifest sets wins, null included', () => {
    const meta = { title: '另一标题', shortTitle: '短', class: '党内法规', issuer: null, docNumber: '某〔2017〕1号', issued: null, effective: '2018-01-01', provisional: null, status: 'in-force', parents: [{ slug: 'p' }] };
    const { doc } = build('某某实施办法（试行）\n第一条 甲。\n中共某市委\n2017年6月21日', { meta, version: '2017-06-21' });
    expect(doc.meta).toMatchObject({ ...meta, version: '2017-06-21' });
  });

  it('a commentary is 评论 unless the manifest says otherwise; without a title the slug is the title', () => {
    expect(build('某某办法解读\n一、甲。', { kind: 'commentary' }).doc.meta.class).toBe('评论');
    expect(build('第一条 甲。', {}).doc.meta).toMatchObject({ title: 'a', shortTitle: 'a' });
  });

  it('the short title drops 关于 and the 实施办法（试行） wrapping, and keeps at most 16 characters', () => {
    expect(build('关于加强某某工作的实施办法（暂行）\n第一条 甲。', {}).doc.meta.shortTitle).toBe('加强某某工作办法');
    expect(build('某某关于某某的办法（试行）\n第一条 甲。', {}).doc.meta.shortTitle).toBe('某某关于某某办法');
    expect(build('某某办法（试行）补充\n第一条 甲。', {}).doc.meta.shortTitle).toBe('某某办法（试行）补充');
    expect(build(`${'甲'.repeat(14)}办法\n第一条 甲。`, {}).doc.meta.shortTitle).toBe(`${'甲'.repeat(14)}办法`);
    expect(build(`${'甲'.repeat(15)}办法\n第一条 甲。`, {}).doc.meta.shortTitle).toBe(`${'甲'.repeat(15)}…`);
  });

  it('history when the text has one, none otherwise', () => {
    expect(build('某市某某条例\n（2010年5月1日某市人民代表大会常务委员会通过）\n第一条 甲。', {}).doc.meta.history).toEqual([{ date: '2010-05-01', action: '通过', by: '某市人民代表大会常务委员会' }]);
    expect(build('某某办法\n第一条 甲。', {}).doc.meta).not.toHaveProperty('history');
  });

  it('metadata the schema refuses is an error naming the field, at the document’s first line', () => {
    const lines = '题\n某某办法\n第一条 甲。'.split('\n');
    const spec = documentSpec.parse({ slug: 'a', lines: [2, 3] });
    const source = sourceSpec.parse({ file: 'a.txt', documents: [spec], exclude: [{ lines: [1, 1], reason: 'x' }] });
    // a slug the site reserves passes the manifest's parse here (built by hand) but not the metadata schema
    const bad = buildDocument(source, { ...spec, slug: 'index' }, lines);
    expect(errors(bad)).toEqual([expect.objectContaining({ file: 'a.txt', line: 2, ruleId: 'metadata', message: expect.stringMatching(/^index: slug: "index" is reserved by the site/) })]);
    expect(bad.doc.meta.slug).toBe('index');
  });
});

describe('lines, exclusions and the body', () => {
  it('only the exclusions that touch the document’s lines apply, whole-line and part-line; excluded listed in order', () => {
    const text = '题注\n某某办法\n第一条 甲。【注】\n第二条 乙。\n尾注\n另一文件';
    const spec = documentSpec.parse({ slug: 'a', lines: [2, 4] });
    const other = documentSpec.parse({ slug: 'b', lines: [6, 6] });
    const exclude = [
      { lines: [5, 5], reason: 'after' },
      { line: 3, text: '【注】', reason: 'a note' },
      { lines: [1, 1], reason: 'before' },
      { line: 6, text: '另一', reason: 'in b' },
    ];
    const source = sourceSpec.parse({ file: 'a.txt', documents: [spec, other], exclude });
    const { doc, diagnostics } = buildDocument(source, spec, text.split('\n'));
    expect(diagnostics).toEqual([]);
    expect(doc.excluded).toEqual([{ from: 3, to: 3, reason: 'a note', text: '【注】' }]);
    const b = buildDocument(source, other, text.split('\n'));
    expect(b.doc.excluded).toEqual([{ from: 6, to: 6, reason: 'in b', text: '另一' }]);
    // an exclusion ending on the first line or starting on the last line of the document touches it
    const edges = sourceSpec.parse({ file: 'a.txt', documents: [spec], exclude: [{ lines: [1, 2], reason: 'head' }, { lines: [4, 5], reason: 'tail' }] });
    expect(buildDocument(edges, spec, text.split('\n')).doc.excluded.map((e) => [e.from, e.to, e.reason])).toEqual([
      [1, 2, 'head'],
      [4, 5, 'tail'],
    ]);
  });

  it('excluded lines of the source and of the parser together, in line order', () => {
    const text = '某条例\n目 录\n第一章 总则 第二章 附则\n第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。\n页脚';
    const { doc } = build(text, { lines: [1, 8] }, { exclude: [{ lines: [8, 8], reason: 'footer' }] });
    expect(doc.excluded.map((e) => [e.from, e.to])).toEqual([
      [2, 2],
      [3, 3],
      [8, 8],
    ]);
  });

  it('an article given twice is reported once, by the parser, not again for its anchors', () => {
    const { diagnostics } = build('某某办法\n第一条 甲。\n第一条 乙。', {});
    expect(diagnostics.filter((d) => d.line === 3).map((d) => d.ruleId)).toEqual(['numbering', 'duplicate-article']);
  });

  it('paragraphs without provisions are published with a note; a commentary needs none', () => {
    const p = build('某法修正案\n为了惩治犯罪，对刑法作如下修改：', {});
    expect(p.diagnostics).toEqual([{ file: 'a.txt', line: 1, severity: 'info', ruleId: 'paragraphs-only', message: 'a: no articles or sections in lines 1-2; published as paragraphs' }]);
    expect(build('某某解读\n总的说来', { kind: 'commentary' }).diagnostics).toEqual([]);
    expect(build('某某办法\n现修改如下：', {}).diagnostics.map((d) => d.ruleId)).toEqual(['paragraphs-only']);
  });

  it('no body: an error saying what the lines hold', () => {
    const e = errors(build('某市实施《某法》办法\n1997年11月28日 某市人民代表大会常务委员会通过\n首页 正文', {}));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ file: 'a.txt', line: 1, ruleId: 'no-provisions' });
    expect(e[0].message).toBe(
      'a: nothing to publish in lines 1-3: it holds the title “某市实施《某法》办法” (line 1), 1 line(s) of 文号, dates or adoption history, 1 line(s) without a single sentence (site junk? “首页 正文”, line 3), but no text of the regulation itself (no articles 第一条…, sections 一、… or paragraphs). Add the missing text to the source, or leave this document out (remove it from content/sources/manifest.yaml)',
    );
    const long = errors(build(`${'甲'.repeat(45)}办法`, {}))[0].message;
    expect(long).toContain(`it holds the title “${'甲'.repeat(40)}” (line 1), but no text`);
    const notice = errors(build('中共某市委办公厅关于印发《某某办法》的通知\n某某办法', {}))[0].message;
    expect(notice).toContain('it holds the title “某某办法” (line 2), an issuing notice, 1 line(s) without a single sentence');
    const junk = errors(build('某某办法\n首页 > 新闻中心 > 通知公告 > 工作动态 > 正文内容', {}))[0].message;
    expect(junk).toContain('1 line(s) without a single sentence (site junk? “首页 > 新闻中心 > 通知公告 > 工”, line 2)');
  });

  it('an alias must point at an anchor the document has', () => {
    const b = build('某某办法\n第一条 甲。', { aliases: { 'art-7': 'art-1', 'art-8': 'art-9' } });
    expect(errors(b)).toEqual([{ file: 'a.txt', line: 1, severity: 'error', ruleId: 'alias-target', message: 'a: alias #art-8 points at #art-9, which the document does not have' }]);
    expect(b.doc.aliases).toEqual({ 'art-7': 'art-1', 'art-8': 'art-9' });
  });
});

describe('checkCoverage', () => {
  const source = (documents: { slug: string; lines: [number, number] }[], exclude: unknown[] = []) => sourceSpec.parse({ file: 'x.txt', documents, exclude });

  it('nothing to say when every non-blank line is in a document or excluded', () => {
    expect(checkCoverage(source([{ slug: 'a', lines: [2, 3] }], [{ lines: [1, 1], reason: 'junk' }, { line: 3, text: 'c', reason: 'part' }]), ['x', 'b', 'c', ' \u3000', ''])).toEqual([]);
  });

  it('runs of lines in no document, blank lines inside a run included, up to the last line of the file', () => {
    const d = checkCoverage(source([{ slug: 'a', lines: [3, 3] }]), ['a', '', 'b', 'c', '', 'd']);
    expect(d).toEqual([
      { file: 'x.txt', line: 1, severity: 'error', ruleId: 'unaccounted', message: 'lines 1-2 are in no document and not excluded; expected every line to be published or excluded with a reason' },
      { file: 'x.txt', line: 4, severity: 'error', ruleId: 'unaccounted', message: 'lines 4-6 are in no document and not excluded; expected every line to be published or excluded with a reason' },
    ]);
  });

  it('overlapping documents: the first shared line, once per document', () => {
    const d = checkCoverage(source([{ slug: 'a', lines: [1, 3] }, { slug: 'b', lines: [2, 4] }]), ['a', 'b', 'c', 'd']);
    // the second document's lines after the first shared one are not taken: reported as in no document
    expect(d).toEqual([
      { file: 'x.txt', line: 2, severity: 'error', ruleId: 'overlap', message: 'line 2 belongs to both a and b; expected document ranges not to overlap' },
      { file: 'x.txt', line: 4, severity: 'error', ruleId: 'unaccounted', message: 'lines 4-4 are in no document and not excluded; expected every line to be published or excluded with a reason' },
    ]);
  });

  it('a document range past the end of the file reports no line beyond it', () => {
    expect(checkCoverage(source([{ slug: 'a', lines: [1, 9] }]), ['a', 'b'])).toEqual([]);
  });
});
