/**
 * Render tests of the 修订对照表 and the version list (Astro container API),
 * on real revisions (tests/fixtures/versions/): the page markup without a build.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import VersionChanges from '../../src/components/VersionChanges.astro';
import VersionList from '../../src/components/VersionList.astro';
import { buildHistory } from '../../src/lib/versions/history.ts';
import { versionList } from '../../src/lib/versions/model.ts';
import { changeTable } from '../../src/lib/versions/table.ts';
import { fixtureDoc } from '../support/versions.ts';

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

describe('VersionChanges', () => {
  it('renders each change as a row with both columns, a merge with both old numbers, and unique ids', async () => {
    const h = buildHistory([fixtureDoc('state-council-organisation', '1982-12-10', 'sco', '1982-12-10'), fixtureDoc('state-council-organisation', '2024-03-11', 'sco', '2024-03-11')]);
    const container = await AstroContainer.create();
    const html = await container.renderToString(VersionChanges, { props: { slug: 'sco', title: '中华人民共和国国务院组织法', from: '1982-12-10', to: '2024-03-11', table: changeTable(h.steps[0]!) } });
    expect(html).toContain('《中华人民共和国国务院组织法》修订对照表');
    const rowIds = [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    expect(rowIds).toContain('art-5');
    expect(rowIds).toContain('deleted-art-1');
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    const merged = /<tr id="art-5"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(merged).toMatch(/href="\/regulations\/sco\/1982-12-10\/#art-2"[^>]*>第二条<\/a>[\s\S]*href="\/regulations\/sco\/1982-12-10\/#art-6"[^>]*>第六条<\/a>/);
    expect(merged).toMatch(/href="\/regulations\/sco\/2024-03-11\/#art-5"[^>]*>第五条<\/a>/);
    // the summary counts what the alignment found
    expect(html).toMatch(/合并1处/);
    expect(html).toMatch(/移动1条/);
  });
});

describe('VersionList', () => {
  it('lists the versions newest first with their status; the shown one is not a link; each revision links its 修订对照表', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(VersionList, { props: { slug: 'h', versions: versionList(['2013-12-11', '2024-11-10'], 'unknown'), shown: '2013-12-11' } });
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(/2024年11月10日版 现行有效 修订对照表 2013年12月11日版 已被修订/);
    expect(html).toMatch(/<strong aria-current="page"[^>]*>2013年12月11日版<\/strong>/);
    expect(html).toContain('href="/regulations/h/2024-11-10/"');
    expect(html).toContain('href="/regulations/h/changes/2024-11-10/"');
    expect(html).not.toContain('href="/regulations/h/changes/2013-12-11/"');
  });

  it('renders nothing for a document with one version', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(VersionList, { props: { slug: 'h', versions: versionList(['2024-11-10'], 'unknown'), shown: '2024-11-10' } });
    expect(html.trim()).toBe('');
  });
});
