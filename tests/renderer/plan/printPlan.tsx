// Prints the plan's print view with headless Chromium (page.pdf), as the desktop app's printToPDF
// and the browser's print dialog do: the same component, the app's own style sheets and fonts.
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser } from 'playwright-core';
import type { CareerPlan, PaperSize } from '../../../shared/plan';
import { PlanPrintPage } from '../../../renderer/features/plan/PlanPrintView';

const ORIGIN = 'http://sextant.test';
const TYPES: Record<string, string> = { '.css': 'text/css', '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.html': 'text/html' };
// The style sheets the print view uses in the app, in the app's order.
const SHEETS = [
  'renderer/styles.css',
  'renderer/components/charts/charts.css',
  'renderer/features/plan/plan.css',
  'renderer/features/plan/print.css',
];

/** The print view as a standalone page (the style sheets served from the repository, as Vite serves them in the app). */
export function printHtml(plan: CareerPlan, paper: PaperSize): string {
  const links = SHEETS.map((s) => `<link rel="stylesheet" href="/${s}">`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plan</title>${links}</head><body><div id="root"><p>The app would be here.</p></div>${renderToStaticMarkup(<PlanPrintPage plan={plan} paper={paper} />)}</body></html>`;
}

/** The plan printed to PDF by Chromium (print media, the CSS page size), as bytes. */
export async function printPlanPdf(browser: Browser, plan: CareerPlan, paper: PaperSize): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    const html = printHtml(plan, paper);
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/print.html') return route.fulfill({ status: 200, contentType: 'text/html', body: html });
      if (!path.startsWith('/renderer/')) return route.fulfill({ status: 404, body: '' });
      const body = await readFile(join(resolve('.'), path));
      return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body });
    });
    await page.goto(`${ORIGIN}/print.html`);
    // Fonts load when text needs them; print only once every face in use has arrived.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await page.close();
  }
}
