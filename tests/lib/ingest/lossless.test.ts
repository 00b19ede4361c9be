/**
 * Losslessness: for every document, the text it publishes equals its source
 * lines minus the exclusions the manifest declares, with the declared
 * corrections, whitespace aside. What may be left out is computed from the
 * source and the manifest alone, never from the converter's output; the only
 * other lines the converter may leave out are in a small reviewed allow-list
 * (tests/fixtures/lossless-allow.yaml: the 2016 解读 part's repeats of each
 * article, checked equal to the article). The published side is read back
 * from the committed MDX (what the site renders). The source's text is the
 * file itself for .txt (decoded as imported: UTF-8, UTF-16, GB18030), and the
 * text extracted from it for .docx/.doc/.pdf/.html (scripts/lib/read-source.ts,
 * deterministic): manifest line numbers refer to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../../src/data/corpus.ts';
import { loadManifest } from '../../../scripts/lib/ingest-core.ts';
import { readSource } from '../../../scripts/lib/read-source.ts';
import { PATHS } from '../../../scripts/lib/paths.ts';
import { walk } from '../../../src/lib/tree.ts';
import { expectedText, leftOut, publishedText, squash, type Allowed } from '../../support/lossless.ts';

/** For comparing a 解读 repeat with its article: whitespace and character width aside. */
const fold = (s: string) => squash(s.normalize('NFKC'));

const ALLOW: Record<string, Allowed[]> = parseYaml(readFileSync(join(import.meta.dirname, '../../fixtures/lossless-allow.yaml'), 'utf8'));

const manifest = loadManifest();
const corpus = getCorpus();
const sourceLines = new Map<string, string[]>();
for (const source of manifest.sources) sourceLines.set(source.file, (await readSource(join(PATHS.sources, source.file), source)).lines);

describe('losslessness', () => {
  for (const source of manifest.sources) {
    const raw = sourceLines.get(source.file)!;
    for (const spec of source.documents) {
      const allowed = ALLOW[spec.slug] ?? [];
      it(`${spec.slug}: published text = source lines − declared exclusions − reviewed allow-list + corrections`, () => {
        const doc = corpus.get(spec.slug)!;
        expect(doc, `content/regulations/${spec.slug}.mdx`).toBeDefined();
        expect(publishedText(doc.root)).toBe(expectedText(raw, spec, source.exclude, allowed));
      });
      it(`${spec.slug}: every line left out is listed on the page with a reason`, () => {
        const doc = corpus.get(spec.slug)!;
        for (const e of doc.excluded) expect(e.reason.length, `${e.from}`).toBeGreaterThan(3);
        const listed = (n: number, text?: string) => doc.excluded.some((e) => e.from <= n && n <= e.to && (text === undefined || e.text === undefined || e.text === text));
        const { whole } = leftOut(source.exclude);
        for (const n of whole) if (n >= spec.lines[0] && n <= spec.lines[1] && raw[n - 1]?.trim()) expect(listed(n), `manifest exclusion, line ${n}`).toBe(true);
        for (const a of allowed) for (let n = a.lines[0]; n <= a.lines[1]; n++) if (raw[n - 1]!.trim()) expect(listed(n, a.text), `allow-listed line ${n}`).toBe(true);
      });
    }
  }
});

describe('the allow-list (tests/fixtures/lossless-allow.yaml)', () => {
  for (const [slug, entries] of Object.entries(ALLOW)) {
    const source = manifest.sources.find((s) => s.documents.some((d) => d.slug === slug))!;
    const raw = sourceLines.get(source.file)!;
    const said = (a: Allowed) => a.text ?? raw.slice(a.lines[0] - 1, a.lines[1]).join('');
    it(`${slug}: each repeat says exactly what its article says`, () => {
      const doc = corpus.get(slug)!;
      const byArticle = new Map<string, string>();
      for (const a of entries) if (a.repeats) byArticle.set(a.repeats, (byArticle.get(a.repeats) ?? '') + said(a));
      expect(byArticle.size).toBeGreaterThan(0);
      for (const [id, text] of byArticle) {
        const article = [...walk(doc.root)].map(([n]) => n).find((n) => n.id === id);
        expect(article, id).toBeDefined();
        expect(fold(text), id).toBe(fold(publishedText(article!, (n) => n.kind === 'interpretation')));
      }
    });
    it(`${slug}: every other entry is a heading, as written, with a reason`, () => {
      for (const a of entries.filter((x) => !x.repeats)) {
        expect(a.heading && a.reason, JSON.stringify(a)).toBeTruthy();
        expect(squash(said(a))).toBe(squash(a.heading!));
      }
    });
  }
});
