/**
 * npx tsx scripts/trace-ab.ts A_DIST B_DIST PATH [N]
 *
 * The same page of two builds loaded N times each (default 4), ALTERNATING, in
 * Chromium (412×823, as Lighthouse's mobile viewport; no throttling), traced:
 * the CPU time (not wall time) of the renderer main thread's tasks, so that a
 * machine loaded by other work disturbs the comparison much less than it does
 * Lighthouse's wall-clock figures. "blocking at 4×" applies Lighthouse's TBT
 * model to CPU time: the sum over tasks of max(0, 4 × CPU − 50 ms), every task
 * from navigation on (Lighthouse counts only those after the first paint).
 * Prints the median (min–max) per build. A measuring tool for the README's
 * "Quality bar", next to scripts/lh-ab.ts.
 */
import { loadavg } from 'node:os';
import { launchBrowser, startStaticServer } from '../tests/e2e/harness.ts';
const [a, b, path, n = '4'] = process.argv.slice(2);
if (!a || !b || !path) throw new Error('usage: tsx scripts/trace-ab.ts A_DIST B_DIST PATH [N]');
const browser = await launchBrowser();
const servers = [await startStaticServer(a!), await startStaticServer(b!)];
const out: { block: number[]; longest: number[]; total: number[]; layout: number[]; style: number[]; script: number[] }[] = [0, 1].map(() => ({ block: [], longest: [], total: [], layout: [], style: [], script: [] }));
const loads: number[] = [];
for (let i = 0; i < Number(n); i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    loads.push(loadavg()[0]!);
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(servers[k]!.url + path!, { waitUntil: 'load' });
    await page.waitForTimeout(2500);
    const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents as any[];
    const names = new Map<string, string>();
    for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
    // the renderer that parsed our page (a trace may hold the new-tab page's renderer too)
    const parse = ev.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(servers[k]!.url) && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
    if (!parse) throw new Error(`no ParseHTML of ${path} in the trace`);
    const main = `${parse.pid}:${parse.tid}`;
    const mev = ev.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
    const tasks = mev.filter((e) => e.name === 'RunTask').map((e) => (e.tdur ?? 0) / 1000);
    const sum = (nm: string[]) => mev.filter((e) => nm.includes(e.name)).reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000;
    const o = out[k]!;
    o.block.push(tasks.reduce((s, t) => s + Math.max(0, 4 * t - 50), 0));
    o.longest.push(Math.max(...tasks));
    o.total.push(tasks.reduce((s, t) => s + t, 0));
    o.layout.push(sum(['Layout']));
    o.style.push(sum(['UpdateLayoutTree']));
    o.script.push(sum(['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'FireIdleCallback', 'TimerFire']));
    await page.close();
  }
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)]!;
const f = (xs: number[]) => `${med(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
console.log(`${path} — ${n} loads each, alternating, 412×823, CPU ms of the renderer main thread, median (min–max); load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
for (const [k, d] of [[0, a], [1, b]] as const) {
  const o = out[k]!;
  console.log(`  ${d}: blocking at 4x ${f(o.block)} · longest task ${f(o.longest)} · all tasks ${f(o.total)} · layout ${f(o.layout)} · style ${f(o.style)} · script ${f(o.script)}`);
}
await browser.close(); for (const s of servers) await s.close();
