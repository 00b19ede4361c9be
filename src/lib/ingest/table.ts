/**
 * Tables exported from word processors as one cell per line: a tab starts a
 * cell, a line without a tab continues the cell before it, and a blank line
 * ends a row once the row holds at least two cells. Leading empty cells are
 * merged into the cell above (rowspan); a short row's last non-empty cell
 * spans the missing columns (colspan). Both are reported, never silent.
 */
import type { Cell } from '../tree.ts';
import type { SourceLine } from './source-lines.ts';

export interface TableResult {
  rows: Cell[][];
  problems: { line: number; message: string }[];
}

const clean = (s: string) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');

export function parseTable(lines: SourceLine[]): TableResult {
  const problems: TableResult['problems'] = [];
  const rawRows: Cell[][] = [];
  let row: Cell[] = [];
  let pendingBlank = false;
  const endRow = () => {
    if (row.length) rawRows.push(row);
    row = [];
  };
  for (const l of lines) {
    if (l.raw.startsWith('\t')) {
      if (pendingBlank && row.length >= 2) endRow();
      pendingBlank = false;
      row.push({ text: clean(l.raw), line: l.line });
    } else if (clean(l.raw) === '') {
      pendingBlank = true;
    } else {
      pendingBlank = false;
      const cell = row.at(-1);
      if (cell) cell.text = cell.text ? `${cell.text}\n${clean(l.raw)}` : clean(l.raw);
      else row.push({ text: clean(l.raw), line: l.line });
    }
  }
  endRow();
  if (rawRows.length === 0) return { rows: [], problems };

  const columns = rawRows[0].length;
  const rows: Cell[][] = [];
  // Column index → the cell that a leading empty cell merges into.
  const above: (Cell | undefined)[] = [];
  for (const r of rawRows) {
    if (r.length > columns) {
      problems.push({ line: r[0].line, message: `table row has ${r.length} cells; the header has ${columns}` });
    }
    if (r.length < columns) {
      const lastFull = r.map((c) => c.text !== '').lastIndexOf(true);
      const at = lastFull < 0 ? r.length - 1 : lastFull;
      r[at].colspan = columns - r.length + 1;
      problems.push({ line: r[0].line, message: `table row has ${r.length} of ${columns} cells; “${r[at].text.slice(0, 12)}” spans ${r[at].colspan} columns` });
      rows.push(r);
      above.length = 0;
      continue;
    }
    const out: Cell[] = [];
    let leading = true;
    r.forEach((cell, col) => {
      if (leading && cell.text === '' && above[col] && rows.length > 0) {
        above[col]!.rowspan = (above[col]!.rowspan ?? 1) + 1;
        return;
      }
      leading = false;
      out.push(cell);
      above[col] = cell;
    });
    rows.push(out);
  }
  return { rows, problems };
}
