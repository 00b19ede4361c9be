/** The shape every benchmark section returns (scripts/bench/*.ts → scripts/bench.ts prints it). */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}
