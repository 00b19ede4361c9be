/**
 * The build's access to the corpus (src/data/corpus.ts) holds every document's
 * metadata and reads a document's tree only when asked for, through a bounded
 * LRU cache: memory bounded by the cache, not by the corpus (issue 10, goal 1).
 * Fails if the corpus loads every tree and keeps it, or if asking for one
 * document reads more than that document's file.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, TreeSpill } from '../../src/data/corpus.ts';
import { readMdx } from '../../src/lib/mdx/read.ts';
import { readFileSync } from 'node:fs';

const seeds = join(process.cwd(), 'content/regulations');
const dir = mkdtempSync(join(tmpdir(), 'tiaowen-corpus-'));
cpSync(seeds, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
const slugs = files.map((f) => readMdx(readFileSync(join(dir, f), 'utf8'), f).meta.slug);

describe('corpus: metadata held, trees read on demand through a bounded cache', () => {
  it('reads each file once to index the corpus, and holds no tree after', () => {
    const corpus = loadCorpus(dir, 2);
    expect(files.length).toBeGreaterThan(4);
    expect(corpus.reads()).toBe(files.length);
    // metadata and listing use no read
    expect(corpus.documents.map((d) => d.meta.slug)).toEqual(slugs);
    expect(corpus.has(slugs[0]!)).toBe(true);
    expect(corpus.versionMetas(slugs[0]!).length).toBe(1);
    expect(corpus.reads()).toBe(files.length);
  });

  it('reads one file for one document, and answers again from the cache', () => {
    const corpus = loadCorpus(dir, 2);
    const before = corpus.reads();
    const doc = corpus.get(slugs[1]!)!;
    expect(doc.meta.slug).toBe(slugs[1]);
    expect(corpus.reads()).toBe(before + 1);
    expect(corpus.get(slugs[1]!)).toBe(doc);
    expect(corpus.documents[1]!.root).toBe(doc.root);
    expect(corpus.reads()).toBe(before + 1);
    expect(corpus.get('no-such-document')).toBeUndefined();
    expect(corpus.reads()).toBe(before + 1);
  });

  it('keeps at most the cache size of documents: a pass over every tree reads each once and keeps two', () => {
    const corpus = loadCorpus(dir, 2);
    const before = corpus.reads();
    for (const d of corpus.documents) expect(d.root.children.length).toBeGreaterThan(0);
    expect(corpus.reads()).toBe(before + files.length);
    // the last two are still held; the first was dropped and is read again
    corpus.get(slugs.at(-1)!);
    corpus.get(slugs.at(-2)!);
    expect(corpus.reads()).toBe(before + files.length);
    corpus.get(slugs[0]!);
    expect(corpus.reads()).toBe(before + files.length + 1);
  });

  it('gives a reference the same content as the document read from its file', () => {
    const corpus = loadCorpus(dir, 1);
    for (const [i, ref] of corpus.documents.entries()) {
      expect(JSON.stringify(ref)).toBe(JSON.stringify(corpus.get(slugs[i]!)));
      expect(corpus.versions(slugs[i]!).map((v) => v.meta)).toEqual(corpus.versionMetas(slugs[i]!));
    }
  });
});

describe('corpus: each document parsed once per process (TreeSpill)', () => {
  it('parses every document once, however many passes and routes read it, and gives the same trees', () => {
    const corpus = loadCorpus(dir, 1, new TreeSpill());
    const plain = loadCorpus(dir, 1, null);
    expect(corpus.parses()).toBe(files.length);
    for (let pass = 0; pass < 3; pass++) {
      for (const [i, ref] of corpus.documents.entries()) {
        expect(ref.root.children.length).toBeGreaterThan(0);
        // what a route reads is what parsing the file gives: metadata, tree, aliases, versions, history
        expect(corpus.get(slugs[i]!)).toEqual(plain.get(slugs[i]!));
        expect(corpus.versions(slugs[i]!)).toEqual(plain.versions(slugs[i]!));
        expect(corpus.history(slugs[i]!)).toEqual(plain.history(slugs[i]!));
        expect(JSON.stringify(ref)).toBe(JSON.stringify(plain.documents[i]));
      }
    }
    expect(corpus.reads()).toBeGreaterThan(3 * files.length);
    expect(corpus.parses()).toBe(files.length);
    // without the spill, every read parses
    expect(plain.parses()).toBe(plain.reads());
  });

  it('parses a document again when its file changed', () => {
    const own = mkdtempSync(join(tmpdir(), 'tiaowen-corpus-'));
    try {
      cpSync(seeds, own, { recursive: true });
      const corpus = loadCorpus(own, 1, new TreeSpill());
      const file = join(own, files[1]!);
      const text = readFileSync(file, 'utf8');
      const title = corpus.get(slugs[1]!)!.root.children[0]!;
      corpus.get(slugs[0]!);
      expect(corpus.parses()).toBe(files.length);
      writeFileSync(file, `${text}\n`);
      corpus.get(slugs[1]!);
      expect(corpus.parses()).toBe(files.length + 1);
      expect(corpus.get(slugs[1]!)!.root.children[0]).toEqual(title);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
