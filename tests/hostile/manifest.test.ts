/**
 * Hostile manifests and misuse of the ingest CLI (see manifest-cases.ts),
 * each in a temporary copy of content/; in-process, but for the cases marked
 * `process` and the unknown option, which run the program (harness.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, assertNoCrash, measure } from './cases.ts';
import { makeSandbox, runIngest } from './harness.ts';
import { MANIFEST_CASES, refused, runManifestCase } from './manifest-cases.ts';

describe('ingest with a hostile manifest', () => {
  for (const c of MANIFEST_CASES) it(c.name, () => runManifestCase(c), 60_000);
});

describe('ingest FILE.txt misused', () => {
  it('a file that does not exist', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [join(sb.dir, 'nope.txt')], /nope\.txt/);
    } finally {
      sb.cleanup();
    }
  });

  it('a file of a format the importer does not read', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [sb.file('measure.rtf', measure(ARTICLES))], /measure\.rtf: not a supported format; expected \.txt, \.docx/);
    } finally {
      sb.cleanup();
    }
  });

  it('a text saved under a .docx name', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [sb.file('measure.docx', measure(ARTICLES))], /measure\.docx: not a \.docx: the file is not a zip package/);
    } finally {
      sb.cleanup();
    }
  });

  it('an unknown option', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, ['--frobnicate'], /frobnicate/, 'process');
    } finally {
      sb.cleanup();
    }
  });

  it('the same file twice', async () => {
    const sb = makeSandbox();
    try {
      const file = sb.file('twice.txt', measure(ARTICLES));
      const first = await runIngest(sb, [file, '--slug', 'twice']);
      assertNoCrash(first);
      expect(first.status, first.stderr).toBe(0);
      await refused(sb, [file, '--slug', 'twice-again'], /twice\.txt.*already/);
    } finally {
      sb.cleanup();
    }
  });

  it('a slug already used', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [sb.file('taken.txt', measure(ARTICLES)), '--slug', 'rizhao-polytechnic-2017'], /rizhao-polytechnic-2017/);
    } finally {
      sb.cleanup();
    }
  });

  it('a rejected encoding leaves content/ unchanged', async () => {
    const sb = makeSandbox();
    try {
      await refused(sb, [sb.file('latin1.txt', Buffer.from('636166e9206175206c6169740a', 'hex')), '--slug', 'latin1'], /latin1\.txt:1: unknown encoding/);
    } finally {
      sb.cleanup();
    }
  });
});
