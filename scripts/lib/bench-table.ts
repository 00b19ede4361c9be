/** A plain-text table: what every benchmark section returns (scripts/bench/*.ts → scripts/bench.ts prints it), and what `npm run deps` prints. */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const isNumeric = (v: string | number) => typeof v === 'number' || /^[-+]?\d[\d,.]*( ?(s|ms|MB|KiB|MiB|%))?$/.test(v);

/** A table as aligned plain text: numbers right-aligned, text left-aligned. */
export function formatTable(t: Table): string {
  const cells = t.rows.map((r) => r.map((v) => String(v)));
  const widths = t.columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (v: string, i: number, right: boolean) => {
    const gap = ' '.repeat(widths[i] - displayWidth(v));
    return right ? gap + v : v + gap;
  };
  const line = (vals: string[], raw: (string | number)[] | null) =>
    vals.map((v, i) => pad(v, i, raw !== null && isNumeric(raw[i] ?? ''))).join('  ').trimEnd();
  const out = [t.title, line(t.columns, null), widths.map((w) => '-'.repeat(w)).join('  ')];
  cells.forEach((r, k) => out.push(line(t.columns.map((_, i) => r[i] ?? ''), t.rows[k])));
  return out.join('\n');
}
