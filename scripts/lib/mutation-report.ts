/**
 * The mutation score of src/lib/ per folder, from the JSON reports StrykerJS
 * writes (reports/mutation/<run>.json, mutation-testing-report-schema; one
 * report per `npm run mutate -- --mutate …` selection). Used by
 * `npm run mutate:report` and at the end of `npm run mutate`.
 *
 * Runs overlap (a folder run and a later run of one of its files): for each
 * source file the newest report that holds it wins. A file whose source in the
 * report differs from the file today is counted, but flagged as stale.
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage),
 * Stryker's own definition: compile and runtime errors and ignored mutants are
 * not counted.
 */
import type { Table } from './bench-table.ts';

/** The part of a Stryker JSON report this reads. */
export interface MutationReport {
  files: Record<string, { source?: string; mutants: { status: string }[] }>;
}

/** One report with when it was written (its file's mtime) and its name (the run). */
export interface NamedReport {
  name: string;
  time: number;
  report: MutationReport;
}

export interface Counts {
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Compile errors, runtime errors, ignored: not counted in the score. */
  other: number;
}

export interface FileResult extends Counts {
  file: string;
  run: string;
  stale: boolean;
}

/**
 * Figures of a part of src/lib/ measured on an earlier branch whose report is gone (reports/ is not
 * in git): scripts/mutation-earlier.json, copied from the README when the part was measured. Counted
 * while no complete report holds any of its files; a newer report of one of them supersedes it.
 */
export interface EarlierPart {
  /** What was measured, as the README names it. */
  part: string;
  /** Its files, all in one folder of src/lib/. */
  files: string[];
  /** All its mutants, compile and runtime errors included (not in the score). */
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** When, where and how: date, branch, main commit, load. */
  measured: string;
}

export interface Aggregate {
  files: FileResult[];
  /** `earlier`: the folder's figures include earlier parts (see EarlierPart). */
  folders: ({ folder: string; earlier: boolean } & Counts)[];
  total: Counts;
  /** Earlier parts counted in the folders and the total. */
  earlier: EarlierPart[];
  /** Earlier parts left out because a newer report holds one of their files. */
  superseded: EarlierPart[];
  /**
   * Files no complete report holds but the incremental file of a stopped run does (a run ended by
   * SIGTERM keeps every mutant it finished there): the mutants tested so far, not in the totals.
   */
  partial: FileResult[];
  /** Files of the code base that no report holds, complete or partial. */
  unmeasured: string[];
}

const empty = (): Counts => ({ mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 });

function add(into: Counts, c: Counts) {
  into.mutants += c.mutants;
  into.killed += c.killed;
  into.timeout += c.timeout;
  into.survived += c.survived;
  into.noCoverage += c.noCoverage;
  into.other += c.other;
}

/** Counts of one file's mutants by status. Throws on a status the schema does not define. */
export function countMutants(mutants: { status: string }[]): Counts {
  const c = empty();
  for (const m of mutants) {
    c.mutants++;
    switch (m.status) {
      case 'Killed':
        c.killed++;
        break;
      case 'Timeout':
        c.timeout++;
        break;
      case 'Survived':
        c.survived++;
        break;
      case 'NoCoverage':
        c.noCoverage++;
        break;
      case 'CompileError':
      case 'RuntimeError':
      case 'Ignored':
        c.other++;
        break;
      default:
        throw new Error(`unknown mutant status ${JSON.stringify(m.status)}; expected Killed, Timeout, Survived, NoCoverage, CompileError, RuntimeError or Ignored`);
    }
  }
  return c;
}

/** (killed + timed out) / (killed + timed out + survived + no coverage), or null with nothing to count. */
export function score(c: Counts): number | null {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? null : (c.killed + c.timeout) / valid;
}

/** The folder a file is reported under: its directory below src/lib/, or "(root)" for src/lib/*.ts. */
export function folderOf(file: string): string {
  const rel = file.replace(/^src\/lib\//, '');
  const slash = rel.indexOf('/');
  return slash < 0 ? '(root)' : rel.slice(0, slash) + '/';
}

/**
 * Per file (the newest report holding it), per folder and overall; `sources`
 * maps every file of the code base (relative path) to its text today.
 */
type Held = { run: string; time: number; source?: string; mutants: { status: string }[] };

/** For each source file, the newest report that holds it. */
function newestOf(reports: NamedReport[]): Map<string, Held> {
  const newest = new Map<string, Held>();
  for (const r of reports) {
    for (const [file, f] of Object.entries(r.report.files)) {
      const had = newest.get(file);
      if (!had || r.time > had.time) newest.set(file, { run: r.name, time: r.time, source: f.source, mutants: f.mutants });
    }
  }
  return newest;
}

function results(held: Map<string, Held>, sources: Map<string, string>): FileResult[] {
  return [...held.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, f]) => ({
      file,
      run: f.run,
      stale: !sources.has(file) || (f.source !== undefined && f.source !== sources.get(file)),
      ...countMutants(f.mutants),
    }));
}

/**
 * `partial`: the incremental files of runs (reports/stryker-incremental-<run>.json, the same schema);
 * only their files that no complete report holds are used, as partly measured.
 */
export function aggregate(reports: NamedReport[], sources: Map<string, string>, partialRuns: NamedReport[] = [], earlierParts: EarlierPart[] = []): Aggregate {
  const newest = newestOf(reports);
  const files = results(newest, sources);
  const earlier = earlierParts.filter((p) => !p.files.some((f) => newest.has(f)));
  const superseded = earlierParts.filter((p) => !earlier.includes(p));
  const byEarlier = new Set(earlier.flatMap((p) => p.files));
  const partialHeld = new Map([...newestOf(partialRuns)].filter(([file, f]) => !newest.has(file) && f.mutants.length > 0));
  const partial = results(partialHeld, sources);
  const byFolder = new Map<string, Counts & { earlier: boolean }>();
  const total = empty();
  const into = (folder: string) => {
    if (!byFolder.has(folder)) byFolder.set(folder, { ...empty(), earlier: false });
    return byFolder.get(folder)!;
  };
  for (const f of files) {
    add(into(folderOf(f.file)), f);
    add(total, f);
  }
  for (const p of earlier) {
    const folder = earlierFolder(p);
    // The rest of its mutants were compile or runtime errors (not in the score).
    const c = { ...p, other: p.mutants - p.killed - p.timeout - p.survived - p.noCoverage };
    add(into(folder), c);
    into(folder).earlier = true;
    add(total, c);
  }
  const folders = [...byFolder.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([folder, c]) => ({ folder, ...c }));
  const unmeasured = [...sources.keys()].filter((f) => !newest.has(f) && !partialHeld.has(f) && !byEarlier.has(f)).sort();
  return { files, folders, total, earlier, superseded, partial, unmeasured };
}

/** The one folder of an earlier part's files; throws when it names none or several. */
function earlierFolder(p: EarlierPart): string {
  const folders = [...new Set(p.files.map(folderOf))];
  if (folders.length !== 1) throw new Error(`earlier part "${p.part}": expected files of one folder of src/lib/, found ${folders.length ? folders.join(', ') : 'none'}`);
  const sum = p.killed + p.timeout + p.survived + p.noCoverage;
  if (sum > p.mutants) throw new Error(`earlier part "${p.part}": killed + timed out + survived + no coverage = ${sum}, more than its ${p.mutants} mutants`);
  return folders[0]!;
}

const pct = (c: Counts) => {
  const s = score(c);
  return s === null ? '–' : `${(s * 100).toFixed(1)} %`;
};

const row = (name: string, c: Counts) => [name, c.mutants, c.killed, c.timeout, c.survived, c.noCoverage, pct(c)];

const COLUMNS = ['code', 'mutants', 'killed', 'timed out', 'survived', 'no coverage', 'score'];

/** The per-folder table with the overall row last; a folder with earlier figures in it is marked *. */
export function folderTable(a: Aggregate): Table {
  return {
    title: `Mutation score per folder of src/lib/ (newest report of each file${a.earlier.length ? '; * with earlier figures, listed below' : ''})`,
    columns: COLUMNS,
    rows: [...a.folders.map((f) => row(f.earlier ? `${f.folder} *` : f.folder, f)), row('everything measured', a.total)],
  };
}

/** The earlier parts counted above, with when and where each was measured. */
export function earlierTable(a: Aggregate): Table {
  return {
    title: 'Earlier figures counted above (scripts/mutation-earlier.json: reports gone, not re-run since)',
    columns: ['part', 'mutants', 'killed', 'timed out', 'survived', 'no coverage', 'score', 'measured'],
    rows: a.earlier.map((p) => [...row(p.part, { ...p, other: p.mutants - p.killed - p.timeout - p.survived - p.noCoverage }), p.measured]),
  };
}

/** The per-file table, with the run each file's figures come from and whether the file changed since. */
export function fileTable(a: Aggregate): Table {
  return {
    title: 'Mutation score per file',
    columns: [...COLUMNS, 'run', 'note'],
    rows: a.files.map((f) => [...row(f.file, f), f.run, f.stale ? 'stale: the file changed since' : '']),
  };
}

/** The files of stopped runs: what was tested before the run stopped (not in the totals). */
export function partialTable(a: Aggregate): Table {
  return {
    title: 'Partly measured (a stopped run: the mutants it finished, not in the totals above; those without coverage are decided first, so the score so far is low)',
    columns: ['code', 'tested', 'killed', 'timed out', 'survived', 'no coverage', 'score so far', 'run'],
    rows: a.partial.map((f) => [...row(f.file, f), f.run]),
  };
}

/** A table as GitHub Markdown (numbers right-aligned), for the README. */
export function markdownTable(t: Table): string {
  const num = (v: string | number) => typeof v === 'number' || /^\d[\d.,]* ?%?$/.test(v) || v === '–';
  const align = t.columns.map((_, i) => (t.rows.length && t.rows.every((r) => num(r[i] ?? '')) ? '---:' : '---'));
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => (typeof c === 'number' ? c.toLocaleString('en-US') : c)).join(' | ')} |`;
  return [line(t.columns), `|${align.join('|')}|`, ...t.rows.map(line)].join('\n');
}
