/** Match a line against the numbering table (MARKERS in src/lib/levels.ts). */
import { foldTraditional, MARKERS, type Level, type ListStyle } from '../levels.ts';
import { parseNumber } from '../numerals.ts';

export interface Classified {
  level: Level;
  style?: ListStyle;
  num: string;
  ordinal: number;
  suffix?: number;
  rest: string;
}

export function classify(original: string): Classified | null {
  // ⒈ ⑴ (one-character enclosed numerals) read as 1. and (1), 第一條 as 第一条; the num keeps what was written.
  const text = foldTraditional(original.replace(/^[\u2474-\u249b]/u, (ch) => ch.normalize('NFKC')));
  for (const m of MARKERS) {
    const match = m.re.exec(text);
    if (!match) continue;
    const ordinal = parseNumber(match[1]);
    if (ordinal === null || ordinal === 0) continue;
    const suffix = match[2] ? (parseNumber(match[2]) ?? undefined) : undefined;
    // the rest as written (the folding above keeps lengths past the first character)
    const rest = original.slice(original.length - (match[3] ?? '').length);
    const num = original.slice(0, original.length - rest.length).replace(/[\s\u3000]+$/u, '');
    return { level: m.level, style: m.style, num, ordinal, suffix, rest };
  }
  return null;
}

