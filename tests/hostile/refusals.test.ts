/**
 * Inputs the converter must refuse, with the error on the right line, and
 * additions that must leave content/ exactly as it was.
 */
import { describe, it } from 'vitest';
import { ARTICLES, measure, REFUSED_CASES, runCase } from './cases.ts';
import { makeSandbox } from './harness.ts';
import { once, refused, runManifestCase } from './manifest-cases.ts';

describe('refusals: junk, misplaced manifest errors, and additions that must leave content/ unchanged', () => {
  for (const c of REFUSED_CASES) it(`ingest FILE: ${c.name} (${c.expect})`, () => runCase(c), 120_000);

  it('manifest: a misspelt key is reported on its own line, not on the first key of its map', () =>
    runManifestCase({ name: 'misspelt key', edit: once('issuer: 中共日照职业技术学院委员会', 'isuer: 中共日照职业技术学院委员会'), at: 'isuer:' }), 60_000);

  it('manifest: a missing source file is reported on its entry, not on line 1', () =>
    runManifestCase({ name: 'missing source', edit: once('file: 001_a610aba6f53ab87f.txt', 'file: 999_missing.txt'), at: 'file: 999_missing.txt' }), 60_000);

  it('manifest: an unknown parent is reported on its line, not on line 1', () =>
    runManifestCase({ name: 'unknown parent', edit: once('parents: [{ slug: ccp-accountability-2016', 'parents: [{ slug: no-such-parent-2016'), at: 'no-such-parent-2016' }), 60_000);

  it('ingest FILE: a file refused for duplicate numbers leaves content/ unchanged (no manifest entry, no copied source)', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [sb.file('dup.txt', measure([ARTICLES[0], ARTICLES[1], '第二条　重复。'])), '--slug', 'dup'], /dup\.txt:5/);
    } finally {
      sb.cleanup();
    }
  }, 60_000);

  it('ingest FILE: a bad --slug is refused naming the slug, and leaves content/ unchanged', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [sb.file('badslug.txt', measure(ARTICLES)), '--slug', 'Bad Slug!'], /Bad Slug!/);
    } finally {
      sb.cleanup();
    }
  }, 60_000);

  it('ingest FILE: an unknown --parent is refused naming the parent, and leaves content/ unchanged', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [sb.file('orphan.txt', measure(ARTICLES)), '--slug', 'orphan', '--parent', 'no-such-parent-2016'], /no-such-parent-2016/);
    } finally {
      sb.cleanup();
    }
  }, 60_000);
});
