#!/usr/bin/env node
// Path and Plan from a cold navigation, and the plan PDF export, for two builds side by side:
// `A=<dist> B=<dist> node bench/pathPlanAB.mjs` serves both from one origin (/a/, /b/: they share
// IndexedDB), seeds N entries (default 10,000) through the bench variant's restore (bench/.dist,
// built by `node bench/run.mjs`), and alternates cold navigations between the builds in one
// persistent profile, so both see the same load on a shared machine. Screens as bench/run.mjs
// times them (the same selectors); the PDF as it does (Export PDF pressed to the bytes of
// page.pdf(), with the page's longest task meanwhile). RUNS (5), PDF (2) and PDFV (a,b: whose
// PDF to time) tune it; N=0 times the empty journal only; SCREENS (Path,Plan) names the screens
// to time, Home among them (`SCREENS=Home,HomeAll PDF=0` compares Home's first card, and every
// card on screen; Journal, People, Skills, Skill, Search and Settings are here too).
import { median, openAbBrowser, readyAfterNavigation, settleStorage } from './abBrowser.mjs';

const N = Number(process.env.N ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 5);
const PDF = Number(process.env.PDF ?? 2);
const PDF_BUILDS = (process.env.PDFV ?? 'a,b').split(',');
if (!process.env.A || !process.env.B) throw new Error('A=<dist> B=<dist> node bench/pathPlanAB.mjs');
const SCREENS_NAMED = (process.env.SCREENS ?? 'Path,Plan').split(',');
const SCREENS = [
  { name: 'Home', hash: '#/', ready: 'main .home .card' },
  // Every card of Home on screen: the lean card and the last one (recent entries, or the empty journal's welcome).
  { name: 'HomeAll', hash: '#/', ready: 'main .home:has(.home-lean):is(:has(#home-recent), :has(.home-empty))' },
  { name: 'Journal', hash: '#/journal', ready: 'main .entry-row, main .empty-journal' },
  { name: 'Path', hash: '#/path', ready: 'main .path-fit' },
  { name: 'Plan', hash: '#/plan', ready: 'main .plan-preview .plan-doc, main .plan-empty' },
  // The other screens loaded on demand, as bench/run.mjs times them.
  { name: 'People', hash: '#/people', ready: 'main .people-table[data-summarised="true"] tbody th a, main .people-empty-title' },
  { name: 'Skills', hash: '#/skills', ready: 'main .data-table, main .skills-actions + .card' },
  { name: 'Skill', hash: '#/skills/strategy', ready: 'main .stat-row' },
  { name: 'Search', hash: '#/search?q=roadmap', ready: 'main .search-hit-title, main .search-status[data-state="no-match"]' },
  { name: 'Settings', hash: '#/settings', ready: 'main .settings-section' },
].filter((s) => SCREENS_NAMED.includes(s.name));

const { base, context, out, add, close } = await openAbBrowser({ a: process.env.A, b: process.env.B }, 'sextant-ab-');

async function coldNavigation(url, ready) {
  const page = await context.newPage();
  const ms = await readyAfterNavigation(page, url, ready);
  await page.close();
  return ms;
}

async function screens(size) {
  // One start per build untimed first: the first start in a profile compiles everything.
  for (const v of ['a', 'b']) for (const s of SCREENS) await coldNavigation(`${base}${v}/${s.hash}`, s.ready);
  // In pairs, each build first in every other pair: the second start of a pair runs a little slower
  // (5-10% on Plan under load, either build), which a fixed order would charge to B alone.
  for (const s of SCREENS)
    for (let i = 0; i < RUNS; i++)
      for (const v of i % 2 ? ['b', 'a'] : ['a', 'b'])
        add(`${v} ${s.name} ${size}`, await coldNavigation(`${base}${v}/${s.hash}`, s.ready));
}

async function pdf(v) {
  const page = await context.newPage();
  await page.goto(`${base}${v}/#/plan`);
  await page.locator('main .plan-preview .plan-doc').waitFor({ timeout: 120_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
    window.__longTasks = [];
    new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  for (let i = 0; i < PDF; i++) {
    await page.evaluate(() => (window.__longTasks = []));
    const t = performance.now();
    await page.getByRole('button', { name: /^Export PDF/ }).click();
    await page.waitForFunction((n) => window.__printed === n, i + 1, { timeout: 600_000 });
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    add(`${v} PDF export ms`, performance.now() - t);
    add(
      `${v} PDF longest task ms`,
      await page.evaluate(
        () => new Promise((r) => window.requestAnimationFrame(() => setTimeout(() => r(Math.max(0, ...window.__longTasks)), 50))),
      ),
    );
    add(`${v} PDF kB`, bytes.length / 1024);
  }
  await page.close();
}

try {
  await screens(0);
  if (N > 0) {
    const bench = await context.newPage();
    await bench.goto(`${base}bench/index.html#/settings`);
    await bench.waitForFunction(() => !!window.__sextantBench, undefined, { timeout: 60_000 });
    console.error(await bench.evaluate((n) => window.__sextantBench.generate(n), N));
    await bench.evaluate(() => window.__sextantBench.restore());
    // The storage engine compacts after the restore for seconds (as in run.mjs): the first pairs
    // would otherwise run against it, and every build's starts fall as it settles.
    await bench.evaluate(() => window.__sextantBench.settle());
    const settled = await settleStorage(context, bench);
    console.error(`storage engine settled after the restore: waited ${settled.ms} ms, its CPU meanwhile ${settled.cpuMs} ms`);
    await bench.close();
    await screens(N);
  }
  if (PDF) for (const v of PDF_BUILDS) await pdf(v);
} finally {
  await close();
}
for (const [k, t] of Object.entries(out)) console.log(k.padEnd(26), 'median', Math.round(median(t)), 'runs', t.map(Math.round).join(' '));
for (const v of ['a', 'b'])
  for (const s of SCREENS)
    if (N > 0)
      console.log(`${v} ${s.name} ratio ${N} / empty`, (median(out[`${v} ${s.name} ${N}`]) / median(out[`${v} ${s.name} 0`])).toFixed(2));
