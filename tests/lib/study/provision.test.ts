/** A study sheet's provision from the JSON export: found by anchor or alias, cited as the page cites it, its text complete. */
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { getCrosswalk } from '../../../src/data/crosswalk.ts';
import { documentExportOf } from '../../../src/lib/export/document-json.ts';
import { studyProvision } from '../../../src/lib/study/provision.ts';
import { citationFor } from '../../../src/lib/citation.ts';
import { fullText, walk } from '../../../src/lib/tree.ts';

const corpus = getCorpus();
const links = getCrosswalk().links;
const exported = (slug: string) => JSON.parse(JSON.stringify(documentExportOf(corpus.get(slug)!, links)));

describe('a provision of a study sheet', () => {
  it('cites every article of every regulation as the page does, with its whole text', () => {
    let n = 0;
    for (const doc of corpus.documents.filter((d) => d.meta.class !== '评论')) {
      const data = exported(doc.meta.slug);
      for (const [node, ancestors] of walk(doc.root)) {
        if ((node.kind !== 'article' && node.kind !== 'section') || !node.id) continue;
        const p = studyProvision(data, node.id)!;
        expect(p.citation).toBe(citationFor(doc.meta, [...ancestors, node]));
        expect(p.path).toBe(`/regulations/${doc.meta.slug}/#${node.id}`);
        const shown = p.blocks.map((b) => [b.lead, b.text].filter(Boolean).join('')).join('');
        const squash = (s: string) => s.replace(/\s|　/g, '');
        // every character of the binding text (解读 aside) is on the sheet, in order
        const binding = { ...node, children: node.children.filter((c) => c.kind !== 'interpretation') };
        for (const piece of fullText(binding).split('\n')) expect(squash(shown)).toContain(squash(piece));
        n++;
      }
    }
    expect(n).toBeGreaterThan(80);
  });

  it('answers null for an unknown anchor', () => {
    expect(studyProvision(exported('rizhao-polytechnic-2017'), 'art-99')).toBeNull();
  });

  it('follows an alias to the current anchor', () => {
    const data = exported('rizhao-polytechnic-2017');
    data.aliases = { 'art-60': 'art-6' };
    expect(studyProvision(data, 'art-60')?.anchor).toBe('art-6');
  });
});
