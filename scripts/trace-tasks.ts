/**
 * npx tsx scripts/trace-tasks.ts DIST PATH [N]
 *
 * Loads PATH of a build N times (default 2) in Chromium (412×823, no throttling),
 * traced, and prints the renderer main thread's longest tasks by CPU time with
 * what they contained (parse, style, layout, paint, script by URL): where the
 * load-time work of a page goes. A diagnostic next to scripts/trace-ab.ts.
 */
import { launchBrowser, startStaticServer } from '../tests/e2e/harness.ts';
const [dist, path, n = '2'] = process.argv.slice(2);
if (!dist || !path) throw new Error('usage: tsx scripts/trace-tasks.ts DIST PATH [N]');
const browser = await launchBrowser();
const server = await startStaticServer(dist);
for (let i = 0; i < Number(n); i++) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents as any[];
  const names = new Map<string, string>();
  for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  // the renderer that parsed our page (not the new-tab page's)
  const parse = ev.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(server.url) && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  if (!parse) throw new Error('no ParseHTML of the page in the trace');
  const main = `${parse.pid}:${parse.tid}`;
  const mev = ev.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const tasks = mev.filter((e) => e.name === 'RunTask');
  const t0 = tasks[0]?.ts ?? 0;
  const total = tasks.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000;
  console.log(`${path} load ${i + 1}: ${tasks.length} tasks, ${total.toFixed(0)} CPU ms in all`);
  const top = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 10);
  for (const t of top) {
    const kids = mev.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
    const by = new Map<string, number>();
    for (const k of kids) {
      if (!['ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'v8.compile', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'ParseAuthorStyleSheet', 'HitTest', 'MajorGC', 'MinorGC', 'TimerFire', 'FireIdleCallback', 'EventDispatch', 'v8.run', 'RunMicrotasks', 'IntersectionObserverController::computeIntersections', 'UpdateLayer', 'Commit', 'ScheduleStyleRecalculation'].includes(k.name)) continue;
      const url = k.args?.data?.url ? `(${String(k.args.data.url).split('/').pop()?.slice(0, 30)})` : k.args?.data?.type ? `(${k.args.data.type})` : '';
      by.set(k.name + url, (by.get(k.name + url) ?? 0) + (k.tdur ?? 0) / 1000);
    }
    const parts = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    console.log(`  at ${((t.ts - t0) / 1000).toFixed(0)} ms: ${((t.tdur ?? 0) / 1000).toFixed(1)} CPU ms (${(t.dur / 1000).toFixed(1)} wall) — ${parts}`);
  }
  await page.close();
}
await browser.close();
await server.close();
