#!/usr/bin/env node
// Encryption's cost, plain against encrypted in one process: `A=<dist> [B=<dist>] node
// bench/encryptionAB.mjs` opens two persistent profiles (one plain journal, one encrypted), each
// serving every build (/a/, /b/) and its bench variant (<dist>-bench; bench/.dist for dist), seeds
// N entries (default 10,000) in both, then alternates: the app's restore as bench/run.mjs times it
// (restoreTimed, each run's follow-up work settled before the next), and the plan PDF (Export PDF
// pressed to the bytes of page.pdf) on a Plan opened for it (`first`: pressed as soon as the plan
// shows, as bench/run.mjs's first run; `again`: pressed once more). The order rotates every run.
// RUNS (7) and PDF (5) set the runs. Prints medians, encrypted / plain ratios and the load average.
import { loadavg } from 'node:os';
import { median, openAbBrowser } from './abBrowser.mjs';

const N = Number(process.env.N ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 7);
const PDF = Number(process.env.PDF ?? 5);
const PASS = 'correct horse battery staple bench';
if (!process.env.A) throw new Error('A=<dist> [B=<dist>] node bench/encryptionAB.mjs');
const dists = Object.fromEntries(['a', 'b'].filter((v) => process.env[v.toUpperCase()]).map((v) => [v, process.env[v.toUpperCase()]]));
const benchOf = (dist) => (dist.replace(/\/$/, '') === 'dist' ? 'bench/.dist' : `${dist.replace(/\/$/, '')}-bench`);
const builds = Object.fromEntries(
  Object.entries(dists).flatMap(([v, d]) => [
    [v, d],
    [`${v}bench`, benchOf(d)],
  ]),
);
const loads = [loadavg()[0]];

const profiles = { plain: await openAbBrowser(builds, 'sextant-encab-plain-'), enc: await openAbBrowser(builds, 'sextant-encab-enc-') };
const out = {};
const add = (key, value) => (out[key] ??= []).push(value);

/** Opens `url` in the profile; on the encrypted one, unlocks it through the lock screen. */
async function open(kind, url) {
  const page = await profiles[kind].context.newPage();
  page.on('pageerror', (e) => console.error(kind, 'page error:', String(e)));
  await page.goto(url);
  if (kind === 'enc') {
    await page.fill('#unlock-secret', PASS, { timeout: 60_000 });
    await page.locator('form.lock-card').evaluate((f) => f.requestSubmit());
  }
  return page;
}

async function benchPage(kind, v) {
  const page = await open(kind, `${profiles[kind].base}${v}bench/index.html#/settings`);
  await page.waitForFunction(() => !!window.__sextantBench && !document.querySelector('#unlock-secret'), undefined, { timeout: 60_000 });
  await page.evaluate((n) => window.__sextantBench.generate(n), N);
  return page;
}

/** Plan opened, Export PDF pressed as soon as the plan shows and once more: each timed to the PDF's bytes. */
async function pdfRun(kind, v) {
  const page = await open(kind, `${profiles[kind].base}${v}/#/plan`);
  await page.locator('.plan-print .plan-doc').waitFor({ state: 'attached', timeout: 120_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  for (const [i, label] of ['first', 'again'].entries()) {
    const t = performance.now();
    await page.getByRole('button', { name: /^Export PDF/ }).click();
    await page.waitForFunction((n) => window.__printed === n, i + 1, { timeout: 120_000 });
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    add(`${v} ${kind} PDF ${label}`, performance.now() - t);
  }
  await page.close();
}

const rotate = (xs, i) => xs.map((_, k) => xs[(k + i) % xs.length]);
try {
  // Seed both profiles (the encrypted one then turned on), through the first build's bench variant.
  const first = Object.keys(dists)[0];
  for (const kind of ['plain', 'enc']) {
    const seed = await profiles[kind].context.newPage();
    await seed.goto(`${profiles[kind].base}${first}bench/index.html#/settings`);
    await seed.waitForFunction(() => !!window.__sextantBench, undefined, { timeout: 60_000 });
    await seed.evaluate((n) => window.__sextantBench.generate(n), N);
    await seed.evaluate(() => window.__sextantBench.restore());
    if (kind === 'enc') console.error('encryption on', await seed.evaluate((p) => window.__sextantBench.encryptionOn(p), PASS));
    await seed.evaluate(() => window.__sextantBench.settle());
    await seed.close();
  }
  const cases = Object.keys(dists).flatMap((v) => ['plain', 'enc'].map((kind) => ({ v, kind })));
  const pages = new Map();
  for (const c of cases) pages.set(c, await benchPage(c.kind, c.v));
  for (let i = 0; i < RUNS; i++)
    for (const c of rotate(cases, i)) {
      const page = pages.get(c);
      const { ms } = await page.evaluate(() => window.__sextantBench.restoreTimed());
      await page.evaluate(() => window.__sextantBench.settle());
      add(`${c.v} ${c.kind} restore`, ms);
    }
  for (const page of pages.values()) await page.close();
  loads.push(loadavg()[0]);
  for (let i = 0; i < PDF; i++) for (const c of rotate(cases, i)) await pdfRun(c.kind, c.v);
  loads.push(loadavg()[0]);
} finally {
  await profiles.plain.close();
  await profiles.enc.close();
}
for (const [k, t] of Object.entries(out))
  console.log(k.padEnd(22), 'median', Math.round(median(t)), 'ms; runs', t.map(Math.round).join(' '));
for (const v of Object.keys(dists))
  for (const what of ['restore', 'PDF first', 'PDF again'])
    if (out[`${v} enc ${what}`])
      console.log(`${v} ${what}: encrypted / plain`, (median(out[`${v} enc ${what}`]) / median(out[`${v} plain ${what}`])).toFixed(2));
console.log('load average (1 min) at start / after restores / after PDFs:', loads.map((l) => l.toFixed(1)).join(' / '));
