#!/usr/bin/env node
// Search at start for two or three builds side by side: `A=<dist> B=<dist> [C=<dist>] node
// bench/searchAB.mjs` serves them from one origin (/a/, /b/, /c/: they share IndexedDB), seeds N entries (default 10,000) through
// the bench variant's restore (bench/.dist, built by `node bench/run.mjs`), then alternates cold
// starts on the Search screen (`#/search?q=roadmap`) between the builds in one persistent profile,
// so both see the same load on a shared machine: a start that builds the index (the saved one
// dropped first), then a start from the saved index. Per start: the 'sextant:search-ready' mark
// (the whole index answers) and the first result on screen (a partial answer counts), from
// navigation. RUNS (3) tunes it. N=0 times the empty journal (its first result is the honest
// "Nothing matches."), the base of the ratios; EMPTY=1 times it first, then N entries, in one
// process, and prints each build's ratio of the saved start's first result.
import { inBenchPage, median, openAbBrowser } from './abBrowser.mjs';

const N = Number(process.env.N ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 3);
if (!process.env.A || !process.env.B) throw new Error('A=<dist> B=<dist> [C=<dist>] node bench/searchAB.mjs');
const VERSIONS = ['a', 'b', 'c'].filter((v) => process.env[v.toUpperCase()]);
// The first result, or an empty journal's "Nothing matches." (never shown while the index loads or is checked).
const ANSWER = 'main .search-hit-title, main .search-status[data-state="no-match"]';
const SAVED =
  'main .search-status[data-index-saved="true"][data-index-reconciling="false"], main .search-status[data-index-saved="true"]:not([data-index-reconciling])';

const { base, context, out, add, close } = await openAbBrowser(
  Object.fromEntries(VERSIONS.map((v) => [v, process.env[v.toUpperCase()]])),
  'sextant-search-ab-',
);

const benchPage = (run) => inBenchPage(context, base, run);

async function start(v) {
  const page = await context.newPage();
  await page.goto(`${base}${v}/#/search?q=roadmap`, { waitUntil: 'commit' });
  // The first result on screen, whether the index is whole yet or not (a partial answer counts).
  const firstHit = page
    .waitForFunction((answer) => (document.querySelector(answer) ? performance.now() : false), ANSWER, {
      polling: 'raf',
      timeout: 300_000,
    })
    .then((h) => h.jsonValue());
  const f = await page
    .waitForFunction(
      (answer) => {
        const ready = performance.getEntriesByName('sextant:search-ready')[0];
        if (!ready || !document.querySelector(answer)) return false;
        const source = document.querySelector('main .search-status')?.getAttribute('data-index-source');
        return { ready: ready.startTime, first: performance.now(), source };
      },
      ANSWER,
      { polling: 'raf', timeout: 300_000 },
    )
    .then((h) => h.jsonValue());
  f.first = await firstHit;
  await page.locator(SAVED).waitFor({ timeout: 300_000 });
  await page.close();
  return f;
}

/** RUNS rounds of starts, each build in turn (the order alternating); `size` prefixes the figures. */
async function rounds(size) {
  for (let i = 0; i < RUNS; i++)
    for (const v of i % 2 ? [...VERSIONS].reverse() : VERSIONS) {
      await benchPage((b) => b.evaluate(() => window.__sextantBench.dropSearchSnapshot()));
      const built = await start(v);
      const loaded = await start(v);
      // An empty journal's screen says so without naming the index's source.
      if (size > 0 && (built.source !== 'build' || loaded.source !== 'snapshot'))
        throw new Error(`${v}: got ${built.source} then ${loaded.source}`);
      add(`${size} ${v} built: whole index`, built.ready);
      add(`${size} ${v} built: first result`, built.first);
      add(`${size} ${v} saved: whole index`, loaded.ready);
      add(`${size} ${v} saved: first result`, loaded.first);
    }
}

try {
  // EMPTY=1: the empty journal first, in the same process, so each build's ratio to it is honest.
  if (process.env.EMPTY === '1' && N > 0) await rounds(0);
  if (N > 0)
    await benchPage(async (b) => {
      console.error(await b.evaluate((n) => window.__sextantBench.generate(n), N));
      console.error(await b.evaluate(() => window.__sextantBench.restore()));
    });
  await rounds(N);
} finally {
  await close();
}
for (const [k, t] of Object.entries(out).sort((x, y) => parseInt(x[0]) - parseInt(y[0]) || x[0].localeCompare(y[0])))
  console.log(k.padEnd(32), 'median', Math.round(median(t)), 'runs', t.map(Math.round).join(' '));
// The saved start's first result against the empty journal's, per build (EMPTY=1).
if (process.env.EMPTY === '1' && N > 0)
  for (const v of VERSIONS) {
    const ratio = median(out[`${N} ${v} saved: first result`]) / median(out[`0 ${v} saved: first result`]);
    console.log(`${v} saved first result, ${N} entries / empty: ${ratio.toFixed(2)}x`);
  }
