/**
 * Hostile curation files (content/crosswalk/*.yaml) for `npm run crosswalk`,
 * which reads exactly what the site build reads: each must be refused with a
 * message naming file:line and a non-zero exit; never a stack trace or a hang.
 * A decision pointing at an anchor that no longer exists is one of them.
 * In-process, but for the cases marked `process` (harness.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoCrash } from './cases.ts';
import { makeSandbox, runCrosswalk } from './harness.ts';

interface CurationCase {
  name: string;
  yaml: string;
  /** The text of the line the message must point at. */
  at: string;
  /** And what it must say. */
  says?: RegExp;
  /** Run `npm run crosswalk` as a program rather than in-process (harness.ts). */
  process?: boolean;
}

const decision = (from: string, to: string, action: string, extra = '') => `decisions:\n  - from: ${from}\n    to: ${to}\n    action: ${action}\n${extra}`;

const CASES: CurationCase[] = [
  {
    name: 'an anchor that disappeared (local side)',
    yaml: decision('rizhao-polytechnic-2017#art-99', 'ccp-accountability-2016#art-5', 'add'),
    at: 'rizhao-polytechnic-2017#art-99',
    says: /art-99/,
  },
  {
    name: 'an anchor that disappeared (parent side)',
    yaml: decision('rizhao-polytechnic-2017#art-6', 'ccp-accountability-2016#art-14', 'confirm'),
    at: 'ccp-accountability-2016#art-14',
    says: /art-14/,
  },
  { name: 'a document that does not exist', yaml: decision('no-such-measure#art-1', 'ccp-accountability-2016#art-5', 'add'), at: 'no-such-measure#art-1', says: /no-such-measure/ },
  { name: 'a reference without #anchor', yaml: decision('rizhao-polytechnic-2017-art-6', 'ccp-accountability-2016#art-5', 'add'), at: 'rizhao-polytechnic-2017-art-6' },
  { name: 'an unknown action', yaml: decision('rizhao-polytechnic-2017#art-6', 'ccp-accountability-2016#art-5', 'maybe'), at: 'action: maybe', says: /maybe/ },
  { name: 'an unknown relation', yaml: decision('rizhao-polytechnic-2017#art-6', 'ccp-accountability-2016#art-5', 'add', '    relation: cousin\n'), at: 'relation: cousin' },
  { name: 'a misspelt key', yaml: 'decisions:\n  - from: rizhao-polytechnic-2017#art-6\n    to: ccp-accountability-2016#art-5\n    acton: add\n', at: '' },
  { name: 'decisions of the wrong type', yaml: 'decisions: yes\n', at: 'decisions: yes' },
  { name: 'a number where a reference is expected', yaml: decision('42', 'ccp-accountability-2016#art-5', 'add'), at: 'from: 42' },
  { name: 'invalid YAML', yaml: 'decisions:\n  - from: [rizhao-polytechnic-2017#art-6\n    to: x\n', at: '', process: true },
  { name: 'a rejection with a relation', yaml: decision('rizhao-polytechnic-2017#art-6', 'ccp-accountability-2016#art-5', 'reject', '    relation: restates\n'), at: 'relation: restates' },
];

function lineOf(text: string, needle: string): number | null {
  if (!needle) return null;
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line holds ${needle}`);
  return i + 1;
}

describe('npm run crosswalk with a hostile curation file', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const sb = makeSandbox();
      try {
        mkdirSync(join(sb.content, 'crosswalk'), { recursive: true });
        writeFileSync(join(sb.content, 'crosswalk', 'hostile.yaml'), c.yaml);
        const r = await runCrosswalk(sb, [], 60_000, c.process ? 'process' : 'in-process');
        assertNoCrash(r);
        expect(r.status, `expected a refusal; stderr:\n${r.stderr}`).toBeGreaterThan(0);
        const line = lineOf(c.yaml, c.at);
        // the culprit's line, or (for a problem found on a decision as a whole) the line its list entry starts on
        const want = line === null ? /hostile\.yaml:\d+/ : new RegExp(`hostile\\.yaml:(${line}|${entryLine(c.yaml, line)})\\b`);
        expect(r.stderr, `message names the place (${want})`).toMatch(want);
        if (c.says) expect(r.stderr).toMatch(c.says);
      } finally {
        sb.cleanup();
      }
    }, 60_000);
  }
});

/** The line of the `- ` that starts the list entry holding `line`. */
function entryLine(text: string, line: number): number {
  const lines = text.split('\n');
  for (let i = line - 1; i >= 0; i--) if (/^\s*- /.test(lines[i])) return i + 1;
  return line;
}
