/**
 * npx tsx scripts/lh-ab.ts A_DIST B_DIST [--runs N] [--pages doc,search,home]
 *
 * Lighthouse (the pinned version, the quality bench's settings: mobile
 * defaults, simulated 4× CPU and slow 4G, Debian's Chromium) on the same pages
 * of two builds, ALTERNATING A and B run by run, so that both meet the same
 * machine: on a shared machine the absolute figures drift with the load, the
 * difference between A and B much less. Prints, per page and build, the
 * median of the runs: performance, TBT, the main-thread work by Lighthouse's
 * categories (mainthread-work-breakdown), the scripts' own evaluation time
 * (bootup-time), the long tasks, the CPU index, and the load average.
 * A measuring tool for the README's "Quality bar"; the bench's quality
 * section stays the figure of record.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../tests/e2e/harness.ts';

const PAGES: Record<string, string> = {
  home: '/',
  doc: '/regulations/ccp-accountability-2016/',
  search: `/search/?q=${encodeURIComponent('诫勉')}`,
  crosswalk: '/crosswalk/',
  compare: '/compare/rizhao-polytechnic-2017/ccp-accountability-2016/',
  study: `/study/?${new URLSearchParams({ title: '问责专题：上位规定与学校办法', items: 'ccp-accountability-2016#art-7,rizhao-polytechnic-2017#art-6', 'n.1': '对照上位规定，注意新增的“提醒、函询”。' })}`,
};

const GROUPS = ['scriptEvaluation', 'scriptParseCompile', 'styleLayout', 'parseHTML', 'paintCompositeRender', 'garbageCollection', 'other'] as const;

interface Sample {
  perf: number;
  tbt: number;
  total: number;
  groups: Record<string, number>;
  /** bootup-time: scripting ms per script URL (path only). */
  scripts: Record<string, number>;
  longTasks: number;
  longest: number;
  index: number;
  load: number;
  /** First contentful paint, largest contentful paint, speed index (simulated), ms. */
  fcp: number;
  lcp: number;
  si: number;
  /** dom-size: the number of elements; total-byte-weight: bytes transferred. */
  dom: number;
  bytes: number;
  /** long-tasks: "start+duration@script" per task, ms. */
  tasks: string[];
}

async function sample(url: string, port: number): Promise<Sample> {
  const load = loadavg()[0]!;
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError) throw new Error(`lighthouse: ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
  const items = <T>(id: string) => ((lhr.audits[id]?.details as { items?: T[] } | undefined)?.items ?? []);
  const groups: Record<string, number> = {};
  for (const it of items<{ group: string; duration: number }>('mainthread-work-breakdown')) groups[it.group] = (groups[it.group] ?? 0) + it.duration;
  const scripts: Record<string, number> = {};
  for (const it of items<{ url: string; scripting: number }>('bootup-time')) {
    let key = it.url;
    try {
      key = new URL(it.url).pathname;
    } catch {
      // "Unattributable" and the like
    }
    scripts[key] = it.scripting;
  }
  const long = items<{ duration: number; startTime: number; url: string }>('long-tasks');
  const short = (u: string) => {
    try {
      return new URL(u).pathname.split('/').pop() || '/';
    } catch {
      return u;
    }
  };
  return {
    perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    total: lhr.audits['mainthread-work-breakdown']?.numericValue ?? NaN,
    groups,
    scripts,
    longTasks: long.length,
    longest: Math.max(0, ...long.map((l) => l.duration)),
    index: lhr.environment.benchmarkIndex,
    load,
    fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    si: lhr.audits['speed-index']?.numericValue ?? NaN,
    dom: lhr.audits['dom-size']?.numericValue ?? NaN,
    bytes: lhr.audits['total-byte-weight']?.numericValue ?? NaN,
    tasks: long.map((l) => `${Math.round(l.startTime)}+${Math.round(l.duration)}@${short(l.url)}`),
  };
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const r = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '—');

function summarize(label: string, samples: Sample[]): string[] {
  const m = (f: (s: Sample) => number) => median(samples.map(f));
  const scripts = new Set(samples.flatMap((s) => Object.keys(s.scripts)));
  return [
    `  ${label}: perf ${r(m((s) => s.perf))} (worst ${Math.min(...samples.map((s) => s.perf))}) · TBT ${r(m((s) => s.tbt))} ms · main thread ${r(m((s) => s.total))} ms · long tasks ${r(m((s) => s.longTasks))} (longest ${r(m((s) => s.longest))} ms) · CPU index ${r(m((s) => s.index))} · load ${m((s) => s.load).toFixed(1)}`,
    `    FCP ${r(m((s) => s.fcp))} ms · LCP ${r(m((s) => s.lcp))} ms · SI ${r(m((s) => s.si))} ms · DOM ${r(m((s) => s.dom))} elements · ${r(m((s) => s.bytes) / 1024)} KiB · per run: ${samples.map((s) => `${s.perf}/${Math.round(s.tbt)}/${Math.round(s.total)}/${Math.round(s.index)}/${s.load.toFixed(1)}`).join(' ')} (perf/TBT/main thread/CPU index/load)`,
    `    by category: ${GROUPS.map((g) => `${g} ${r(m((s) => s.groups[g] ?? 0))}`).join(' · ')}`,
    `    long tasks per run (start+duration@script): ${samples.map((s) => s.tasks.join(', ') || '—').join(' | ')}`,
    `    scripting by script: ${[...scripts].map((k) => `${k} ${r(m((s) => s.scripts[k] ?? 0))}`).join(' · ')}`,
  ];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' }, pages: { type: 'string' } } });
  if (positionals.length !== 2) throw new Error('usage: tsx scripts/lh-ab.ts A_DIST B_DIST [--runs N] [--pages doc,search]');
  const runs = Math.max(1, Number(values.runs ?? 3) || 3);
  const names = (values.pages ?? 'home,doc,search').split(',');
  for (const n of names) if (!PAGES[n]) throw new Error(`--pages: unknown page ${n}; expected some of ${Object.keys(PAGES).join(', ')}`);
  const servers = await Promise.all(positionals.map((d) => startStaticServer(resolve(d))));
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    for (const name of names) {
      const got: Sample[][] = [[], []];
      for (let i = 0; i < runs; i++) {
        // A B, then B A: neither build always goes first
        const order = i % 2 === 0 ? [0, 1] : [1, 0];
        for (const k of order) got[k]!.push(await sample(`${servers[k]!.url}${PAGES[name]}`, chrome.port));
      }
      console.log(`${name} ${PAGES[name]} (${runs} runs each, alternating; ${new Date().toISOString()})`);
      for (const line of [...summarize(`A ${positionals[0]}`, got[0]!), ...summarize(`B ${positionals[1]}`, got[1]!)]) console.log(line);
    }
  } finally {
    await chrome.kill();
    await Promise.all(servers.map((s) => s.close()));
  }
}

await main();
