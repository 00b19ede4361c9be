/** The /import-report/ page body: counts, refusals with reasons, and hostile file names rendered as text. */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ImportReportView from '../../src/components/ImportReportView.astro';
import { importReport } from '../../src/schemas/import-report.ts';

const report = importReport.parse({
  version: 1,
  strict: false,
  summary: { accepted: 1, warnings: 1, refused: 1, unchanged: 0, skipped: 1 },
  files: [
    { input: 'inbox/a.txt', status: 'accepted', slug: 'a', source: 'a.txt' },
    { input: 'inbox/b.html', status: 'warnings', slug: 'b', title: '某办法', encoding: 'gb18030', diagnostics: ['inbox/b.html (extracted text):1: warning: the encoding is a guess [format]'], diagnosticCount: 1 },
    { input: 'inbox/<script>alert(1)</script>.docx', status: 'refused', reason: 'inbox/x.docx: corrupt .docx: the zip package cannot be read', diagnostics: [], diagnosticCount: 0 },
    { input: 'inbox/photo.jpg', status: 'skipped', reason: 'not a supported format' },
  ],
});

describe('ImportReportView', () => {
  it('shows the counts, each refused file with its reason, the warnings and the accepted', async () => {
    const container = await AstroContainer.create();
    const html = (await container.renderToString(ImportReportView, { props: { report } })).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
    expect(html).toContain('<h1>导入报告</h1>');
    expect(html).toMatch(/<th scope="row">拒绝<\/th><td>1<\/td>/);
    expect(html).toContain('被拒绝的文件（1）');
    expect(html).toContain('corrupt .docx: the zip package cannot be read');
    expect(html).toContain('the encoding is a guess');
    expect(html).toContain('href="/regulations/a/"');
    expect(html).toContain('跳过：<code>inbox/photo.jpg</code>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says so when there is no report', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ImportReportView, { props: { report: null } });
    expect(html).toContain('尚无导入报告');
  });

  it('a section longer than perSection shows its first files and links to its own paginated list', async () => {
    const many = importReport.parse({
      version: 1,
      strict: false,
      summary: { accepted: 5, warnings: 0, refused: 0, unchanged: 0, skipped: 0 },
      files: [1, 2, 3, 4, 5].map((i) => ({ input: `inbox/m${i}.txt`, status: 'accepted', slug: `m${i}`, source: `m${i}.txt` })),
    });
    const container = await AstroContainer.create();
    const html = await container.renderToString(ImportReportView, { props: { report: many, perSection: 2 } });
    expect([...html.matchAll(/href="\/regulations\/(m\d)\/"/g)].map((m) => m[1])).toEqual(['m1', 'm2']);
    expect(html).toContain('href="/import-report/accepted/"');
    expect(html).toContain('全部 5 个接受的文件');
    expect(html).toContain('接受（5）');
    // Without a bound, everything is listed and nothing links onwards.
    const all = await container.renderToString(ImportReportView, { props: { report: many } });
    expect([...all.matchAll(/href="\/regulations\/(m\d)\/"/g)]).toHaveLength(5);
    expect(all).not.toContain('/import-report/accepted/');
  });
});
