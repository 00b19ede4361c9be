/**
 * Draft section of `npm run bench`: the draft check (/draft/) on a draft of
 * about 50,000 characters — the seed measures' articles (with their 款 and 项)
 * run together and numbered 第一条 … in one text — against the 2016 Regulations:
 * - in Node: the converter alone, and the whole analysis (converter,
 *   suggestions, relations, coverage, alignment), from the parent's data file;
 * - in Chromium (when a built site is in dist/, or TIAOWEN_DIST): the same
 *   through `window.tiaowenDraft`, and the page's whole check (analysis and
 *   rendering) as the drafter sees it.
 * The target: ≤ 1 s. CPU times are those of the process (Node) or of the
 * browser's processes (Chromium, from /proc: Linux only): on a machine shared
 * with other work, wall times mostly measure the load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Table } from '../lib/bench-table.ts';
import { getCorpus } from '../../src/data/corpus.ts';
import { readTopics } from '../../src/data/crosswalk.ts';
import { linkedDocuments } from '../../src/lib/crosswalk/build.ts';
import { loadTopics } from '../../src/lib/crosswalk/topics.ts';
import { DraftChecker } from '../../src/lib/draft/analyse.ts';
import { parentPayload } from '../../src/lib/draft/parent-data.ts';
import { compareUnits } from '../../src/lib/compare/units.ts';
import { toChineseNumber } from '../../src/lib/numerals.ts';

const PARENT = 'ccp-accountability-2016';
const TARGET = 50_000;

/** The seed measures' articles, renumbered 第一条 … in one draft, repeated until the draft reaches `chars` characters. */
export function longDraft(chars = TARGET): string {
  const measures = linkedDocuments(getCorpus().documents).measures;
  const articles = measures.flatMap((m) => compareUnits(m).filter((u) => u.kind === 'article').map((u) => `${u.heading ? `　${u.heading}` : ''}　${u.text}`));
  const out = ['某某单位问责工作实施办法（草稿）'];
  let size = out[0]!.length;
  for (let n = 1; size < chars; n++) {
    const line = `第${toChineseNumber(n)}条${articles[(n - 1) % articles.length]}`;
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

function cpuMs(f: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

/** User + system CPU time (ms) of every process descended from this one (the Chromium the bench launched), from /proc (Linux). */
function chromiumCpuMs(): number {
  const children = new Map<number, number[]>();
  const stats = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
      stats.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      /* the process ended meanwhile */
    }
  }
  let ticks = 0;
  const visit = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      ticks += stats.get(c) ?? 0;
      visit(c);
    }
  };
  visit(process.pid);
  return (ticks * 1000) / 100; // clock ticks of 1/100 s (USER_HZ)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<Table[]> {
  const docs = getCorpus().documents;
  const payload = JSON.stringify(parentPayload(PARENT, docs, loadTopics(readTopics())));
  const draft = longDraft();
  const rows: (string | number)[][] = [];
  const ready = cpuMs(() => new DraftChecker(JSON.parse(payload)));
  rows.push(['Node', `parent data file parsed, index built (${(Buffer.byteLength(payload) / 1024).toFixed(0)} KiB)`, ready.wall.toFixed(0), ready.cpu.toFixed(0)]);
  const checker = new DraftChecker(JSON.parse(payload));
  let articles = 0;
  let links = 0;
  const conv: { wall: number; cpu: number }[] = [];
  const full: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 5; i++) {
    conv.push(cpuMs(() => checker.convert(draft)));
    full.push(
      cpuMs(() => {
        const a = checker.analyse(draft);
        articles = a.units.length;
        links = a.links.length;
      }),
    );
  }
  const chars = [...draft].length;
  rows.push(['Node', `converter alone, ${chars} characters (median of 5)`, median(conv.map((c) => c.wall)).toFixed(0), median(conv.map((c) => c.cpu)).toFixed(0)]);
  rows.push(['Node', `whole analysis: ${articles} articles, ${links} links (median of 5)`, median(full.map((c) => c.wall)).toFixed(0), median(full.map((c) => c.cpu)).toFixed(0)]);

  const dist = process.env.TIAOWEN_DIST ?? join(process.cwd(), 'dist');
  if (existsSync(join(dist, 'draft', 'index.html'))) {
    const { launchBrowser, startStaticServer } = await import('../../tests/e2e/harness.ts');
    const server = await startStaticServer(dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/draft/`);
      // CPU time of the browser's processes (user + system, from /proc): wall time says little on a loaded machine.
      const taskMs = async () => chromiumCpuMs();
      const c0 = await taskMs();
      const first = await page.evaluate(async (t) => {
        const t0 = performance.now();
        await window.tiaowenDraft(t, { parent: 'ccp-accountability-2016' });
        return performance.now() - t0;
      }, draft);
      const c1 = await taskMs();
      const warm = await page.evaluate(async (t) => {
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          await window.tiaowenDraft(t, { parent: 'ccp-accountability-2016' });
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[2]!;
      }, draft);
      const c2 = await taskMs();
      await page.getByLabel('草稿文本').fill(draft);
      await page.waitForTimeout(600); // the input's own debounced check runs first
      await page.waitForFunction(() => document.getElementById('draft-status')?.textContent?.startsWith('已检查'));
      const c3 = await taskMs();
      const t0 = performance.now();
      await page.getByRole('button', { name: '检查' }).click();
      await page.waitForFunction(() => document.getElementById('draft-status')?.textContent?.startsWith('已检查'));
      const ui = performance.now() - t0;
      const c4 = await taskMs();
      rows.push(['Chromium', 'tiaowenDraft, first call (fetches the parent data, builds the index)', first.toFixed(0), (c1 - c0).toFixed(0)]);
      rows.push(['Chromium', 'tiaowenDraft, analysis (wall: median of 5; CPU: mean of 5)', warm.toFixed(0), ((c2 - c1) / 5).toFixed(0)]);
      rows.push(['Chromium', 'the page: 检查 clicked → everything shown', ui.toFixed(0), (c4 - c3).toFixed(0)]);
    } finally {
      await browser.close();
      await server.close();
    }
  } else {
    rows.push(['Chromium', `skipped: no built site in ${dist} (npm run build, or TIAOWEN_DIST=…)`, '', '']);
  }
  return [{ title: `Draft check: a ${chars}-character draft against ${PARENT} (target ≤ 1,000 ms)`, columns: ['where', 'what', 'wall ms', 'CPU ms'], rows }];
}
