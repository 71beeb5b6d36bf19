// What the A/B scripts (pathPlanAB.mjs, searchAB.mjs) share: several builds of the app served
// side by side from one loopback origin (/a/, /b/, … and /bench/: they share IndexedDB), one
// persistent Chromium profile, and medians of what they time.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Serves each build under its name (`builds`: name -> dist folder; the bench variant, bench/.dist,
 * as `bench`) and opens a persistent profile. Hashed assets are cacheable, as in bench/run.mjs, so
 * Chromium keeps their compiled code from one start to the next. Returns the origin, the browser
 * context, a `record`er of timings and `close`.
 */
export async function openAbBrowser(builds, profilePrefix) {
  const roots = { ...Object.fromEntries(Object.entries(builds).map(([k, v]) => [k, resolve(v)])), bench: resolve('bench/.dist') };
  const first = Object.keys(builds)[0];
  const server = createServer((req, res) => {
    const m = /^\/([a-z]+)\/(.*)$/.exec(new URL(req.url, 'http://x').pathname);
    const root = roots[m && roots[m[1]] ? m[1] : first];
    let file = resolve(root, decodeURIComponent(m && roots[m[1]] ? m[2] : '') || 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (/\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(file)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
  });
  const out = {};
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    context,
    out,
    add: (key, value) => (out[key] ??= []).push(value),
    async close() {
      await context.close();
      server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

/** Opens the bench variant's page (window.__sextantBench), gives it to `run` and closes it; resolves to what `run` gave. */
export async function inBenchPage(context, base, run) {
  const bench = await context.newPage();
  await bench.goto(`${base}bench/index.html#/settings`);
  await bench.waitForFunction(() => !!window.__sextantBench, undefined, { timeout: 60_000 });
  const result = await run(bench);
  await bench.close();
  return result;
}

/** Starts tracing `page` (Chromium's trace `categories`); resolves to `end()`, which stops it and resolves to the trace's events. */
export async function startTrace(context, page, categories) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** The navigation of build `v` (served under /v/) in a trace's events: its navigationStart, whose pid and tid are the page's main thread. */
export function navigationOf(events, v) {
  return (
    events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(`/${v}/`)) ??
    events.find((e) => e.name === 'navigationStart')
  );
}

/** Starts each build once untimed (`start(v, false)`: the first start in a profile compiles everything), then `runs` rounds timed, each build first in every other round. */
export async function alternateStarts(builds, runs, start) {
  for (const v of builds) await start(v, false);
  for (let i = 0; i < runs; i++) for (const v of i % 2 ? [...builds].reverse() : builds) await start(v, true);
}

/** Prints the sampled self time per function per start (`selfTime`: build -> Map(function -> ms over `runs` starts)), the `top` largest. */
export function printSelfTime(selfTime, runs, what, top) {
  for (const [v, self] of Object.entries(selfTime)) {
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`${v}: ${what}, ${Math.round(total / runs)} ms per start sampled; self time per start:`);
    for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(String(Math.round(t / runs)).padStart(6), k);
  }
}

/**
 * Adds one thread's sampled CPU profile (trace events Profile / ProfileChunk of `pid`:`tid`) to
 * `self` (function -> ms of self time), counting only samples between `from` and `to` (trace
 * timestamps, µs; either may be undefined).
 */
export function addProfileSelfTime(events, pid, tid, self, from, to) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return;
  const nodes = new Map();
  let t = profile.args?.data?.startTime ?? 0;
  for (const c of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id)) {
    const cp = c.args.data.cpuProfile ?? {};
    for (const n of cp.nodes ?? [])
      nodes.set(n.id, `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}`);
    const deltas = c.args.data.timeDeltas ?? [];
    (cp.samples ?? []).forEach((s, i) => {
      t += deltas[i] ?? 0;
      if ((to !== undefined && t > to) || (from !== undefined && t < from)) return;
      const k = nodes.get(s) ?? String(s);
      self.set(k, (self.get(k) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
    });
  }
}

/** Thread-pool task sources of the storage engine's own work after writes: LevelDB compaction, and the deferred clean-up of deleted ranges. */
const STORAGE_TASKS = /leveldatabase\/env_chromium\.cc|leveldb_scopes\.cc/;

/**
 * Waits until the browser's storage engine has finished cleaning up after large writes and
 * deletions (LevelDB compaction and the clean-up of deleted ranges, on the browser's thread pool):
 * traces the browser through `page` (which should hold the database open, so the engine keeps it
 * open meanwhile) in windows of `windowMs`, until one holds under `quietMs` of CPU in those tasks,
 * or `maxMs` have passed. Resolves to { ms: how long it waited, cpuMs: the engine's CPU meanwhile }.
 */
export async function settleStorage(context, page, { windowMs = 1_000, quietMs = 30, maxMs = 60_000 } = {}) {
  const started = Date.now();
  let cpuMs = 0;
  for (;;) {
    const end = await startTrace(context, page, 'toplevel');
    await new Promise((ok) => setTimeout(ok, windowMs));
    const events = await end();
    const ms =
      events
        .filter((e) => e.ph === 'X' && e.name === 'ThreadPool_RunTask' && STORAGE_TASKS.test(e.args?.src_file ?? ''))
        .reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000;
    cpuMs += ms;
    if (ms < quietMs || Date.now() - started > maxMs) return { ms: Date.now() - started, cpuMs: Math.round(cpuMs) };
  }
}

/** The builds named in BUILDS (`a=<dist>,b=<dist>`), as { name: dist folder }. */
export const buildsFromEnv = () => Object.fromEntries(process.env.BUILDS.split(',').map((b) => b.split('=')));

/** Navigates `page` to `url` cold and resolves to the page's clock (ms from navigation) when `ready` (a CSS selector) is on screen. */
export async function readyAfterNavigation(page, url, ready) {
  await page.goto(url, { waitUntil: 'commit' });
  return page
    .waitForFunction((s) => (document.querySelector(s) ? performance.now() : false), ready, { polling: 'raf', timeout: 120_000 })
    .then((h) => h.jsonValue());
}
