#!/usr/bin/env node
// The first starts after a restore, traced: `BUILDS=a=<dist>[,b=<dist>] N=10000 node
// bench/restoreStartTrace.mjs`. Each round restores the generated journal as bench/run.mjs does
// before it times the screens (the bench variant's restore: PAIRS timed pairs of the app's restore
// and raw IndexedDB puts after one untimed pair, then the raw copy deleted and the bench page
// closed), then opens HASH (Home) cold STARTS times in a row, traced until READY (its first card),
// then waits SETTLE seconds and opens it STARTS times again (a settled journal). Builds take turns
// by round (ROUNDS of them). Per build and start number, medians: ready (ms from navigation), the
// page's main-thread CPU until then, and the CPU of every other thread of every process (browser,
// GPU, renderer's workers) in the same window, by thread, so that work a start competes with shows
// where it runs. SETTLE=0 skips the settled starts.
import { readdirSync } from 'node:fs';
import {
  addProfileSelfTime,
  buildsFromEnv,
  median,
  navigationOf,
  openAbBrowser,
  printSelfTime,
  readyAfterNavigation,
  settleStorage,
  startTrace,
} from './abBrowser.mjs';

const N = Number(process.env.N ?? 10_000);
const PAIRS = Number(process.env.PAIRS ?? 5);
const STARTS = Number(process.env.STARTS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const SETTLE = Number(process.env.SETTLE ?? 20);
// DETAIL=1: also the trace's IndexedDB and LevelDB events, and the longest event names of other processes' thread pools per start.
const DETAIL = process.env.DETAIL === '1';
// PROFILE=1: the page's main thread sampled; self time per function until ready, the first start after a restore apart from the later ones.
const PROFILE = process.env.PROFILE === '1';
const HASH = process.env.HASH ?? '#/';
const READY = process.env.READY ?? 'main .home .card';
const builds = buildsFromEnv();
const V = Object.keys(builds);
const { base, context, out, add, close } = await openAbBrowser(builds, 'sextant-restore-start-');

/** Restores the journal as bench/run.mjs does before timing the screens at a size. */
async function restoreAsTheBench(finish, appOnly) {
  const bench = await context.newPage();
  await bench.goto(`${base}bench/index.html#/settings`);
  await bench.waitForFunction(() => !!window.__sextantBench, undefined, { timeout: 60_000 });
  console.error(await bench.evaluate((n) => window.__sextantBench.generate(n), N));
  if (appOnly) {
    // One replace restore over the journal, as a person's restore is: no raw copy, no Delete all data first.
    await bench.evaluate(() => window.__sextantBench.restoreTimed());
    if (finish) await bench.evaluate(finish);
    await bench.close();
    return;
  }
  await bench.evaluate(() => window.__sextantBench.restore());
  for (let i = 0; i < PAIRS; i++) await bench.evaluate((o) => window.__sextantBench.restore(o), { rawFirst: i % 2 === 0 });
  await bench.evaluate(() => window.__sextantBench.dropRaw());
  if (finish === 'storage') {
    // The bench page (which holds the journal open) waits for the index to catch up and the storage engine to settle.
    await bench.evaluate(() => window.__sextantBench.settle());
    console.error('storage settled', JSON.stringify(await settleStorage(context, bench)));
  } else if (finish) await bench.evaluate(finish);
  await bench.close();
}

const threadNames = new Map();

/**
 * IDLE=<s>: right after the restore, nothing opened for that long while the trace records every
 * process; prints the CPU of the other processes' thread-pool tasks per second and by task source,
 * i.e. the work the browser still does after a restore that a start would compete with.
 */
async function idleAfterRestore(seconds, label) {
  const page = await context.newPage();
  // A page of the origin that holds the journal open meanwhile (as a running app does), so the
  // storage engine does not close it; not the app itself, whose own work would be traced too.
  const sheet = readdirSync('bench/.dist/assets').find((f) => f.endsWith('.css'));
  await page.goto(`${base}bench/assets/${sheet}`);
  await page.evaluate(() => new Promise((ok) => (globalThis.indexedDB.open('sextant').onsuccess = ok)));
  const endTrace = await startTrace(context, page, 'toplevel');
  const t0 = Date.now();
  await new Promise((ok) => setTimeout(ok, seconds * 1000));
  const events = await endTrace();
  await page.close();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadPool_RunTask' && (threadNames.get(`${e.pid}:${e.tid}`) ?? '').startsWith('ThreadPool'),
  );
  if (!tasks.length) return;
  const start = Math.min(...tasks.map((e) => e.ts));
  const perSecond = new Array(seconds + 1).fill(0);
  const bySource = new Map();
  for (const e of tasks) {
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    perSecond[Math.min(seconds, Math.floor((e.ts - start) / 1e6))] += ms;
    const k = `${e.args?.src_file?.split('/').slice(-2).join('/')}:${e.args?.src_func}`;
    bySource.set(k, (bySource.get(k) ?? 0) + ms);
  }
  const total = perSecond.reduce((a, b) => a + b, 0);
  add(`${label} idle thread-pool cpu`, total);
  console.error(
    `${label}: thread-pool CPU ${Math.round(total)} ms in ${Date.now() - t0} ms; per second ${perSecond.map(Math.round).join(' ')}`,
  );
  for (const [k, ms] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.error(`   ${Math.round(ms)} ms ${k}`);
}
const selfTime = {};
const starts = {};
async function start(v, label) {
  const page = await context.newPage();
  const endTrace = await startTrace(
    context,
    page,
    `toplevel,blink.user_timing,devtools.timeline,disabled-by-default-devtools.timeline${DETAIL ? ',IndexedDB,leveldb,disabled-by-default-leveldb,base' : ''}${PROFILE ? ',disabled-by-default-v8.cpu_profiler' : ''}`,
  );
  const ready = await readyAfterNavigation(page, `${base}${v}/${HASH}`, READY);
  const events = await endTrace();
  await page.close();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const nav = navigationOf(events, v);
  const end = nav.ts + ready * 1000;
  add(`${v} ${label} ready`, ready);
  // Top-level tasks per thread inside [navigation, ready], CPU time (thread time where the trace has it).
  const cpu = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.cat?.includes('toplevel') || e.ts < nav.ts || e.ts >= end) continue;
    const key =
      e.pid === nav.pid && e.tid === nav.tid
        ? 'page main'
        : `${e.pid === nav.pid ? 'page' : 'pid ' + e.pid} ${threadNames.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
    cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  for (const [k, ms] of cpu) add(`${v} ${label} cpu ${k}`, ms);
  if (DETAIL) {
    const names = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || e.pid === nav.pid || e.ts < nav.ts || e.ts >= end) continue;
      if (!(threadNames.get(`${e.pid}:${e.tid}`) ?? '').startsWith('ThreadPool')) continue;
      const k = `${e.cat} ${e.name}`;
      names.set(k, (names.get(k) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
    const long = events
      .filter((e) => e.ph === 'X' && e.pid !== nav.pid && e.ts >= nav.ts && e.ts < end && (e.dur ?? 0) > 20_000)
      .filter((e) => (threadNames.get(`${e.pid}:${e.tid}`) ?? '').startsWith('ThreadPool'));
    for (const e of long.slice(0, 8))
      console.error(
        `  long ${e.cat} ${e.name} ${Math.round(e.dur / 1000)} ms (cpu ${Math.round((e.tdur ?? 0) / 1000)}) ${JSON.stringify(e.args).slice(0, 300)}`,
      );
    const top = [...names].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.error(`  browser thread pool: ${top.map(([k, ms]) => `${k} ${Math.round(ms)}`).join('; ')}`);
  }
  if (PROFILE && label !== 'warm-up') {
    const group = `${v} ${label.endsWith('#1') ? label : label.replace(/#\d+$/, 'later')}`;
    addProfileSelfTime(events, nav.pid, nav.tid, (selfTime[group] ??= new Map()), nav.ts, end);
    starts[group] = (starts[group] ?? 0) + 1;
  }
  const marks = events.filter(
    (e) => e.pid === nav.pid && e.cat?.includes('blink.user_timing') && e.name.startsWith('sextant:') && e.ts >= nav.ts,
  );
  console.error(
    `${v} ${label} ready ${Math.round(ready)}; main cpu ${Math.round(cpu.get('page main') ?? 0)}; others ${[...cpu]
      .filter(([k, ms]) => k !== 'page main' && ms > 5)
      .map(([k, ms]) => `${k} ${Math.round(ms)}`)
      .join(
        ', ',
      )}${marks.length ? '; marks ' + marks.map((m) => `${m.name.slice(8)}@${Math.round((m.ts - nav.ts) / 1000)}`).join(' ') : ''}`,
  );
}

try {
  // Each build started once untimed on the empty journal (the first start in a profile compiles everything).
  for (const v of V) await start(v, 'warm-up');
  for (let r = 0; r < ROUNDS; r++)
    for (const v of r % 2 ? [...V].reverse() : V) {
      // FINISH=<js>, or 'storage' (settleStorage): what the bench page does after the restore, before it closes, in every other round (A/B of a restore's finishing step).
      const finish = process.env.FINISH && Math.floor(r / V.length) % 2 === 1 ? process.env.FINISH : null;
      // RESTORE=app: one replace restore (restoreTimed) instead of the bench's pairs; RESTORE=alternate: the two by turns.
      const appOnly = process.env.RESTORE === 'app' || (process.env.RESTORE === 'alternate' && Math.floor(r / V.length) % 2 === 1);
      await restoreAsTheBench(finish, appOnly);
      const tag = `${process.env.FINISH ? (finish ? ' finished' : ' plain') : ''}${process.env.RESTORE === 'alternate' ? (appOnly ? ' app' : ' bench') : ''}`;
      if (process.env.IDLE) await idleAfterRestore(Number(process.env.IDLE), `${v}${tag}`);
      for (let i = 0; i < STARTS; i++) await start(v, `after restore${tag} #${i + 1}`);
      if (SETTLE > 0) {
        await new Promise((ok) => setTimeout(ok, SETTLE * 1000));
        for (let i = 0; i < STARTS; i++) await start(v, `settled #${i + 1}`);
      }
    }
} finally {
  await close();
}
for (const [group, self] of Object.entries(selfTime)) printSelfTime({ [group]: self }, starts[group], 'main thread until ready', 25);
for (const [k, t] of Object.entries(out)
  .filter(([k]) => !k.includes('warm-up'))
  .sort(([a], [b]) => a.localeCompare(b)))
  if (!k.includes(' cpu ') || median(t) >= 3)
    console.log(k.padEnd(70), 'median', Math.round(median(t)), 'runs', t.map(Math.round).join(' '));
