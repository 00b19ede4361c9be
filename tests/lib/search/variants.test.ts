/**
 * Traditional and simplified are one in search (issue #12 item 4): the
 * single-character table the browser folds with (src/lib/search/variant-map.ts)
 * against OpenCC itself (opencc-js), and the folding in the normaliser, the
 * query, the excerpt and the records.
 */
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { singleCharacterPairs, toSimplified } from '../../../src/lib/chinese-variants.ts';
import { VARIANT_PAIRS } from '../../../src/lib/search/variant-map.ts';
import { foldVariant, normalizeForSearch, tailPairs } from '../../../src/lib/search/text.ts';
import { prepareQuery, textContains } from '../../../src/lib/search/query.ts';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';
import { readableContent, recordContent, simplifiedText, TAIL_MARK } from '../../../src/lib/search/records.ts';
import { variantMapSource } from '../../../scripts/gen-variants.ts';
import { readFileSync } from 'node:fs';
import { getCorpus } from '../../../src/data/corpus.ts';
import { searchUnits } from '../../../src/lib/search/records.ts';

const toTaiwan = Converter({ from: 'cn', to: 'tw' });
const toHongKong = Converter({ from: 'cn', to: 'hk' });

describe('the variant table', () => {
  it('is the file `npm run gen:variants` writes from the installed opencc-js (run it when this fails)', () => {
    expect(readFileSync(new URL('../../../src/lib/search/variant-map.ts', import.meta.url), 'utf8')).toBe(variantMapSource(singleCharacterPairs()));
  });

  it('holds pairs of single code points, each traditional form once', () => {
    const cps = [...VARIANT_PAIRS];
    expect(cps.length % 2).toBe(0);
    expect(cps.length / 2).toBeGreaterThan(2500);
    const keys = cps.filter((_, i) => i % 2 === 0);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('folds each character as OpenCC does on its own', () => {
    const cps = [...VARIANT_PAIRS];
    for (let i = 0; i < cps.length; i += 2) expect(toSimplified(cps[i]!), cps[i]).toBe(cps[i + 1]);
  });

  it('agrees with OpenCC on whole texts: the seeds written in Taiwan and Hong Kong forms fold back to the seeds', () => {
    const texts = getCorpus().documents.flatMap((d) => searchUnits(d).map((u) => u.text));
    let chars = 0;
    let differ = 0;
    for (const t of texts) {
      for (const trad of [toTaiwan(t), toHongKong(t)]) {
        const ours = [...trad].map(foldVariant).join('');
        const opencc = toSimplified(trad);
        const a = [...ours];
        const b = [...opencc];
        expect(a.length).toBe(b.length);
        chars += a.length;
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
      }
    }
    expect(chars).toBeGreaterThan(50_000);
    // OpenCC converts a few characters only inside phrases; the table folds characters alone.
    expect(differ / chars).toBeLessThan(0.001);
  });
});

describe('folding in search', () => {
  it('normalises traditional and simplified to the same string', () => {
    expect(normalizeForSearch('問責、誡勉')).toBe('问责诫勉');
    expect(normalizeForSearch('问责、诫勉')).toBe('问责诫勉');
    expect(normalizeForSearch('中共中山大學委員會貫徹落實《中國共產黨問責條例》實施細則')).toBe('中共中山大学委员会贯彻落实中国共产党问责条例实施细则');
  });

  it('matches a traditional query in a simplified text and the other way round', () => {
    expect(textContains('（二）诫勉。对失职失责、情节较轻的', prepareQuery('誡勉').normalized)).toBe(true);
    expect(textContains('（二）誡勉。對失職失責、情節較輕的', prepareQuery('诫勉').normalized)).toBe(true);
    expect(prepareQuery('問責').pieces).toEqual(['问责']);
    expect(textContains('问责', prepareQuery('問題').normalized)).toBe(false);
  });

  it('highlights the characters as written in the text', () => {
    expect(buildExcerpt('對黨組織的問責方式包括：檢查、通報、改組。', prepareQuery('问责方式').normalized)).toBe('對黨組織的<mark>問責方式</mark>包括：檢查、通報、改組。');
    expect(buildExcerpt('对党组织的问责方式', prepareQuery('問責方式').normalized)).toBe('对党组织的<mark>问责方式</mark>');
  });

  it('gives the index the simplified form of a traditional text, and shows only the text as written', () => {
    expect(simplifiedText('问责')).toBeNull();
    expect(simplifiedText('問責、誡勉')).toBe('问责、诫勉');
    const c = recordContent('問責、誡勉');
    expect(c).toBe(`問責、誡勉\n${TAIL_MARK}\n问责、诫勉\n责诫`);
    expect(readableContent(c)).toBe('問責、誡勉');
    expect(tailPairs('問責、誡勉')).toEqual(['责诫']);
  });
});
