/**
 * Hostile manifests (content/sources/manifest.yaml) and the contract for a
 * refusal: a clear message naming file:line, a non-zero exit, nothing
 * written; never a stack trace or a hang.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { assertNoCrash } from './cases.ts';
import { makeSandbox, runIngest, type RunMode, type Sandbox } from './harness.ts';

export interface ManifestCase {
  name: string;
  /** Turn the real manifest into the hostile one. */
  edit: (text: string) => string;
  /** The text of the line the message must point at (its line number is looked up in the edited manifest). */
  at: string;
  /** Which file the message names, when it is not the manifest. */
  file?: RegExp;
  /** A YAML syntax error may be detected on the line after the culprit: accept that one too. */
  orNextLine?: boolean;
  /** Run `ingest` as a program rather than in-process (harness.ts). */
  process?: boolean;
}

/** Replace the first occurrence of `find`, failing loudly when the fixture drifted. */
export function once(find: string, replace: string) {
  return (text: string) => {
    if (!text.includes(find)) throw new Error(`the manifest no longer contains ${JSON.stringify(find)}; update the test`);
    return text.replace(find, replace);
  };
}

export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line holds ${JSON.stringify(needle)}`);
  return i + 1;
}

export async function runManifestCase(c: ManifestCase): Promise<void> {
  const sb = makeSandbox();
  try {
    const path = join(sb.content, 'sources/manifest.yaml');
    const edited = c.edit(readFileSync(path, 'utf8'));
    writeFileSync(path, edited);
    const before = sb.snapshot();
    const r = await runIngest(sb, [], 60_000, c.process ? 'process' : 'in-process');
    assertNoCrash(r);
    expect(r.status, `expected a refusal; stderr:\n${r.stderr}`).toBeGreaterThan(0);
    const line = c.file ? 0 : lineOf(edited, c.at);
    const want = c.file ? c.file : new RegExp(`manifest\\.yaml:(${line}${c.orNextLine ? `|${line + 1}` : ''})\\b`);
    expect(r.stderr, `message names the place (${want})`).toMatch(want);
    expect(sb.snapshot(), 'nothing written').toEqual(before);
  } finally {
    sb.cleanup();
  }
}

export const MANIFEST_CASES: ManifestCase[] = [
  { name: 'a range of the wrong type', edit: once('lines: [1, 93]', 'lines: abc'), at: 'lines: abc' },
  { name: 'a number where a string is expected', edit: once('shortTitle: 日照职院党建工作问责办法', 'shortTitle: 42'), at: 'shortTitle: 42' },
  { name: 'a class outside the list', edit: once('class: 党内规范性文件', 'class: 法律'), at: 'class: 法律' },
  { name: 'a range backwards', edit: once('lines: [1, 93]', 'lines: [93, 1]'), at: 'lines: [93, 1]' },
  { name: 'a date that is not a date', edit: once("issued: '2016-07-08'", "issued: '2016-13-45'"), at: "issued: '2016-13-45'" },
  { name: 'invalid YAML (unclosed bracket)', edit: once('lines: [1, 93]', 'lines: [1, 93'), at: 'lines: [1, 93', orNextLine: true, process: true },
  { name: 'a duplicate key', edit: once('        lines: [1, 93]\n', '        lines: [1, 93]\n        lines: [1, 94]\n'), at: 'lines: [1, 94]' },
  { name: 'a list instead of a map', edit: () => '- 000_08f3b235e1e70cc8.txt\n- 001_a610aba6f53ab87f.txt\n', at: '- 000_08f3b235e1e70cc8.txt' },
  { name: 'a slug with capitals and spaces', edit: once('slug: rizhao-polytechnic-2017', 'slug: Rizhao Polytechnic'), at: 'slug: Rizhao Polytechnic' },
  { name: 'a correction whose text is not in its line', edit: once("find: '重4 大'", "find: '重5 大'"), at: '', file: /002_6130ac9a09b5cae8\.txt:80\b/ },
  { name: 'a version that is not a date', edit: once('        lines: [1, 93]\n', "        lines: [1, 93]\n        version: '2017-13-01'\n"), at: "version: '2017-13-01'" },
  {
    name: 'two entries of one slug, one without its version date',
    edit: once('slug: party-building-target-responsibility\n        lines: [1, 37]\n', "slug: rizhao-polytechnic-2017\n        lines: [1, 37]\n        version: '2018-01-01'\n"),
    at: 'slug: rizhao-polytechnic-2017',
  },
  {
    name: 'the same version date twice',
    edit: (t) =>
      once('slug: party-building-target-responsibility\n        lines: [1, 37]\n', "slug: rizhao-polytechnic-2017\n        lines: [1, 37]\n        version: '2017-06-21'\n")(
        once('        lines: [1, 93]\n', '        lines: [1, 93]\n        version: 2017-06-21\n')(t),
      ),
    at: "version: '2017-06-21'",
  },
  { name: 'a range past the end of the file', edit: once('lines: [1, 93]', 'lines: [1, 9300]'), at: '', file: /(000_08f3b235e1e70cc8\.txt|manifest\.yaml):\d+/ },
];

/** Misuse of `ingest FILE.txt`: refused with a clear message, content/ unchanged. */
export async function refused(sb: Sandbox, args: string[], message: RegExp, mode: RunMode = 'in-process'): Promise<void> {
  const before = sb.snapshot();
  const r = await runIngest(sb, args, 60_000, mode);
  assertNoCrash(r);
  expect(r.status, `expected a refusal; stderr:\n${r.stderr}`).toBeGreaterThan(0);
  expect(r.stderr).toMatch(message);
  expect(sb.snapshot(), 'nothing written').toEqual(before);
}

