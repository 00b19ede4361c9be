/**
 * /regulations/<slug>.docx read back with mammoth (an independent .docx
 * reader): every provision of the tree (number, heading, text, table cells)
 * appears in the file once and in the page's order, the 解读 after the
 * binding text; the package is A4 with 宋体/黑体 set for East Asian text,
 * article numbers are bold, and two packs give the same bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { documentDocx } from '../../../src/lib/export/document-docx.ts';
import type { ProvisionNode } from '../../../src/lib/tree.ts';

const corpus = getCorpus();
const REGULATIONS = corpus.documents.filter((d) => d.meta.class !== '评论');

/** What a reader sees of one node (its own line), in the page's order; 解读 subtrees after the binding text. */
function expectedTexts(root: ProvisionNode, title: string): { binding: string[]; interpretations: string[] } {
  const binding: string[] = [];
  const interpretations: string[] = [];
  const visit = (n: ProvisionNode, into: string[]) => {
    const target = n.kind === 'interpretation' ? interpretations : into;
    // the title block opening the document is the page's <h1> and the file's title, shown once
    const shownAsTitle = n.kind === 'title' && root.children[0] === n && n.text === title;
    const texts = shownAsTitle ? [] : [n.heading ?? '', n.text, ...(n.rows ?? []).flat().map((c) => c.text)];
    // a text's line breaks are Word line breaks, which mammoth's raw text drops: compare without them
    for (const t of texts.map((x) => x.split('\n').map((l) => l.trim()).join(''))) if (t) target.push(t);
    for (const c of n.children) visit(c, target);
  };
  visit(root, binding);
  return { binding, interpretations };
}

const count = (hay: string, needle: string) => hay.split(needle).length - 1;

async function readBack(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('the .docx export', () => {
  it('covers every regulation of the seeds', () => {
    expect(REGULATIONS.length).toBeGreaterThanOrEqual(7);
  });

  for (const doc of REGULATIONS) {
    it(`${doc.meta.slug}: every provision once, in order, 解读 apart`, async () => {
      const file = await readBack(await documentDocx(doc));
      // the head of the file: the title, then the metadata lines; the text follows
      expect(file[0]).toBe(doc.meta.title);
      let start = 1;
      while (/^(?:文号|发布机关|发布日期|施行日期|效力状态)：/.test(file[start] ?? '')) start++;
      const paras = file.slice(start);
      const all = paras.join('\n');
      const pageText = expectedTexts(doc.root, doc.meta.title);
      const expected = [...pageText.binding, ...pageText.interpretations];
      expect(expected.length).toBeGreaterThan(5);
      // in order: each text is found in a paragraph at or after the previous one
      let cursor = 0;
      for (const t of expected) {
        const at = paras.findIndex((p, i) => i >= cursor && p.includes(t));
        expect(at, `«${t.slice(0, 40)}» missing or out of order (after paragraph ${cursor}: «${paras[cursor]?.slice(0, 40)}»)`).toBeGreaterThanOrEqual(0);
        cursor = at;
      }
      // once: as often as the page's text has it (longer texts; short ones such as 合格 recur legitimately)
      const pageAll = expected.join('\n');
      for (const t of expected.filter((x) => x.length >= 8)) {
        expect(count(all, t), `«${t.slice(0, 40)}»`).toBe(count(pageAll, t));
      }
      if (doc.meta.docNumber) expect(file.slice(0, start)).toContain(`文号：${doc.meta.docNumber}`);
      if (doc.meta.issuer) expect(file.slice(0, start)).toContain(`发布机关：${doc.meta.issuer}`);
      if (pageText.interpretations.length) {
        const heading = paras.indexOf('解读');
        expect(heading).toBeGreaterThan(paras.findIndex((p) => p.includes(pageText.binding.at(-1)!)));
      } else {
        expect(paras).not.toContain('解读');
      }
    });
  }

  it('prints article numbers bold, on A4, with 宋体 body and 黑体 headings, in zh-CN', async () => {
    const files = unzipSync(await documentDocx(corpus.get('rizhao-polytechnic-2017')!));
    const body = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:r><w:rPr><w:rFonts [^>]*w:eastAsia="黑体"[^>]*\/><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">第六条　问责方式<\/w:t><\/w:r>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="宋体"[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:eastAsia="zh-CN"/);
  });

  it('is byte-identical when packed twice, whatever the clock says', async () => {
    const doc = corpus.get('ccp-accountability-2016')!;
    const a = await documentDocx(doc);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await documentDocx(doc);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(strFromU8(unzipSync(a)['docProps/core.xml']!)).toContain('2000-01-01T00:00:00Z');
  });
});
