#!/usr/bin/env node
// Cold navigations to the screens loaded on demand, for several builds side by side:
// `BUILDS=a=dist-before,b=dist node bench/screensAB.mjs` serves each build from one origin (/a/,
// /b/, …: they share IndexedDB) and alternates cold navigations between them in one persistent
// profile (bench/abBrowser.mjs), so every build sees the same load on a shared machine. The
// screens and their ready selectors are bench/run.mjs's. The empty journal first; with N > 0
// (default 0) it then seeds N entries through the bench variant's restore (bench/.dist, built by
// `node bench/run.mjs`) and times the screens again. RUNS (7) per screen and build; SCREENS
// (default: every screen below) names them.
import { median, openAbBrowser } from './abBrowser.mjs';

const N = Number(process.env.N ?? 0);
const RUNS = Number(process.env.RUNS ?? 7);
if (!process.env.BUILDS) throw new Error('BUILDS=a=<dist>,b=<dist> node bench/screensAB.mjs');
const builds = Object.fromEntries(process.env.BUILDS.split(',').map((b) => b.split('=')));
const ALL = [
  { name: 'Home', hash: '#/', ready: 'main .home .card' },
  { name: 'Journal', hash: '#/journal', ready: 'main .entry-row, main .empty-journal' },
  { name: 'People', hash: '#/people', ready: 'main .people-table[data-summarised="true"] tbody th a, main .people-empty-title' },
  { name: 'Skills', hash: '#/skills', ready: 'main .data-table, main .skills-actions + .card' },
  { name: 'Skill', hash: '#/skills/strategy', ready: 'main .stat-row' },
  { name: 'Path', hash: '#/path', ready: 'main .path-fit' },
  { name: 'Plan', hash: '#/plan', ready: 'main .plan-preview .plan-doc, main .plan-empty' },
  { name: 'Search', hash: '#/search?q=roadmap', ready: 'main .search-hit-title, main .search-status[data-state="no-match"]' },
  { name: 'Settings', hash: '#/settings', ready: 'main .settings-section' },
];
const named = process.env.SCREENS?.split(',');
const SCREENS = named ? ALL.filter((s) => named.includes(s.name)) : ALL;

const { base, context, out, add, close } = await openAbBrowser(builds, 'sextant-screens-ab-');

async function coldNavigation(url, ready) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await page
    .waitForFunction((s) => (document.querySelector(s) ? performance.now() : false), ready, { polling: 'raf', timeout: 120_000 })
    .then((h) => h.jsonValue());
  await page.close();
  return ms;
}

async function screens(size) {
  // One untimed start per build first: the first start in a profile compiles everything.
  for (const v of Object.keys(builds)) for (const s of SCREENS) await coldNavigation(`${base}${v}/${s.hash}`, s.ready);
  for (const s of SCREENS)
    for (let i = 0; i < RUNS; i++)
      for (const v of Object.keys(builds)) add(`${v} ${s.name} ${size}`, await coldNavigation(`${base}${v}/${s.hash}`, s.ready));
}

try {
  await screens(0);
  if (N > 0) {
    const bench = await context.newPage();
    await bench.goto(`${base}bench/index.html#/settings`);
    await bench.waitForFunction(() => !!window.__sextantBench, undefined, { timeout: 60_000 });
    console.error(await bench.evaluate((n) => window.__sextantBench.generate(n), N));
    await bench.evaluate(() => window.__sextantBench.restore());
    await bench.close();
    await screens(N);
  }
} finally {
  await close();
}
const sizes = N > 0 ? [0, N] : [0];
console.log(['screen'.padEnd(10), ...sizes.flatMap((n) => Object.keys(builds).map((v) => `${v}@${n}`.padStart(9)))].join(' '));
for (const s of SCREENS)
  console.log(
    [
      s.name.padEnd(10),
      ...sizes.flatMap((n) => Object.keys(builds).map((v) => String(Math.round(median(out[`${v} ${s.name} ${n}`]))).padStart(9))),
    ].join(' '),
  );
for (const [k, t] of Object.entries(out)) console.error(k.padEnd(24), t.map(Math.round).join(' '));
