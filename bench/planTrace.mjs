#!/usr/bin/env node
// Where a cold start of Plan (or another screen) spends its time, traced (Chromium's timeline):
// `BUILDS=a=<dist>,b=<dist> RUNS=5 N=10000 node bench/planTrace.mjs` (names are letters; the
// bench variant bench/.dist seeds the journal). Each start opens HASH (#/plan) cold in one
// persistent profile and traces until READY (Plan's preview) is on screen. Per build, medians in
// ms from navigation start: the user timing marks the page sets (`sextant:*`), when the ready
// element appeared, the main thread's busy time until then, its tasks over 50 ms, and (PROFILE=1)
// the sampled self time per function until ready; AFTER=<ms>, the main thread's CPU in that long after ready, and its longest task then.
import {
  addProfileSelfTime,
  alternateStarts,
  buildsFromEnv,
  inBenchPage,
  median,
  navigationOf,
  openAbBrowser,
  printSelfTime,
  readyAfterNavigation,
  startTrace,
} from './abBrowser.mjs';

const N = Number(process.env.N ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 5);
const PROFILE = process.env.PROFILE === '1';
const AFTER = Number(process.env.AFTER ?? 0);
const HASH = process.env.HASH ?? '#/plan';
const READY = process.env.READY ?? 'main .plan-preview .plan-doc, main .plan-empty';
const builds = buildsFromEnv();
const V = Object.keys(builds);
const { base, context, out, add, close } = await openAbBrowser(builds, 'sextant-plan-trace-');

const selfTime = {};
async function start(v, record) {
  const page = await context.newPage();
  const endTrace = await startTrace(
    context,
    page,
    `devtools.timeline,loading,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute${PROFILE ? ',disabled-by-default-v8.cpu_profiler' : ''}`,
  );
  const ready = await readyAfterNavigation(page, `${base}${v}/${HASH}`, READY);
  // AFTER=<ms>: traced that long after ready too, for the main thread's work once the content is on screen.
  if (AFTER > 0) await page.waitForTimeout(AFTER);
  const events = await endTrace();
  await page.close();
  if (!record) return;
  const nav = navigationOf(events, v);
  const at = (ts) => (ts - nav.ts) / 1000;
  const end = nav.ts + ready * 1000;
  add(`${v} ready`, ready);
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= nav.ts && e.ts < end);
  add(`${v} main busy`, tasks.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000);
  add(`${v} main cpu`, tasks.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000);
  if (AFTER > 0) {
    const later = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= end && e.ts < end + AFTER * 1000);
    add(`${v} main cpu in the ${AFTER} ms after ready`, later.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000);
    add(`${v} longest main task in the ${AFTER} ms after ready`, Math.max(0, ...later.map((e) => e.dur ?? 0)) / 1000);
  }
  // From the first mark (the screen's reads) to ready: the main thread's idle wall time, and its CPU time.
  const first = main.find((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('sextant:') && e.ts >= nav.ts);
  if (first) {
    const after = tasks.filter((e) => e.ts >= first.ts);
    add(`${v} after first mark: wall`, (end - first.ts) / 1000);
    add(`${v} after first mark: main idle`, (end - first.ts - after.reduce((a, e) => a + e.dur, 0)) / 1000);
    add(`${v} after first mark: main cpu`, after.reduce((a, e) => a + (e.tdur ?? e.dur), 0) / 1000);
  }
  const long = tasks.filter((e) => e.dur > 50_000).map((e) => `${Math.round(at(e.ts))}+${Math.round(e.dur / 1000)}`);
  console.error(`${v} ready ${Math.round(ready)}; tasks >50 ms (start+ms): ${long.join(' ')}`);
  const seen = new Set();
  for (const e of main.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('sextant:') && e.ts >= nav.ts)) {
    if (seen.has(e.name)) continue; // the first of each mark (a live query runs again when a table changes)
    seen.add(e.name);
    add(`${v} mark ${e.name}`, at(e.ts));
  }
  // FROM_MARK=<name>: the profile counts from that mark on (default: the first mark).
  const from = process.env.FROM_MARK ? main.find((e) => e.name === process.env.FROM_MARK && e.ts >= nav.ts) : first;
  if (PROFILE) addProfileSelfTime(events, nav.pid, nav.tid, (selfTime[v] ??= new Map()), from?.ts, end);
}

try {
  if (N > 0)
    await inBenchPage(context, base, async (b) => {
      console.error(await b.evaluate((n) => window.__sextantBench.generate(n), N));
      await b.evaluate(() => window.__sextantBench.restore());
    });
  await alternateStarts(V, RUNS, start);
} finally {
  await close();
}
printSelfTime(selfTime, RUNS, 'main thread profile until ready', 40);
for (const [k, t] of Object.entries(out).sort((x, y) => median(x[1]) - median(y[1])))
  console.log(k.padEnd(50), 'median', Math.round(median(t)), 'runs', t.map(Math.round).join(' '));
