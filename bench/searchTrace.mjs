#!/usr/bin/env node
// Where a start that builds the whole search index spends its time, traced (Chromium's timeline),
// for one or more builds alternating in one persistent profile: `BUILDS=a=<dist>,b=<dist> RUNS=5
// N=10000 node bench/searchTrace.mjs` (names are letters: the server routes /<letters>/; the bench
// variant bench/.dist seeds the journal). Each start drops the saved index first, opens
// `#/search?q=roadmap` cold and traces until the 'sextant:search-ready' mark; then it waits for the
// index to be saved (so the next start meets no leftover work). Per build, medians, in ms from
// navigation start unless said: when the search worker's script was requested and first ran, when
// the worker's first entries arrived, when ready was marked, when the first result was in the page; the worker's and the page's thread
// time until ready (and until its first entries) and the worker's idle time between its first entries and ready. The marks
// `sextant:search-*` the app sets (user timing, page and worker) are listed by name too.
import { addProfileSelfTime, inBenchPage, median, openAbBrowser, startTrace } from './abBrowser.mjs';

const N = Number(process.env.N ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 5);
// PROFILE=1: the worker's and the page's CPU profiles too, until ready (sampled; their functions' self time summed over the starts, printed per build).
const PROFILE = process.env.PROFILE === '1';
// MARKS=1: every mark of each start in time order.
// WTASKS=1: list the worker's tasks over 5 ms until ready, per start (wall and thread time).
// SAVED=1: keep the saved index (each start loads it, then checks it against the records) instead of dropping it.
const SAVED = process.env.SAVED === '1';
const builds = Object.fromEntries(process.env.BUILDS.split(',').map((b) => b.split('=')));
const V = Object.keys(builds);
const SAVED_STATUS =
  'main .search-status[data-index-saved="true"][data-index-reconciling="false"], main .search-status[data-index-saved="true"]:not([data-index-reconciling])';
const { base, context, out, add, close } = await openAbBrowser(builds, 'sextant-search-trace-');

const benchPage = (run) => inBenchPage(context, base, run);

const busy = (events, from, to) =>
  events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= from && e.ts < to).reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) /
  1000;

async function start(v, record) {
  if (!SAVED) await benchPage((b) => b.evaluate(() => window.__sextantBench.dropSearchSnapshot()));
  const page = await context.newPage();
  const endTrace = await startTrace(
    context,
    page,
    `devtools.timeline,loading,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute${PROFILE ? ',disabled-by-default-v8.cpu_profiler' : ''}`,
  );
  // When the first result is in the page (its commit: the observer runs before the frame is painted).
  await page.addInitScript(() => {
    new globalThis.MutationObserver((_, observer) => {
      if (!document.querySelector('main .search-hit-title')) return;
      performance.mark('bench:first-hit');
      // The frame that shows it (what the bench's polling on animation frames sees).
      globalThis.requestAnimationFrame(() => performance.mark('bench:first-frame'));
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
    // The page's side of the worker's messages: searches posted (numbered), the first reply holding hits.
    const W = globalThis.Worker;
    if (!W) return;
    let searches = 0;
    const post = W.prototype.postMessage;
    W.prototype.postMessage = function (msg, ...rest) {
      if (msg?.type === 'search') performance.mark(`bench:search-posted-${++searches}`);
      return post.call(this, msg, ...rest);
    };
    const onmessage =
      Object.getOwnPropertyDescriptor(globalThis.EventTarget.prototype, 'onmessage') ??
      Object.getOwnPropertyDescriptor(W.prototype, 'onmessage');
    if (!onmessage?.set) return;
    Object.defineProperty(W.prototype, 'onmessage', {
      configurable: true,
      get: onmessage.get,
      set(handler) {
        onmessage.set.call(this, (e) => {
          if (e.data?.hits?.length && !performance.getEntriesByName('bench:first-hits-reply').length)
            performance.mark('bench:first-hits-reply');
          return handler(e);
        });
      },
    });
  });
  await page.goto(`${base}${v}/#/search?q=roadmap`, { waitUntil: 'commit' });
  const ready = await page
    .waitForFunction(() => performance.getEntriesByName('sextant:search-ready')[0]?.startTime ?? false, undefined, { timeout: 120_000 })
    .then((h) => h.jsonValue());
  const firstHit = await page
    .waitForFunction(() => performance.getEntriesByName('bench:first-hit')[0]?.startTime ?? false, undefined, { timeout: 120_000 })
    .then((h) => h.jsonValue());
  const events = await endTrace();
  await page.locator(SAVED_STATUS).waitFor({ timeout: 120_000 });
  await page.close();
  if (!record) return;
  const nav =
    events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(`/${v}/`)) ??
    events.find((e) => e.name === 'navigationStart');
  const at = (ts) => (ts - nav.ts) / 1000;
  const end = nav.ts + ready * 1000;
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const workerTid = [...names].find(([k, n]) => k.startsWith(`${nav.pid}:`) && /DedicatedWorker/.test(n))?.[0];
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const worker = events.filter((e) => `${e.pid}:${e.tid}` === workerTid);
  add(`${v} ready`, ready);
  add(`${v} first hit`, firstHit);
  add(`${v} page cpu`, busy(main, nav.ts, end));
  const req = events.find((e) => e.name === 'ResourceSendRequest' && /search\.worker/.test(e.args?.data?.url ?? ''));
  if (req) add(`${v} worker script requested`, at(req.ts));
  const tasks = worker.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts < end).sort((a, b) => a.ts - b.ts);
  if (tasks.length) {
    add(`${v} worker first task`, at(tasks[0].ts));
    add(`${v} worker cpu`, busy(worker, nav.ts, end));
    // Idle: the gaps between the worker's tasks from its first long task (the first chunk) on.
    const firstBig = tasks.find((e) => (e.dur ?? 0) > 20_000) ?? tasks[0];
    add(`${v} worker first >20ms task`, at(firstBig.ts));
    let idle = 0;
    let last = firstBig.ts;
    for (const t of tasks.filter((t) => t.ts >= firstBig.ts)) {
      if (t.ts > last) idle += t.ts - last;
      last = Math.max(last, t.ts + (t.dur ?? 0));
    }
    if (end > last) idle += end - last;
    add(`${v} worker idle after first chunk`, idle / 1000);
    add(`${v} worker tasks >20ms`, tasks.filter((e) => (e.dur ?? 0) > 20_000).length);
  }
  // Thread time (robust to a loaded machine) up to the worker's first entries: its script's compiling and running, opening and reading.
  const firstEntries = worker.find((e) => e.name === 'sextant:search-worker-first-entries');
  if (firstEntries) {
    add(`${v} worker cpu to first entries`, busy(worker, nav.ts, firstEntries.ts));
    add(`${v} page cpu to worker first entries`, busy(main, nav.ts, firstEntries.ts));
  }
  if (process.env.TASKS === '1') {
    // The page's tasks over 20 ms until the first result, each with its longest events inside.
    const hitAt = nav.ts + firstHit * 1000;
    for (const t of main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 20_000 && e.ts < hitAt)) {
      const inside = main
        .filter((e) => e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) > 5_000)
        .sort((x, y) => y.dur - x.dur)
        .slice(0, 4)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''} ${Math.round(e.dur / 1000)}`,
        );
      console.log(`${v} task at ${Math.round(at(t.ts))} ms, ${Math.round(t.dur / 1000)} ms: ${inside.join(' | ')}`);
    }
  }
  if (process.env.WTASKS === '1') {
    // The worker's tasks over 5 ms until ready: when, how long, and (after the slash) its thread
    // time, which falls short of the wall time when the thread waits for a core.
    const list = tasks
      .filter((t) => (t.dur ?? 0) > 5_000)
      .map((t) => `${Math.round(at(t.ts))}+${Math.round(t.dur / 1000)}/${Math.round((t.tdur ?? t.dur) / 1000)}`);
    console.log(`${v} worker tasks >5ms (at+wall/cpu ms): ${list.join(' ')}`);
  }
  if (PROFILE) {
    // Until ready: the worker's and the page's sampled self time.
    profileOf(v, events, workerTid, end);
    // PAGE_FROM=<mark>: the page's profile from that mark (page or bench mark) to the first result instead.
    const from = process.env.PAGE_FROM && main.find((e) => e.name === process.env.PAGE_FROM && e.ts >= nav.ts);
    if (from) profileOf(`${v} page`, events, `${nav.pid}:${nav.tid}`, nav.ts + firstHit * 1000, from.ts);
    else profileOf(`${v} page`, events, `${nav.pid}:${nav.tid}`, end);
  }
  add(`${v} page cpu before start`, busy(main, nav.ts, nav.ts + 1000 * (out[`${v} mark page sextant:search-start`]?.at(-1) ?? 0)));
  if (process.env.MARKS === '1') {
    // Every mark of the start in time order (page or worker).
    const marks = events.filter(
      (e) => e.cat?.includes('blink.user_timing') && /^(sextant:|bench:)/.test(e.name) && e.ts >= nav.ts && e.ph !== 'e',
    );
    marks.sort((a, b) => a.ts - b.ts);
    console.log(
      `${v} marks: ${marks.map((e) => `${Math.round(at(e.ts))} ${`${e.pid}:${e.tid}` === workerTid ? 'w' : 'p'} ${e.name.replace(/^(sextant:search-|sextant:|bench:)/, '')}`).join(' | ')}`,
    );
  }
  for (const e of events.filter((e) => e.cat?.includes('blink.user_timing') && /^(sextant:search|bench:)/.test(e.name) && e.ts >= nav.ts)) {
    const who = `${e.pid}:${e.tid}` === workerTid ? 'worker' : 'page';
    add(`${v} mark ${who} ${e.name}`, at(e.ts));
  }
}

const selfTime = {};
/** Sums the sampled self time per function of the worker's CPU profile (trace events Profile / ProfileChunk). */
function profileOf(v, events, thread, to, from) {
  const [pid, tid] = thread.split(':').map(Number);
  addProfileSelfTime(events, pid, tid, (selfTime[v] ??= new Map()), from, to);
}

try {
  if (N > 0)
    await benchPage(async (b) => {
      console.error(await b.evaluate((n) => window.__sextantBench.generate(n), N));
      console.error(await b.evaluate(() => window.__sextantBench.restore()));
    });
  for (const v of V) await start(v, false);
  for (let i = 0; i < RUNS; i++) for (const v of i % 2 ? [...V].reverse() : V) await start(v, true);
} finally {
  await close();
}
for (const [v, self] of Object.entries(selfTime)) {
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${v}: ${v.includes(' page') ? '' : 'worker '}profile until ready, ${Math.round(total / RUNS)} ms per start sampled; self time per start:`,
  );
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(Math.round(t / RUNS)).padStart(6), k);
}
for (const [k, t] of Object.entries(out).sort((x, y) => x[0].localeCompare(y[0])))
  console.log(k.padEnd(60), 'median', Math.round(median(t)), 'runs', t.map(Math.round).join(' '));
