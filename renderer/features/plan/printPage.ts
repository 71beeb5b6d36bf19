/** The CSS page rules of the plan's print view: paper size, margins and the running footer. */
import type { PaperSize } from '../../../shared/plan';

/** The plan document's fonts (declared in plan.css): Latin, then Arabic, Hebrew and CJK by range, then the system's emoji. */
export const PLAN_FONT_STACK =
  '"Plan Sans", "Plan Arabic", "Plan Hebrew", "Plan CJK", "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';

/** A CSS string literal for `content:` (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f]+/g, ' ')}"`;
}

/**
 * `@page` rules for the chosen paper: Chromium draws the margin boxes (the footer with the
 * person's name and the date on the left, "Page 2 of 5" on the right) on every page, the same
 * in the desktop app's printToPDF, the browser's print dialog and the tests' page.pdf().
 */
export function pageCss(paper: PaperSize, footer: string): string {
  return `@page {
  size: ${paper === 'A4' ? 'A4' : 'letter'};
  margin: 16mm 17mm 20mm;
  @bottom-left { content: ${cssString(footer)}; font-size: 8pt; font-family: ${PLAN_FONT_STACK}; color: #575752; vertical-align: top; padding-top: 6mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; font-family: ${PLAN_FONT_STACK}; color: #575752; vertical-align: top; padding-top: 6mm; }
}`;
}
