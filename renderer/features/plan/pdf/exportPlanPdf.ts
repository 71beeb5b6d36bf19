// Loaded on demand (dynamic import) when a PDF is exported: react-pdf and the fonts stay out of app start.
import type { CareerPlan } from '../../../../shared/plan';
import cjkUrl from '../../../assets/fonts/DroidSansFallbackFull.ttf?url';
import boldUrl from '../../../assets/fonts/NotoSans-Bold.ttf?url';
import regularUrl from '../../../assets/fonts/NotoSans-Regular.ttf?url';
import type { PaperSize } from './PlanDocument';
import { renderPlanPdf } from './renderPlanPdf';

/** Absolute, so the font fetch works from any route (hash routing keeps the document URL, but be explicit). */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** The plan as PDF bytes, with the fonts fetched from the app's own assets (CSP: connect-src 'self'). */
export function planPdfBytes(plan: CareerPlan, paper: PaperSize): Promise<Uint8Array<ArrayBuffer>> {
  return renderPlanPdf(plan, paper, { regular: absolute(regularUrl), bold: absolute(boldUrl), cjk: absolute(cjkUrl) });
}
