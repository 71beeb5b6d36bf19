#!/usr/bin/env node
// The Sextant benchmark: seeds a generated journal into headless Chromium running the web build
// and measures what a person with years of entries would feel. Prints a table and writes
// bench/results/latest.json (median and p95 of repeated runs). `--quick`: 1,000 entries, fewer
// runs (the smoke test in `npm test`). SEXTANT_DIST chooses the app build to measure (default
// dist/); the bench variant (with the in-page hooks) is built next to it, into <dist>-bench
// (bench/.dist for the default dist/). `--no-build` reuses an existing bench variant.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';
import { settleStorage } from './abBrowser.mjs';

const quick = process.argv.includes('--quick');
// `--search-only`: seeds the journal, then measures only the search figures (the Search rows of
// the screens table, search ready after start, the build and keystrokes, and the heap).
const SEARCH_ONLY = process.argv.includes('--search-only');
// `--only=restore`: only the restore figure (the app's restore against raw IndexedDB puts, 5 pairs)
// at each of --sizes, nothing else (iterating on the restore). `--profile=DIR` with it also writes
// a CPU profile of one restore per size into DIR (open it in Chromium's DevTools).
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const ONLY = onlyArg ? onlyArg.slice(7) : null;
if (ONLY !== null && ONLY !== 'restore') throw new Error(`--only knows one figure, restore: ${onlyArg}`);
const profileArg = process.argv.find((a) => a.startsWith('--profile='));
const PROFILE_DIR = profileArg ? resolve(profileArg.slice(10)) : null;
// `--runs=N`: restore pairs per size with --only=restore (default 5, as in the full run).
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
// `--legacy-restore-order`: the restore figure measured as before the pairs were made even (see restorePairs).
const LEGACY_RESTORE_ORDER = process.argv.includes('--legacy-restore-order');
// `--restore-base=DIR` (with --only=restore): the bench variant of another build (the code to
// compare with, built with this bench's hooks: see README, "Planning a replace from keys"),
// served at /base/; the "replace over a full journal" figure then alternates the two builds.
const restoreBaseArg = process.argv.find((a) => a.startsWith('--restore-base='));
const RESTORE_BASE = restoreBaseArg ? resolve(restoreBaseArg.slice(15)) : null;
// Journal sizes the screens are measured at (besides the empty journal); the last one also gets
// the other figures. `--sizes=1000,10000,50000` adds 50,000 (heavy on a shared machine).
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = (sizesArg ? sizesArg.slice(8).split(',').map(Number) : quick ? [1_000] : [1_000, 10_000]).sort((a, b) => a - b);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes wants entry counts, e.g. --sizes=1000,10000: ${sizesArg}`);
const dist = resolve(process.env.SEXTANT_DIST ?? 'dist');
const benchDist = resolve(process.env.SEXTANT_DIST ? `${process.env.SEXTANT_DIST}-bench` : 'bench/.dist');
const RUNS = quick
  ? { interactive: 3, screens: 3, restore: 2, compute: 10, pdf: 1, searchPasses: 2, searchReady: 2 }
  : { interactive: 7, screens: 5, restore: 5, compute: 30, pdf: 3, searchPasses: 5, searchReady: 3 };
const NA = 'n/a (feature not present)';

// Each phrase is typed one letter at a time; every prefix is one query (what search-as-you-type runs).
const TYPED = [
  'roadmap',
  'stakeholder alignment',
  'pricing experiment',
  'internal tooling',
  'custmer interview',
  'platform team',
  'revenue',
  'churn analysis',
  'kalomi',
  'Ana Moreau',
  'decision',
  'mentor',
];
const QUERIES = TYPED.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1))).filter(
  (q) => q.trim() !== '' && !q.endsWith(' '),
);

function log(...a) {
  console.error('[bench]', ...a);
}

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}
const summary = (values, unit) => ({ median: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)), unit, runs: values.length });
const round = (x) => Math.round(x * 100) / 100;

function buildBenchVariant() {
  if (process.argv.includes('--no-build') && existsSync(join(benchDist, 'index.html'))) return;
  log(`building the bench variant into ${benchDist}`);
  const r = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', benchDist, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit', env: { ...process.env, VITE_BENCH: '1' } },
  );
  if (r.status !== 0) throw new Error('bench build failed');
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Serves the app build at / and the bench variant at /bench/, on one origin (so they share IndexedDB). */
function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [root, rest] = url.pathname.startsWith('/bench/')
      ? [benchDist, url.pathname.slice(7)]
      : RESTORE_BASE && url.pathname.startsWith('/base/')
        ? [RESTORE_BASE, url.pathname.slice(6)]
        : [dist, url.pathname.slice(1)];
    let file = resolve(root, decodeURIComponent(rest) || 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    // Hashed assets never change, so they are cacheable for good, as any static host serves them.
    // That lets Chromium keep their compiled code (V8's code cache) from one start to the next,
    // as the desktop app does: its app:// scheme is registered with codeCache. index.html is not.
    if (/\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(file)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * The JS heap used by a page's dedicated workers (the search index's), each after a forced GC, through
 * the page's CDP session: Playwright's sessions cannot address a worker, so the worker's own session
 * is reached with Target.sendMessageToTarget.
 */
async function workersHeap(cdp) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  let usedSize = 0;
  let backingStorageSize = 0;
  let embedderHeapUsedSize = 0;
  let workers = 0;
  for (const t of targetInfos.filter((x) => x.type === 'worker')) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    let nextId = 1;
    const call = (method) => {
      const id = nextId++;
      const reply = new Promise((resolve) => {
        const on = (e) => {
          if (e.sessionId !== sessionId) return;
          const m = JSON.parse(e.message);
          if (m.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', on);
          resolve(m.result);
        };
        cdp.on('Target.receivedMessageFromTarget', on);
      });
      return cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).then(() => reply);
    };
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    usedSize += usage.usedSize;
    // Typed arrays' and ArrayBuffers' contents live outside the JS heap (backing stores): V8's
    // usedSize leaves them out. Chromium reports them (and Blink's own heap) since version 120 or so.
    backingStorageSize += usage.backingStorageSize ?? NaN;
    embedderHeapUsedSize += usage.embedderHeapUsedSize ?? NaN;
    workers += 1;
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
  return { usedSize, backingStorageSize, embedderHeapUsedSize, workers };
}

const MB = (bytes) => round(bytes / 1048576);

/**
 * The heap figures from Runtime.getHeapUsage of the page and of its workers: V8's JS heap
 * (usedSize), plus the backing stores of ArrayBuffers and typed arrays (where the search index
 * keeps its postings: outside usedSize), plus Blink's own heap (embedderHeapUsedSize: the DOM).
 * The total, which the target is about, is all three of both.
 */
function heapFigures(page, workers) {
  const backing = (page.backingStorageSize ?? 0) + workers.backingStorageSize;
  const embedder = (page.embedderHeapUsedSize ?? 0) + workers.embedderHeapUsedSize;
  return {
    heapAfterLoadMB: { value: MB(page.usedSize), backingStores: MB(page.backingStorageSize ?? NaN), unit: 'MB' },
    // The search index lives in its worker: the page's figure alone would leave it out.
    workerHeapAfterLoadMB: {
      value: MB(workers.usedSize),
      backingStores: MB(workers.backingStorageSize),
      embedder: MB(workers.embedderHeapUsedSize),
      workers: workers.workers,
      unit: 'MB',
    },
    totalHeapAfterLoadMB: {
      value: MB(page.usedSize + workers.usedSize + backing + embedder),
      jsHeaps: MB(page.usedSize + workers.usedSize),
      backingStores: MB(backing),
      embedder: MB(embedder),
      unit: 'MB',
    },
  };
}

/** Time from navigation to a screen showing `ready` (a CSS selector), in a fresh tab. */
async function timeToInteractive(context, url, ready) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  // Polled on animation frames: when it returns, the rows are on screen and the main thread is free.
  const ms = await page
    .waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), ready, {
      polling: 'raf',
      timeout: 120_000,
    })
    .then((h) => h.jsonValue())
    .catch(async (e) => {
      // Say which screen never came and what the page showed instead.
      const shown = await page.evaluate(() => document.body?.innerText.slice(0, 400) ?? '').catch(() => '(page gone)');
      throw new Error(`${url} did not show ${ready} within 120 s; the page said: ${JSON.stringify(shown)}`, { cause: e });
    });
  return { ms, page };
}

/**
 * Every screen, from a cold navigation (a new tab in the persistent profile) until its first
 * meaningful content: the element a person came for, in the full journal and in the empty one.
 */
const SEARCH_HASH = '#/search?q=roadmap';
const SEARCH_READY = 'main .search-hit-title, main .search-status[data-state="no-match"]';
// The Search screen's status once the saved index is current and checked against the records.
const SEARCH_SAVED =
  'main .search-status[data-index-saved="true"][data-index-reconciling="false"], main .search-status[data-index-saved="true"]:not([data-index-reconciling])';
const SCREENS = [
  // Home's first card (the top one: cards appear in order, none above one already shown), and every
  // card on screen (Home is no longer busy: each card's data read).
  { name: 'Home', hash: '#/', ready: 'main .home .card' },
  { name: 'Home, every card', hash: '#/', ready: 'main .home[aria-busy="false"] .card' },
  { name: 'Journal', hash: '#/journal', ready: 'main .entry-row, main .empty-journal' },
  // Every row summarised (conversations, last contact, next follow-up), or the empty state.
  { name: 'People', hash: '#/people', ready: 'main .people-table[data-summarised="true"] tbody th a, main .people-empty-title' },
  // The all-skills table, or the first-check-in card of an empty journal.
  { name: 'Skills', hash: '#/skills', ready: 'main .data-table, main .skills-actions + .card' },
  { name: "A skill's detail", hash: '#/skills/strategy', ready: 'main .stat-row' },
  { name: 'Path', hash: '#/path', ready: 'main .path-fit' },
  { name: 'Plan', hash: '#/plan', ready: 'main .plan-preview .plan-doc, main .plan-empty' },
  // The first result for a typed word, or the journal's honest 'Nothing matches.' Twice: a first
  // start, which builds the index (no saved one: dropped before each run, as after the v6 to v7
  // upgrade or a damaged snapshot), and a start from the saved index (what a person meets once
  // the app has run since a restore; saved before the first run).
  { name: 'Search, index built at start', hash: SEARCH_HASH, ready: SEARCH_READY, before: 'each', prepare: dropSearchSnapshot },
  { name: 'Search, saved index', hash: SEARCH_HASH, ready: SEARCH_READY, before: 'first', prepare: saveSearchSnapshot },
  { name: 'Settings', hash: '#/settings', ready: 'main .settings-section' },
];

/** Waits for the storage engine to finish its clean-up before `name` is timed; says how long it took and its CPU meanwhile. */
async function settleBefore(context, name) {
  const page = await context.newPage();
  const settled = await settleStorage(context, page);
  await page.close();
  log(`storage engine settled before ${name}: waited ${settled.ms} ms, its CPU meanwhile ${settled.cpuMs} ms`);
}

/** Each screen's cold-navigation times (ms), one tab at a time (the previous one closed first). */
async function measureScreens(context, base, runs, only = SEARCH_ONLY ? /^Search/ : null) {
  const out = {};
  for (const s of SCREENS) {
    if (only && !only.test(s.name)) continue;
    out[s.name] = [];
    for (let i = 0; i < runs; i++) {
      if (s.prepare && (s.before === 'each' || i === 0)) await s.prepare(context, base);
      // Each screen's first run on a settled storage engine: the screen before may have written
      // (Search saves its index; its runs drop it), and the engine's clean-up of that on the
      // browser's thread pool would be timed against the next screen (as after the restore, above).
      if (i === 0 && !quick) await settleBefore(context, s.name);
      const { ms, page } = await timeToInteractive(context, `${base}${s.hash}`, s.ready);
      out[s.name].push(ms);
      await page.close();
    }
    log(`${s.name}: ${out[s.name].map(Math.round).join(' ')} ms`);
  }
  return out;
}

/** The timeline showing its rows (or its empty state). */
const timeToInteractiveTimeline = (context, base) => timeToInteractive(context, `${base}#/journal`, 'main .entry-row, main .empty-journal');

const PASSPHRASE = 'bench passphrase of some length';

/**
 * Start to an interactive timeline with encryption on, in a fresh tab: the lock screen, the
 * passphrase typed, Unlock, the timeline's rows. Times from the page's clock: when the lock screen
 * was ready, when Unlock was pressed, when the rows were on screen.
 */
async function unlockedTimeline(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}#/journal`, { waitUntil: 'commit' });
  const lockAt = await page
    .waitForFunction(() => (document.querySelector('#unlock-secret') ? performance.now() : false), undefined, {
      polling: 'raf',
      timeout: 120_000,
    })
    .then((h) => h.jsonValue());
  await page.fill('#unlock-secret', PASSPHRASE);
  const clickAt = await page.evaluate(() => {
    const t = performance.now();
    document.querySelector('form.lock-card').requestSubmit();
    return t;
  });
  const rowsAt = await page
    .waitForFunction(() => (document.querySelector('main .entry-row') ? performance.now() : false), undefined, {
      polling: 'raf',
      timeout: 120_000,
    })
    .then((h) => h.jsonValue());
  // The KDF of this very unlock, measured by the app (sextant:passphrase-kdf), not a median taken elsewhere.
  const kdfMs = await page.evaluate(() => performance.getEntriesByName('sextant:passphrase-kdf').at(-1)?.duration ?? NaN);
  return { lockAt, unlockMs: rowsAt - clickAt, kdfMs, page };
}

/**
 * One cold start on the Search screen with a typed word: when the index can answer (the page's
 * 'sextant:search-ready' mark, from navigation start) and when the first result is on screen,
 * with where the index came from (the app says so on the status line). Waits until the saved
 * index is current and checked before closing, so the next start finds it and nothing competes.
 */
async function searchStart(context, base) {
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', String(e)));
  await page.goto(`${base}#/search?q=roadmap`, { waitUntil: 'commit' });
  const figure = await page
    .waitForFunction(
      () => {
        const ready = performance.getEntriesByName('sextant:search-ready')[0];
        const status = document.querySelector('main .search-status');
        if (!ready || !document.querySelector('main .search-hit-title')) return false;
        return { readyMs: ready.startTime, firstResultMs: performance.now(), source: status?.getAttribute('data-index-source') };
      },
      undefined,
      { polling: 'raf', timeout: 300_000 },
    )
    .then((h) => h.jsonValue());
  await page.locator(SEARCH_SAVED).waitFor({ timeout: 300_000 });
  figure.buildMs = await page.evaluate(() => performance.getEntriesByName('sextant:search-index-build')[0]?.duration ?? null);
  await page.close();
  return figure;
}

/**
 * The heap of a started app (`page`, closed here) once its search index answers (the saved one
 * or a build, started when the app is idle), after a forced GC: the page's and its workers'.
 */
async function heapOnceSearchReady(context, page) {
  await page.waitForFunction(() => performance.getEntriesByName('sextant:search-ready').length > 0, undefined, { timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  const version = (await cdp.send('Browser.getVersion')).product;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const workerHeap = await workersHeap(cdp);
  await page.close();
  return { heap, workerHeap, version };
}

/** `--search-only`: the search figures alone, at the last size (written to bench/results/search.json). */
async function searchFiguresOnly(context, base, figures) {
  const { page } = await timeToInteractiveTimeline(context, base);
  const { heap, workerHeap, version } = await heapOnceSearchReady(context, page);
  const bench = await context.newPage();
  await bench.goto(`${base}bench/index.html#/settings`);
  await bench.waitForFunction(() => !!window.__sextantBench);
  const search = await bench.evaluate(({ q, p }) => window.__sextantBench.search(q, p), { q: QUERIES, p: RUNS.searchPasses });
  await bench.close();
  const searchReady = await measureSearchReady(context, base, RUNS.searchReady);
  Object.assign(figures, searchFigures(search, searchReady), heapFigures(heap, workerHeap));
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/search.json', JSON.stringify({ date: new Date().toISOString(), chromium: version, figures }, null, 2));
  printScreens(figures.screens);
  const f = figures;
  console.log(`Search per keystroke p50 / p95: ${f.searchLatencyMs.p50} / ${f.searchLatencyMs.p95} ms`);
  console.log(
    `Search ready after start, full build / saved index: ${f.searchReadyAfterStartMs.build.median} / ${f.searchReadyAfterStartMs.snapshot.median} ms; first result ${f.searchReadyAfterStartMs.firstResultBuild.median} / ${f.searchReadyAfterStartMs.firstResultSnapshot.median} ms`,
  );
  console.log(
    `Search index build at start / in bench: ${f.searchIndexBuildMs.atStart} / ${f.searchIndexBuildMs.inBench} ms, ${f.searchIndexBuildMs.documents} documents`,
  );
  console.log(
    `Heap: JS page / worker ${f.heapAfterLoadMB.value} / ${f.workerHeapAfterLoadMB.value} MB; backing stores ${f.heapAfterLoadMB.backingStores} / ${f.workerHeapAfterLoadMB.backingStores} MB; total ${f.totalHeapAfterLoadMB.value} MB`,
  );
}

/** The search figures: per keystroke, ready after start (build / saved index), the build itself. */
function searchFigures(search, searchReady) {
  return {
    searchLatencyMs: {
      p50: round(quantile(search.latencies, 0.5)),
      p95: round(quantile(search.latencies, 0.95)),
      max: round(Math.max(...search.latencies)),
      unit: 'ms',
      queries: search.latencies.length,
    },
    searchReadyAfterStartMs: {
      build: summary(searchReady.build, 'ms'),
      snapshot: summary(searchReady.snapshot, 'ms'),
      firstResultBuild: summary(searchReady.buildFirstResult, 'ms'),
      firstResultSnapshot: summary(searchReady.snapshotFirstResult, 'ms'),
      ratio: round(quantile(searchReady.snapshot, 0.5) / quantile(searchReady.build, 0.5)),
    },
    searchIndexBuildMs: {
      atStart: round(quantile(searchReady.buildInApp, 0.5)),
      inBench: round(search.buildMs),
      documents: search.documents,
      unit: 'ms',
    },
  };
}

/** Drops the saved search index (in the bench page), so the next start builds it. */
async function dropSearchSnapshot(context, base) {
  const bench = await context.newPage();
  await bench.goto(`${base}bench/index.html#/settings`);
  await bench.waitForFunction(() => !!window.__sextantBench);
  await bench.evaluate(() => window.__sextantBench.dropSearchSnapshot());
  await bench.close();
}

/** Makes sure a current saved index is stored: a start on the Search screen, left open until it is saved and checked. */
async function saveSearchSnapshot(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}${SEARCH_HASH}`, { waitUntil: 'commit' });
  await page.locator(SEARCH_SAVED).waitFor({ timeout: 300_000 });
  await page.close();
}

/**
 * Search ready after start, in the same run: the first start (no saved index: a full build, as
 * every start was before the index was saved) against the second (the saved index loaded).
 */
async function measureSearchReady(context, base, runs) {
  const out = { build: [], snapshot: [], buildFirstResult: [], snapshotFirstResult: [], buildInApp: [] };
  for (let i = 0; i < runs; i++) {
    const bench = await context.newPage();
    await bench.goto(`${base}bench/index.html#/settings`);
    await bench.waitForFunction(() => !!window.__sextantBench);
    await bench.evaluate(() => window.__sextantBench.dropSearchSnapshot());
    await bench.close();
    const first = await searchStart(context, base);
    const second = await searchStart(context, base);
    if (first.source !== 'build' || second.source !== 'snapshot')
      throw new Error(`search ready: expected a build then the saved index, got ${first.source} then ${second.source}`);
    out.build.push(first.readyMs);
    out.buildFirstResult.push(first.firstResultMs);
    out.buildInApp.push(first.buildMs);
    out.snapshot.push(second.readyMs);
    out.snapshotFirstResult.push(second.firstResultMs);
  }
  log(
    `search ready after start (ms): full build ${out.build.map(Math.round).join(' ')}; saved index ${out.snapshot.map(Math.round).join(' ')}`,
  );
  return out;
}

/** When the purge's last later step (15 s) has run, with a margin. */
const PURGE_SETTLED_MS = 17_000;

/**
 * Encryption figures at the journal's full size, each against the same figure with encryption off
 * in this run: turning it on (records per second, and against the restore's throughput), the KDF
 * alone, unlock to an interactive timeline (KDF included), timeline start, search, restore and
 * the plan PDF with encryption on; then it is turned off again (timed too).
 */
async function measureEncryption(context, base, off) {
  const bench = await context.newPage();
  bench.on('pageerror', (e) => log('page error:', String(e)));
  await bench.goto(`${base}bench/index.html#/settings`);
  await bench.waitForFunction(() => !!window.__sextantBench);
  // The same generated journal (deterministic) that is in the database now, for the restores.
  await bench.evaluate((n) => window.__sextantBench.generate(n), off.entries);
  const restoreOff = [];
  for (let i = 0; i < RUNS.restore; i++) restoreOff.push(await bench.evaluate(() => window.__sextantBench.restoreTimed()));
  const on = await bench.evaluate((p) => window.__sextantBench.encryptionOn(p), PASSPHRASE);
  // The purge's later steps (renderer/data/encryption/purge.ts, AFTER_PURGE_MS: 1, 5 and 15 s after
  // turning it on, each re-compacting the old copy's range with the window's writes held off) are
  // a one-off of turning encryption on, not a cost of restoring with it on: the restores wait for them.
  await bench.waitForTimeout(PURGE_SETTLED_MS);
  const restoreOn = [];
  for (let i = 0; i < RUNS.restore; i++) restoreOn.push(await bench.evaluate(() => window.__sextantBench.restoreTimed()));
  const searchOn = await bench.evaluate(({ q, p }) => window.__sextantBench.search(q, p), { q: QUERIES, p: RUNS.searchPasses });
  await bench.close();
  const unlock = [];
  const unlockKdf = [];
  const startOn = [];
  for (let i = 0; i < RUNS.interactive; i++) {
    const { lockAt, unlockMs, kdfMs, page } = await unlockedTimeline(context, base);
    unlock.push(unlockMs);
    unlockKdf.push(kdfMs);
    // The start as with encryption off (navigation to rows), without the passphrase typing and its KDF.
    startOn.push(lockAt + unlockMs - kdfMs);
    await page.close();
  }
  log(
    `unlock to interactive timeline (ms): ${unlock.map(Math.round).join(' ')}; KDF in those unlocks ${unlockKdf.map(Math.round).join(' ')}; alone ${on.kdfMs.map(Math.round).join(' ')}`,
  );
  const plan = await context.newPage();
  await plan.goto(`${base}#/plan`);
  await plan.fill('#unlock-secret', PASSPHRASE);
  await plan.locator('form.lock-card').evaluate((f) => f.requestSubmit());
  await plan.locator('.plan-print .plan-doc').waitFor({ state: 'attached', timeout: 120_000 });
  await plan.evaluate(async () => {
    await document.fonts.ready;
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  // As the plain figure is measured: Export PDF pressed to the bytes of page.pdf.
  const planOn = [];
  for (let i = 0; i < RUNS.pdf; i++) {
    const t = performance.now();
    await plan.getByRole('button', { name: /^Export PDF/ }).click();
    await plan.waitForFunction((n) => window.__printed === n, i + 1, { timeout: 120_000 });
    await plan.pdf({ preferCSSPageSize: true, printBackground: true });
    planOn.push(performance.now() - t);
  }
  await plan.close();
  const back = await context.newPage();
  back.on('pageerror', (e) => log('page error:', String(e)));
  await back.goto(`${base}bench/index.html#/settings`);
  await back.waitForFunction(() => !!window.__sextantBench);
  const offAgain = await back.evaluate((p) => window.__sextantBench.encryptionOff(p), PASSPHRASE);
  await back.close();

  const rate = (r) => r.records / (r.ms / 1000);
  const restoreOffRate = quantile(restoreOff.map(rate), 0.5);
  const enableRate = on.records / (on.enableMs / 1000);
  const median = (xs) => quantile(xs, 0.5);
  return {
    encryptionKdfMs: summary(on.kdfMs, 'ms'),
    unlockKdfMs: summary(unlockKdf, 'ms'),
    unlockToTimelineMs: summary(unlock, 'ms'),
    timelineStartEncryptedMs: summary(startOn, 'ms'),
    restoreEncryptionOffRecordsPerSecond: summary(restoreOff.map(rate), 'records/s'),
    restoreEncryptionOnRecordsPerSecond: summary(restoreOn.map(rate), 'records/s'),
    searchIndexBuildEncryptedMs: { value: round(searchOn.buildMs), unit: 'ms' },
    searchLatencyEncryptedMs: { p50: round(quantile(searchOn.latencies, 0.5)), p95: round(quantile(searchOn.latencies, 0.95)), unit: 'ms' },
    planPdfEncryptedMs: summary(planOn, 'ms'),
    // Time with encryption on / time with it off (medians; restore: the inverse of the throughputs).
    encryptionOnVsOff: {
      timelineStart: round(median(startOn) / median(off.timeline)),
      searchIndexBuild: round(searchOn.buildMs / off.search.buildMs),
      searchKeystrokeP95: round(quantile(searchOn.latencies, 0.95) / quantile(off.search.latencies, 0.95)),
      restore: round(restoreOffRate / median(restoreOn.map(rate))),
      planPdf: round(median(planOn) / median(off.planPdfMs)),
      unit: 'x',
    },
    enableEncryption: {
      records: on.records,
      recordsPerSecond: round(enableRate),
      vsRestore: round(enableRate / restoreOffRate),
      ms: round(on.enableMs),
    },
    disableEncryptionMs: { value: round(offAgain.disableMs), unit: 'ms' },
    unlockInPageMs: { value: round(offAgain.unlockMs), unit: 'ms' },
  };
}

/**
 * `runs` timed pairs of the app's restore and raw IndexedDB puts of the same records (the bench
 * page's journal). One untimed pair first, so that every timed write follows the deletion of a
 * copy of the same records (the storage engine's clean-up of it is then the same for both), and
 * the order alternates within the pairs (raw first, then restore first). `--legacy-restore-order`
 * measures as before (no warm-up pair; raw first, the restore right after deleting both copies),
 * to compare the two measurements.
 */
async function restorePairs(bench, runs) {
  if (!LEGACY_RESTORE_ORDER) await bench.evaluate(() => window.__sextantBench.restore());
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const r = await bench.evaluate((o) => window.__sextantBench.restore(o), { rawFirst: i % 2 === 0, legacy: LEGACY_RESTORE_ORDER });
    pairs.push(r);
    if (r) log(`restore ${Math.round(r.restoreMs)} ms, raw ${Math.round(r.rawMs)} ms, ratio ${round(r.rawMs / r.restoreMs)}`);
  }
  return pairs;
}

/**
 * `--only=restore`: at each size, the restore figure alone (the same pairs as the full run: the
 * app's restore and raw IndexedDB puts of the same records, RUNS.restore pairs in one page),
 * printed per size with every pair's times. With --profile, one more restore per size is
 * profiled (CDP Profiler, page and workers' main thread of the page only) into PROFILE_DIR.
 */
async function restoreOnly(context, base) {
  const out = {};
  for (const entries of SIZES) {
    const bench = await context.newPage();
    const errors = [];
    bench.on('pageerror', (e) => {
      errors.push(String(e));
      log('page error:', String(e));
    });
    await bench.goto(`${base}bench/index.html#/settings`);
    await bench.waitForFunction(() => !!window.__sextantBench, undefined, { timeout: 60_000 });
    const size = await bench.evaluate((n) => window.__sextantBench.generate(n), entries);
    log(`generated ${size.entries} entries, ${size.records} records`);
    const pairs = await restorePairs(bench, runsArg ? Number(runsArg.slice(7)) : RUNS.restore);
    if (pairs.includes(null)) throw new Error('--only=restore: this build has no restore');
    if (PROFILE_DIR) {
      mkdirSync(PROFILE_DIR, { recursive: true });
      const cdp = await context.newCDPSession(bench);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const r = await bench.evaluate((legacy) => window.__sextantBench.restore({ legacy }), LEGACY_RESTORE_ORDER);
      const { profile } = await cdp.send('Profiler.stop');
      const file = join(PROFILE_DIR, `restore-${entries}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(`profiled restore ${Math.round(r.restoreMs)} ms (raw ${Math.round(r.rawMs)} ms): ${file}`);
    }
    // Let the last restore's follow-up work (the search index) finish, so it cannot leak into the next size.
    await bench.evaluate(() => window.__sextantBench.dropRaw());
    await bench.evaluate(() => window.__sextantBench.settle());
    await bench.close();
    const replaceOverFull = await replaceOverFullRuns(context, base, entries, runsArg ? Number(runsArg.slice(7)) : RUNS.restore);
    const rate = (ms) => pairs.map((p) => size.records / (p[ms] / 1000));
    const ratio = pairs.map((p) => p.rawMs / p.restoreMs);
    out[entries] = {
      records: size.records,
      restoreRecordsPerSecond: summary(rate('restoreMs'), 'records/s'),
      rawIndexedDbRecordsPerSecond: summary(rate('rawMs'), 'records/s'),
      restoreVsRaw: { median: round(quantile(ratio, 0.5)), p95: round(quantile(ratio, 0.95)), unit: 'ratio', runs: ratio.length },
      pairs: pairs.map((p) => ({ restoreMs: round(p.restoreMs), rawMs: round(p.rawMs) })),
      replaceOverFull,
      pageErrors: errors,
    };
  }
  return out;
}

/**
 * "Replace over a full journal" at one size: `runs` times, in a fresh bench page each, the journal
 * filled with the generated journal (untimed), a forced GC, then a timed replace restore of it a
 * season later (hooks.ts, replaceOverFull), with the page's JS heap before and at its peak. With
 * --restore-base, each run does it once in each build (alternating which goes first; they share
 * IndexedDB), and the ratios this build / base are of the medians.
 */
async function replaceOverFullRuns(context, base, entries, runs) {
  const builds = RESTORE_BASE ? ['bench', 'base'] : ['bench'];
  const runsOf = Object.fromEntries(builds.map((b) => [b, []]));
  const live = Object.fromEntries(builds.map((b) => [b, []]));
  const once = async (build, liveHeap = false) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`page error (${build}):`, String(e)));
    await page.goto(`${base}${build}/index.html#/settings`);
    await page.waitForFunction(() => !!window.__sextantBench?.replaceOverFull, undefined, { timeout: 60_000 });
    await page.evaluate((n) => window.__sextantBench.generate(n), entries);
    await page.evaluate(() => window.__sextantBench.fillForReplace());
    const r = await page.evaluate((o) => window.__sextantBench.replaceOverFull(o), { live: liveHeap });
    await page.evaluate(() => window.__sextantBench.settle());
    await page.close();
    const mb = (bytes) => bytes / 2 ** 20;
    const what = liveHeap ? 'live heap' : 'heap';
    log(
      `replace over ${entries} (${build}): ${Math.round(r.ms)} ms, ${what} ${mb(r.heapBefore).toFixed(1)} MB -> peak ${mb(r.heapPeak).toFixed(1)} MB`,
    );
    (liveHeap ? live : runsOf)[build].push({ ms: r.ms, peakMb: mb(r.heapPeak), growthMb: mb(r.heapPeak - r.heapBefore) });
  };
  for (let i = 0; i < runs; i++) for (const b of i % 2 === 0 ? builds : [...builds].reverse()) await once(b);
  // The heap still in use during the restore (full GCs at each progress step): once per build.
  for (const b of builds) await once(b, true);
  const med = (b, k) =>
    quantile(
      runsOf[b].map((r) => r[k]),
      0.5,
    );
  const figure = (b) => ({
    ms: round(med(b, 'ms')),
    peakHeapMb: round(med(b, 'peakMb')),
    heapGrowthMb: round(med(b, 'growthMb')),
    liveHeapGrowthMb: round(live[b][0].growthMb),
    runs: runsOf[b],
  });
  return {
    thisBuild: figure('bench'),
    ...(RESTORE_BASE
      ? {
          base: figure('base'),
          ratioToBase: {
            ms: round(med('bench', 'ms') / med('base', 'ms')),
            peakHeap: round(med('bench', 'peakMb') / med('base', 'peakMb')),
            heapGrowth: round(med('bench', 'growthMb') / med('base', 'growthMb')),
            liveHeapGrowth: round(live.bench[0].growthMb / live.base[0].growthMb),
          },
        }
      : {}),
  };
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the app first (npm run build:renderer)`);
  buildBenchVariant();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  // A persistent profile (a fresh temporary one), as the desktop app and a person's browser have.
  // Chromium reuses compiled code (V8's code cache) from one start to the next in a profile on
  // disk, not in Playwright's default incognito-like context (measured: evaluating the start
  // scripts took 160-300 ms per start there, ~125 ms here). The first start compiles everything;
  // it is reported on its own.
  const profileDir = mkdtempSync(join(tmpdir(), 'sextant-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    // The same flags as the e2e tests (this closed network), plus precise heap figures.
    // --only=restore: gc() in the page too, for the live heap of a replace over a full journal.
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', ...(ONLY === 'restore' ? ['--js-flags=--expose-gc'] : [])],
    viewport: { width: 1280, height: 860 },
  });
  const figures = {};
  let chromiumVersion;
  if (ONLY === 'restore') {
    try {
      const restore = await restoreOnly(context, base);
      const result = { quick, only: ONLY, legacyRestoreOrder: LEGACY_RESTORE_ORDER, date: new Date().toISOString(), restore };
      mkdirSync('bench/results', { recursive: true });
      writeFileSync('bench/results/restore.json', JSON.stringify(result, null, 2));
      for (const [n, f] of Object.entries(restore))
        console.log(
          `${n} entries (${f.records} records): restore ${f.restoreRecordsPerSecond.median} / ${f.restoreRecordsPerSecond.p95} records/s, raw ${f.rawIndexedDbRecordsPerSecond.median} / ${f.rawIndexedDbRecordsPerSecond.p95} records/s (median / p95); restore / raw ${f.restoreVsRaw.median} median, ${f.restoreVsRaw.p95} p95 (target >= 0.8); page errors: ${f.pageErrors.length}`,
        );
      for (const [n, f] of Object.entries(restore)) {
        const { thisBuild: a, base: b, ratioToBase: r } = f.replaceOverFull;
        console.log(
          `${n} entries, replace over a full journal: ${a.ms} ms, peak heap ${a.peakHeapMb} MB (+${a.heapGrowthMb} MB during the restore, +${a.liveHeapGrowthMb} MB in use)` +
            (b
              ? `; base ${b.ms} ms, ${b.peakHeapMb} MB (+${b.heapGrowthMb} MB, +${b.liveHeapGrowthMb} MB in use); this / base: time ${r.ms}, peak heap ${r.peakHeap}, heap growth ${r.heapGrowth}, in use ${r.liveHeapGrowth}`
              : ''),
        );
      }
      console.log('\nwritten to bench/results/restore.json');
    } finally {
      await context.close();
      server.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
    return;
  }
  try {
    // 1. The empty journal.
    const empty = [];
    for (let i = 0; i < RUNS.interactive; i++) {
      const { ms, page } = await timeToInteractiveTimeline(context, base);
      empty.push(ms);
      await page.close();
    }
    const screens = { 0: await measureScreens(context, base, RUNS.screens) };
    // 2. Seed each size through the app's restore (timed against raw IndexedDB puts of the same
    // records at the last size), and time every screen at it.
    let size;
    const restoreRate = [];
    const rawRate = [];
    const ratio = [];
    let restorePresent = true;
    for (const entries of SIZES) {
      const last = entries === SIZES[SIZES.length - 1];
      const bench = await context.newPage();
      bench.on('pageerror', (e) => log('page error:', String(e)));
      await bench.goto(`${base}bench/index.html#/settings`);
      await bench.waitForFunction(() => !!window.__sextantBench, undefined, { timeout: 60_000 });
      size = await bench.evaluate((n) => window.__sextantBench.generate(n), entries);
      log(`generated ${size.entries} entries, ${size.records} records`);
      const timed = last && !SEARCH_ONLY;
      const pairs = timed ? await restorePairs(bench, RUNS.restore) : [await bench.evaluate(() => window.__sextantBench.restore())];
      await bench.evaluate(() => window.__sextantBench.dropRaw());
      // The screens are timed on a settled journal: the restore pairs wrote the journal 10 times and
      // deleted it 11 times within the last minute, and the storage engine compacts and clears that
      // for seconds afterwards on the browser's thread pool (traced: 1-6 s of CPU), which the first
      // screen timed would otherwise compete with. The bench page keeps the journal open meanwhile.
      await bench.evaluate(() => window.__sextantBench.settle());
      const settled = await settleStorage(context, bench);
      log(`storage engine settled after the restore: waited ${settled.ms} ms, its CPU meanwhile ${settled.cpuMs} ms`);
      if (pairs.includes(null)) restorePresent = false;
      else if (timed)
        for (const r of pairs) {
          restoreRate.push(r.records / (r.restoreMs / 1000));
          rawRate.push(r.records / (r.rawMs / 1000));
          ratio.push(r.rawMs / r.restoreMs);
        }
      await bench.close();
      screens[entries] = await measureScreens(context, base, RUNS.screens);
    }
    if (SEARCH_ONLY) {
      await searchFiguresOnly(context, base, { entries: size.entries, records: size.records, screens: screenFigures(screens) });
      return;
    }
    // 3. The full journal: time to an interactive timeline, then heap once the app has settled.
    const full = [];
    let last = null;
    for (let i = 0; i < RUNS.interactive; i++) {
      // One tab at a time, as a person has one window: the previous tab's idle work (its search
      // index build) must not compete with this tab's start. The last one stays for the heap figure.
      if (last) await last.close();
      const { ms, page } = await timeToInteractiveTimeline(context, base);
      full.push(ms);
      last = page;
    }
    log(`interactive timeline runs (ms): empty ${empty.map(Math.round).join(' ')}; full ${full.map(Math.round).join(' ')}`);
    // The app starts its search index when idle after start (the saved one, or a build); wait
    // for it, then measure the heap.
    const { heap, workerHeap, version } = await heapOnceSearchReady(context, last);
    chromiumVersion = version;
    // The People list, once the timeline tab is closed (so no other tab's work competes): first
    // rows on screen (names, roles, companies), then every row's summary of conversations filled
    // in (the table is marked data-summarised once they have been read).
    const people = [];
    const peopleSummarised = [];
    for (let i = 0; i < RUNS.interactive; i++) {
      const { ms, page } = await timeToInteractive(context, `${base}#/people`, 'main .people-table tbody th a');
      people.push(ms);
      peopleSummarised.push(
        await page
          .waitForFunction(
            () => (document.querySelector('main .people-table[data-summarised="true"] tbody th a') ? performance.now() : false),
            undefined,
            { polling: 'raf', timeout: 60_000 },
          )
          .then((h) => h.jsonValue()),
      );
      await page.close();
    }
    // The plan PDF as the app makes it: the Plan screen of the full journal, its Export PDF button
    // pressed (web mode: the app prepares the print view, then calls window.print(), counted here
    // instead of opening a dialog), then printed by Chromium (page.pdf, the same print layout as
    // printToPDF in the desktop app), timed from the click to the bytes. The page records its long
    // tasks meanwhile (over 50 ms; the target is none over 100 ms, so the window never freezes).
    const planPage = await context.newPage();
    planPage.on('pageerror', (e) => log('page error:', String(e)));
    await planPage.goto(`${base}#/plan`);
    await planPage.locator('.plan-print .plan-doc').waitFor({ state: 'attached', timeout: 120_000 });
    await planPage.evaluate(async () => {
      await document.fonts.ready;
      window.__printed = 0;
      window.print = () => {
        window.__printed += 1;
        // The app's own share of the export: the long tasks from the click up to the print call.
        window.__appLongest = Math.max(0, ...window.__longTasks);
      };
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    });
    const planPdfMs = [];
    const planExportLongest = [];
    const planExportAppLongest = [];
    let planPdfBytes = 0;
    for (let i = 0; i < RUNS.pdf; i++) {
      await planPage.evaluate(() => (window.__longTasks = []));
      const t = performance.now();
      await planPage.getByRole('button', { name: /^Export PDF/ }).click();
      await planPage.waitForFunction((n) => window.__printed === n, i + 1, { timeout: 120_000 });
      planExportAppLongest.push(await planPage.evaluate(() => window.__appLongest));
      const bytes = await planPage.pdf({ preferCSSPageSize: true, printBackground: true });
      planPdfMs.push(performance.now() - t);
      planPdfBytes = bytes.length;
      // Long tasks are reported after they end: a frame later, they are all in.
      planExportLongest.push(
        await planPage.evaluate(
          () => new Promise((r) => window.requestAnimationFrame(() => setTimeout(() => r(Math.max(0, ...window.__longTasks)), 50))),
        ),
      );
    }
    log(`plan PDF export runs (ms): ${planPdfMs.map(Math.round).join(' ')}; longest task ${planExportLongest.map(Math.round).join(' ')}`);
    await planPage.close();
    // 4. Search, progress, path fit and the print view in the bench variant (the app's code, on the same data).
    const page2 = await context.newPage();
    page2.on('pageerror', (e) => log('page error:', String(e)));
    await page2.goto(`${base}bench/index.html#/settings`);
    await page2.waitForFunction(() => !!window.__sextantBench);
    const search = await page2.evaluate(({ q, p }) => window.__sextantBench.search(q, p), { q: QUERIES, p: RUNS.searchPasses });
    await page2.evaluate(() => window.__sextantBench.dropSearchSnapshot());
    const compute = await page2.evaluate((n) => window.__sextantBench.compute(n), RUNS.compute);
    const printView = await page2.evaluate((n) => window.__sextantBench.printView(n), RUNS.pdf);
    await page2.close();
    // 4b. Search ready after start: a full build (first start) against the saved index (second start).
    const searchReady = await measureSearchReady(context, base, RUNS.searchReady);
    // 5. Encryption at the last size, against the plain figures of this same run.
    const encryption = await measureEncryption(context, base, { entries: SIZES[SIZES.length - 1], timeline: full, search, planPdfMs });

    figures.entries = size.entries;
    figures.screens = screenFigures(screens);
    figures.records = size.records;
    figures.interactiveEmptyMs = summary(empty, 'ms');
    // The very first start in the profile: nothing compiled yet (the first install's first launch).
    figures.interactiveFirstStartMs = { value: round(empty[0]), unit: 'ms' };
    figures.interactiveFullMs = summary(full, 'ms');
    figures.interactivePeopleMs = summary(people, 'ms');
    figures.peopleSummarisedMs = summary(peopleSummarised, 'ms');
    figures.interactiveRatio = { median: round(quantile(full, 0.5) / quantile(empty, 0.5)), unit: 'x', runs: full.length };
    Object.assign(figures, searchFigures(search, searchReady));
    figures.restoreRecordsPerSecond = restorePresent ? summary(restoreRate, 'records/s') : NA;
    figures.rawIndexedDbRecordsPerSecond = summary(rawRate, 'records/s');
    figures.restoreVsRaw = restorePresent
      ? { median: round(quantile(ratio, 0.5)), p95: round(quantile(ratio, 0.95)), unit: 'ratio', runs: ratio.length }
      : NA;
    figures.skillProgressMs = compute.progress ? summary(compute.progress, 'ms') : NA;
    figures.pathFitMs = compute.fit ? summary(compute.fit, 'ms') : NA;
    figures.fitHistoryMs = compute.history ? summary(compute.history, 'ms') : NA;
    figures.planPdfMs = { ...summary(planPdfMs, 'ms'), bytes: planPdfBytes };
    figures.planExportLongestTaskMs = summary(planExportLongest, 'ms');
    figures.planExportAppLongestTaskMs = summary(planExportAppLongest, 'ms');
    figures.planPrintViewMs = printView ? summary(printView.ms, 'ms') : NA;
    Object.assign(figures, heapFigures(heap, workerHeap));
    Object.assign(figures, encryption);
  } finally {
    await context.close();
    server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  const result = { quick, date: new Date().toISOString(), chromium: chromiumVersion, figures };
  mkdirSync('bench/results', { recursive: true });
  const out = quick ? 'bench/results/quick.json' : 'bench/results/latest.json';
  writeFileSync(out, JSON.stringify(result, null, 2));
  printTable(figures);
  console.log(`\nwritten to ${out}`);
}

/** Per screen: median / p95 at each size (0 = the empty journal) and the ratio of medians to the empty journal. */
function screenFigures(screens) {
  const sizes = Object.keys(screens).map(Number);
  return Object.fromEntries(
    SCREENS.filter(({ name }) => screens[0][name]).map(({ name }) => {
      const empty = quantile(screens[0][name], 0.5);
      const at = Object.fromEntries(sizes.map((n) => [n, summary(screens[n][name], 'ms')]));
      const ratio = Object.fromEntries(sizes.filter((n) => n > 0).map((n) => [n, round(quantile(screens[n][name], 0.5) / empty)]));
      return [name, { at, ratio }];
    }),
  );
}

function printScreens(screens) {
  const names = SCREENS.map((s) => s.name).filter((name) => screens[name]);
  const sizes = Object.keys(screens[names[0]].at).map(Number);
  const head = [
    'Screen, cold navigation to content',
    ...sizes.map((n) => (n === 0 ? 'empty (median / p95)' : `${n} entries (ratio to empty)`)),
  ];
  const rows = names.map((name) => {
    const s = screens[name];
    return [name, ...sizes.map((n) => `${s.at[n].median} / ${s.at[n].p95} ms${n === 0 ? '' : ` (${s.ratio[n]} x)`}`)];
  });
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  console.log('');
}

function printTable(f) {
  printScreens(f.screens);
  const cell = (x, keyA = 'median', keyB = 'p95') => (typeof x === 'string' ? x : `${x[keyA]} / ${x[keyB]} ${x.unit}`);
  const rows = [
    ['Entries in the journal', String(f.entries), ''],
    ['Interactive timeline, empty journal (median / p95)', cell(f.interactiveEmptyMs), ''],
    ['  first start in a new profile (empty, no code cache)', `${f.interactiveFirstStartMs.value} ms`, ''],
    [`Interactive timeline, ${f.entries} entries (median / p95)`, cell(f.interactiveFullMs), 'target < 1000 ms'],
    ['  ratio full / empty (median)', `${f.interactiveRatio.median} x`, ''],
    [`People list, ${f.entries} entries: first rows (median / p95)`, cell(f.interactivePeopleMs), ''],
    ['  every row summarised (median / p95)', cell(f.peopleSummarisedMs), ''],
    ['Search per keystroke (p50 / p95)', cell(f.searchLatencyMs, 'p50', 'p95'), 'target p95 < 16 ms'],
    [
      'Search ready after start: full build (first start) / saved index (second start), median',
      `${f.searchReadyAfterStartMs.build.median} / ${f.searchReadyAfterStartMs.snapshot.median} ms`,
      `${f.searchReadyAfterStartMs.ratio} x; target < 1000 ms at 10,000`,
    ],
    [
      '  first result on the Search screen: full build / saved index, median',
      `${f.searchReadyAfterStartMs.firstResultBuild.median} / ${f.searchReadyAfterStartMs.firstResultSnapshot.median} ms`,
      '',
    ],
    [
      'Search index build at start / in bench',
      `${f.searchIndexBuildMs.atStart} / ${f.searchIndexBuildMs.inBench} ms`,
      `${f.searchIndexBuildMs.documents} documents`,
    ],
    ['Restore (median / p95)', cell(f.restoreRecordsPerSecond), ''],
    ['Raw IndexedDB puts (median / p95)', cell(f.rawIndexedDbRecordsPerSecond), ''],
    ['  restore / raw throughput', cell(f.restoreVsRaw), 'target >= 0.8'],
    ['Skill progress, whole journal (median / p95)', cell(f.skillProgressMs), 'target < 50 ms'],
    ['Path fit, whole journal (median / p95)', cell(f.pathFitMs), 'target < 50 ms'],
    ['Path fit history, one point a month (median / p95)', cell(f.fitHistoryMs), ''],
    ['Full plan PDF export: Export PDF pressed to the bytes of page.pdf (median / p95)', cell(f.planPdfMs), 'target < 2000 ms'],
    ['  longest main-thread task during the export (median / p95)', cell(f.planExportLongestTaskMs), 'target < 100 ms'],
    ["    of which the app's own steps, click to print call (median / p95)", cell(f.planExportAppLongestTaskMs), 'target < 100 ms'],
    ['  compose + lay out the print view, main thread (median / p95)', cell(f.planPrintViewMs), ''],
    [
      'JS heap after loading the journal: page / its workers (the search index)',
      `${f.heapAfterLoadMB.value} / ${f.workerHeapAfterLoadMB.value} MB`,
      '',
    ],
    [
      '  typed-array and ArrayBuffer backing stores: page / workers',
      `${f.heapAfterLoadMB.backingStores} / ${f.workerHeapAfterLoadMB.backingStores} MB`,
      '',
    ],
    [
      '  all of it: JS heaps + backing stores + Blink heaps (page and workers)',
      `${f.totalHeapAfterLoadMB.jsHeaps} + ${f.totalHeapAfterLoadMB.backingStores} + ${f.totalHeapAfterLoadMB.embedder} = ${f.totalHeapAfterLoadMB.value} MB`,
      'target < 150 MB',
    ],
    ['Encryption: passphrase KDF alone (median / p95)', cell(f.encryptionKdfMs), 'PBKDF2-SHA256, 600,000 iterations'],
    ['  the same KDF within the unlocks below (median / p95)', cell(f.unlockKdfMs), ''],
    [`Unlock to interactive timeline, ${f.entries} entries, KDF included (median / p95)`, cell(f.unlockToTimelineMs), 'target < 1500 ms'],
    [
      'Timeline start, encryption on (median / p95)',
      cell(f.timelineStartEncryptedMs),
      `${f.encryptionOnVsOff.timelineStart} x off; target <= 1.3`,
    ],
    [
      'Search with encryption on: index build / keystroke p95',
      `${f.searchIndexBuildEncryptedMs.value} / ${f.searchLatencyEncryptedMs.p95} ms`,
      `${f.encryptionOnVsOff.searchIndexBuild} x / ${f.encryptionOnVsOff.searchKeystrokeP95} x off; target <= 1.3`,
    ],
    [
      'Restore, encryption off / on (medians)',
      `${f.restoreEncryptionOffRecordsPerSecond.median} / ${f.restoreEncryptionOnRecordsPerSecond.median} records/s`,
      `${f.encryptionOnVsOff.restore} x the time; target <= 1.3`,
    ],
    ['Plan PDF, encryption on (median / p95)', cell(f.planPdfEncryptedMs), `${f.encryptionOnVsOff.planPdf} x off; target <= 1.3`],
    [
      `Turning encryption on, ${f.enableEncryption.records} records`,
      `${f.enableEncryption.recordsPerSecond} records/s`,
      `${f.enableEncryption.vsRestore} x the restore's throughput; target >= 0.5`,
    ],
    ['Turning encryption off / unlocking in the page', `${f.disableEncryptionMs.value} / ${f.unlockInPageMs.value} ms`, ''],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
