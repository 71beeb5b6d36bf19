#!/usr/bin/env node
// An empty journal's cold start, traced, for several builds alternating in one persistent profile:
// `BUILDS=a=<dist>,b=<dist> RUNS=7 SCREENS=Home,Plan node bench/emptyStartAB.mjs` (names are
// letters: the server routes /<letters>/). Each cold navigation is traced (Chromium's timeline)
// until the screen's content is there (the selectors of bench/run.mjs), and three medians are
// printed per screen and build: wall time to the content, the main thread's CPU time meanwhile
// (the thread time of its tasks: far less swayed by other work on the machine than wall time), and
// when the main chunk was requested (ms after navigation start). The empty journal only.
// Search is timed as bench/run.mjs times it, twice: `Search` with no saved index (dropped before each
// navigation, through the bench variant's page: bench/.dist must be built, as `node bench/run.mjs`
// does, or `VITE_BENCH=1 npx vite build --outDir ../bench/.dist`) and `SearchSaved` with the saved
// index of the empty journal (stored before each navigation by a start left open until it is saved).
import { inBenchPage, median, openAbBrowser } from './abBrowser.mjs';
const SEARCH_READY = 'main .search-hit-title, main .search-status[data-state="no-match"]';
const SEARCH_SAVED =
  'main .search-status[data-index-saved="true"][data-index-reconciling="false"], main .search-status[data-index-saved="true"]:not([data-index-reconciling])';
const ALL = {
  Home: ['#/', 'main .home .card'],
  Journal: ['#/journal', 'main .entry-row, main .empty-journal'],
  People: ['#/people', 'main .people-empty-title'],
  Skills: ['#/skills', 'main .data-table, main .skills-actions + .card'],
  Skill: ['#/skills/strategy', 'main .stat-row'],
  Path: ['#/path', 'main .path-fit'],
  Plan: ['#/plan', 'main .plan-preview .plan-doc, main .plan-empty'],
  Search: ['#/search?q=roadmap', SEARCH_READY, 'drop'],
  SearchSaved: ['#/search?q=roadmap', SEARCH_READY, 'save'],
  Settings: ['#/settings', 'main .settings-section'],
};
const SCREENS = (process.env.SCREENS ?? Object.keys(ALL).join(',')).split(',');
const RUNS = Number(process.env.RUNS ?? 5);
const builds = Object.fromEntries(process.env.BUILDS.split(',').map((b) => b.split('=')));
const V = Object.keys(builds);
const { base, context, close } = await openAbBrowser(builds, 'sextant-trace-ab-');
const out = {};
const add = (k, v) => (out[k] ??= []).push(v);
/** The saved search index as `s` wants it: none ('drop'), or stored by build `v` ('save'). */
async function prepareSearch(v, s) {
  const prepare = ALL[s][2];
  if (prepare === 'drop') await inBenchPage(context, base, (b) => b.evaluate(() => window.__sextantBench.dropSearchSnapshot()));
  if (prepare === 'save') {
    const page = await context.newPage();
    await page.goto(`${base}${v}/#/search?q=roadmap`, { waitUntil: 'commit' });
    await page.locator(SEARCH_SAVED).waitFor({ timeout: 60000 });
    await page.close();
  }
}
async function nav(v, s, record) {
  const [hash, ready] = ALL[s];
  await prepareSearch(v, s);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,loading,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await page.goto(`${base}${v}/${hash}`, { waitUntil: 'commit' });
  const ms = await page
    .waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), ready, { polling: 'raf', timeout: 60000 })
    .then((h) => h.jsonValue());
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  if (!record) return;
  const nav =
    events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(`/${v}/`)) ??
    events.find((e) => e.name === 'navigationStart');
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const end = nav.ts + ms * 1000;
  const cpu =
    main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= nav.ts && e.ts < end).reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  const req = events.find((e) => e.name === 'ResourceSendRequest' && /\/assets\/index-[\w-]{8}\.js/.test(e.args?.data?.url ?? ''));
  add(`${s} ${v} wall`, ms);
  add(`${s} ${v} cpu`, cpu);
  if (req) add(`${s} ${v} mainReq`, (req.ts - nav.ts) / 1000);
}
for (const v of V) for (const s of SCREENS) await nav(v, s, false);
for (let i = 0; i < RUNS; i++) for (const s of SCREENS) for (const v of i % 2 ? [...V].reverse() : V) await nav(v, s, true);
await close();
console.log('screen     ' + V.map((v) => `${v}:wall cpu mainReq`.padStart(22)).join(''));
for (const s of SCREENS)
  console.log(
    s.padEnd(10) +
      V.map((v) =>
        ['wall', 'cpu', 'mainReq']
          .map((k) => String(Math.round(median(out[`${s} ${v} ${k}`] ?? [NaN]))))
          .join(' ')
          .padStart(22),
      ).join(''),
  );
