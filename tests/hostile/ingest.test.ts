/**
 * Hostile inputs for `npm run ingest -- FILE.txt` (see cases.ts), each run in
 * a temporary copy of content/.
 */
import { describe, it } from 'vitest';
import { CASES, runCase } from './cases.ts';

describe('ingest FILE.txt with hostile input', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.expect})`, () => runCase(c), (c.timeoutMs ?? 60_000) * 2);
  }
});
