/** parseEachYaml passes on an error that is not a validation error as it is (src/lib/yaml-validate.ts): the caller sees the real fault. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseEachYaml } from '../../src/lib/yaml-validate.ts';
import { errorOf } from '../support/thrown.ts';

describe('parseEachYaml', () => {
  it('rethrows any other error unchanged, and collects nothing for it', () => {
    const fault = new RangeError('the schema itself failed');
    const schema = z.string().transform(() => {
      throw fault;
    });
    const errors: never[] = [];
    expect(errorOf(() => parseEachYaml([{ file: 'a.yaml', text: 'x' }], schema, errors), RangeError)).toBe(fault);
    expect(errors).toEqual([]);
  });
});
